import { strict as assert } from 'assert';
import { Alignment, alignRows } from '../src/engine/compare/align/align';
import { alignSides } from '../src/engine/compare/align/aligned';
import { planChunks } from '../src/engine/compare/align/chunks';
import { indexRows } from '../src/engine/compare/align/row-index';
import { partitionUnits } from '../src/engine/compare/align/units';
import type { Reference } from '../src/engine/compare/reference/reference';
import { referenceSide, Side } from '../src/engine/compare/sides/sides';
import { QuantLensError } from '../src/engine/errors';
import { ModelMsg } from '../src/engine/onnx/schema';
import { EngineClient } from '../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { tensor } from '../src/engine/builder/model-builder';
import { qdqConvModel, qdqResidualTwins } from './helpers/models';

const reference = BUILTIN_TARGETS.find((t) => t.id === 'reference')!;
// referenceSide needs no engine process: it only builds the expansion. A client starts its process on first call.
const sideOpts = { engine: new EngineClient(), dims: {} };

/** A side as the model is written, optionally with tensors its target fused away (located nowhere). */
function side(model: ModelMsg, file: string, fusedAway: string[] = []): Side {
  const s = referenceSide(file, reference, sideOpts, model);
  return { ...s, locate: (t) => (fusedAway.includes(t) ? null : s.locate(t)) };
}

const rowSummary = (a: Alignment) => a.rows.map((r) => [r.tensor, r.reference.kind === 'tensor' ? r.reference.at.fetch : r.reference.key, r.unit]);

describe('align: the pairs to compare', () => {
  const model = qdqConvModel();

  it('pairs every activation both sides of the same model compute, in graph order, each with its unit', () => {
    const m = side(model, 'm.onnx');
    const units = partitionUnits(m.source);
    assert.deepEqual(units.map((u) => u.name), ['/conv1/Conv', '/conv2/Conv', '/add/Add']);
    const a = alignRows(m, units, { kind: 'exact', side: side(model, 'm.onnx'), file: 'm.onnx' }, 'm.onnx');
    assert.deepEqual(rowSummary(a).slice(0, 4), [
      ['/input/QuantizeLinear_output_0', '/input/QuantizeLinear_output_0', null],
      ['/input/DequantizeLinear_output_0', '/input/DequantizeLinear_output_0', null],
      ['/conv1/Conv_output_0', '/conv1/Conv_output_0', 0],
      ['/conv1/Relu_output_0', '/conv1/Relu_output_0', 0],
    ]);
    assert.equal(a.rows[a.rows.length - 1].tensor, 'y');
    assert.ok(a.rows.every((r) => r.referenceTensor === r.tensor && r.model.length === 1));
    assert.deepEqual(a.unmatched, { model: [], reference: [] });
  });

  it('leaves out what the target fused away, and still finds the row that holds its value', () => {
    const fused = '/conv1/Relu_output_0';
    const m = side(model, 'm.onnx', [fused]);
    const units = partitionUnits(m.source);
    const a = alignRows(m, units, { kind: 'exact', side: side(model, 'm.onnx'), file: 'm.onnx' }, 'm.onnx');
    assert.ok(!a.rows.some((r) => r.tensor === fused));
    const rows = indexRows(a.rows, units, m.source);
    // The layer's representative row is the last of its chain; the fused tensor is read off it.
    const conv1 = rows.unitRow.get(0)!;
    assert.equal(a.rows[conv1].tensor, '/conv1/DequantizeLinear_output_0');
    assert.equal(rows.rowOf(fused), conv1);
    // A graph input has no row; its quantized copies neither.
    assert.equal(rows.rowOf('x'), null);
    assert.equal(rows.rowOf('/input/DequantizeLinear_output_0'), 1);
  });

  it('pairs a quantized model with its float twin by units, graph order, the twin\'s unit kept for the weights', () => {
    const t = qdqResidualTwins();
    const m = side(t.quant, 'q.onnx');
    const f = side(t.float, 'f.onnx');
    const units = partitionUnits(m.source);
    const a = alignRows(m, units, { kind: 'float-twin', side: f, file: 'f.onnx' }, 'f.onnx');
    assert.equal(a.rows.length, units.length);
    for (const r of a.rows) {
      assert.equal(r.reference.kind, 'tensor');
      assert.ok(r.referenceUnit && r.note, r.tensor);
      assert.equal(units[r.unit!].output, r.tensor);
    }
    const order = a.rows.map((r) => m.source.values.get(r.tensor)!.producer);
    assert.deepEqual(order, [...order].sort((x, y) => x - y));
  });

  it('matches activation keys by tensor name and module, widens a fused tensor to its chain, and says what matched nothing', () => {
    const m = side(model, 'm.onnx');
    const units = partitionUnits(m.source);
    const acts = new Map([
      ['/conv2/Conv_output_0', tensor('float32', [1, 16, 8, 8], new Float32Array(1024))],
      ['conv1', tensor('float32', [1, 16, 8, 8], new Float32Array(1024))],
      ['nowhere.0', tensor('float32', [1, 3], new Float32Array(3))],
    ]);
    const ref: Reference = { kind: 'activations', tensors: acts, file: 'acts.npz' };
    const a = alignRows(side(model, 'm.onnx', ['/conv2/Conv_output_0']), units, ref, 'acts.npz');
    const byKey = new Map(a.rows.map((r) => [r.referenceTensor, r]));
    const conv2 = byKey.get('/conv2/Conv_output_0')!;
    assert.deepEqual(conv2.reference, { kind: 'key', key: '/conv2/Conv_output_0' });
    // The conv's own output is not computed at the target: the rest of its chain carries it, the values decide.
    assert.deepEqual(conv2.model.map((c) => c.tensor), ['/conv2/QuantizeLinear_output_0', '/conv2/DequantizeLinear_output_0']);
    assert.ok(byKey.get('conv1')!.model.length >= 1);
    assert.match(byKey.get('conv1')!.note ?? '', /matched by module/);
    assert.equal(a.unmatched.reference.length, 1);
    assert.match(a.unmatched.reference[0], /^nowhere\.0 \(/);
  });

  it('refuses an alignment with nothing to compare, naming the reference', () => {
    const m = side(model, 'm.onnx');
    const ref: Reference = { kind: 'activations', tensors: new Map([['other', tensor('float32', [2], [1, 2])]]), file: 'acts.npz' };
    assert.throws(() => alignSides({ model: m, reference: ref }, 'acts.npz'), (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input' && /acts\.npz/.test(e.message) && /share no tensor/.test(e.message));
  });

  it('plans chunks in graph order within the budget, a row larger than it alone', () => {
    const m = side(model, 'm.onnx');
    const units = partitionUnits(m.source);
    const { rows } = alignRows(m, units, { kind: 'exact', side: side(model, 'm.onnx'), file: 'm.onnx' }, 'm.onnx');
    // A [1,16,8,8] activation is 1,024 values: 4 KiB per side, both sides counted.
    const perRow = 1024 * 4 * 2;
    const chunks = planChunks(rows, 1, 3 * perRow);
    assert.deepEqual(chunks.flat(), rows.map((_, i) => i));
    assert.ok(chunks.every((c) => c.length <= 3));
    assert.deepEqual(planChunks(rows, 1, 1).map((c) => c.length), rows.map(() => 1));
    assert.equal(planChunks(rows, 4, 1e9).length, 1);
  });
});
