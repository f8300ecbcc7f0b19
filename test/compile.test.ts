import { strict as assert } from 'assert';
import { QuantLensError } from '../src/engine/errors';
import { fakeQuantModel, floatConvChain, ifModel, qdqConvModel, qlinearConvModel, quantMatMulModel } from './helpers/models';
import { compileFor, saveModel, useEngine } from './helpers/engine';
import { buildIR } from '../src/engine/ir/build-ir';

describe('compile', function () {
  const ctx = useEngine();

  it('blocks float convs to NCHWc at cpu, with the measured block and the true channel count', async () => {
    const file = saveModel(ctx.dir(), 'float.onnx', floatConvChain(5));
    const { report, compiled, probe } = await compileFor(file, 'cpu', ctx.engine());
    assert.ok(probe.nchwcBlock, 'this CPU blocks convs');
    const nchwc = report.compiled!.nodes.filter((n) => n.domain === 'com.microsoft.nchwc' && n.opType === 'Conv');
    assert.equal(nchwc.length, 2);
    const out = compiled!.values.get(nchwc[1].outputs[0])!;
    assert.deepEqual(out.layout, { kind: 'NCHWc', block: probe.nchwcBlock, channels: 5 });
    assert.equal(out.shape![1], Math.ceil(5 / probe.nchwcBlock!) * probe.nchwcBlock!, 'dims show padded channels');
    const reorder = report.compiled!.nodes.find((n) => n.opType === 'ReorderOutput')!;
    assert.equal(reorder.inserted, true);
    // The fused conv+relu came from exactly the source Conv and Relu of block 1.
    assert.deepEqual(nchwc[0].origin, ['/block1/Conv', '/block1/Relu']);
    assert.deepEqual(nchwc[1].origin, ['/block2/Conv']);
    for (const v of report.compiled!.values) if (!v.initializer) assert.ok(v.dtype && v.shape, `${v.name} has dtype and shape`);
  });

  it('keeps NCHW at cpu-no-layout', async () => {
    const file = saveModel(ctx.dir(), 'float2.onnx', floatConvChain(5));
    const { report } = await compileFor(file, 'cpu-no-layout', ctx.engine());
    assert.equal(report.compiled!.nodes.filter((n) => n.domain === 'com.microsoft.nchwc').length, 0);
    assert.ok(report.compiled!.values.filter((v) => !v.initializer && v.shape?.length === 4).every((v) => v.layout.kind === 'NCHW'));
  });

  it('fuses QDQ convs into NHWC QLinearConv at cpu, with quantization parameters and origins', async () => {
    const file = saveModel(ctx.dir(), 'qdq.onnx', qdqConvModel({ perChannel: true }));
    const { report, compiled } = await compileFor(file, 'cpu', ctx.engine());
    const convs = report.compiled!.nodes.filter((n) => n.opType === 'QLinearConv');
    assert.equal(convs.length, 2);
    assert.equal(convs[0].attributes.channels_last, 1);
    assert.ok(convs[0].origin.includes('/conv1/Conv') && convs[0].origin.includes('/conv1/weight/DequantizeLinear'), convs[0].origin.join());
    assert.ok(convs[0].origin.includes('/conv1/Relu'));
    assert.ok(!convs[1].origin.includes('/conv1/Conv'));
    const out = compiled!.values.get(convs[0].outputs[0])!;
    assert.equal(out.layout.kind, 'NHWC');
    assert.equal(out.dtype, 'uint8');
    assert.deepEqual(out.quant && { scale: out.quant.scale.map((s) => +s.toFixed(6)), zp: out.quant.zeroPoint }, { scale: [0.05], zp: [0] });
    const w = compiled!.values.get(convs[0].inputs[3])!;
    assert.equal(w.quant!.scale.length, 16, 'per-channel weight scales');
    assert.equal(w.quant!.axis, 0);
    const inserted = report.compiled!.nodes.filter((n) => n.inserted);
    assert.ok(inserted.length >= 2 && inserted.every((n) => n.opType === 'Transpose'));
    assert.ok(report.diagnostics.some((d) => d.code === 'QL-LAYOUT-TRANSFORMS'));
    assert.ok(report.compiled!.nodes.some((n) => n.opType === 'QLinearAdd' && n.origin.includes('/add/Add')));
  });

  it('runs a QOperator model NHWC at cpu and NCHW as written at reference', async () => {
    const file = saveModel(ctx.dir(), 'qop.onnx', qlinearConvModel());
    const cpu = await compileFor(file, 'cpu', ctx.engine());
    assert.ok(cpu.report.compiled!.nodes.some((n) => n.opType === 'QLinearConv' && n.attributes.channels_last === 1));
    const ref = await compileFor(file, 'reference', ctx.engine());
    const conv = ref.report.compiled!.nodes.find((n) => n.opType === 'QLinearConv')!;
    assert.equal(ref.compiled!.values.get(conv.outputs[0])!.layout.kind, 'NCHW');
    assert.deepEqual(ref.compiled!.values.get('w')!.quant!.scale.map((s) => +s.toFixed(4)), [0.01, 0.02, 0.03, 0.04]);
  });

  it('treats quantized MatMul paths as first-class (3-D activations have no channel layout)', async () => {
    const file = saveModel(ctx.dir(), 'qmm.onnx', quantMatMulModel());
    const src = buildIR(require('../src/engine/onnx/model-file').readModel(file).model).graph;
    assert.deepEqual(src.values.get('wq')!.quant!.axis, 1);
    assert.equal(src.values.get('wq')!.quant!.scale.length, 8);
    assert.equal(src.values.get('x_q')!.quant!.scaleTensor, 'x_scale', 'dynamic quantization: scale known only at run time');
    assert.deepEqual(src.values.get('w2')!.quant!.zeroPoint, [128]);
    const { report, compiled } = await compileFor(file, 'cpu', ctx.engine());
    const ops = Object.keys(report.compiled!.opCounts).join(' ');
    assert.match(ops, /QLinearMatMul|MatMulIntegerToFloat|QGemm|DynamicQuantizeMatMul/, ops);
    for (const v of compiled!.values.values()) if (!v.initializer && v.shape?.length === 3) assert.equal(v.layout.kind, 'unknown');
  });

  it('lists subgraph bodies', async () => {
    const file = saveModel(ctx.dir(), 'if.onnx', ifModel());
    const src = buildIR(require('../src/engine/onnx/model-file').readModel(file).model).graph;
    const node = src.nodes.find((n) => n.opType === 'If')!;
    assert.deepEqual(node.subgraphs.map((s) => [s.attribute, s.nodes]), [['then_branch', 1], ['else_branch', 1]]);
  });

  it('calls a model the runtime refuses at every level bad input, with its reason and the finding that explains it', async () => {
    const file = saveModel(ctx.dir(), 'fq.onnx', fakeQuantModel());
    const refused = (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input' && e.message.startsWith(file)
      && /refuses to load this model at every optimization level/.test(e.message) && /QL-FAKE-QUANT: .*\/fq\/FakeQuant/.test(e.message) && !/onnxruntime_src/.test(e.message);
    const t0 = performance.now();
    await assert.rejects(compileFor(file, 'cpu', ctx.engine()), refused);
    const first = performance.now() - t0;
    // The refusal is cached like a compile: the second run answers from the cache.
    const t1 = performance.now();
    await assert.rejects(compileFor(file, 'cpu', ctx.engine()), refused);
    const second = performance.now() - t1;
    assert.ok(second < first, `second run ${second.toFixed(0)} ms, first ${first.toFixed(0)} ms`);
  });

  it('reuses the cache for the same model, target and runtime', async () => {
    const file = saveModel(ctx.dir(), 'cached.onnx', floatConvChain(3));
    const first = await compileFor(file, 'cpu', ctx.engine());
    const second = await compileFor(file, 'cpu', ctx.engine());
    assert.equal(first.report.cached, false);
    assert.equal(second.report.cached, true);
    assert.deepEqual(second.report.compiled, first.report.compiled);
    const other = await compileFor(file, 'cpu-basic', ctx.engine());
    assert.equal(other.report.cached, false);
  });
});
