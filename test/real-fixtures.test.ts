import { strict as assert } from 'assert';
import * as path from 'path';
import { repairModel } from '../src/engine/compile/repair-model';
import { readModel } from '../src/engine/onnx/model-file';
import { buildIR } from '../src/engine/ir/build-ir';
import { compileFor, realFixtures, requireRealFixtures, useEngine } from './helpers/engine';

/** Integration on the real PyTorch-made MobileNetV2 models in ../shared/fixtures/real (skipped where absent). */
describe('real MobileNetV2 fixtures', function () {
  const ctx = useEngine();
  const fixture = (name: string) => path.join(realFixtures, name);
  before(function () {
    requireRealFixtures(this, 'mnv2_int8.onnx');
  });

  it('gives every Q/DQ of the fixtures its quantization parameters', () => {
    for (const name of ['mnv2_qat_qdq.onnx', 'mnv2_int8.onnx']) {
      const g = buildIR(readModel(fixture(name)).model).graph;
      const qdq = g.nodes.filter((n) => n.opType === 'QuantizeLinear' || n.opType === 'DequantizeLinear');
      assert.ok(qdq.length > 100);
      for (const n of qdq) {
        const v = g.values.get(n.opType === 'QuantizeLinear' ? n.outputs[0] : n.inputs[0])!;
        assert.ok(v.quant && v.quant.scale.length > 0 && v.quant.zeroPoint.length > 0, `${name}: ${n.name}`);
      }
    }
  });

  it('shows NCHWc blocks for the float twin at cpu', async () => {
    const { report, probe } = await compileFor(fixture('mnv2_float_qatw.onnx'), 'cpu', ctx.engine());
    assert.equal(report.compiled!.opCounts['com.microsoft.nchwc:Conv'], 52);
    const blocked = report.compiled!.values.filter((v) => v.layout.kind === 'NCHWc');
    assert.ok(blocked.length >= 52 && blocked.every((v) => v.layout.block === probe.nchwcBlock && v.layout.channels !== null));
  });

  it('shows QLinearConv and NHWC for the int8 model at cpu, and no layout transform at cpu-no-layout', async () => {
    const cpu = await compileFor(fixture('mnv2_int8.onnx'), 'cpu', ctx.engine());
    assert.equal(cpu.report.compiled!.opCounts['com.microsoft:QLinearConv'], 52);
    assert.ok(cpu.report.compiled!.values.filter((v) => v.layout.kind === 'NHWC').length >= 52);
    const flat = await compileFor(fixture('mnv2_int8.onnx'), 'cpu-no-layout', ctx.engine());
    assert.equal(flat.report.compiled!.nodes.filter((n) => n.inserted || n.opType === 'Transpose').length, 0);
    assert.equal(flat.report.compiled!.opCounts['QLinearConv'], 52);
  });

  it('diagnoses both failures of the QAT QDQ export and repairs it for every built-in target', async () => {
    const cpu = await compileFor(fixture('mnv2_qat_qdq.onnx'), 'cpu', ctx.engine());
    assert.equal(cpu.report.failure!.node, '/features/features.3/Add');
    assert.deepEqual(cpu.report.failure!.repairs.map((r) => r.id), ['scalar-qparams']);
    const precise = await compileFor(fixture('mnv2_qat_qdq.onnx'), 'cpu-int8-precise', ctx.engine());
    assert.ok(precise.report.failure!.repairs.some((r) => r.id === 'unshare-qparams'), JSON.stringify(precise.report.failure));
    const out = path.join(ctx.dir(), 'mnv2_qat_qdq.fixed.onnx');
    const r = await repairModel(fixture('mnv2_qat_qdq.onnx'), out, { engine: ctx.engine() });
    assert.deepEqual(r.failingAfter, []);
    assert.equal(r.referenceMaxAbsDiff, 0);
    for (const t of ['cpu', 'cpu-no-layout', 'cpu-basic', 'cpu-int8-precise', 'cpu-qdq-float', 'reference']) {
      assert.equal((await compileFor(out, t, ctx.engine())).report.failure, null, t);
    }
  });
});
