import { strict as assert } from 'assert';
import { alignSides, Aligned } from '../src/engine/compare/align/aligned';
import { EnginePair } from '../src/engine/compare/capture/engines';
import { gatherInputEvidence, laneKernels, noEvidence } from '../src/engine/compare/evidence/local-evidence';
import { engineFeeds, feedSource, feedValues, heldReference, keptFeeds } from '../src/engine/compare/local/local-feeds';
import { encodeModel } from '../src/engine/onnx/model-file';
import { sessionSpec } from '../src/engine/targets/target';
import type { LocalFeed, LocalModel } from '../src/engine/compare/local/local-model';
import { planLocal } from '../src/engine/compare/local/local-plan';
import { aggregateMetrics, LocalFold, MetricsFold } from '../src/engine/compare/metrics/aggregate';
import { measurePair } from '../src/engine/compare/metrics/measure-pair';
import { pairMetrics } from '../src/engine/compare/metrics/pair-metrics';
import { RowStats } from '../src/engine/compare/metrics/row-stats';
import { rowGrid } from '../src/engine/compare/metrics/value-grid';
import { Normalized } from '../src/engine/compare/normalize/normalize';
import { fakeQuantize } from '../src/engine/compare/normalize/quantize-like';
import { Reference, referenceFeeds, sameModel } from '../src/engine/compare/reference/reference';
import { chunkReference, referenceFetch } from '../src/engine/compare/reference/reference-values';
import type { PairMetrics } from '../src/engine/compare/compare-report';
import { referenceSide, Side } from '../src/engine/compare/sides/sides';
import { tensor } from '../src/engine/builder/model-builder';
import type { QuantParams } from '../src/engine/ir/ir-types';
import { QuantLensError } from '../src/engine/errors';
import { Tensor } from '../src/engine/onnx/tensor-codec';
import { EngineClient } from '../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { kernelFacts } from '../src/engine/targets/target-kernels';
import { qdqConvModel } from './helpers/models';

const target = BUILTIN_TARGETS.find((t) => t.id === 'reference')!;
const engine = new EngineClient();
const modelSide = (): Side => referenceSide('m.onnx', target, { engine, dims: {} }, qdqConvModel());

/** The model against its exact self: every stage below reads this. */
function aligned(): Aligned {
  const model = modelSide();
  return alignSides({ model, reference: { kind: 'exact', side: modelSide(), file: 'm.onnx' } }, 'm.onnx');
}

const values = (n: number, f: (i: number) => number) => Float32Array.from({ length: n }, (_, i) => f(i));
const normalized = (dims: number[], data: Float32Array): Normalized => ({ dims, data, note: null });
const uint8 = (scale: number, zeroPoint: number): QuantParams => ({ scale: [scale], zeroPoint: [zeroPoint], axis: null, dtype: 'uint8', qmin: 0, qmax: 255, scaleTensor: null, zeroPointTensor: null });

