import { strict as assert } from 'assert';
import { GraphBuilder, randomValues, rng, tensor } from '../src/engine/builder/model-builder';
import { normalizeTensor } from '../src/engine/compare/normalize/normalize';
import { ScratchArrays } from '../src/engine/compare/normalize/scratch-arrays';
import { SQNR_CAP_DB, dequantizedSqnrDb, pairMetrics } from '../src/engine/compare/metrics/pair-metrics';
import { aggregateMetrics } from '../src/engine/compare/metrics/aggregate';
import { outputAgreement, topOne } from '../src/engine/compare/metrics/output-agreement';
import { fakeQuantize, fakeQuantizeSqnrDb, quantizeLike } from '../src/engine/compare/normalize/quantize-like';
import { roundHalfEven } from '../src/engine/compare/normalize/rounding';
import { convSaturation, matMulSaturation } from '../src/engine/compare/evidence/u8s8-saturation';
import type { Layout, QuantParams } from '../src/engine/ir/ir-types';
import type { DType } from '../src/engine/onnx/dtype';
import { encodeModel } from '../src/engine/onnx/model-file';
import { toFloat32 } from '../src/engine/onnx/tensor-codec';
import type { SessionSpec } from '../src/engine/process/engine-protocol';
import { useEngine } from './helpers/engine';
import { describeFacts, runtimeFacts } from './helpers/probe';

const NCHW: Layout = { kind: 'NCHW', block: null, channels: null };

function qp(scale: number[], zeroPoint: number[], dtype: DType, axis: number | null = null): QuantParams {
  return { scale, zeroPoint, axis, dtype, qmin: null, qmax: null, scaleTensor: null, zeroPointTensor: null };
}

