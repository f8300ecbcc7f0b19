import { strict as assert } from 'assert';
import { rng } from '../src/engine/builder/model-builder';
import { SQNR_CAP_DB, pairMetrics } from '../src/engine/compare/metrics/pair-metrics';
import { fakeQuantGrid, knownQuantizedAlone, referencePass, type QuantizedAlone } from '../src/engine/compare/metrics/reference-pass';
import { fakeQuantize } from '../src/engine/compare/normalize/quantize-like';
import { InThreadMeasurer, type ReferenceRequest } from '../src/engine/compare/metrics/reference-measurer';
import { ThreadMeasurer } from '../src/engine/compare/metrics/reference-thread';
import { RangeFold } from '../src/engine/compare/over-set/range-fold';
import { QuantLensError } from '../src/engine/errors';
import type { QuantParams } from '../src/engine/ir/ir-types';

const qp = (scale: number, zeroPoint: number, dtype: 'uint8' | 'int8' | 'int16', range?: [number, number]): QuantParams =>
  ({ scale: [scale], zeroPoint: [zeroPoint], dtype, axis: null, qmin: range?.[0] ?? null, qmax: range?.[1] ?? null }) as unknown as QuantParams;

/** Clipping alone, by its definition: each value clipped to half a step past the ends of the integer range. */
function clipAloneDb(ref: Float32Array, q: QuantParams): number {
  const s = q.scale[0];
  const z = q.zeroPoint[0];
  const lo = (q.qmin! - z - 0.5) * s;
  const hi = (q.qmax! - z + 0.5) * s;
  let signal = 0;
  let err = 0;
  for (const v of ref) {
    signal += v * v;
    const e = v - Math.min(hi, Math.max(lo, v));
    err += e * e;
  }
  return err === 0 ? SQNR_CAP_DB : Math.max(-SQNR_CAP_DB, Math.min(SQNR_CAP_DB, 10 * Math.log10(signal / err)));
}

/** Values over a wide range, ties on the grids below, values past both ends, zeros of both signs, subnormals. */
function values(seed: number, n: number): Float32Array {
  const r = rng(seed);
  const special = [0.5, 1.5, -2.5, 1e20, -1e20, 3e-39, -0, 0, 127.5, 6.35, -6.45];
  return Float32Array.from({ length: n }, (_, i) => (i < special.length ? special[i] : (r() - 0.3) * 10 ** (3 * r() - 1)));
}

describe('compare: the reference pass (clipping, quantizing alone and the range fold in one pass)', () => {
  const grids = [qp(0.05, 7, 'uint8', [0, 255]), qp(0.05, 0, 'uint8', [0, 127]), qp(0.1, -3, 'int8', [-128, 127]), qp(0.001, 0, 'int16', [-32768, 32767])];

  it('gives what each measurement gives alone, by its definition, on every grid', () => {
    const ref = values(5, 5000);
    for (const q of grids) {
      const fq = fakeQuantGrid(q)!;
      const fold = new RangeFold();
      const fused = fold.measure(ref, q, { clip: q, fakeQuant: fq });
      assert.equal(fused.clipDb, clipAloneDb(ref, q), `clipping alone, scale ${q.scale}`);
      assert.equal(fused.fakeQuantDb, pairMetrics(ref, fakeQuantize(ref, [ref.length], q), null).sqnrDb, `quantized alone, scale ${q.scale}`);
      const alone = new RangeFold();
      alone.add(ref, q);
      assert.deepStrictEqual(fold.state(), alone.state());
      assert.equal(referencePass(ref, { clip: q }).clipDb, fused.clipDb, 'clipping alone in a pass of its own');
      assert.equal(referencePass(ref, { fakeQuant: fq }).fakeQuantDb, fused.fakeQuantDb, 'quantizing alone in a pass of its own');
    }
  });

  it('keeps a fold\'s range as one loop over every input would (only a strictly smaller or larger value replaces it)', () => {
    const fold = new RangeFold();
    fold.add(Float32Array.from([0, 1]), null);
    fold.add(Float32Array.from([-0, 0.5]), null);
    assert.ok(Object.is(fold.min, 0), 'a later -0 does not replace 0');
    fold.add(Float32Array.from([NaN, -2, 3]), null);
    assert.deepEqual([fold.min, fold.max, fold.count], [-2, 3, 7]);
  });

  it('reports a reference with non-finite values at the floor when quantized alone', () => {
    const q = grids[0];
    const r = referencePass(Float32Array.from([1, Infinity, 2]), { fakeQuant: fakeQuantGrid(q) });
    assert.equal(r.fakeQuantDb, -SQNR_CAP_DB);
    assert.equal(r.clipDb, null, 'no clip grid asked, none measured');
  });

  it('serves a layer\'s input evidence from the pass only for the same values on the same grid', () => {
    const ref = values(9, 300);
    const q = grids[0];
    const known: QuantizedAlone = new WeakMap();
    const db = referencePass(ref, { fakeQuant: fakeQuantGrid(q) }).fakeQuantDb!;
    known.set(ref, { grid: fakeQuantGrid(q)!, db });
    assert.equal(knownQuantizedAlone(known, ref, q), db);
    assert.equal(knownQuantizedAlone(known, ref, { ...q, scale: [0.0500001] }), undefined, 'another scale');
    assert.equal(knownQuantizedAlone(known, ref, { ...q, qmax: 127 }), undefined, 'a narrower range');
    assert.equal(knownQuantizedAlone(known, Float32Array.from(ref), q), undefined, 'equal values in another array');
    assert.equal(fakeQuantGrid({ ...q, scale: [0.1, 0.2] }), null, 'per-channel grids are not fused');
  });
});