describe('metrics stage: a row folded input by input', () => {
  const m = (sqnrDb: number | null, maxAbs: number | null): PairMetrics => ({ sqnrDb, cosine: 1, maxAbs, meanAbs: 0.1, errSteps: null, clippedFraction: 0 });

  it('folds means and worsts without keeping the inputs, as the list aggregate gives them', () => {
    const list = [m(30, 0.5), m(10, 2), m(null, 1), m(20, null)];
    const fold = new MetricsFold();
    list.forEach((x) => fold.add(x));
    assert.equal(fold.count, 4);
    assert.deepEqual({ mean: fold.mean(), worst: fold.worst() }, aggregateMetrics(list));
    assert.equal(fold.mean().sqnrDb, 20);
    assert.equal(fold.worst().sqnrDb, 10);
    assert.equal(fold.worst().maxAbs, 2);
    assert.equal(fold.mean().errSteps, null);
  });

  it('folds local SQNRs, and keeps the input that clipped most for the clipping evidence', () => {
    const local = new LocalFold();
    assert.equal(local.mean(), null);
    [30, 10, 20].forEach((x) => local.add(x));
    assert.deepEqual([local.mean(), local.worst()], [20, 10]);
    const s = new RowStats();
    const ref = values(64, (i) => (i % 8) - 2);
    for (const clip of [0.5, 0.25]) s.addPair(pairMetrics(ref, ref, { ...uint8(clip, 0) }));
    assert.equal(s.pairs.count, 2);
    assert.ok(s.widest!.clippedFraction! > 0);
    assert.equal(s.widest!.clippedFraction, pairMetrics(ref, ref, uint8(0.5, 0)).clippedFraction);
  });

  it('measures one pair on the row\'s grid, and stops a row whose shapes differ', () => {
    const a = aligned();
    const i = a.rows.unitRow.get(0)!;
    const row = a.alignment.rows[i];
    const cand = row.model[0];
    const unit = a.units[row.unit!];
    const grid = rowGrid(a.model.source, a.model.consts, unit, cand);
    assert.deepEqual(grid.quant?.scale, [Math.fround(0.05)]);
    const ref = values(1024, (k) => (k % 50) * 0.05);
    const captured: Record<string, Tensor> = { [cand.at.fetch]: tensor('float32', [1, 16, 8, 8], ref) };
    const s = new RowStats();
    const pair = measurePair(row, s, captured, normalized([1, 16, 8, 8], ref), true, () => grid);
    assert.ok(pair);
    assert.equal(pair.detail.sqnrDb, 200);
    assert.equal(s.pairs.count, 1);
    assert.deepEqual([s.dtype, s.layout, s.error], ['float32', 'unknown', null]);
    const other = new RowStats();
    assert.equal(measurePair(row, other, captured, normalized([1, 1024], ref), true, () => grid), null);
    assert.match(other.error!, /shape \[1,16,8,8\] on the model side, \[1,1024\] in the reference/);
    assert.equal(other.pairs.count, 0);
  });
});

describe('reference stage', () => {
  it('is the same model for exact and target references only', () => {
    const s = modelSide();
    assert.deepEqual((['exact', 'target', 'float-twin'] as const).map((kind) => sameModel({ kind, side: s, file: 'x' })), [true, true, false]);
    assert.equal(sameModel({ kind: 'activations', tensors: new Map(), file: 'a.npz' }), false);
  });

  it('feeds a float twin under its own input names, and refuses one with other inputs', () => {
    const model = modelSide();
    const twin = modelSide();
    twin.source = { ...twin.source, inputs: ['input.1'] };
    const samples = [{ x: tensor('float32', [1], [1]) }, { x: tensor('float32', [1], [2]) }];
    assert.equal(referenceFeeds({ kind: 'exact', side: twin, file: 'm.onnx' }, model, samples), samples);
    assert.deepEqual(referenceFeeds({ kind: 'float-twin', side: twin, file: 'f.onnx' }, model, samples).map((s) => [Object.keys(s), s['input.1'].name, s['input.1'].data[0]]), [[['input.1'], 'input.1', 1], [['input.1'], 'input.1', 2]]);
    twin.source = { ...twin.source, inputs: ['a', 'b'] };
    assert.throws(() => referenceFeeds({ kind: 'float-twin', side: twin, file: 'f.onnx' }, model, samples), (e: unknown) => e instanceof QuantLensError && /2 inputs, the model 1/.test(e.message));
  });

  it('reads a chunk\'s reference values from the side\'s capture, per input, or from the file for every input', () => {
    const a = aligned();
    const side = a.reference.kind === 'exact' ? a.reference.side : null;
    const wanted = [0, 2].map((row) => ({ row, reference: a.alignment.rows[row].reference }));
    const fetch = referenceFetch(wanted);
    assert.deepEqual(fetch, [a.alignment.rows[0].tensor, a.alignment.rows[2].tensor]);
    const outputs = [1, 2].map((v) => Object.fromEntries(fetch.map((f) => [f, tensor('float32', [2], [v, v])])));
    const refs = chunkReference({ kind: 'exact', side: side!, file: 'm.onnx' }, wanted, { outputs, peakRssMb: 1, timingsMs: { session: 0, run: 0 } }, 2);
    assert.deepEqual(refs.values.map((m) => [...m.keys()]), [[0, 2], [0, 2]]);
    assert.deepEqual([...refs.values[1].get(2)!.data], [2, 2]);
    assert.deepEqual([...refs.dtypes], [[0, 'float32'], [2, 'float32']]);

    const acts: Reference = { kind: 'activations', tensors: new Map([['k', tensor('float64', [2], [3, 4])]]), file: 'a.npz' };
    const fromFile = chunkReference(acts, [{ row: 5, reference: { kind: 'key', key: 'k' } }], null, 3);
    assert.equal(fromFile.values.length, 3);
    assert.deepEqual([...fromFile.values[2].get(5)!.data], [3, 4]);
    assert.equal(fromFile.dtypes.get(5), 'float64');
    assert.deepEqual(referenceFetch([{ row: 5, reference: { kind: 'key', key: 'k' } }]), []);
    assert.throws(() => chunkReference(acts, [{ row: 1, reference: wanted[0].reference }], null, 1), /names no entry/);
  });
});