const near = (a: number | null, b: number, tol = 1e-9, what = '') => assert.ok(a !== null && Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

describe('compare: normalizing captured tensors', () => {
  // value(n, c, s) = 1000 n + 100 c + s, so a misplaced element shows which one it is.
  const value = (n: number, c: number, s: number) => 1000 * n + 100 * c + s;

  function blocked(batch: number, channels: number, spatial: number[], block: number): { data: number[]; padded: number } {
    const padded = Math.ceil(channels / block) * block;
    const size = spatial.reduce((a, b) => a * b, 1);
    const data: number[] = [];
    for (let n = 0; n < batch; n++) {
      for (let cb = 0; cb < padded / block; cb++) {
        for (let s = 0; s < size; s++) {
          for (let ci = 0; ci < block; ci++) {
            const c = cb * block + ci;
            data.push(c < channels ? value(n, c, s) : -7); // padding channels hold junk
          }
        }
      }
    }
    return { data, padded };
  }

  it('un-blocks NCHW8c with 20 channels padded to 24', () => {
    const { data, padded } = blocked(2, 20, [3, 4], 8);
    assert.equal(padded, 24);
    const t = tensor('float32', [2, 24, 3, 4], data);
    const r = normalizeTensor(t, { kind: 'NCHWc', block: 8, channels: 20 }, null);
    assert.deepEqual(r.dims, [2, 20, 3, 4]);
    assert.equal(r.note, 'NCHW8c, 24 padded channels -> 20');
    for (let n = 0; n < 2; n++) for (let c = 0; c < 20; c++) for (let s = 0; s < 12; s++) {
      assert.equal(r.data[(n * 20 + c) * 12 + s], value(n, c, s), `n${n} c${c} s${s}`);
    }
  });

  it('un-blocks 1-D and 3-D spatial NCHWc tensors too', () => {
    for (const spatial of [[5], [2, 3, 2]]) {
      const { data, padded } = blocked(1, 10, spatial, 8);
      const r = normalizeTensor(tensor('float32', [1, padded, ...spatial], data), { kind: 'NCHWc', block: 8, channels: 10 }, null);
      assert.deepEqual(r.dims, [1, 10, ...spatial]);
      const size = spatial.reduce((a, b) => a * b, 1);
      for (let c = 0; c < 10; c++) for (let s = 0; s < size; s++) assert.equal(r.data[c * size + s], value(0, c, s));
    }
  });

  it('refuses dims that cannot be un-blocked', () => {
    const t = tensor('float32', [1, 24, 2, 2], new Array(96).fill(0));
    assert.throws(() => normalizeTensor(t, { kind: 'NCHWc', block: 8, channels: 12 }, null), /12 channels do not round up to the 24/);
    const odd = tensor('float32', [1, 20, 2, 2], new Array(80).fill(0));
    assert.throws(() => normalizeTensor(odd, { kind: 'NCHWc', block: 8, channels: 20 }, null), /not a multiple of the block 8/);
    assert.throws(() => normalizeTensor(tensor('float32', [2, 8], new Array(16).fill(0)), { kind: 'NCHWc', block: 8, channels: 8 }, null), /rank 3/);
  });

  it('moves NHWC channels to axis 1, for rank 4 and rank 3', () => {
    // NHWC [1, 2, 3, 4]: element (h, w, c) = 100 c + 10 h + w.
    const nhwc: number[] = [];
    for (let h = 0; h < 2; h++) for (let w = 0; w < 3; w++) for (let c = 0; c < 4; c++) nhwc.push(100 * c + 10 * h + w);
    const r = normalizeTensor(tensor('float32', [1, 2, 3, 4], nhwc), { kind: 'NHWC', block: null, channels: null }, null);
    assert.deepEqual(r.dims, [1, 4, 2, 3]);
    assert.equal(r.note, 'NHWC -> NCHW');
    for (let c = 0; c < 4; c++) for (let h = 0; h < 2; h++) for (let w = 0; w < 3; w++) assert.equal(r.data[(c * 2 + h) * 3 + w], 100 * c + 10 * h + w);
    const r3 = normalizeTensor(tensor('float32', [1, 3, 2], [0, 1, 10, 11, 20, 21]), { kind: 'NHWC', block: null, channels: null }, null);
    assert.deepEqual(r3.dims, [1, 2, 3]);
    assert.deepEqual(Array.from(r3.data), [0, 10, 20, 1, 11, 21]);
  });

  it('dequantizes per tensor and per channel with the tensor’s own parameters', () => {
    const u = normalizeTensor(tensor('uint8', [1, 1, 1, 3], [0, 10, 255]), NCHW, qp([0.0235], [10], 'uint8'));
    assert.equal(u.note, 'dequantized uint8 (scale 0.0235, zero point 10)');
    assert.deepEqual(Array.from(u.data), [-10, 0, 245].map((q) => Math.fround(q * Math.fround(0.0235))));
    // int8 [1, 3, 2] per channel along axis 1: scales 0.5, 0.25, 2 and zero points 0, 1, -2.
    const q = [4, -4, 1, 5, -2, 0];
    const r = normalizeTensor(tensor('int8', [1, 3, 2], q), NCHW, qp([0.5, 0.25, 2], [0, 1, -2], 'int8', 1));
    assert.deepEqual(Array.from(r.data), [2, -2, 0, 1, 0, 4]);
    assert.equal(r.note, 'dequantized int8 per channel (axis 1, 3 scales)');
    assert.throws(() => normalizeTensor(tensor('int8', [1, 2, 2], [0, 0, 0, 0]), NCHW, qp([1, 1, 1], [0, 0, 0], 'int8', 1)), /3 per-channel scales/);
  });

  it('dequantizes and un-transposes an NHWC uint8 tensor; widens float16 and int32', () => {
    const r = normalizeTensor(tensor('uint8', [1, 1, 2, 2], [128, 130, 126, 128]), { kind: 'NHWC', block: null, channels: null }, qp([0.5], [128], 'uint8'));
    assert.deepEqual(r.dims, [1, 2, 1, 2]);
    assert.deepEqual(Array.from(r.data), [0, -1, 1, 0]);
    assert.equal(r.note, 'dequantized uint8 (scale 0.5, zero point 128); NHWC -> NCHW');
    const h = normalizeTensor(tensor('float16', [1, 2], [1.5, -0.25]), NCHW, null);
    assert.deepEqual(Array.from(h.data), [1.5, -0.25]);
    assert.equal(h.note, 'float16 -> float32');
    const i = normalizeTensor(tensor('int32', [2], [-3, 70000]), NCHW, null);
    assert.deepEqual(Array.from(i.data), [-3, 70000]);
    assert.match(i.note!, /int32 values as float32/);
    assert.equal(normalizeTensor(tensor('float32', [2], [1, 2]), NCHW, null).note, null);
  });

  it('dequantizes NHWC integers into NCHW in one pass, per tensor and per channel, across tile edges', () => {
    // 2 x 23 x 29 positions (past the 256-position tile), 5 channels, 2 images; each element from its own formula.
    const [batch, h, w, channels] = [2, 23, 29, 5];
    const random = rng(7);
    for (const [dtype, lo, hi] of [['uint8', 0, 255], ['int8', -128, 127], ['int16', -32768, 32767]] as Array<[DType, number, number]>) {
      const q = Array.from({ length: batch * h * w * channels }, () => lo + Math.floor(random() * (hi - lo + 1)));
      const at = (n: number, c: number, s: number) => q[(n * h * w + s) * channels + c];
      const grids: Array<[QuantParams, (c: number) => [number, number]]> = [
        [qp([0.0371], [3], dtype), () => [Math.fround(0.0371), 3]],
        [qp([0.5, 0.013, 2, 0.25, 0.07], [0, 1, -2, 5, 0], dtype, 3), (c) => [Math.fround([0.5, 0.013, 2, 0.25, 0.07][c]), [0, 1, -2, 5, 0][c]]],
        [qp([0.5, 0.013, 2, 0.25, 0.07], [4], dtype, -1), (c) => [Math.fround([0.5, 0.013, 2, 0.25, 0.07][c]), 4]],
      ];
      for (const [quant, grid] of grids) {
        const r = normalizeTensor(tensor(dtype, [batch, h, w, channels], q), { kind: 'NHWC', block: null, channels: null }, quant);
        assert.deepEqual(r.dims, [batch, channels, h, w]);
        for (let n = 0; n < batch; n++) {
          for (let c = 0; c < channels; c++) {
            const [s, zp] = grid(c);
            for (let p = 0; p < h * w; p++) {
              const got = r.data[(n * channels + c) * h * w + p];
              assert.equal(got, Math.fround((at(n, c, p) - zp) * s), `${dtype} scales ${quant.scale.length}: n ${n} c ${c} position ${p}`);
            }
          }
        }
      }
    }
    // Per-channel scales along another axis than the channels (here H, axis 1 as stored): the general path.
    const byRow = normalizeTensor(tensor('uint8', [1, 2, 2, 3], new Array(12).fill(1)), { kind: 'NHWC', block: null, channels: null }, qp([1, 2], [0], 'uint8', 1));
    assert.deepEqual(Array.from(byRow.data), [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2]);
  });
});

const NCHW_2D: Layout = { kind: 'NCHW', block: null, channels: null };

describe('compare: scratch arrays for a set\'s normalized values', () => {
  it('normalizes into recycled arrays (dirty from the row before) exactly as into new ones, in every layout', () => {
    const scratch = new ScratchArrays();
    const r = rng(4);
    const q = (dims: number[], dtype: 'int8' | 'uint8') => tensor(dtype, dims, Array.from({ length: dims.reduce((a, b) => a * b, 1) }, () => Math.floor(r() * 200) - (dtype === 'int8' ? 100 : 0)));
    const perTensor = { scale: [0.05], zeroPoint: [3], dtype: 'uint8', axis: null, qmin: null, qmax: null } as unknown as QuantParams;
    const cases: Array<[ReturnType<typeof tensor>, Layout, QuantParams | null]> = [
      [q([1, 6, 5, 8], 'uint8'), { kind: 'NHWC', block: null, channels: null }, perTensor],
      [q([1, 8, 6, 5], 'uint8'), { kind: 'NCHW', block: null, channels: null }, perTensor],
      [tensor('float32', [1, 6, 5, 8], randomValues(240, -3, 3, r)), { kind: 'NHWC', block: null, channels: null }, null],
      [tensor('float32', [1, 16, 3, 5], randomValues(240, -3, 3, r)), { kind: 'NCHWc', block: 8, channels: 12 }, null],
      [q([1, 8, 6, 5], 'int8'), { kind: 'NCHW', block: null, channels: null }, null],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [t, layout, quant] of cases) {
        scratch.recycle();
        const into = normalizeTensor(t, layout, quant, scratch.take);
        const fresh = normalizeTensor(t, layout, quant);
        assert.deepStrictEqual(into, fresh, `${layout.kind} ${t.dtype}, round ${round}`);
        // Dirty it, as the row after would find it.
        into.data.fill(NaN);
      }
    }
  });

  it('hands an array out again only after the row that took it is recycled', () => {
    const scratch = new ScratchArrays();
    const a = scratch.take(10);
    const b = scratch.take(10);
    assert.notStrictEqual(a, b, 'two arrays of one row are two arrays');
    scratch.recycle();
    const again = [scratch.take(10), scratch.take(10), scratch.take(10)];
    assert.ok(again.includes(a) && again.includes(b), 'both come back');
    assert.ok(again[2] !== a && again[2] !== b, 'a third is new');
    assert.strictEqual(scratch.take(4).length, 4);
    // Free arrays are held up to a budget: past it, an array is let go (a new one comes next time).
    const small = new ScratchArrays(100);
    const kept = small.take(20);
    const dropped = small.take(10);
    small.recycle();
    assert.strictEqual(small.take(20), kept, '80 bytes fit the budget of 100');
    assert.notStrictEqual(small.take(10), dropped, 'the next 40 did not');
  });
});

