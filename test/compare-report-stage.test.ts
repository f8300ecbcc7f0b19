import { strict as assert } from 'assert';
import type { Alignment, Row } from '../src/engine/compare/align/align';
import { partitionUnits } from '../src/engine/compare/align/units';
import type { Culprit, LayerRow } from '../src/engine/compare/compare-report';
import type { MeasuredPair } from '../src/engine/compare/metrics/measure-pair';
import { pairMetrics } from '../src/engine/compare/metrics/pair-metrics';
import { RowStats } from '../src/engine/compare/metrics/row-stats';
import { comparisonFindings } from '../src/engine/compare/report/diagnostics';
import { KeptPairs } from '../src/engine/compare/report/kept-pairs';
import { layerTable } from '../src/engine/compare/report/layers';
import { OutputValues } from '../src/engine/compare/report/outputs';
import { referenceSide } from '../src/engine/compare/sides/sides';
import { QuantLensError } from '../src/engine/errors';
import { EngineClient } from '../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { qdqConvModel } from './helpers/models';

const model = referenceSide('m.onnx', BUILTIN_TARGETS.find((t) => t.id === 'reference')!, { engine: new EngineClient(), dims: {} }, qdqConvModel());
const units = partitionUnits(model.source);
const at = (t: string) => model.locate(t)!;
const row = (tensor: string, o: Partial<Row> = {}): Row => ({ tensor, model: [{ tensor, at: at(tensor) }], referenceTensor: tensor, reference: { kind: 'tensor', at: at(tensor) }, unit: null, ...o });
const ramp = (n: number, scale = 1) => Float32Array.from({ length: n }, (_, i) => (i % 7) * scale);

/** A row's stats after inputs whose model side is off by `errors[k]` everywhere. */
function measured(errors: number[]): RowStats {
  const s = new RowStats();
  const ref = ramp(64);
  for (const e of errors) s.addPair(pairMetrics(ref, ref.map((v) => v + e), null));
  s.dtype = 'float32';
  s.layout = 'NCHW';
  return s;
}

describe('report stage: the layer table', () => {
  const conv1 = units.findIndex((u) => u.name === '/conv1/Conv');

  it('names each layer after its unit, rounds its means, shows the worst input only with several, in graph order', () => {
    const alignment: Alignment = { rows: [row('/input/DequantizeLinear_output_0'), row('/conv1/DequantizeLinear_output_0', { unit: conv1, note: 'matched by structure' })], unmatched: { model: ['extra'], reference: [] } };
    const stats = [measured([0.5]), measured([0.1, 0.3])];
    stats[1].local.add(30.123);
    stats[1].local.add(20);
    const t = layerTable(model, units, alignment, stats, 'm.onnx');
    assert.deepEqual(t.layers.map((l) => [l.tensor, l.node, l.opType, l.unit]), [
      ['/input/DequantizeLinear_output_0', '/input/DequantizeLinear', 'DequantizeLinear', '/input'],
      ['/conv1/DequantizeLinear_output_0', '/conv1/Conv', 'Conv', '/conv1'],
    ]);
    const [a, b] = t.layers;
    assert.equal(a.worst, undefined);
    assert.equal(a.localSqnrDb, null);
    assert.equal(b.sqnrDb, Number(((pairMetrics(ramp(64), ramp(64).map((v) => v + 0.1), null).sqnrDb! + pairMetrics(ramp(64), ramp(64).map((v) => v + 0.3), null).sqnrDb!) / 2).toFixed(2)));
    assert.deepEqual([b.localSqnrDb, b.worst?.localSqnrDb, b.worst?.maxAbs], [25.06, 20, 0.3]);
    assert.equal(b.note, 'matched by structure');
    assert.equal(t.byRow.get(1), b);
    assert.deepEqual(t.unmatchedModel, ['extra']);
  });

  it('says which tensor carried a layer the target fused, and which values decided among candidates', () => {
    const fused = row('/conv1/Relu_output_0', { model: [{ tensor: '/conv1/QuantizeLinear_output_0', at: at('/conv1/QuantizeLinear_output_0') }] });
    const decided = row('/conv2/Conv_output_0', { model: [{ tensor: '/conv2/Conv_output_0', at: at('/conv2/Conv_output_0') }, { tensor: '/conv2/DequantizeLinear_output_0', at: at('/conv2/DequantizeLinear_output_0') }], note: 'matched by module' });
    const s = [measured([0]), measured([0])];
    s[1].chosen = 1;
    s[1].choiceNote = 'decided by values: ...';
    const t = layerTable(model, units, { rows: [fused, decided], unmatched: { model: [], reference: [] } }, s, 'm.onnx');
    assert.equal(t.layers[0].tensor, '/conv1/Relu_output_0');
    assert.equal(t.layers[0].note, 'captured as /conv1/QuantizeLinear_output_0 (the target fuses /conv1/Relu_output_0)');
    assert.equal(t.layers[1].tensor, '/conv2/DequantizeLinear_output_0');
    assert.equal(t.layers[1].note, 'decided by values: ...');
  });

  it('reports rows that could not be compared as unmatched, with why, and refuses a table with nothing compared', () => {
    const bad = new RowStats();
    bad.error = 'shape [1,2] on the model side, [2] in the reference';
    const rows = [row('/conv1/Conv_output_0'), row('/conv2/Conv_output_0'), row('y')];
    const t = layerTable(model, units, { rows, unmatched: { model: [], reference: [] } }, [bad, new RowStats(), measured([0])], 'm.onnx');
    assert.deepEqual(t.unmatchedModel, ['/conv1/Conv_output_0 (shape [1,2] on the model side, [2] in the reference)', '/conv2/Conv_output_0 (not captured)']);
    assert.throws(() => layerTable(model, units, { rows: rows.slice(0, 2), unmatched: { model: [], reference: ['k (why)'] } }, [bad, new RowStats()], 'ref.onnx'),
      (e: unknown) => e instanceof QuantLensError && e.file === 'ref.onnx' && /nothing could be compared/.test(e.message) && /k \(why\)/.test(e.message));
  });
});

