import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repairModel } from '../src/engine/compile/repair-model';
import { compileFor, saveModel, useEngine } from './helpers/engine';
import { qdqConvModel } from './helpers/models';
import { QuantLensError } from '../src/engine/errors';
import { EngineClient } from '../src/engine/process/engine-client';
import { writeModel } from '../src/engine/onnx/model-file';

describe('compile failures: diagnosis and repair', function () {
  const ctx = useEngine();

  it('finds the level, optimizer, node and cause of a QDQ model with 1-element scales, and the targets that work', async () => {
    const file = saveModel(ctx.dir(), 'one_elem.onnx', qdqConvModel({ oneElementParams: true }));
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    const f = report.failure!;
    assert.ok(f, 'the runtime refuses it at cpu');
    assert.equal(f.level, 'extended');
    assert.equal(f.optimizer, 'QDQSelectorActionTransformer');
    assert.equal(f.node, '/add/Add');
    assert.match(f.cause, /1-element tensors of shape \[1\]/);
    assert.deepEqual(f.repairs.map((r) => r.id), ['scalar-qparams']);
    assert.deepEqual(f.workingTargets.sort(), ['cpu-basic', 'cpu-qdq-float', 'reference']);
    assert.ok(report.diagnostics.some((d) => d.code === 'QL-COMPILE-FAILED' && d.severity === 'error' && /quantlens repair/.test(d.fix ?? '')));
  });

  it('diagnoses it the same when its weights are in an external data file beside it', async () => {
    // The diagnosis compiles bytes of the model many times: bytes whose weights are in external files must name
    // the model's folder, or the runtime refuses them at every level ("refuses to load").
    const dir = path.join(ctx.dir(), 'external-diagnosis');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'one_elem_ext.onnx');
    writeModel(qdqConvModel({ oneElementParams: true }), file, { externalData: { location: 'one_elem_ext.data', threshold: 16 } });
    assert.ok(fs.statSync(path.join(dir, 'one_elem_ext.data')).size > 0);
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    const f = report.failure!;
    assert.ok(f, 'the runtime refuses it at cpu');
    assert.equal(f.level, 'extended');
    assert.deepEqual(f.repairs.map((r) => r.id), ['scalar-qparams']);
    assert.deepEqual(f.workingTargets.sort(), ['cpu-basic', 'cpu-qdq-float', 'reference']);
  });

  it('repairs it into a copy that compiles at every target with identical outputs at reference', async () => {
    const file = saveModel(ctx.dir(), 'one_elem2.onnx', qdqConvModel({ oneElementParams: true }));
    const before = fs.readFileSync(file);
    const out = path.join(ctx.dir(), 'fixed.onnx');
    const r = await repairModel(file, out, { engine: ctx.engine() });
    assert.ok(r.failingBefore.includes('cpu'));
    assert.deepEqual(r.failingAfter, []);
    assert.equal(r.referenceMaxAbsDiff, 0);
    assert.ok(r.applied.some((a) => a.id === 'scalar-qparams' && a.changes > 0));
    assert.deepEqual(fs.readFileSync(file), before, 'the original is untouched');
    for (const t of ['cpu', 'cpu-no-layout', 'cpu-int8-precise', 'cpu-qdq-float', 'cpu-basic', 'reference']) {
      const { report } = await compileFor(out, t, ctx.engine());
      assert.equal(report.failure, null, `${t} compiles the repaired model`);
    }
    await assert.rejects(repairModel(file, out, { engine: ctx.engine() }), /already exists/);
    await assert.rejects(repairModel(file, file, { engine: ctx.engine(), overwrite: true }), /over the original/);
  });

  it('writes nothing for a model that compiles everywhere', async () => {
    const file = saveModel(ctx.dir(), 'fine.onnx', qdqConvModel());
    const out = path.join(ctx.dir(), 'fine_fixed.onnx');
    const r = await repairModel(file, out, { engine: ctx.engine() });
    assert.deepEqual(r.failingBefore, []);
    assert.equal(fs.existsSync(out), false);
  });

  it('cancels a compile by killing the engine, which then starts again', async () => {
    const file = saveModel(ctx.dir(), 'cancel.onnx', qdqConvModel({ perChannel: true }));
    const abort = new AbortController();
    const pending = ctx.engine().call('compile', { model: { path: file }, session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} }, exposeTypes: false }, { signal: abort.signal });
    abort.abort();
    await assert.rejects(pending, (e: unknown) => e instanceof QuantLensError && e.kind === 'cancelled');
    const { report } = await compileFor(file, 'cpu-basic', ctx.engine());
    assert.ok(report.compiled);
  });

  it('survives the engine process dying mid-call', async () => {
    // A fresh engine: its process is still starting when it dies, so the call cannot have been answered.
    const engine = new EngineClient();
    const file = saveModel(ctx.dir(), 'crash.onnx', qdqConvModel());
    const pending = engine.call('compile', { model: { path: file }, session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} }, exposeTypes: false });
    // What a native abort looks like from here: the child is gone.
    const child = (engine as unknown as { child: { kill(s: string): void } }).child;
    child.kill('SIGKILL');
    await assert.rejects(pending, (e: unknown) => e instanceof QuantLensError && e.kind === 'engine-crashed' && /killed by SIGKILL/.test(e.message));
    const again = await compileFor(file, 'reference', engine);
    assert.ok(again.report.compiled);
    engine.dispose();
  });
});