describe('compare: pair metrics', () => {
  const f32 = (v: number[]) => Float32Array.from(v);

  it('computes every metric on a small known pair', () => {
    // ref 1,2,3,4 against 1,2,3,5: sum ref^2 = 30, sum err^2 = 1, ref.act = 34, sum act^2 = 39.
    const m = pairMetrics(f32([1, 2, 3, 4]), f32([1, 2, 3, 5]), qp([0.5], [0], 'uint8'));
    near(m.sqnrDb, 10 * Math.log10(30), 1e-12, 'sqnr');
    near(m.cosine, 34 / Math.sqrt(30 * 39), 1e-12, 'cosine');
    assert.equal(m.maxAbs, 1);
    assert.equal(m.meanAbs, 0.25);
    assert.equal(m.errSteps, 2);
    assert.equal(m.clippedFraction, 0);
    assert.equal(m.levelsUsed, 4, 'act / 0.5 = 2, 4, 6, 10');
    assert.equal(m.refRangeSteps, 6);
    near(m.coverScale, 4 / 255.5, 1e-15, 'coverScale');
    const plain = pairMetrics(f32([1, 2, 3, 4]), f32([1, 2, 3, 5]), null);
    assert.deepEqual([plain.errSteps, plain.clippedFraction, plain.levelsUsed, plain.refRangeSteps, plain.coverScale], [null, null, null, null, null]);
  });

  it('counts clipped reference values and the scale that would cover them', () => {
    // uint8, scale 0.01, zero point 128: representable [-1.285, 1.275] with the half-step margins.
    const quant = qp([0.01], [128], 'uint8');
    const ref = f32([-1, 0, 0.5, 3, -1.29, 1.27]);
    const act = fakeQuantize(ref, [6], quant);
    const m = pairMetrics(ref, act, quant);
    assert.equal(m.clippedFraction, 2 / 6, '3 and -1.29 are outside');
    near(m.coverScale, Math.max(3 / 127.5, 1.29 / 128.5), 1e-15, 'coverScale');
    near(m.refRangeSteps, 429, 1e-4, 'range in steps');
    near(m.errSteps, (3 - 1.27) / 0.01, 1e-3, 'the clipped 3 is 173 steps off');
    const wide = qp([m.coverScale!], [128], 'uint8');
    assert.equal(pairMetrics(ref, fakeQuantize(ref, [6], wide), wide).clippedFraction, 0, 'coverScale clips nothing');
    // A zero point at qmin leaves no room for negative values.
    assert.equal(pairMetrics(ref, act, qp([0.01], [0], 'uint8')).coverScale, null);
  });

  it('counts error steps per channel', () => {
    // dims [1, 2, 2], axis 1: channel 0 has scale 0.1 (error 0.1 = 1 step), channel 1 scale 1 (error 0.5 = 0.5 step).
    const quant = qp([0.1, 1], [0, 0], 'int8', 1);
    const ref = f32([0.1, 0.2, 3, 4]);
    const act = f32([0.2, 0.2, 3.5, 4]);
    const m = pairMetrics(ref, act, quant, { axis: 1, dims: [1, 2, 2] });
    near(m.errSteps, 1, 1e-6, 'errSteps');
    near(m.refRangeSteps, 1, 1e-6, 'channel 0 spans 1 step, channel 1 spans 1 step');
    assert.equal(m.coverScale, null, 'per-channel: no single scale');
    assert.throws(() => pairMetrics(ref, act, quant), /needs the tensor's dims/);
    assert.throws(() => pairMetrics(ref, f32([1, 2, 3]), null), /4 and 3 values/);
    // The largest error in steps, exactly as the largest of every value's error over its scale; a hostile zero or
    // negative scale too (value by value: division by them keeps no order).
    const random = rng(5);
    const r = Float32Array.from({ length: 600 }, () => random() * 10 - 5);
    const a = Float32Array.from(r, (x) => x + (random() - 0.5) * 0.3);
    for (const scales of [[0.037, 0.011, 0.2], [0, 0.5, 1], [-0.1, -2, 0.3]]) {
      let expected = 0;
      for (let i = 0; i < 600; i++) expected = Math.max(expected, Math.abs(r[i] - a[i]) / scales[Math.floor(i / 200)]);
      const got = pairMetrics(r, a, qp(scales, [0, 0, 0], 'int8', 0), { axis: 0, dims: [3, 200] });
      assert.equal(got.errSteps, expected, `scales ${scales}`);
    }
  });

  it('caps SQNR and keeps NaN and Infinity out of the JSON', () => {
    const same = pairMetrics(f32([1, -2, 3]), f32([1, -2, 3]), null);
    assert.equal(same.sqnrDb, SQNR_CAP_DB);
    assert.equal(same.cosine, 1);
    assert.equal(same.maxAbs, 0);
    assert.equal(pairMetrics(f32([0, 0]), f32([0, 1]), null).sqnrDb, -SQNR_CAP_DB);
    assert.equal(pairMetrics(f32([0, 0]), f32([0, 0]), null).sqnrDb, SQNR_CAP_DB);
    assert.equal(pairMetrics(f32([0, 0]), f32([0, 1]), null).cosine, 0);
    const bad = pairMetrics(f32([1, 2]), f32([1, NaN]), qp([1], [0], 'int8'));
    assert.equal(bad.sqnrDb, -SQNR_CAP_DB);
    const json = JSON.stringify(bad);
    assert.ok(!/NaN|Infinity/.test(json), json);
    assert.equal(pairMetrics(f32([]), f32([]), qp([1], [0], 'int8')).sqnrDb, SQNR_CAP_DB);
    // A tiny error on a huge signal stays within the cap.
    // One float32 ulp on a huge value: about 138 dB, finite and below the cap; float64 sums do not overflow.
    const ulp = pairMetrics(f32([1e30]), f32([Math.fround(1e30) * (1 + 2 ** -23)]), null).sqnrDb!;
    assert.ok(ulp > 130 && ulp < 145, String(ulp));
  });

  it('gives the SQNR against integers on one scale without dequantizing them first: the same bits as pairMetrics of the copy', () => {
    const r = rng(17);
    const cases: Array<{ dtype: DType; data: Int8Array | Uint8Array | Int32Array; scale: number; zp: number }> = [
      { dtype: 'uint8', data: Uint8Array.from({ length: 5000 }, () => Math.floor(r() * 256)), scale: 0.0371, zp: 3 },
      { dtype: 'int8', data: Int8Array.from({ length: 5000 }, () => Math.floor(r() * 256) - 128), scale: 0.1, zp: -2 },
      { dtype: 'int32', data: Int32Array.from({ length: 5000 }, () => Math.floor((r() - 0.5) * 1e6)), scale: 1e-4, zp: 0 },
      // A view into a larger buffer, as captures arrive (8-bit integers are read by their bytes).
      { dtype: 'int8', data: Int8Array.from({ length: 5011 }, () => Math.floor(r() * 256) - 128).subarray(11), scale: 0.02, zp: 5 },
    ];
    for (const c of cases) {
      const ref = Float32Array.from(c.data, (q) => (q - c.zp) * c.scale + (r() - 0.5) * c.scale);
      const copy = normalizeTensor({ dtype: c.dtype, dims: [1, c.data.length], data: c.data }, NCHW_2D, { scale: [c.scale], zeroPoint: [c.zp], axis: null, dtype: c.dtype, qmin: null, qmax: null, scaleTensor: null, zeroPointTensor: null }).data;
      assert.equal(dequantizedSqnrDb(ref, c.data, c.scale, c.zp), pairMetrics(ref, copy, null).sqnrDb, c.dtype);
      // A NaN in the reference is the cap's floor, as pairMetrics says it.
      const bad = Float32Array.from(ref);
      bad[7] = NaN;
      assert.equal(dequantizedSqnrDb(bad, c.data, c.scale, c.zp), -SQNR_CAP_DB);
    }
    assert.throws(() => dequantizedSqnrDb(new Float32Array(3), new Uint8Array(4), 1, 0), /3 and 4 values/);
  });

  it('reads the levels used off the integers a tensor was dequantized from: the same metrics as dividing and rounding each value', () => {
    const r = rng(23);
    const cases: Array<{ dtype: DType; data: Int8Array | Uint8Array | Uint16Array; scale: number; zp: number; qmin?: number; qmax?: number }> = [
      { dtype: 'uint8', data: Uint8Array.from({ length: 4000 }, () => Math.floor(r() * 256)), scale: 0.0371, zp: 3 },
      { dtype: 'int8', data: Int8Array.from({ length: 4000 }, () => Math.floor(r() * 40) - 20), scale: 0.13, zp: -2 },
      { dtype: 'uint16', data: Uint16Array.from({ length: 4000 }, () => Math.floor(r() * 65536)), scale: 1.5e-5, zp: 30000 },
      // A 7-bit grid over values up to 255: the levels past qmax count as the top one, as gridRun clamps them.
      { dtype: 'uint8', data: Uint8Array.from({ length: 4000 }, () => Math.floor(r() * 256)), scale: 0.05, zp: 0, qmin: 0, qmax: 127 },
    ];
    for (const c of cases) {
      const quant: QuantParams = { scale: [c.scale], zeroPoint: [c.zp], axis: null, dtype: c.dtype, qmin: c.qmin ?? null, qmax: c.qmax ?? null, scaleTensor: null, zeroPointTensor: null };
      const act = normalizeTensor({ dtype: c.dtype, dims: [1, c.data.length], data: c.data }, NCHW_2D, quant).data;
      const ref = Float32Array.from(act, (v) => v + (r() - 0.5) * c.scale * 3);
      const divided = pairMetrics(ref, act, quant);
      assert.deepEqual(pairMetrics(ref, act, quant, undefined, c.data), divided, `${c.dtype} ${c.qmax ?? ''}`);
      assert.ok(divided.levelsUsed! > 1);
    }
  });

  it('aggregates mean and worst, ignoring nulls', () => {
    const a = { sqnrDb: 30, cosine: 0.99, maxAbs: 1, meanAbs: 0.1, errSteps: null, clippedFraction: 0 };
    const b = { sqnrDb: 10, cosine: 0.9, maxAbs: 3, meanAbs: 0.3, errSteps: 4, clippedFraction: 0.5 };
    const { mean, worst } = aggregateMetrics([a, b]);
    const expected = { sqnrDb: 20, cosine: 0.945, maxAbs: 2, meanAbs: 0.2, errSteps: 4, clippedFraction: 0.25 };
    for (const [k, v] of Object.entries(expected)) near(mean[k as keyof typeof expected], v, 1e-12, `mean ${k}`);
    assert.deepEqual(worst, { sqnrDb: 10, cosine: 0.9, maxAbs: 3, meanAbs: 0.3, errSteps: 4, clippedFraction: 0.5 });
    assert.deepEqual(aggregateMetrics([]).mean, { sqnrDb: null, cosine: null, maxAbs: null, meanAbs: null, errSteps: null, clippedFraction: null });
  });

  it('measures top-1 agreement over a batch', () => {
    // Two outputs of 2 rows x 3 classes: rows agree, disagree, agree, agree (a tie picks the first class).
    const refs = [f32([0.1, 0.8, 0.1, 0.5, 0.2, 0.3]), f32([1, 1, 0, 0, 0, 2])];
    const acts = [f32([0.2, 0.7, 0.1, 0.1, 0.6, 0.3]), f32([3, 2, 1, -1, -1, 0])];
    assert.equal(outputAgreement(refs, acts, 3), 3 / 4);
    // The one differing row: the reference scores its pick 0.3 above the model's pick, and the sides differ by 0.4 there.
    assert.deepEqual(topOne(refs, acts, 3), { rows: 4, same: 3, withinError: 1 });
    // A clear miss (margin 1, error 1: the error only just reaches it) against a near tie (margin 0.01, error 0.02).
    assert.deepEqual(topOne([f32([1, 0, 0])], [f32([0, 1, 0])], 3), { rows: 1, same: 0, withinError: 0 });
    assert.deepEqual(topOne([f32([0.5, 0.49, 0])], [f32([0.48, 0.5, 0])], 3), { rows: 1, same: 0, withinError: 1 });
    assert.throws(() => outputAgreement(refs, [acts[0]], 3), /2 reference outputs but 1/);
    assert.throws(() => outputAgreement([f32([1, 2])], [f32([1, 2])], 3), /not rows of 3/);
  });
});

describe('compare: quantize like the model', () => {
  it('rounds half to even and saturates', () => {
    assert.deepEqual([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, -2.6].map(roundHalfEven), [0, 2, 2, 0, -2, -2, 2, -3]);
    const x = Float32Array.from([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 200, -200, 126.5, 127.5]);
    const q = quantizeLike(x, [10], qp([1], [0], 'int8'));
    assert.equal(q.dtype, 'int8');
    assert.deepEqual(Array.from(q.data as Int8Array), [0, 2, 2, 0, -2, -2, 127, -128, 126, 127]);
    const u = quantizeLike(Float32Array.from([-0.25, 0.25, 0.75, 100, -100]), [5], qp([0.5], [128], 'uint8'));
    assert.deepEqual(Array.from(u.data as Uint8Array), [128, 128, 130, 255, 0]);
    // Per channel along axis 0: [2, 2] with scales 1 and 0.25.
    const p = quantizeLike(Float32Array.from([1, 2, 1, 2]), [2, 2], qp([1, 0.25], [0, 10], 'int8', 0));
    assert.deepEqual(Array.from(p.data as Int8Array), [1, 2, 14, 18]);
    assert.throws(() => quantizeLike(Float32Array.from([1]), [1], qp([1], [0], 'float32')), /no integer range/);
  });

  it('gives the SQNR of fakeQuantize against the values it quantized, per tensor and per channel, huge and tiny values too', () => {
    const random = rng(11);
    const dims = [2, 3, 40];
    // Ties, values past both ends of the range, values past 2^51 steps, subnormal-sized ones.
    const special = [0.5, 1.5, -2.5, 1e20, -1e20, 3e-39, -0, 127.5];
    const ref = Float32Array.from({ length: 240 }, (_, i) => (i < special.length ? special[i] : (random() - 0.5) * 12));
    for (const quant of [qp([0.05], [7], 'uint8'), qp([0.5, 0.02, 1e-30], [0, 3, -1], 'int8', 1), qp([0.001], [0], 'int16')]) {
      const expected = pairMetrics(ref, fakeQuantize(ref, dims, quant), null).sqnrDb;
      assert.equal(fakeQuantizeSqnrDb(ref, dims, quant), expected, `scales ${quant.scale}`);
    }
    // A non-finite input makes the SQNR the floor, as pairMetrics reports it.
    const bad = Float32Array.from([1, NaN, 2]);
    assert.equal(fakeQuantizeSqnrDb(bad, [3], qp([0.1], [0], 'int8')), -SQNR_CAP_DB);
  });

  describe('matches the runtime', function () {
    const ctx = useEngine();
    const disabled: SessionSpec = { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} };

    it('fakeQuantize equals QuantizeLinear -> DequantizeLinear run by the runtime, bit for bit', async () => {
      const dims = [2, 4, 50, 100];
      const r = rng(11);
      const values = randomValues(40000, -4, 4, r);
      // Values at (k + 1/2) steps of the scale 0.0173 and their float32 neighbours: whether they round up or down
      // depends on dividing exactly as the runtime does (multiplying by 1/scale gets some wrong, seen in int16).
      const ulp = (x: number, d: number) => {
        const f = new Float32Array([x]);
        const u = new Int32Array(f.buffer);
        u[0] += x >= 0 ? d : -d;
        return f[0];
      };
      let at = 1000;
      for (let k = -3000; k < 3000; k++) {
        const tie = Math.fround((k + 0.5) * Math.fround(0.0173));
        for (const d of [-1, 0, 1]) values[at++] = ulp(tie, d);
      }
      // Exact ties for the per-channel scale 0.125 (channel 0) and the per-tensor scale 0.0625; NaN becomes qmin.
      values.splice(0, 8, 0.0625, 0.1875, -0.0625, 0.3125, 100, -100, 0.03125, -0.09375);
      values.splice(100, 3, NaN, Infinity, -Infinity);
      const x = Float32Array.from(values);
      const chains: Array<[string, QuantParams]> = [
        ['u', qp([0.0625], [121], 'uint8')],
        ['t', qp([0.0173], [-3], 'int8')],
        ['w', qp([0.0173], [5], 'int16')],
        ['s', qp([0.125, 0.0311, 0.0057, 0.02], [0, 3, -5, 0], 'int8', 1)],
      ];
      const b = new GraphBuilder('qdq');
      const input = b.input('x', 'float32', dims);
      for (const [name, quant] of chains) {
        const perCh = quant.scale.length > 1;
        const s = b.constant(`${name}_s`, 'float32', perCh ? [quant.scale.length] : [], quant.scale);
        const z = b.constant(`${name}_z`, quant.dtype!, perCh ? [quant.zeroPoint.length] : [], quant.zeroPoint);
        const q = b.op('QuantizeLinear', [input, s, z], { axis: 1 }, { output: `${name}_q` });
        b.output(q);
        b.output(b.op('DequantizeLinear', [q, s, z], { axis: 1 }, { output: `${name}_dq` }));
      }
      const run = await ctx.engine().call('run', {
        model: { bytes: encodeModel(b.model({ opset: 21 })) }, session: disabled,
        feeds: { x: tensor('float32', dims, x) },
      });
      for (const [name, quant] of chains) {
        const ortQ = run.outputs[`${name}_q`].data as Int8Array | Uint8Array | Int16Array;
        const ourQ = quantizeLike(x, dims, quant).data as Int8Array | Uint8Array | Int16Array;
        const qDiffer = ourQ.filter((v, i) => v !== ortQ[i]).length;
        assert.equal(qDiffer, 0, `${name}: ${qDiffer} of ${ourQ.length} quantized values differ from the runtime's`);
        const ortDq = toFloat32(run.outputs[`${name}_dq`]);
        const ours = fakeQuantize(x, dims, quant);
        const differ = ours.filter((v, i) => !Object.is(v, ortDq[i])).length;
        assert.equal(differ, 0, `${name}: ${differ} of ${ours.length} values differ from the runtime's`);
      }
    });
  });
});