describe('layers alone: plan and feeds', () => {
  it('copies the layers a chunk represents, fed from rows outside it', () => {
    const a = aligned();
    const conv2 = a.rows.unitRow.get(1)!;
    const { plan, feedRows } = planLocal(a, [conv2]);
    assert.deepEqual(plan?.picks, [{ unit: 1, tensor: a.alignment.rows[conv2].model[0].tensor }]);
    // conv2 reads conv1's dequantized output: its copy redoes the Q/DQ in front, fed conv1's reference value.
    const feed = plan!.model.feeds.find((f) => f.unit === 1)!;
    assert.equal(feed.from, '/conv1/DequantizeLinear_output_0');
    assert.equal(feed.start, '/conv1/Relu_output_0');
    assert.deepEqual(feedSource(feed, a.model.source, a.rows), { kind: 'row', row: a.rows.rowOf(feed.from)! });
    assert.deepEqual(feedRows, [a.rows.rowOf(feed.from)]);
    // A chunk with no unit's representative row runs nothing alone.
    assert.deepEqual(planLocal(a, [0]), { plan: null, feedRows: [] });
  });

  it('feeds a graph input its own sample, other inputs their row\'s reference value, quantized where the copy starts on integers', () => {
    const a = aligned();
    const x = values(1024, (i) => i / 1024);
    const samples = [{ x: tensor('float32', [1, 16, 8, 8], x) }];
    const rowValue = normalized([4], Float32Array.from([0, 1, 2.5, 300]));
    const value = feedValues(a.model.source, a.rows, samples, { values: [new Map([[7, rowValue]])], dtypes: new Map() });
    const fromInput: LocalFeed = { unit: 0, input: 'L0|in|x', from: 'x', start: 'x', via: [], quantize: null, dtype: 'float32', inputQuant: null };
    assert.deepEqual([...value(fromInput, 0)!.data.slice(0, 3)], [...x.slice(0, 3)]);
    const fromRow: LocalFeed = { unit: 1, input: 'L1|in|t', from: a.alignment.rows[7].tensor, start: a.alignment.rows[7].tensor, via: [], quantize: uint8(0.5, 10), dtype: 'uint8', inputQuant: null };
    assert.equal(value(fromRow, 0), rowValue);
    const lm: LocalModel = { model: qdqConvModel(), feeds: [fromRow], outputs: [] };
    const [feeds] = engineFeeds(lm, value, 1);
    assert.deepEqual([feeds['L1|in|t'].dtype, [...feeds['L1|in|t'].data]], ['uint8', [10, 12, 15, 255]]);
  });
});

