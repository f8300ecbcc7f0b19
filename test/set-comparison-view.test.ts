import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';
import { rng } from '../src/engine/builder/model-builder';
import { encodeNpy } from '../src/engine/io/npy';
import { writeModel } from '../src/engine/onnx/model-file';
import { CliRunner } from '../src/extension/cli-runner';
import { comparisonEntries } from '../src/extension/comparison-tree-model';
import { singleInputOptions } from '../src/extension/set-input';
import { coverage, inputChoices, inputGroup, setEntries, setRevealTarget, setSummary, worstInput, type SetState } from '../src/extension/set-tree-model';
import type { CompareOptions, SetReport } from '../src/shared/cli-contract';
import { EXIT_CODES } from '../src/shared/exit-codes';
import { convTwin, ConvTwin } from './helpers/compare-models';
import { injectFault } from './helpers/faults';
import { repoRoot, useEngine } from './helpers/engine';

/** `n` inputs for the twin: its calibration input scaled differently each time (so one input is clearly the worst). */
function writeInputs(dir: string, twin: ConvTwin, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(5);
  const base = twin.input.data as Float32Array;
  for (let k = 0; k < n; k++) {
    const data = Float32Array.from(base, (v) => v * (0.3 + 0.4 * k) + (r() - 0.5) * 0.1);
    fs.writeFileSync(path.join(dir, `in${k}.npy`), encodeNpy({ dtype: 'float32', dims: twin.input.dims, data }, 'in.npy'));
  }
}

const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) < 1e-3;