describe('compare: u8s8 pair saturation', function () {
  const ctx = useEngine();

  it('counts pairs on tiny known convs and matmuls', () => {
    const attrs = { group: 1, strides: [], pads: [], dilations: [] };
    // 255 * 127 + 255 * 127 = 64,770 > 32,767: the one pair saturates.
    const one = convSaturation(Uint8Array.from([255, 255]), [1, 2, 1, 1], Int8Array.from([127, 127]), [1, 2, 1, 1], attrs, 0);
    assert.deepEqual(one, { pairs: 1, saturated: 1, fraction: 1, worstPairSum: 64770, sampled: false });
    // Three channels: the pair (0, 1) saturates negatively, the lone third product cannot.
    const odd = convSaturation(Uint8Array.from([200, 200, 255]), [1, 3, 1, 1], Int8Array.from([-128, -100, 127]), [1, 3, 1, 1], attrs, 0);
    assert.deepEqual(odd, { pairs: 2, saturated: 1, fraction: 0.5, worstPairSum: -45600, sampled: false });
    // Padding holds the zero point: a 3x1 kernel over a 1x1 input with pads sees (zp, x, zp) per channel.
    const padded = convSaturation(Uint8Array.from([0, 0]), [1, 2, 1, 1], Int8Array.from(new Array(6).fill(127)), [1, 2, 3, 1], { group: 1, strides: [], pads: [1, 0, 1, 0], dilations: [] }, 200);
    assert.equal(padded.pairs, 3);
    assert.equal(padded.saturated, 2, 'the two padding rows: 2 * 200 * 127 = 50,800');
    const depthwise = convSaturation(new Uint8Array(8).fill(255), [1, 2, 2, 2], new Int8Array(8).fill(127), [2, 1, 2, 2], { ...attrs, group: 2 }, 0);
    assert.equal(depthwise.pairs, 0, 'depthwise kernels accumulate in int32');
    const mm = matMulSaturation(Uint8Array.from([255, 255, 10, 10]), [2, 2], Int8Array.from([127, -1, 127, 1]), [2, 2]);
    assert.deepEqual(mm, { pairs: 4, saturated: 1, fraction: 0.25, worstPairSum: 64770, sampled: false });
    const many = convSaturation(new Uint8Array(2 * 8 * 8).fill(255), [1, 2, 8, 8], new Int8Array(2 * 2).fill(127), [2, 2, 1, 1], attrs, 0, 16);
    assert.equal(many.sampled, true);
    assert.equal(many.pairs, 16, '8 positions x 2 output channels');
  });

  /** QLinearConv uint8 x int8, 3x3, 32 -> 16 channels, per tensor, on 16x16 activations in 128..255. */
  function satConv(weightMax: number, xZeroPoint: number, seed: number) {
    const r = rng(seed);
    const xDims = [1, 32, 16, 16];
    const wDims = [16, 32, 3, 3];
    const x = Uint8Array.from(randomValues(32 * 256, 128, 255, r, true));
    const w = Int8Array.from(randomValues(16 * 288, -weightMax - (weightMax === 127 ? 1 : 0), weightMax, r, true));
    const p = { xs: 0.02, ws: 0.005, ys: 0.25, yz: 128 };
    const b = new GraphBuilder('sat_conv');
    const input = b.input('x', 'uint8', xDims);
    const c = (name: string, dtype: DType, v: number) => b.constant(name, dtype, [], [v]);
    b.output(b.op('QLinearConv', [
      input, c('xs', 'float32', p.xs), c('xz', 'uint8', xZeroPoint), b.constant('w', 'int8', wDims, w),
      c('ws', 'float32', p.ws), c('wz', 'int8', 0), c('ys', 'float32', p.ys), c('yz', 'uint8', p.yz),
    ], { pads: [1, 1, 1, 1] }, { output: 'y' }));
    return { model: b.model({ opset: 13 }), x, w, xDims, wDims, p, xZeroPoint };
  }

  /** The conv in integers, with every pair sum clipped to int16 (saturating) or not (exact), requantized as the runtime does. */
  function simulate(c: ReturnType<typeof satConv>, saturating: boolean): { y: Uint8Array; saturatedPairs: number } {
    const out = new Uint8Array(16 * 256);
    let saturatedPairs = 0;
    const scale = Math.fround(Math.fround(c.p.xs * c.p.ws) / c.p.ys);
    const col = new Int32Array(288);
    const wRow = new Int32Array(288);
    for (let oc = 0; oc < 16; oc++) {
      let wSum = 0;
      for (let ci = 0; ci < 32; ci++) for (let k = 0; k < 9; k++) {
        wRow[k * 32 + ci] = c.w[(oc * 32 + ci) * 9 + k];
        wSum += c.w[(oc * 32 + ci) * 9 + k];
      }
      for (let oy = 0; oy < 16; oy++) for (let ox = 0; ox < 16; ox++) {
        for (let k = 0; k < 9; k++) {
          const iy = oy - 1 + Math.floor(k / 3);
          const ix = ox - 1 + (k % 3);
          const inside = iy >= 0 && iy < 16 && ix >= 0 && ix < 16;
          for (let ci = 0; ci < 32; ci++) col[k * 32 + ci] = inside ? c.x[(ci * 16 + iy) * 16 + ix] : c.xZeroPoint;
        }
        let acc = 0;
        for (let j = 0; j < 288; j += 2) {
          const s = col[j] * wRow[j] + col[j + 1] * wRow[j + 1];
          if (s > 32767 || s < -32768) saturatedPairs++;
          acc += saturating ? Math.min(32767, Math.max(-32768, s)) : s;
        }
        acc -= c.xZeroPoint * wSum;
        const y = roundHalfEven(Math.fround(Math.fround(acc) * scale)) + c.p.yz;
        out[(oc * 16 + oy) * 16 + ox] = Math.min(255, Math.max(0, y));
      }
    }
    return { y: out, saturatedPairs };
  }

  const compareSteps = (a: Uint8Array, b: Uint8Array) => {
    let within1 = 0, exact = 0, maxDiff = 0;
    for (let i = 0; i < a.length; i++) {
      const d = Math.abs(a[i] - b[i]);
      if (d <= 1) within1++;
      if (d === 0) exact++;
      maxDiff = Math.max(maxDiff, d);
    }
    return { within1, exact, maxDiff };
  };

  for (const xZeroPoint of [0, 128]) {
    it(`matches the runtime's QLinearConv as this CPU computes it: int16 pair sums where the probe measured saturation (activation zero point ${xZeroPoint})`, async function () {
      const facts = await runtimeFacts(ctx.engine());
      const c = satConv(127, xZeroPoint, 21 + xZeroPoint);
      const sat = convSaturation(c.x, c.xDims, c.w, c.wDims, { group: 1, strides: [1, 1], pads: [1, 1, 1, 1], dilations: [1, 1] }, xZeroPoint);
      const { y: simSat, saturatedPairs } = simulate(c, true);
      const simExact = simulate(c, false).y;
      const offExact = compareSteps(simSat, simExact);
      const lines = [`convSaturation: ${sat.saturated} of ${sat.pairs} pairs (${(sat.fraction * 100).toFixed(2)}%), worst pair sum ${sat.worstPairSum}`,
        `simulation: saturating vs exact: ${4096 - offExact.within1} of 4096 outputs more than 1 step apart, up to ${offExact.maxDiff}`];
      for (const level of ['all', 'disabled'] as const) {
        const run = await ctx.engine().call('run', {
          model: { bytes: encodeModel(c.model) }, session: { provider: 'cpu', level, config: {}, freeDims: {} },
          feeds: { x: tensor('uint8', c.xDims, c.x) },
        });
        const y = run.outputs.y.data as Uint8Array;
        const vsSat = compareSteps(y, simSat);
        const vsExact = compareSteps(y, simExact);
        lines.push(`level ${level}: runtime vs saturating simulation: ${vsSat.within1}/4096 within 1 step (${vsSat.exact} identical, max ${vsSat.maxDiff}); ` +
          `vs exact: ${4096 - vsExact.within1} more than 1 step off (max ${vsExact.maxDiff})`);
        const expected = facts.u8s8Saturates ? vsSat : vsExact;
        assert.ok(expected.within1 >= 4096 - 4, `level ${level}: only ${expected.within1} of 4096 outputs within 1 step of the ${facts.u8s8Saturates ? 'saturating' : 'exact'} simulation (${describeFacts(facts)})`);
      }
      console.log(`      ${describeFacts(facts)}\n      ${lines.join('\n      ')}`);
      assert.ok(sat.saturated > 0, 'full-range weights with 8-bit activations saturate');
      assert.equal(sat.saturated, saturatedPairs, 'convSaturation counts the pairs the validated simulation clips');
      assert.equal(sat.pairs, 4096 * 144);
      assert.ok(Math.abs(sat.worstPairSum) > 32767);
      assert.ok(4096 - offExact.within1 > 100, 'the saturation is large enough to matter in this test');
    });
  }

  it('reports no saturation with weights within +-63, and the runtime then matches exact arithmetic', async () => {
    const c = satConv(63, 0, 5);
    const sat = convSaturation(c.x, c.xDims, c.w, c.wDims, { group: 1, strides: [1, 1], pads: [1, 1, 1, 1], dilations: [1, 1] }, 0);
    assert.equal(sat.saturated, 0);
    assert.ok(sat.pairs === 16 * 256 * 144);
    const run = await ctx.engine().call('run', {
      model: { bytes: encodeModel(c.model) }, session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} },
      feeds: { x: tensor('uint8', c.xDims, c.x) },
    });
    const vsExact = compareSteps(run.outputs.y.data as Uint8Array, simulate(c, false).y);
    console.log(`      weights within +-63: runtime vs exact: ${vsExact.within1}/4096 within 1 step (${vsExact.exact} identical)`);
    assert.equal(vsExact.within1, 4096);
  });
});
