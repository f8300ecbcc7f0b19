import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';
import { rng } from '../src/engine/builder/model-builder';
import { compareModels } from '../src/engine/compare/compare';
import { compareSet, CompareSetOptions } from '../src/engine/compare/over-set/compare-set';
import { setHtml } from '../src/engine/compare/over-set/set-html';
import { runThreadJob } from '../src/engine/compare/over-set/set-job-thread';
import { setMarkdown } from '../src/engine/compare/over-set/set-markdown';
import { readNpy, encodeNpy } from '../src/engine/io/npy';
import { readModel, writeModel } from '../src/engine/onnx/model-file';
import { QuantLensError } from '../src/engine/errors';
import { EngineClient } from '../src/engine/process/engine-client';
import { SessionCache } from '../src/engine/process/session-cache';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { convTwin, ConvTwin } from './helpers/compare-models';
import { realFixtures, requireRealFixtures, useEngine } from './helpers/engine';
import { injectFault } from './helpers/faults';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/** Engine processes this test process has running now (children whose command line names the engine script). */
function engineChildren(): number {
  const out = execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((l) => /engine-process/.test(l)).length;
}

/** `n` inputs for the twin: its calibration input with seeded noise (so every input differs). */
function writeInputs(dir: string, twin: ConvTwin, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(99);
  const base = twin.input.data as Float32Array;
  for (let k = 0; k < n; k++) {
    const data = Float32Array.from(base, (v) => v * (0.7 + 0.1 * k) + (r() - 0.5) * 0.2);
    fs.writeFileSync(path.join(dir, `in${k}.npy`), encodeNpy({ dtype: 'float32', dims: twin.input.dims, data }, 'in.npy'));
  }
}

/** How one image is made from the fixture's input: contrast around mid-grey, brightness, a mirror, a shift. */
interface Variant { contrast: number; brightness?: number; flip?: boolean; shift?: number }

/**
 * PNG images made from the fixture's one real input (there is no other): 256x256 (the spec resizes to 224), each a
 * variant of it, and the preprocessing spec beside them.
 */
function writeImages(dir: string, variants: Variant[]): void {
  const data = readNpy(path.join(realFixtures, 'input.npy')).data as Float32Array;
  fs.mkdirSync(dir);
  for (const [k, v] of variants.entries()) {
    const png = new PNG({ width: 256, height: 256 });
    for (let y = 0; y < 256; y++) {
      for (let xx = 0; xx < 256; xx++) {
        const sy = Math.floor((y * 224) / 256);
        const sx0 = (Math.floor((xx * 224) / 256) + (v.shift ?? 0)) % 224;
        const sx = v.flip ? 223 - sx0 : sx0;
        for (let c = 0; c < 3; c++) png.data[(y * 256 + xx) * 4 + c] = Math.max(0, Math.min(255, Math.round(128 + (v.brightness ?? 0) + data[(c * 224 + sy) * 224 + sx] * v.contrast)));
        png.data[(y * 256 + xx) * 4 + 3] = 255;
      }
    }
    fs.writeFileSync(path.join(dir, `img${k}.png`), PNG.sync.write(png));
  }
  fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ resize: 224, centerCrop: 224, scale: 1 / 255, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], layout: 'NCHW' }));
}