describe('Comparison view over a set of inputs (extension host logic, reports made by the CLI)', function () {
  this.timeout(300_000);
  const ctx = useEngine();
  let runner: CliRunner;
  let twin: ConvTwin;
  let quant = '';
  let float = '';
  let inputs = '';
  let options: CompareOptions;
  let report: SetReport;

  before(async () => {
    runner = new CliRunner(path.join(repoRoot, 'dist', 'cli.js'), () => ({ ...process.env, QUANTLENS_CACHE_DIR: path.join(ctx.dir(), 'cache') }), () => undefined);
    twin = await convTwin(ctx.engine(), { depth: 4 });
    quant = path.join(ctx.dir(), 'quant.onnx');
    float = path.join(ctx.dir(), 'float.onnx');
    // An activation scale 8x too small on one layer: a culprit the set finds on the aggregate.
    assert.ok(injectFault(twin.qdq, twin.convs[1], 'act-scale'));
    writeModel(twin.qdq, quant);
    writeModel(twin.float, float);
    inputs = path.join(ctx.dir(), 'inputs');
    writeInputs(inputs, twin, 4);
    options = { model: quant, reference: float, target: 'cpu', threshold: 30, inputs };
    const progress: string[] = [];
    const o = await runner.run('compare', { ...options, inputs }, { onProgress: (m) => progress.push(m) });
    assert.equal(o.code, 0, o.error ?? '');
    report = o.json!;
    assert.equal(report.kind, 'input-set');
    // The notification shows these lines: each input done, with the time an input takes and an ETA.
    assert.ok(progress.some((m) => /^input 4 of 4 \(in3\.npy\), [\d.]+ s an input, ETA \d+ s$/.test(m)), progress.join(' | '));
  });

  it('shows every layer with its mean, min and 5th percentile over the set, culprits saying on how many inputs', () => {
    const s: SetState = { file: quant, options, report, input: worstInput(report)!, detail: null };
    const rows = setEntries(s, false);
    assert.equal(rows.length, report.layers.length);
    report.layers.forEach((l, i) => {
      assert.ok(rows[i].label.endsWith(l.sqnrDb.mean === null ? '—' : l.sqnrDb.mean >= 200 ? 'identical' : `${l.sqnrDb.mean.toFixed(1)} dB`), rows[i].label);
      assert.match(rows[i].description, /min .* · p5 /);
      assert.match(rows[i].tooltip, /SQNR over 4 inputs: mean .*, min .*, 5th percentile /);
      assert.ok(l.worstInput === null || rows[i].description.includes(`worst ${path.basename(l.worstInput)}`), rows[i].description);
      // Without the chosen input's own comparison, no row can open a tensor diff yet.
      assert.equal(rows[i].layerIndex, null);
    });
    const first = setEntries(s, true);
    assert.deepEqual([...first].sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.id), [...rows].sort((a, b) => a.id.localeCompare(b.id)).map((e) => e.id), 'problems first reorders, drops nothing');
    assert.equal(report.culprits[0]?.node, twin.convs[1], JSON.stringify(report.culprits.map((c) => c.node)));
    report.culprits.forEach((c, k) => {
      const row = first[k];
      assert.equal(row.icon, 'culprit');
      assert.ok(row.label.startsWith(`#${k + 1} `), row.label);
      assert.ok(row.description.includes(`${c.kind} on ${c.holdsOn} of ${c.of} inputs`), row.description);
    });
    const bad = first.filter((e) => e.icon === 'bad');
    assert.ok(bad.every((e) => first.indexOf(e) >= report.culprits.length));
    assert.match(setSummary(s), /over 4 inputs: output mean .* dB, min .* dB, 5th percentile .* dB; culprit .* \(clipping\), a culprit alone on \d of 4 inputs\./);
    assert.equal(coverage(report), 'over 4 inputs');
    assert.equal(setRevealTarget(report)?.node, twin.convs[1]);
    // When the calibration is the finding, the summary says it before any layer.
    assert.equal(report.calibration, null);
    const calibration = { clippingLayers: 5, quantizedActivations: 9, medianHoldsOn: 4, of: 4, explanation: '', fix: '' };
    assert.match(setSummary({ ...s, report: { ...report, calibration } }), /; the calibration does not cover these inputs: 5 of 9 quantized activations clip \(culprit 1: .*\)\./);
  });

  it('defaults to the worst input; Choose Input… lists every input with its output SQNR, worst first', () => {
    const done = report.perInput.filter((x) => x !== null);
    assert.equal(done.length, 4);
    const lowest = Math.min(...done.map((x) => x!.outputSqnrDb!));
    const worst = worstInput(report)!;
    assert.equal(done.find((x) => x!.file === worst)!.outputSqnrDb, lowest);
    const s: SetState = { file: quant, options, report, input: worst, detail: null };
    const items = inputChoices(s);
    assert.deepEqual(items.map((i) => i.file).sort(), done.map((x) => x!.file).sort());
    assert.equal(items[0].file, worst);
    assert.match(items[0].description, /^output -?\d+\.\d dB · worst · shown$/);
    const figures = items.map((i) => Number(/output (-?\d+\.\d) dB/.exec(i.description)![1]));
    assert.deepEqual(figures, [...figures].sort((a, b) => a - b));
    assert.match(inputGroup(s).label, new RegExp(`^Input ${path.basename(worst)} \\(worst\\) · `));
  });

  it('the chosen input\'s own comparison matches the set\'s figures for it, and the set rows open its tensor diffs', async () => {
    const chosen = report.perInput.find((x) => x !== null && x.file !== worstInput(report))!;
    const pairs = path.join(ctx.dir(), 'pairs');
    const single = singleInputOptions(options, report, chosen.file, pairs);
    assert.equal(single.input, chosen.file, 'a tensor file is compared as it is');
    assert.equal(single.preprocess, undefined);
    assert.equal(single.inputs, undefined);
    const o = await runner.run('compare', single);
    assert.equal(o.code, 0, o.error ?? '');
    const detail = o.json!;
    const outSqnr = Math.min(...detail.output.map((x) => x.sqnrDb!));
    assert.ok(near(outSqnr, chosen.outputSqnrDb), `the input alone: ${outSqnr}; in the set: ${chosen.outputSqnrDb}`);
    const s: SetState = { file: quant, options, report, input: chosen.file, detail };
    assert.doesNotMatch(inputGroup(s).label, /worst/);
    const rows = setEntries(s, true);
    const linked = rows.filter((e) => e.layerIndex !== null);
    assert.ok(linked.length >= report.layers.length - 1, `${linked.length} of ${report.layers.length} set rows find their row on the input`);
    for (const e of linked) assert.equal(detail.layers[e.layerIndex!].tensor, report.layers[Number(e.id.slice(4))].tensor);
    // The input's own rows (the children of its row) are the single comparison's, and the kept pairs are there.
    assert.equal(comparisonEntries(detail, true).length, detail.layers.length);
    assert.ok(fs.existsSync(path.join(pairs, 'pairs.json')));
  });

  it('a stopped run prints the inputs compared so far, marked partial, and the view says how many it covers', async () => {
    const many = path.join(ctx.dir(), 'many');
    writeInputs(many, twin, 12);
    let cancel: () => void = () => undefined;
    const token = { isCancellationRequested: false, onCancellationRequested: (l: () => void) => { cancel = l; return { dispose: () => undefined }; } };
    const o = await runner.run('compare', { ...options, inputs: many }, {
      token,
      onProgress: (m) => {
        if (/^input 2 of 12/.test(m) && !token.isCancellationRequested) {
          token.isCancellationRequested = true;
          cancel();
        }
      },
    });
    assert.equal(o.cancelled, true);
    assert.equal(o.code, EXIT_CODES.cancelled);
    const r = o.json!;
    assert.ok(r && r.inputs.partial && r.inputs.covered >= 2 && r.inputs.covered < 12, JSON.stringify(r?.inputs));
    const s: SetState = { file: quant, options, report: r, input: worstInput(r)!, detail: null };
    assert.equal(coverage(r), `over ${r.inputs.covered} of 12 inputs (stopped: a partial result)`);
    assert.match(setSummary(s), new RegExp(`over ${r.inputs.covered} of 12 inputs \\(stopped`));
    assert.equal(inputChoices(s).length, r.inputs.covered);
  });

  it('an image input is compared alone as the tensor the set fed the model (its preprocessing spec applied)', async () => {
    const rgb = await convTwin(ctx.engine(), { depth: 2, channels: 3, size: 8 });
    const model = path.join(ctx.dir(), 'rgb.onnx');
    const ref = path.join(ctx.dir(), 'rgb-float.onnx');
    writeModel(rgb.qdq, model);
    writeModel(rgb.float, ref);
    const dir = path.join(ctx.dir(), 'images');
    fs.mkdirSync(dir, { recursive: true });
    const r = rng(3);
    for (let k = 0; k < 3; k++) {
      const png = new PNG({ width: 10, height: 10 });
      for (let i = 0; i < 100; i++) {
        for (let c = 0; c < 3; c++) png.data[i * 4 + c] = Math.floor(r() * 256);
        png.data[i * 4 + 3] = 255;
      }
      fs.writeFileSync(path.join(dir, `img${k}.png`), PNG.sync.write(png));
    }
    fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ centerCrop: 8, scale: 2 / 255, mean: [1], std: [1], layout: 'NCHW' }));
    const setOptions: CompareOptions = { model, reference: ref, target: 'cpu', inputs: dir };
    const o = await runner.run('compare', { ...setOptions, inputs: dir });
    assert.equal(o.code, 0, o.error ?? '');
    const set = o.json!;
    const img = set.perInput[1]!;
    const single = singleInputOptions(setOptions, set, img.file, path.join(ctx.dir(), 'pairs-img'));
    assert.equal(single.preprocess, path.join(dir, 'quantlens.preprocess.json'), 'the image goes through the set\'s spec');
    const one = await runner.run('compare', single);
    assert.equal(one.code, 0, one.error ?? '');
    assert.deepEqual(one.json!.input.paths, [img.file]);
    assert.equal(one.json!.input.preprocess, single.preprocess);
    const outSqnr = Math.min(...one.json!.output.map((x) => x.sqnrDb!));
    assert.ok(near(outSqnr, img.outputSqnrDb), `the image alone: ${outSqnr}; in the set: ${img.outputSqnrDb}`);
  });
});