describe('compare: the reference values\' measurer (this thread, or a worker thread beside it)', () => {
  const q = qp(0.05, 7, 'uint8', [0, 255]);
  const requests = (): ReferenceRequest[] => {
    // Views into one larger buffer, as captures arrive: only each view's values may travel.
    const whole = values(21, 9000);
    return [
      { row: 0, values: whole.subarray(0, 3000), clip: q, fakeQuant: fakeQuantGrid(q), fold: { quant: q } },
      { row: 1, values: whole.subarray(3000, 6000), clip: null, fakeQuant: null, fold: { quant: null } },
      { row: 0, values: whole.subarray(6000), clip: q, fakeQuant: null, fold: { quant: q } },
      { row: 2, values: whole.subarray(100, 200), clip: q, fakeQuant: fakeQuantGrid(q) },
    ];
  };

  it('gives the same results and folds in a worker thread as in this one', async () => {
    const here = new InThreadMeasurer();
    const there = new ThreadMeasurer();
    try {
      const a = await Promise.all(requests().map((r) => here.measure(r)));
      const b = await Promise.all(requests().map((r) => there.measure(r)));
      assert.deepStrictEqual(b, a);
      const [fa, fb] = [await here.takeFolds(), await there.takeFolds()];
      assert.deepStrictEqual(fb, fa);
      assert.deepEqual(fa.map(([row]) => row).sort(), [0, 1], 'a request without a fold joins none');
      assert.deepEqual(await there.takeFolds(), [], 'taken folds are gone');
    } finally {
      there.close();
    }
  });

  it('gives the same results whether its values travel in the shared ring or, too large for it, as copies', async () => {
    const here = new InThreadMeasurer();
    // 3000 values are 12,000 bytes: one at a time fits in this ring, the requests sent together mostly do not.
    const there = new ThreadMeasurer(undefined, 16_000);
    try {
      const a = await Promise.all(requests().map((r) => here.measure(r)));
      const b = await Promise.all(requests().map((r) => there.measure(r)));
      assert.deepStrictEqual(b, a);
      for (const r of requests()) assert.deepStrictEqual(await there.measure(r), await here.measure(r), 'one at a time, each in the ring');
      assert.deepStrictEqual(await there.takeFolds(), await here.takeFolds());
    } finally {
      there.close();
    }
  });

  it('out of memory in its thread, says so as the machine\'s limit (not a bug), for every call waiting and after', async () => {
    const starved = new ThreadMeasurer({ maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    try {
      const big = new Float32Array(4_000_000).fill(1);
      const calls = Array.from({ length: 8 }, (_, row) => starved.measure({ row, values: big, clip: null, fakeQuant: null, fold: { quant: null } }));
      const results = await Promise.allSettled(calls);
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      assert.ok(failed.length > 0, 'the thread ran out of memory');
      for (const f of failed) assert.ok(f.reason instanceof QuantLensError && f.reason.kind === 'system' && /measuring the reference values ran out of memory/.test(f.reason.message), String(f.reason));
      await assert.rejects(starved.takeFolds(), /ran out of memory/);
    } finally {
      starved.close();
    }
  });

  it('leaves the caller\'s values in place (a copy travels) and refuses calls once closed', async () => {
    const there = new ThreadMeasurer();
    const r = requests()[0];
    const before = Float32Array.from(r.values);
    await there.measure(r);
    assert.equal(r.values.length, 3000, 'the caller\'s view still holds its values');
    assert.deepStrictEqual(r.values, before);
    there.close();
    await assert.rejects(there.measure(r), /closed/);
  });
});