describe('findings', function () {
  const ctx = useEngine();

  it('refuses a zero scale before the runtime, naming the node, the tensor and the fix', async () => {
    const file = saveModel(ctx.dir(), 'zero_scale.onnx', qdqConvModel({ zeroScale: true }));
    await assert.rejects(compileFor(file, 'cpu', ctx.engine()), (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input'
      && e.node === '/input/QuantizeLinear' && e.tensor === '/input.s0' && /scale '\/input\.s0' is 0; scales must be positive and finite \(recalibrate/.test(e.message) && e.message.startsWith(file));
  });

  it('flags per-tensor depthwise weights and u8s8 overflow (where measured)', async () => {
    const file = saveModel(ctx.dir(), 'dw.onnx', qdqConvModel({ depthwisePerTensor: true }));
    const { report, probe } = await compileFor(file, 'cpu', ctx.engine());
    const codes = new Set(report.diagnostics.map((d) => d.code));
    assert.ok(codes.has('QL-DEPTHWISE-PER-TENSOR'), [...codes].join());
    const sat = report.diagnostics.find((d) => d.code === 'QL-U8S8-SATURATION');
    assert.equal(!!sat, probe.u8s8Saturates, 'the saturation finding follows the measurement');
  });

  it('does not flag u8s8 overflow for weights within +-64, nor at cpu-int8-precise', async () => {
    const small = saveModel(ctx.dir(), 'small_w.onnx', qdqConvModel({ weightMax: 64 }));
    const a = await compileFor(small, 'cpu', ctx.engine());
    assert.ok(!a.report.diagnostics.some((d) => d.code === 'QL-U8S8-SATURATION'));
    const full = saveModel(ctx.dir(), 'full_w.onnx', qdqConvModel({ weightMax: 127 }));
    const b = await compileFor(full, 'cpu-int8-precise', ctx.engine());
    assert.ok(!b.report.diagnostics.some((d) => d.code === 'QL-U8S8-SATURATION'), 'weights became uint8: no u8s8 kernels');
  });

  it('reports quantized layers left in float as islands, as expected at cpu-qdq-float', async () => {
    const file = saveModel(ctx.dir(), 'islands.onnx', qdqConvModel());
    const { report } = await compileFor(file, 'cpu-qdq-float', ctx.engine());
    const d = report.diagnostics.find((x) => x.code === 'QL-FLOAT-ISLANDS')!;
    assert.ok(d, 'convs run in float when QDQ fusion is disabled');
    assert.equal(d.severity, 'info');
    const cpu = await compileFor(file, 'cpu', ctx.engine());
    assert.ok(!cpu.report.diagnostics.some((x) => x.code === 'QL-FLOAT-ISLANDS'));
  });
});
