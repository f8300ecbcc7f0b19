import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareModels } from '../src/engine/compare/compare';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { realFixtures, requireRealFixtures, useEngine } from './helpers/engine';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/** Comparison on the real PyTorch-made MobileNetV2 models in ../shared/fixtures/real (skipped where absent). */
describe('compare: real MobileNetV2 fixtures', function () {
  const ctx = useEngine();
  const fixture = (name: string) => path.join(realFixtures, name);
  const table = () => JSON.parse(fs.readFileSync(fixture('mnv2_unit_table.json'), 'utf8')).units as Record<string, Record<string, string>>;
  before(function () {
    requireRealFixtures(this, 'mnv2_qat_qdq.onnx');
  });

  it('pairs the QAT QDQ export with its float twin as the unit table does (>= 95%), repairing it in memory', async () => {
    const r = await compareModels({ model: fixture('mnv2_qat_qdq.onnx'), reference: fixture('mnv2_float_qatw.onnx'), input: fixture('input.npy'), target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
    assert.equal(r.mode, 'quant-vs-float');
    assert.deepEqual(r.repairs.map((x) => x.id), ['scalar-qparams']);
    assert.ok(r.diagnostics.some((d) => d.code === 'QL-REPAIRED-IN-MEMORY'));
    // The copy that was compared is named, so the editor can show its IR (the original does not compile at cpu).
    assert.ok(r.repairedCopy && r.repairedCopy !== r.model && fs.existsSync(r.repairedCopy), String(r.repairedCopy));
    const pairs = new Map(r.layers.map((l) => [l.tensor, l.referenceTensor]));
    const units = Object.values(table());
    const hits = units.filter((u) => pairs.get(u['mnv2_qat_qdq.onnx']) === u['mnv2_float_qatw.onnx']).length;
    assert.ok(hits / units.length >= 0.95, `${hits} of ${units.length} units paired as the table does`);
    assert.equal(r.output[0].top1Agreement, 1);
    // PyTorch 1.13's fused fake-quant left non-symmetric zero points in 17 depthwise convs (402 channels).
    const zp = r.diagnostics.find((d) => d.code === 'QL-WEIGHT-ZERO-POINT');
    assert.ok(zp && /^402 weight channels in 17 layers \(17 of them depthwise\)/.test(zp.message), zp?.message);
  });

  it('matches the PyTorch activations of the QAT model to the tensors the unit table names (>= 95%)', async () => {
    const r = await compareModels({ model: fixture('mnv2_qat_qdq.onnx'), reference: fixture('mnv2_ref_qat.npz'), input: fixture('input.npy'), target: target('reference'), referenceTarget: target('reference'), engine: ctx.engine() });
    assert.equal(r.mode, 'activations');
    const byKey = new Map(r.layers.map((l) => [l.referenceTensor, l.tensor]));
    const entries = Object.entries(table());
    const hits = entries.filter(([unit, u]) => byKey.get(unit) === u['mnv2_qat_qdq.onnx']).length;
    assert.ok(hits / entries.length >= 0.95, `${hits} of ${entries.length} keys matched to the table's tensor`);
    assert.ok(r.layers.filter((l) => l.sqnrDb !== null && l.sqnrDb > 20).length > r.layers.length / 2, 'most layers agree with PyTorch');
  });

  it('compares the int8 export with the float twin at cpu: every unit paired', async () => {
    const r = await compareModels({ model: fixture('mnv2_int8.onnx'), reference: fixture('mnv2_float_qatw.onnx'), input: fixture('input.npy'), target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
    assert.equal(r.layers.length, 65);
    assert.deepEqual(r.unmatched.model, []);
    assert.ok(r.layers.some((l) => l.layout === 'NHWC'), 'NHWC tensors of the compiled QLinearConvs were normalized');
  });
});