describe('layers alone: fed where the reference values are', () => {
  // The engine holds this test's kept tensors; later tests start a fresh one.
  after(() => engine.dispose());
  it('builds the inputs the reference engine kept from its capture itself, the same values as those sent', async () => {
    const a = aligned();
    const { plan, feedRows } = planLocal(a, [a.rows.unitRow.get(1)!]);
    const lm = plan!.model;
    const samples = [0.5, 2].map((g) => ({ x: tensor('float32', [1, 16, 8, 8], values(1024, (i) => g * Math.sin(i / 7))) }));
    const wanted = feedRows.map((row) => ({ row, reference: a.rows.rows[row].reference }));
    const side = (a.reference as Extract<Reference, { kind: 'exact' }>).side;
    const captured = await engine.call('capture', { ...side.run, feeds: samples, fetch: referenceFetch(wanted), keep: 'chunk' });
    const value = feedValues(a.model.source, a.rows, samples, chunkReference(a.reference, wanted, captured, 2));
    const held = heldReference(a.model.source, a.rows, captured);
    const kept = keptFeeds(lm, held, 'chunk', 2);
    assert.equal(Object.keys(kept?.[0] ?? {}).length, lm.feeds.filter((f) => feedSource(f, a.model.source, a.rows)?.kind === 'row').length);
    // Nothing the engine holds is sent again.
    const rest = engineFeeds(lm, value, 2, held);
    assert.ok(rest.every((set) => Object.keys(set).every((k) => !(k in kept![0]))));
    const run = { model: { bytes: encodeModel(lm.model) }, session: sessionSpec(target), fetch: lm.outputs.map((o) => o.local) };
    const sent = await engine.call('capture', { ...run, feeds: engineFeeds(lm, value, 2) });
    const built = await engine.call('capture', { ...run, feeds: rest, keptFeeds: kept! });
    assert.deepEqual(built.outputs, sent.outputs);
    // Feeds named under another capture's name are an error, not stale values.
    await assert.rejects(engine.call('capture', { ...run, feeds: rest, keptFeeds: keptFeeds(lm, held, 'other', 2)! }), /no kept float32 tensor/);
  });
});

describe('evidence stage: from the inputs a layer received', () => {
  it('measures how much quantizing the inputs alone loses, the worst input counting', () => {
    const a = aligned();
    const v = normalized([64], values(64, (i) => Math.sin(i) * 3));
    const feeds: LocalFeed[] = [0.1, 0.4].map((s, k) => ({ unit: 0, input: `in${k}`, from: 'x', start: 'x', via: [], quantize: null, dtype: 'float32', inputQuant: uint8(s, 128) }));
    const ev = noEvidence();
    gatherInputEvidence(ev, a.units[0], feeds, () => v, a.model);
    const expect = pairMetrics(v.data, fakeQuantize(v.data, v.dims, uint8(0.4, 128)), null).sqnrDb;
    assert.equal(ev.inputQuantDb, expect);
    assert.equal(ev.saturation, null);
  });

  it('counts pair sums past 16-bit lanes only where the target\'s kernels have such lanes', () => {
    const at = (id: string, family: 'x64-avx2' | 'x64-vnni') => ({ kernels: kernelFacts(BUILTIN_TARGETS.find((t) => t.id === id)!, { family }) });
    assert.equal(laneKernels(at('cpu', 'x64-avx2'))?.family.id, 'x64-avx2');
    assert.equal(laneKernels(at('cpu-int8-precise', 'x64-avx2')), null);
    assert.equal(laneKernels(at('cpu', 'x64-vnni')), null);
    assert.equal(laneKernels({ kernels: null }), null);
  });
});

describe('capture stage: the engine processes', () => {
  it('adds the peaks of both processes and ends only the one it started', () => {
    const pair = new EnginePair(engine);
    pair.notePeak('model', 100);
    pair.notePeak('model', 80);
    pair.notePeak('reference', 50);
    assert.equal(pair.peakMb(), 150);
    const second = pair.reference();
    assert.notEqual(second, engine);
    assert.equal(pair.reference(), second);
    pair.dispose();
    assert.notEqual(pair.reference(), second);
    pair.dispose();
  });
});
