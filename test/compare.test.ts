import { strict as assert } from 'assert';
import * as path from 'path';
import { compareModels, CompareOptions } from '../src/engine/compare/compare';
import { CompareReport } from '../src/engine/compare/compare-report';
import { writeNpz } from '../src/engine/io/npz';
import { writeNpy } from '../src/engine/io/npy';
import { encodeModel } from '../src/engine/onnx/model-file';
import { ModelMsg } from '../src/engine/onnx/schema';
import { toFloat32 } from '../src/engine/onnx/tensor-codec';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { GraphBuilder, randomValues, rng } from '../src/engine/builder/model-builder';
import { convTwin } from './helpers/compare-models';
import { injectFault } from './helpers/faults';
import { compileFor, saveModel, useEngine } from './helpers/engine';
import { qdqConvModel } from './helpers/models';
import { describeFacts, runtimeFacts } from './helpers/probe';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

describe('compare: layer by layer', function () {
  const ctx = useEngine();
  const compare = (model: string, o: Partial<CompareOptions> = {}): Promise<CompareReport> =>
    compareModels({ model, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine(), ...o });

  /** uint8 x int8 3x3 conv 32->16, activations 128..255 and full-range weights: the u8s8 saturation case. */
  function saturatingConv(form: 'qdq' | 'qoperator', weightMax = 127, weights?: (v: number, i: number) => number): ModelMsg {
    const r = rng(11);
    const b = new GraphBuilder(`sat_${form}`);
    const w = randomValues(16 * 32 * 9, -weightMax, weightMax, r, true).map((v, i) => (weights ? weights(v, i) : v));
    const s = (n: string, v: number) => b.constant(n, 'float32', [], [v]);
    const z = (n: string, v: number, t: 'uint8' | 'int8' = 'uint8') => b.constant(n, t, [], [v]);
    if (form === 'qoperator') {
      const x = b.input('x', 'uint8', [1, 32, 8, 8]);
      b.output(b.op('QLinearConv', [x, s('xs', 0.02), z('xz', 0), b.constant('w', 'int8', [16, 32, 3, 3], w), s('ws', 0.01), z('wz', 0, 'int8'), s('ys', 0.5), z('yz', 128)], { pads: [1, 1, 1, 1] }, { name: '/conv/QLinearConv', output: 'y' }));
    } else {
      const x = b.input('x', 'float32', [1, 32, 8, 8]);
      const xq = b.op('QuantizeLinear', [x, s('xs', 0.02), z('xz', 0)], {}, { name: '/in/QuantizeLinear' });
      const xd = b.op('DequantizeLinear', [xq, 'xs', 'xz'], {}, { name: '/in/DequantizeLinear' });
      const wd = b.op('DequantizeLinear', [b.constant('w', 'int8', [16, 32, 3, 3], w), s('ws', 0.01), z('wz', 0, 'int8')], {}, { name: '/conv/w/DequantizeLinear' });
      const c = b.op('Conv', [xd, wd], { pads: [1, 1, 1, 1] }, { name: '/conv/Conv' });
      const yq = b.op('QuantizeLinear', [c, s('ys', 0.5), z('yz', 128)], {}, { name: '/out/QuantizeLinear' });
      b.output(b.op('DequantizeLinear', [yq, 'ys', 'yz'], {}, { name: '/out/DequantizeLinear', output: 'y' }));
    }
    return b.model({ opset: 13 });
  }

  function saturatingInput(form: 'qdq' | 'qoperator', lo = 128, hi = 255): string {
    const r = rng(12);
    const values = randomValues(32 * 64, lo, hi, r, true);
    const file = path.join(ctx.dir(), `sat-in-${form}-${lo}.npy`);
    writeNpy(file, form === 'qoperator' ? { dtype: 'uint8', dims: [1, 32, 8, 8], data: Uint8Array.from(values) } : { dtype: 'float32', dims: [1, 32, 8, 8], data: Float32Array.from(values, (v) => v * 0.02) });
    return file;
  }

  for (const form of ['qdq', 'qoperator'] as const) {
    it(`at cpu, finds u8s8 saturation in ${form} form where the probe measured it (none elsewhere), and none beyond a step at cpu-int8-precise`, async () => {
      const file = saveModel(ctx.dir(), `sat-${form}.onnx`, saturatingConv(form));
      const input = saturatingInput(form);
      const r = await compare(file, { input });
      assert.equal(r.mode, 'compiled-vs-source');
      const facts = await runtimeFacts(ctx.engine());
      console.log(`      ${describeFacts(facts)}`);
      if (!facts.u8s8Saturates) {
        // This CPU's kernels are exact: the real target is as good as the reference, and says so.
        assert.equal(r.culprits.filter((c) => c.kind === 'saturation').length, 0, JSON.stringify(r.culprits));
        assert.ok(r.layers.find((l) => l.tensor === 'y')!.errSteps! <= 1, JSON.stringify(r.layers));
        return;
      }
      assert.ok(r.culprits.length >= 1, JSON.stringify(r.layers));
      assert.equal(r.culprits[0].kind, 'saturation', r.culprits[0].explanation);
      assert.match(r.culprits[0].fix, /cpu-int8-precise/);
      const y = r.layers.find((l) => l.tensor === 'y')!;
      assert.ok(y.errSteps! > 1, `saturation should move outputs by more than a step (got ${y.errSteps})`);
      const precise = await compare(file, { input, target: target('cpu-int8-precise') });
      const yp = precise.layers.find((l) => l.tensor === 'y')!;
      assert.ok(yp.errSteps! <= 1, `cpu-int8-precise: ${yp.errSteps} steps`);
      assert.equal(precise.culprits.filter((c) => c.kind === 'saturation').length, 0);
    });
  }

  for (const form of ['qdq', 'qoperator'] as const) {
    it(`at the emulated x64-avx2 target, finds the u8s8 saturation in ${form} form on any CPU; none at x64-vnni, none with 7-bit weights`, async () => {
      const file = saveModel(ctx.dir(), `sat-emu-${form}.onnx`, saturatingConv(form));
      const input = saturatingInput(form);
      const r = await compare(file, { input, target: target('x64-avx2') });
      assert.equal(r.cpuFacts.kernels?.family, 'x64-avx2');
      assert.equal(r.cpuFacts.kernels?.emulated, true);
      assert.ok(r.culprits.length >= 1, JSON.stringify(r.layers));
      assert.equal(r.culprits[0].kind, 'saturation', r.culprits[0].explanation);
      assert.match(r.culprits[0].explanation, /x64 without VNNI/);
      assert.match(r.culprits[0].fix, /cpu-int8-precise/);
      const y = r.layers.find((l) => l.tensor === 'y')!;
      assert.ok(y.errSteps! > 1, `saturation moves outputs by more than a step (got ${y.errSteps})`);
      const vnni = await compare(file, { input, target: target('x64-vnni') });
      assert.equal(vnni.culprits.length, 0, JSON.stringify(vnni.culprits));
      assert.ok(vnni.layers.find((l) => l.tensor === 'y')!.errSteps! <= 1);
      const sevenBit = saveModel(ctx.dir(), `sat-emu-${form}-7bit.onnx`, saturatingConv(form, 63));
      const twin = await compare(sevenBit, { input, target: target('x64-avx2') });
      assert.equal(twin.culprits.length, 0, `weights within +-63 cannot saturate: ${JSON.stringify(twin.culprits)}`);
      console.log(`      ${form}: x64-avx2 output ${y.errSteps} steps, ${y.sqnrDb} dB; x64-vnni ${vnni.layers.find((l) => l.tensor === 'y')!.errSteps} steps; 7-bit twin at x64-avx2 ${twin.layers.find((l) => l.tensor === 'y')!.errSteps} steps`);
    });
  }

  it('at the emulated arm64 target, finds int8 pair sums that wrap (activations near 0, weights at -128); none at arm64-dotprod', async () => {
    const file = saveModel(ctx.dir(), 'wrap-emu.onnx', saturatingConv('qoperator', 127, (v, i) => (i % 4 === 3 ? v : -128)));
    const input = saturatingInput('qoperator', 0, 4);
    const r = await compare(file, { input, target: target('arm64') });
    assert.ok(r.culprits.length >= 1, JSON.stringify(r.layers));
    assert.equal(r.culprits[0].kind, 'saturation', r.culprits[0].explanation);
    assert.match(r.culprits[0].explanation, /wrap/);
    assert.match(r.culprits[0].fix, /-127, 127/);
    const dot = await compare(file, { input, target: target('arm64-dotprod') });
    assert.equal(dot.culprits.length, 0, JSON.stringify(dot.culprits));
    console.log(`      arm64: output ${r.layers.find((l) => l.tensor === 'y')!.errSteps} steps; arm64-dotprod ${dot.layers.find((l) => l.tensor === 'y')!.errSteps} steps`);
  });

  it('captures faithfully: a compiled QDQ model gives bit-identical outputs with every tensor exposed', async () => {
    const file = saveModel(ctx.dir(), 'faithful.onnx', qdqConvModel({ perChannel: true }));
    const outcome = await compileFor(file, 'cpu', ctx.engine());
    const compiled = outcome.compiled!;
    const all = compiled.nodes.flatMap((n) => n.outputs).filter((t) => t && !compiled.values.get(t)!.initializer);
    assert.ok(compiled.nodes.some((n) => n.opType === 'QLinearConv'), 'the convs are fused at cpu');
    const feeds = { x: { name: 'x', dtype: 'float32' as const, dims: [1, 16, 8, 8], data: Float32Array.from(randomValues(16 * 64, -1, 1, rng(2024))) } };
    const live = await ctx.engine().call('run', { model: { path: file }, session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} }, feeds });
    const cap = await ctx.engine().call('capture', { model: { path: outcome.report.compiledModelPath! }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds: [feeds], fetch: all });
    assert.ok(all.length > 5 && all.includes('y'));
    assert.deepEqual(Array.from(toFloat32(cap.outputs[0].y)), Array.from(toFloat32(live.outputs.y)));
  });

  async function twinFiles(tag: string, fault?: { layer: number; kind: 'act-scale' | 'weight-zero-point' | 'weight-scale' }) {
    const twin = await convTwin(ctx.engine(), { depth: 6 });
    if (fault) assert.ok(injectFault(twin.qdq, twin.convs[fault.layer], fault.kind));
    const quant = saveModel(ctx.dir(), `twin-${tag}.onnx`, twin.qdq);
    const float = saveModel(ctx.dir(), `twin-${tag}-float.onnx`, twin.float);
    const input = path.join(ctx.dir(), `twin-${tag}-input.npy`);
    writeNpy(input, twin.input);
    return { quant, float, input, twin };
  }

  it('quant-vs-float: a clean QDQ twin pairs every layer and has no culprit', async () => {
    const f = await twinFiles('clean');
    const r = await compare(f.quant, { reference: f.float, input: f.input });
    assert.equal(r.mode, 'quant-vs-float');
    for (const c of f.twin.convs) assert.ok(r.layers.some((l) => l.node === c), `layer ${c} paired`);
    assert.deepEqual(r.culprits, [], JSON.stringify(r.culprits));
    assert.ok(r.output[0].sqnrDb! > 20, `output SQNR ${r.output[0].sqnrDb}`);
    assert.equal(r.output[0].top1Agreement, 1);
    assert.ok(r.layers.every((l) => l.localSqnrDb !== null || !l.node?.endsWith('Conv')));
  });

  for (const [kind, expected] of [['act-scale', 'clipping'], ['weight-zero-point', 'weights'], ['weight-scale', 'weights']] as const) {
    it(`quant-vs-float: an injected ${kind} fault in layer 3 is culprit 1, of kind ${expected}`, async () => {
      const f = await twinFiles(kind, { layer: 3, kind });
      const r = await compare(f.quant, { reference: f.float, input: f.input });
      assert.ok(r.culprits.length >= 1, 'a culprit');
      assert.equal(r.culprits[0].node, f.twin.convs[3], JSON.stringify(r.culprits.slice(0, 2)));
      assert.equal(r.culprits[0].kind, expected, r.culprits[0].explanation);
      assert.ok(r.firstBad, 'a first bad layer');
      assert.ok(r.whatIf.length === 1 && r.whatIf[0].layer === f.twin.convs[3]);
      assert.ok(r.whatIf[0].outputSqnrAfter! > r.whatIf[0].outputSqnrBefore!, `keeping the layer in float helps: ${JSON.stringify(r.whatIf)}`);
    });
  }

  it('activations: reference tensors keyed by name, shape-checked, with what did not match', async () => {
    const f = await twinFiles('acts');
    const run = await ctx.engine().call('run', { model: { bytes: encodeModel(f.twin.float) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds: { x: f.twin.input }, fetch: ['/layer0/relu/Relu_output_0', '/layer2/add/Add_output_0', 'logits'] });
    const acts = path.join(ctx.dir(), 'acts.npz');
    writeNpz(acts, { '/layer0/relu/Relu_output_0': run.outputs['/layer0/relu/Relu_output_0'], 'logits': run.outputs.logits, 'no.such.module': run.outputs.logits });
    const r = await compare(f.quant, { reference: acts, input: f.input });
    assert.equal(r.mode, 'activations');
    assert.ok(r.layers.some((l) => l.referenceTensor === 'logits' && l.sqnrDb! > 15));
    assert.ok(r.layers.some((l) => l.referenceTensor === '/layer0/relu/Relu_output_0'));
    assert.ok(r.unmatched.reference.some((u) => u.startsWith('no.such.module')), JSON.stringify(r.unmatched));
  });

  it('target-vs-target: cpu against cpu-no-layout on a float model agrees to float rounding', async () => {
    const f = await twinFiles('targets');
    const r = await compare(f.float, { target: target('cpu'), referenceTarget: target('cpu-no-layout'), compareTargets: true, input: f.input });
    assert.equal(r.mode, 'target-vs-target');
    assert.ok(r.layers.length >= 6);
    assert.ok(r.layers.every((l) => l.sqnrDb! > 60), JSON.stringify(r.layers.map((l) => l.sqnrDb)));
    // Where the runtime blocks float convs here (not on arm64), the blocked tensors were un-blocked for the comparison.
    const facts = await runtimeFacts(ctx.engine());
    if (facts.nchwcBlock !== null) assert.ok(r.layers.some((l) => l.layout === `NCHW${facts.nchwcBlock}c`), `NCHW${facts.nchwcBlock}c tensors were un-blocked for comparison`);
    else assert.ok(r.layers.every((l) => !/NCHW\d+c/.test(l.layout ?? '')), 'no NCHWc where the probe found none');
    assert.deepEqual(r.culprits, []);
  });

  it('a batch of inputs aggregates mean and worst, and chunking does not change the numbers', async () => {
    const f = await twinFiles('batch');
    const r = rng(5);
    const batch = path.join(ctx.dir(), 'batch.npz');
    writeNpz(batch, { x: { dtype: 'float32', dims: [3, 16, 12, 12], data: Float32Array.from(randomValues(3 * 16 * 144, -1, 1, r)) } });
    const whole = await compare(f.quant, { reference: f.float, input: batch });
    assert.equal(whole.input.count, 3);
    assert.ok(whole.layers.every((l) => l.worst && l.worst.sqnrDb! <= l.sqnrDb!));
    assert.ok(whole.output[0].top1Agreement !== null);
    const chunked = await compare(f.quant, { reference: f.float, input: batch, chunkMb: 0.01 });
    assert.deepEqual(chunked.layers.map((l) => [l.tensor, l.sqnrDb, l.localSqnrDb]), whole.layers.map((l) => [l.tensor, l.sqnrDb, l.localSqnrDb]));
  });

  it('bad input: wrong dtype or shape, an unreadable reference, models that share nothing', async () => {
    const f = await twinFiles('bad');
    const wrong = path.join(ctx.dir(), 'wrong.npy');
    writeNpy(wrong, { dtype: 'float64', dims: [1, 16, 12, 12], data: new Float64Array(16 * 144) });
    await assert.rejects(compare(f.quant, { input: wrong }), /float64.*float32/);
    const shape = path.join(ctx.dir(), 'shape.npy');
    writeNpy(shape, { dtype: 'float32', dims: [1, 16, 10, 12], data: new Float32Array(16 * 120) });
    await assert.rejects(compare(f.quant, { input: shape }), /shape \[1,16,10,12\]/);
    const corrupt = path.join(ctx.dir(), 'corrupt.npz');
    require('fs').writeFileSync(corrupt, 'PK\u0003\u0004 not really a zip');
    await assert.rejects(compare(f.quant, { reference: corrupt }), (e: Error) => e.message.includes('corrupt.npz'));
    const other = new GraphBuilder('other');
    other.output(other.op('Softmax', [other.input('x', 'float32', [1, 16, 12, 12])], {}, { output: 'p' }));
    const otherFile = saveModel(ctx.dir(), 'other.onnx', other.model({ opset: 13 }));
    await assert.rejects(compare(f.quant, { reference: otherFile, input: f.input }), /share no tensor/);
    await assert.rejects(compare(f.quant, { reference: f.float, mode: 'activations' }), /--mode activations does not fit/);
    const foreign = path.join(ctx.dir(), 'foreign-acts.npz');
    writeNpz(foreign, { 'no.such.module': { dtype: 'float32', dims: [2, 2], data: new Float32Array(4) }, logits: { dtype: 'float32', dims: [3, 3], data: new Float32Array(9) } });
    await assert.rejects(compare(f.quant, { reference: foreign, input: f.input }), (e: Error) => /foreign-acts\.npz/.test(e.message) && /share no tensor|nothing could be compared/.test(e.message));
  });
});