describe('compare over a set of inputs', function () {
  this.timeout(300_000);
  const ctx = useEngine();
  let twin: ConvTwin;
  let floatFile = '';
  let quantFile = '';
  let inputs = '';

  before(async () => {
    twin = await convTwin(ctx.engine(), { depth: 4 });
    floatFile = path.join(ctx.dir(), 'float.onnx');
    quantFile = path.join(ctx.dir(), 'quant.onnx');
    writeModel(twin.float, floatFile);
    writeModel(twin.qdq, quantFile);
    inputs = path.join(ctx.dir(), 'inputs');
    writeInputs(inputs, twin, 5);
  });

  const run = (o: Partial<CompareSetOptions>) => compareSet({ model: quantFile, reference: floatFile, inputs, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine(), ...o });

  it('folds every input into per-layer spreads, with the same numbers on 1 and 2 jobs, and closes its engines', async () => {
    const before = engineChildren();
    const one = await run({ jobs: 1 });
    const two = await run({ jobs: 2 });
    assert.strictEqual(engineChildren(), before, 'every engine process the comparison started is closed');
    assert.strictEqual(one.inputs.covered, 5);
    assert.strictEqual(one.inputs.partial, false);
    assert.ok(one.layers.length >= 4);
    for (const l of one.layers) {
      assert.strictEqual(l.inputs, 5);
      if (l.sqnrDb.mean === null) continue;
      assert.ok(l.sqnrDb.min! <= l.sqnrDb.p5! && l.sqnrDb.p5! <= l.sqnrDb.mean + 1e-9, `${l.tensor}: ${JSON.stringify(l.sqnrDb)}`);
    }
    // The second job runs in a worker thread and finishes inputs in any order: the report is the same to the bit.
    const same = (r: typeof one) => ({ ...r, timingsMs: {}, peakRssMb: 0, sessions: null, inputs: { ...r.inputs, jobs: 0 } });
    assert.deepStrictEqual(same(two), same(one));
    assert.strictEqual(two.inputs.jobs, 2);
    // Sessions are made once per engine and reused by every later input.
    assert.ok(one.sessions.reused >= 4 * one.sessions.created / 2, JSON.stringify(one.sessions));
    // Quantized tensors have an observed range against their grid, and the range that clips 0.01%.
    const q = one.ranges.filter((g) => g.quant);
    assert.ok(q.length >= 4);
    for (const g of q) assert.ok(g.clip01pct!.high <= g.observed.max + 1e-6 && g.clip01pct!.low >= Math.min(g.observed.min, 0) - 1e-6);
    // And the scale that covers that range from the same zero point (a grid with its zero point at qmin included:
    // its lower end, 0, asks nothing of the scale).
    for (const g of q) {
      const { zeroPoint: z, qmax } = g.quant!;
      assert.ok(g.suggestedScale !== null && g.suggestedScale > 0, `${g.tensor}: ${JSON.stringify(g)}`);
      if (qmax !== z) assert.ok(g.suggestedScale * (qmax - z) >= g.clip01pct!.high * (1 - 1e-5), `${g.tensor}: ${JSON.stringify(g)}`);
    }
    assert.match(setMarkdown(one), /over 5 inputs/);
    assert.match(setHtml(one), /Observed ranges/);
  });

  it('ranks a faulty layer on the aggregate and says on how many inputs it holds; the clean model has none', async () => {
    const clean = await run({});
    assert.deepStrictEqual(clean.culprits.map((c) => c.node), []);
    const faulty = twin.qdq;
    const layer = twin.convs[1];
    assert.ok(injectFault(faulty, layer, 'act-scale'));
    const file = path.join(ctx.dir(), 'faulty.onnx');
    writeModel(faulty, file);
    const r = await run({ model: file });
    assert.strictEqual(r.culprits[0]?.node, layer, JSON.stringify(r.culprits.map((c) => [c.node, c.score])));
    assert.strictEqual(r.culprits[0].of, 5);
    assert.ok(r.culprits[0].holdsOn >= 1 && r.culprits[0].holdsOn <= 5);
    const range = r.ranges.find((g) => g.node === layer && g.quant);
    assert.ok(range && range.clippedFraction! > 0.001, JSON.stringify(range));
    // One layer's bad range is that layer's finding, not the calibration's.
    assert.strictEqual(clean.calibration, null);
    assert.strictEqual(r.calibration, null);
  });

  it('says once that the calibration does not cover the inputs when most layers clip, on top of the clipping layers', async () => {
    // Every activation's range 8x too small, as a calibration on far dimmer inputs would leave them.
    const deep = await convTwin(ctx.engine(), { depth: 8 });
    for (const conv of deep.convs) assert.ok(injectFault(deep.qdq, conv, 'act-scale'));
    const [file, reference, dir] = ['narrow.onnx', 'deep-float.onnx', 'deep-inputs'].map((f) => path.join(ctx.dir(), f));
    writeModel(deep.qdq, file);
    writeModel(deep.float, reference);
    writeInputs(dir, deep, 5);
    const report = await run({ model: file, reference, inputs: dir });
    const clipping = report.culprits.filter((c) => c.kind === 'clipping');
    const cal = report.calibration;
    assert.ok(cal, JSON.stringify(report.culprits.map((c) => [c.node, c.kind])));
    assert.strictEqual(cal.clippingLayers, clipping.length);
    assert.strictEqual(cal.quantizedActivations, report.ranges.filter((g) => g.quant).length);
    assert.ok(cal.clippingLayers >= 3 && cal.clippingLayers >= cal.quantizedActivations / 4, JSON.stringify(cal));
    assert.strictEqual(cal.of, 5);
    assert.match(setMarkdown(report), /\*\*Verdict:\*\* The calibration does not cover these inputs/);
    assert.match(setMarkdown(report), /## Calibration/);
  });

  for (const jobs of [1, 2]) {
    it(`stopped after an input, reports what it has as partial (${jobs} job${jobs > 1 ? 's, one in a worker thread' : ''})`, async () => {
      const abort = new AbortController();
      // Its own engine: cancelling kills the engine processes of the run.
      const engine = new EngineClient();
      const before = engineChildren();
      const r = await run({ jobs, signal: abort.signal, engine, onProgress: (m) => (/^input 1 of/.test(m) ? abort.abort() : undefined) }).catch((e) => e).finally(() => engine.dispose());
      assert.ok(engineChildren() <= before, 'no engine process left behind');
      assert.ok(!(r instanceof Error), String(r));
      assert.strictEqual(r.inputs.partial, true);
      assert.ok(r.inputs.covered >= 1 && r.inputs.covered < 5, `covered ${r.inputs.covered}`);
      // The ranges folded beside the job (its reference values' thread) come back on a stop too.
      assert.ok(r.ranges.length > 0 && r.ranges.every((g: { observed: { min: number; max: number } }) => g.observed.max >= g.observed.min), 'observed ranges of the covered inputs');
    });
  }

  it('a job in a worker thread that meets a bad input fails with the error naming that file, and leaves no engine behind', async () => {
    const dir = path.join(ctx.dir(), 'one-bad');
    writeInputs(dir, twin, 4);
    // Cut short: its header promises more values than it holds.
    const bad = path.join(dir, 'in3.npy');
    fs.writeFileSync(bad, fs.readFileSync(bad).subarray(0, 200));
    const before = engineChildren();
    const handed = [3];
    const io = { next: async () => handed.shift() ?? null, done: () => assert.fail('no input was measured'), ranges: new Map(), signal: new AbortController().signal };
    const options = { model: quantFile, reference: floatFile, inputs: dir, target: target('cpu'), referenceTarget: target('reference'), threshold: 20, keepSessions: 4, chunkMb: 64 };
    const err = await runThreadJob(options, io).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof QuantLensError, String(err));
    assert.strictEqual(err.kind, 'bad-input');
    assert.strictEqual(err.file, bad);
    assert.strictEqual(engineChildren(), before, 'no engine process left behind');
    // A thread out of memory is the machine's limit, said as such (not a bug), and leaves no engine behind either.
    const starved = await runThreadJob({ ...options, inputs }, { ...io, done: () => undefined }, { limits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 } }).then(() => null, (e: unknown) => e);
    assert.ok(starved instanceof QuantLensError && starved.kind === 'system' && /ran out of memory/.test(starved.message), String(starved));
    assert.strictEqual(engineChildren(), before, 'no engine process left behind');
    // And through the comparison, on two jobs: the run fails with it.
    const run2 = await run({ inputs: dir, jobs: 2 }).then(() => null, (e: unknown) => e);
    assert.ok(run2 instanceof QuantLensError && run2.file === bad, String(run2));
  });

  it('compares one image as its input (--input photo.png): the numbers a set of that one image gives', async () => {
    const rgb = await convTwin(ctx.engine(), { depth: 2, channels: 3, size: 8 });
    const [model, reference, dir] = ['rgb-quant.onnx', 'rgb-float.onnx', 'one-image'].map((f) => path.join(ctx.dir(), f));
    writeModel(rgb.qdq, model);
    writeModel(rgb.float, reference);
    fs.mkdirSync(dir);
    const png = new PNG({ width: 10, height: 10 });
    for (let k = 0; k < 100; k++) png.data.set([(k * 37) % 256, (k * 11) % 256, (k * 5) % 256, 255], k * 4);
    const image = path.join(dir, 'photo.png');
    fs.writeFileSync(image, PNG.sync.write(png));
    const spec = path.join(dir, 'quantlens.preprocess.json');
    fs.writeFileSync(spec, JSON.stringify({ resize: 8, centerCrop: 8, scale: 1 / 255 }));
    const sides = { model, reference, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() };
    const single = await compareModels({ ...sides, input: image });
    const set = await compareSet({ ...sides, inputs: dir });
    assert.strictEqual(single.input.preprocess, spec);
    assert.deepStrictEqual(single.input.paths, [image]);
    assert.ok(set.layers.length >= 2);
    for (const l of set.layers) {
      const row = single.layers.find((x) => x.tensor === l.tensor);
      assert.ok(row && row.sqnrDb !== null && l.sqnrDb.mean !== null && Math.abs(row.sqnrDb - l.sqnrDb.mean) < 0.01, `${l.tensor}: ${row?.sqnrDb} alone, ${l.sqnrDb.mean} in the set`);
    }
    // A spec given for a tensor file is a mistake, said as such.
    const npy = path.join(ctx.dir(), 'in.npy');
    fs.writeFileSync(npy, encodeNpy({ ...rgb.input, dtype: 'float32' }, 'in.npy'));
    const err = await compareModels({ ...sides, input: npy, preprocess: spec }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof QuantLensError && err.kind === 'bad-input' && err.file === spec && /applies to images/.test(err.message), String(err));
  });

  it('on two jobs, a model that cannot be read fails naming it, while the worker thread was starting, and leaves nothing running', async () => {
    const bad = path.join(ctx.dir(), 'cut.onnx');
    fs.writeFileSync(bad, fs.readFileSync(quantFile).subarray(0, 300));
    const before = engineChildren();
    const err = await run({ model: bad, jobs: 2 }).then(() => null, (e: unknown) => e);
    assert.ok(err instanceof QuantLensError && err.kind === 'bad-input' && err.file === bad, String(err));
    assert.strictEqual(engineChildren(), before, 'no engine process left behind');
  });

  describe('MobileNetV2 (../shared/fixtures/real) over PNG images with a preprocessing spec', () => {
    before(function () {
      requireRealFixtures(this, 'mnv2_int8.onnx');
    });

    it('reads the images through the spec, compares every one, and finds no culprit on the clean model', async () => {
      const dir = path.join(ctx.dir(), 'images');
      writeImages(dir, [{ contrast: 20 }, { contrast: 30 }, { contrast: 40 }]);
      const before = engineChildren();
      const r = await compareSet({ model: path.join(realFixtures, 'mnv2_int8.onnx'), inputs: dir, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
      assert.strictEqual(engineChildren(), before);
      assert.strictEqual(r.inputs.covered, 3);
      assert.ok(r.inputs.preprocess?.endsWith('quantlens.preprocess.json'));
      assert.deepStrictEqual(r.culprits, []);
      assert.ok(r.layers.length > 50);
      assert.ok(r.ranges.filter((g) => g.quant).length > 30);
      assert.ok(r.sessions.reused > 0);
    });

    it('finds a small fault (1-6 dB at its layer) (an activation scale / 8 on a layer with headroom) on the aggregate, and no culprit on the clean model, against the float twin', async () => {
      // Six images from the one real input (contrast, brightness, mirror, shift): distinct inputs, honestly few.
      const dir = path.join(ctx.dir(), 'images-varied');
      writeImages(dir, [{ contrast: 30 }, { contrast: 22, brightness: 15 }, { contrast: 38, brightness: -10 }, { contrast: 30, flip: true }, { contrast: 26, shift: 40 }, { contrast: 34, flip: true, shift: 90 }]);
      const reference = path.join(realFixtures, 'mnv2_float_qatw.onnx');
      const compare = (model: string) => compareSet({ model, reference, inputs: dir, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
      const clean = await compare(path.join(realFixtures, 'mnv2_int8.onnx'));
      assert.strictEqual(clean.inputs.covered, 6);
      assert.deepStrictEqual(clean.culprits.map((c) => c.node), [], 'no false culprit on the clean model');
      // This layer's activations use little of their range: a scale 8x too small clips only their tail (chosen by
      // trying the fault on every conv of the model: elsewhere it costs nothing or 8-30 dB).
      const layer = '/features/7/conv/2/Conv';
      const model = readModel(path.join(realFixtures, 'mnv2_int8.onnx')).model;
      assert.ok(injectFault(model, layer, 'act-scale'));
      const file = path.join(ctx.dir(), 'mnv2-faulty.onnx');
      writeModel(model, file);
      const faulty = await compare(file);
      const db = (r: typeof clean) => r.layers.find((l) => l.node === layer)!.sqnrDb.mean!;
      const cost = db(clean) - db(faulty);
      assert.ok(cost >= 1 && cost <= 6, `the fault costs ${cost.toFixed(2)} dB at its layer (${db(clean)} -> ${db(faulty)})`);
      assert.strictEqual(faulty.culprits[0]?.node, layer, JSON.stringify(faulty.culprits.map((c) => [c.node, c.score, c.holdsOn])));
      assert.ok(faulty.culprits[0].holdsOn >= 4, `holds on ${faulty.culprits[0].holdsOn} of 6`);
    });
  });
});

describe('engine session cache', () => {
  /** Stand-ins for runtime sessions: the cache only calls release(). */
  const fake = (log: string[], name: string) => ({ release: async () => void log.push(name) }) as never;

  it('releases after use when off; keeps the most recent when on, never releasing one in use', async () => {
    const log: string[] = [];
    const cache = new SessionCache();
    await cache.use('a', async () => fake(log, 'a'), async () => undefined);
    assert.deepStrictEqual(log, ['a']);
    await cache.setKeep(2);
    for (const k of ['a', 'b', 'a', 'c']) await cache.use(k, async () => fake(log, k), async () => undefined);
    // a, b made; a reused (most recent); c made: b, the least recent, goes.
    assert.deepStrictEqual(log, ['a', 'b']);
    assert.deepStrictEqual([cache.hits, cache.misses], [1, 4]);
    await cache.setKeep(1);
    let during: string[] = [];
    await cache.use('d', async () => fake(log, 'd'), async () => {
      await cache.setKeep(0);
      during = [...log];
    });
    // While d runs, setKeep(0) releases a and c but not d; d goes when its call ends.
    assert.ok(!during.includes('d') && during.includes('c'), during.join());
    assert.deepStrictEqual(log.slice(-1), ['d']);
  });
});