describe('report stage: outputs, kept pairs, findings', () => {
  const pair = (tensor: string, sqnrDb: number, data = ramp(4)): MeasuredPair => ({
    candidate: { tensor, at: at(tensor) }, reference: { dims: [data.length], data, note: null }, actual: { dims: [data.length], data, note: 'NHWC -> NCHW' },
    detail: { ...pairMetrics(ramp(4), ramp(4), null), sqnrDb }, grid: { unitQuant: null, quant: null },
  });

  it('keeps the outputs\' values over the inputs, for the top-1 agreement of class scores and the what-if', () => {
    const o = new OutputValues(['y']);
    const scores = (best: number) => ({ dims: [1, 3], data: Float32Array.from([0, 1, 2].map((c) => (c === best ? 1 : 0))), note: null });
    o.offer('y', 'y', scores(2), scores(2));
    o.offer('y', 'y', scores(1), scores(0));
    o.offer('/conv1/Conv_output_0', '/conv1/Conv_output_0', scores(0), scores(0));
    assert.equal(o.reference('y')?.length, 2);
    assert.equal(o.reference('/conv1/Conv_output_0'), null);
    const layer: LayerRow = { tensor: 'y', compiledOnly: false, referenceTensor: 'y', node: null, opType: null, unit: '', dtype: null, layout: null, sqnrDb: 12.5, cosine: 0.9, maxAbs: 1, meanAbs: null, errSteps: null, clippedFraction: null, localSqnrDb: null };
    const rows = o.rows(['y'], [layer], units);
    assert.deepEqual(rows, [{ name: 'y', sqnrDb: 12.5, cosine: 0.9, maxAbs: 1, top1Agreement: 0.5, top1Misses: { count: 1, withinError: 0 } }]);
  });

  it('keeps the pairs asked for, the notable ones and the other rows within their budgets, then selects them', () => {
    const kept = new KeptPairs({ tensors: ['/conv1/Conv'], notable: true }, 20, ['y']);
    const rows = ['/conv1/Conv_output_0', '/conv2/Conv_output_0', '/add/Add_output_0', 'y'].map((t) => row(t));
    kept.offer(0, rows[0], '/conv1/Conv', pair(rows[0].tensor, 60));
    kept.offer(1, rows[1], '/conv2/Conv', pair(rows[1].tensor, 10));
    kept.offer(2, rows[2], '/add/Add', pair(rows[2].tensor, 100));
    kept.offer(3, rows[3], null, pair('y', 100));
    const culprit: Culprit = { node: '/conv2/Conv', tensor: rows[1].tensor, unit: '/conv2', score: 10, localSqnrDb: 10, kind: 'clipping', explanation: '', fix: '' };
    // The green add (100 dB) is written too: its diff then opens without a second run.
    assert.deepEqual(kept.select({ culprits: [culprit], firstBad: null }).map((p) => [p.tensor, p.layoutNote]), [['/conv1/Conv_output_0', 'NHWC -> NCHW'], ['/conv2/Conv_output_0', 'NHWC -> NCHW'], ['/add/Add_output_0', 'NHWC -> NCHW'], ['y', 'NHWC -> NCHW']]);
    // Without a culprit, a row below the threshold (conv2, 10 dB) is still written: it is what the editor lists first.
    assert.deepEqual(kept.select({ culprits: [], firstBad: null }).map((p) => p.tensor), ['/conv1/Conv_output_0', '/conv2/Conv_output_0', '/add/Add_output_0', 'y']);
    const above = new KeptPairs({ tensors: [], notable: true }, 8, []);
    above.offer(1, rows[1], '/conv2/Conv', pair(rows[1].tensor, 10));
    assert.deepEqual(above.select({ culprits: [], firstBad: null }), [], 'a candidate above the threshold that turned out no culprit is not written');
    // Beyond the budget (128 MiB) a notable candidate is dropped; one asked for is kept whatever its size.
    const big = new KeptPairs({ tensors: ['/conv1/Conv'], notable: true }, 20, []);
    const values = new Float32Array(16 * 1024 * 1024 + 1);
    big.offer(1, rows[1], '/conv2/Conv', pair(rows[1].tensor, 10, values));
    big.offer(0, rows[0], '/conv1/Conv', pair(rows[0].tensor, 60, values));
    assert.deepEqual(big.select({ culprits: [culprit], firstBad: null }).map((p) => p.tensor), ['/conv1/Conv_output_0']);
    // The other rows have a budget of their own (64 MiB): in graph order, what fits is kept, the rest is not.
    const green = new KeptPairs({ tensors: [], notable: true }, 20, []);
    const half = new Float32Array(4 * 1024 * 1024);
    for (let i = 0; i < 4; i++) green.offer(i, rows[i], null, pair(rows[i].tensor, 100, half));
    assert.deepEqual(green.select({ culprits: [], firstBad: null }).map((p) => p.tensor), rows.slice(0, 2).map((r) => r.tensor), '2 x 32 MiB fit, the third does not');
    const off = new KeptPairs({ tensors: [], notable: false }, 20, []);
    off.offer(2, rows[2], '/add/Add', pair(rows[2].tensor, 100));
    assert.deepEqual(off.select({ culprits: [], firstBad: null }), [], 'without --pairs-out nothing is kept');
  });

  it('turns what the stages found into findings: repairs, a random input, layers that could not run alone, culprits', () => {
    const repaired = { ...model, repairs: [{ id: 'scalar-qparams', title: 'make qparams scalar', count: 3 }] };
    const culprits: Culprit[] = Array.from({ length: 7 }, (_, i) => ({ node: `n${i}`, tensor: `t${i}`, unit: '', score: 10 - i, localSqnrDb: 5, kind: 'clipping', explanation: 'x', fix: 'y' }));
    const d = comparisonFindings({ model: repaired, file: 'm.onnx', input: { source: 'random', paths: [], count: 1, seed: 2024, dims: { batch: 2 } }, weights: [], localFailures: ['a: no', 'b: no', 'c: no', 'd: no'], culprits });
    const codes = d.map((x) => x.code);
    assert.equal(codes.filter((c) => c === 'QL-CULPRIT-CLIPPING').length, 5);
    assert.ok(codes.includes('QL-REPAIRED-IN-MEMORY') && codes.includes('QL-RANDOM-INPUT') && codes.includes('QL-LOCAL-SKIPPED'));
    assert.match(d.find((x) => x.code === 'QL-RANDOM-INPUT')!.message, /seed 2024, dims batch=2/);
    assert.match(d.find((x) => x.code === 'QL-LOCAL-SKIPPED')!.message, /^4 layers .*a: no; b: no; c: no; \.\.\.$/);
    assert.match(d.find((x) => x.code === 'QL-REPAIRED-IN-MEMORY')!.fix ?? '', /quantlens repair m\.onnx/);
  });
});
