/**
 * A model calibrated on photographs, checked on other photographs (`npm run bench:calibrated -- --photos DIR`).
 *
 * The fixture MobileNetV2 was calibrated on synthetic images, so over real photographs most of its layers clip and a
 * comparison over them cannot show that a clean model has no culprit. Here the folder (scripts/photo-set.sh) is split
 * in two: the comparison over one half gives each activation's observed range and the scale that clips 0.01% of it
 * (the report's `ranges`); the model with those scales (test/helpers/recalibrate.ts: the activation scales and the
 * int32 biases that depend on them) is then compared over the other half, clean and with one layer's (--layer)
 * activation scale divided by each of --factors (the fault of issue 14). Each comparison runs in its own CLI process, against the float
 * twin, with the folder's preprocessing spec.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SetReport } from '../src/engine/compare/over-set/set-report';
import { readModel, writeModel } from '../src/engine/onnx/model-file';
import { setActivationScales } from '../test/helpers/recalibrate';
import { linkPhotos, photoFiles } from './photo-folders';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const REAL = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');

function compareSet(model: string, inputs: string): SetReport {
  const cli = path.join(__dirname, 'cli.js');
  const out = execFileSync(process.execPath, [cli, 'compare', model, '--reference', path.join(REAL, 'mnv2_float_qatw.onnx'), '--inputs', inputs, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, QUANTLENS_PROGRESS: '0' } });
  return JSON.parse(out) as SetReport;
}

/** The scale that leaves 0.01% of each activation's values outside, by the layer that makes it. */
function observedScales(r: SetReport): Map<string, number> {
  return new Map(r.ranges.flatMap((x) => (x.suggestedScale ? [[x.node, x.suggestedScale] as [string, number]] : [])));
}

function withScales(scales: Map<string, number>, out: string): string[] {
  const model = readModel(path.join(REAL, 'mnv2_int8.onnx')).model;
  const set = setActivationScales(model, scales);
  writeModel(model, out);
  return set;
}

const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(d));

const localMean = (r: SetReport, layer: string) => r.layers.find((x) => x.node === layer)?.localSqnrDb.mean ?? null;

/**
 * One table row: the set's verdict, and what it says of the faulted layer. `clean` (the clean model's reports, over
 * the set and over its first photograph alone) gives the fault's cost at its layer: its local SQNR's drop.
 */
function row(name: string, r: SetReport, one: SetReport, layer: string, clean?: { set: SetReport; one: SetReport }): string {
  const l = r.layers.find((x) => x.node === layer);
  const rank = r.culprits.findIndex((c) => c.node === layer);
  const c = rank >= 0 ? r.culprits[rank] : null;
  const others = r.culprits.filter((x) => x.node !== layer);
  const out = r.output[0];
  const culprits = others.length ? `${others.length}: ${others.slice(0, 3).map((x) => `${x.node} (${x.kind}, ${x.holdsOn}/${x.of})`).join(', ')}${others.length > 3 ? ', ...' : ''}` : 'none';
  const found = c ? `culprit ${rank + 1} (${c.kind}, score ${f(c.score)}, on ${c.holdsOn} of ${c.of})` : 'not a culprit';
  const drop = (a: number | null, b: number | null) => (a === null || b === null ? 'n/a' : `${f(a - b)} dB`);
  const cost = clean ? `${drop(localMean(clean.set, layer), localMean(r, layer))} / ${drop(localMean(clean.one, layer), localMean(one, layer))}` : '-';
  return `| ${name} | ${r.inputs.covered} | ${f(out?.sqnrDb.mean)} | ${f(out?.top1Agreement, 2)} | ${r.calibration ? `${r.calibration.clippingLayers} of ${r.calibration.quantizedActivations} clip` : 'none'} | ${culprits} | ${f(l?.localSqnrDb.mean)} (min ${f(l?.localSqnrDb.min)}) | ${cost} | ${found} |`;
}

function main(): void {
  const photos = flag('photos');
  if (!photos) throw new Error('give --photos DIR: a folder made by scripts/photo-set.sh');
  if (!fs.existsSync(path.join(REAL, 'mnv2_int8.onnx'))) throw new Error(`the MobileNetV2 fixtures are not in ${REAL}`);
  const layer = flag('layer') ?? '/features/7/conv/2/Conv';
  const factors = (flag('factors') ?? '1.2,1.25,1.3,2,8').split(',').map(Number);
  const all = photoFiles(photos);
  const half = Math.min(Number(flag('per-half') ?? 100), Math.floor(all.length / 2));
  // Alternate photographs: both halves hold every kind of stamp the folder has (names sort by kind).
  const calibration = all.filter((_, k) => k % 2 === 0).slice(0, half);
  const test = all.filter((_, k) => k % 2 === 1).slice(0, half);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-calibrated-bench-'));
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  try {
    linkPhotos(photos, path.join(dir, 'calibration'), calibration);
    linkPhotos(photos, path.join(dir, 'test'), test);
    linkPhotos(photos, path.join(dir, 'one'), test.slice(0, 1));
    const over = (model: string) => ({ set: compareSet(model, path.join(dir, 'test')), one: compareSet(model, path.join(dir, 'one')) });
    console.log(`${new Date().toISOString()}; CPU: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores; Node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    console.log(`photographs: ${calibration.length} to calibrate on, ${test.length} others to compare over (${photos}); faulted layer ${layer}\n`);

    const onCalibration = compareSet(path.join(REAL, 'mnv2_int8.onnx'), path.join(dir, 'calibration'));
    const scales = observedScales(onCalibration);
    if (!scales.has(layer)) throw new Error(`${layer}: no observed activation range to fault (layers with one: ${[...scales.keys()].slice(0, 5).join(', ')}, ...)`);
    const calibrated = path.join(dir, 'calibrated.onnx');
    const set = withScales(scales, calibrated);
    const before = onCalibration.ranges.find((x) => x.node === layer);
    console.log(`scales set from the calibration half: ${set.length} of ${onCalibration.ranges.length} activations; ${layer}: scale ${before?.quant?.scale.toPrecision(4)} -> ${scales.get(layer)?.toPrecision(4)}\n`);

    console.log(`| model | inputs | output SQNR, mean dB | top-1 agreement | calibration finding | other culprits on the aggregate | ${layer} local SQNR, mean dB | its cost at the layer: on the mean / on ${test[0]} alone | ${layer} |`);
    console.log('|---|---|---|---|---|---|---|---|---|');
    const shipped = over(path.join(REAL, 'mnv2_int8.onnx'));
    console.log(row('as shipped (calibrated on synthetic images)', shipped.set, shipped.one, layer));
    const clean = over(calibrated);
    console.log(row('calibrated on the other half', clean.set, clean.one, layer));
    for (const k of factors) {
      const faulted = path.join(dir, `fault-${k}.onnx`);
      withScales(new Map([...scales, [layer, scales.get(layer)! / k]]), faulted);
      const r = over(faulted);
      console.log(row(`calibrated, ${layer} scale / ${k}`, r.set, r.one, layer, clean));
    }
    console.log(`\nload average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
