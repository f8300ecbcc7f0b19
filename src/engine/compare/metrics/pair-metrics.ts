import { integerRange } from '../../onnx/dtype';
import { elementCount } from '../../onnx/tensor-codec';
import type { QuantParams } from '../../ir/ir-types';
import type { PairMetrics } from '../compare-report';

/**
 * SQNR bound in dB. Identical tensors have an infinite SQNR and an all-zero reference against a non-zero one has
 * minus infinity; both are reported as +-cap (every result is clamped to [-cap, cap]) because the report is JSON,
 * which can hold neither Infinity nor NaN.
 */
export const SQNR_CAP_DB = 200;

export interface PairMetricsDetail extends PairMetrics {
  /** Distinct integer levels the compared tensor occupies (round(act / s) + zp), when it is quantized. */
  levelsUsed: number | null;
  /** Reference range (max - min) in quantization steps; per channel, the widest channel. */
  refRangeSteps: number | null;
  /** Smallest scale that, with this zero point, would leave no reference value clipped (per-tensor only). */
  coverScale: number | null;
}

/** Quantization parameters laid out for the metric loop: channel c covers `inner` consecutive values, `outer` times. */
interface QuantLayout {
  channels: number;
  inner: number;
  outer: number;
  scale: Float64Array;
  zeroPoint: Float64Array;
  qmin: number | null;
  qmax: number | null;
}

function quantLayout(quant: QuantParams, n: number, shape?: { axis: number; dims: number[] }): QuantLayout {
  const channels = quant.scale.length;
  if (channels === 0) throw new Error('quantization parameters without a scale');
  const range = quant.dtype ? integerRange(quant.dtype) : undefined;
  const qmin = quant.qmin ?? range?.min ?? null;
  const qmax = quant.qmax ?? range?.max ?? null;
  const scale = Float64Array.from(quant.scale);
  const zeroPoint = Float64Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  if (channels === 1) return { channels, inner: n, outer: 1, scale, zeroPoint, qmin, qmax };
  if (!shape) throw new Error(`per-channel quantization (${channels} scales) needs the tensor's dims and channel axis`);
  const rank = shape.dims.length;
  const axis = shape.axis < 0 ? shape.axis + rank : shape.axis;
  if (elementCount(shape.dims) !== n) throw new Error(`dims [${shape.dims}] do not hold ${n} values`);
  if (shape.dims[axis] !== channels) throw new Error(`${channels} scales for ${shape.dims[axis]} entries along axis ${shape.axis}`);
  const inner = elementCount(shape.dims.slice(axis + 1));
  return { channels, inner, outer: n / (channels * inner), scale, zeroPoint, qmin, qmax };
}

/** Distinct integer levels are marked in a bitmap for the usual 8/16-bit ranges, in a set otherwise. */
const BITMAP_LEVELS = 1 << 17;

const clampDb = (db: number) => (Number.isNaN(db) ? -SQNR_CAP_DB : Math.min(SQNR_CAP_DB, Math.max(-SQNR_CAP_DB, db)));

/** SQNR in dB from the sums of squares of the reference and of the error, capped (see SQNR_CAP_DB). */
export function sqnrOfSums(sumRef2: number, sumErr2: number, finite: boolean): number {
  if (!finite) return -SQNR_CAP_DB;
  if (sumErr2 === 0) return SQNR_CAP_DB;
  if (sumRef2 === 0) return -SQNR_CAP_DB;
  return clampDb(10 * Math.log10(sumRef2 / sumErr2));
}

/**
 * Metrics of one aligned pair: `ref` is the reference, `act` the tensor under test (already normalized). With
 * `quant` (the parameters of the tensor under test), errors are also counted in its quantization steps and the
 * reference is checked against the range it can represent. One pass, float64 sums. A NaN or infinity in either
 * tensor reports -cap dB and null for the error magnitudes.
 */
export function pairMetrics(
  ref: Float32Array,
  act: Float32Array,
  quant: QuantParams | null,
  channelAxisSize?: { axis: number; dims: number[] },
): PairMetricsDetail {
  const n = ref.length;
  if (act.length !== n) throw new Error(`cannot compare tensors of ${n} and ${act.length} values`);
  // A scale computed at run time (dynamic quantization) is unknown here: no grid to measure steps on.
  const q = quant && quant.scale.length ? quantLayout(quant, n, channelAxisSize) : null;
  const channels = q?.channels ?? 1;
  const inner = q?.inner ?? n;
  const outer = q?.outer ?? (n > 0 ? 1 : 0);
  const minRef = new Float64Array(channels).fill(Infinity);
  const maxRef = new Float64Array(channels).fill(-Infinity);
  // Levels are marked inline (a call per value would cost more than the rest of the loop).
  const lmin = q?.qmin ?? 0;
  const lmax = q?.qmax ?? 0;
  const bitmap = q && q.qmin !== null && q.qmax !== null && lmax - lmin < BITMAP_LEVELS ? new Uint8Array(lmax - lmin + 1) : null;
  const others = q && !bitmap ? new Set<number>() : null;
  let marked = 0;
  const clipKnown = !!q && q.qmin !== null && q.qmax !== null;
  let sumRef2 = 0, sumAct2 = 0, sumErr2 = 0, dot = 0, sumAbs = 0, maxAbs = 0, maxSteps = 0, clipped = 0;
  let finite = true;

  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < channels; c++) {
      const s = q ? q.scale[c] : 1;
      const zp = q ? q.zeroPoint[c] : 0;
      // Values beyond half a step past either end of the integer range would have been clipped.
      const lo = clipKnown ? (q!.qmin! - zp) * s - s / 2 : -Infinity;
      const hi = clipKnown ? (q!.qmax! - zp) * s + s / 2 : Infinity;
      let cmin = minRef[c], cmax = maxRef[c];
      const start = (o * channels + c) * inner;
      for (let i = start; i < start + inner; i++) {
        const r = ref[i];
        const a = act[i];
        const e = r - a;
        const ae = Math.abs(e);
        if (!(ae < Infinity)) finite = false;
        sumRef2 += r * r;
        sumAct2 += a * a;
        sumErr2 += e * e;
        dot += r * a;
        sumAbs += ae;
        if (ae > maxAbs) maxAbs = ae;
        if (q) {
          const steps = ae / s;
          if (steps > maxSteps) maxSteps = steps;
          if (r < cmin) cmin = r;
          if (r > cmax) cmax = r;
          if (r < lo || r > hi) clipped++;
          const level = Math.round(a / s) + zp;
          if (bitmap === null) others!.add(level);
          else if (Number.isFinite(level)) {
            const k = (level < lmin ? lmin : level > lmax ? lmax : level) - lmin;
            if (bitmap[k] === 0) { bitmap[k] = 1; marked++; }
          }
        }
      }
      minRef[c] = cmin;
      maxRef[c] = cmax;
    }
  }

  const sqnrDb = sqnrOfSums(sumRef2, sumErr2, finite);

  // Two zero tensors point the same way; a zero against a non-zero one shares no direction.
  let cosine: number | null;
  if (!finite) cosine = null;
  else if (sumRef2 === 0 && sumAct2 === 0) cosine = 1;
  else if (sumRef2 === 0 || sumAct2 === 0) cosine = 0;
  else cosine = Math.min(1, Math.max(-1, dot / Math.sqrt(sumRef2 * sumAct2)));

  let refRangeSteps: number | null = null;
  let coverScale: number | null = null;
  if (q && finite) {
    refRangeSteps = 0;
    for (let c = 0; c < channels; c++) {
      if (maxRef[c] >= minRef[c]) refRangeSteps = Math.max(refRangeSteps, (maxRef[c] - minRef[c]) / q.scale[c]);
    }
    if (channels === 1 && clipKnown) coverScale = scaleToCover(minRef[0], maxRef[0], q.zeroPoint[0], q.qmin!, q.qmax!);
  }

  return {
    sqnrDb,
    cosine,
    maxAbs: finite ? maxAbs : null,
    meanAbs: finite ? (n ? sumAbs / n : 0) : null,
    errSteps: q && finite ? maxSteps : null,
    clippedFraction: clipKnown ? (n ? clipped / n : 0) : null,
    levelsUsed: bitmap ? marked : others ? others.size : null,
    refRangeSteps,
    coverScale,
  };
}

/**
 * The smallest s with (qmin - zp) s - s/2 <= min and max <= (qmax - zp) s + s/2: the same half-step margin as the
 * clipping count, so a tensor quantized with it has no clipped values. Null when the zero point leaves no integer
 * level on the side the reference needs (negative values with the zero point at qmin): no scale helps there.
 */
function scaleToCover(min: number, max: number, zp: number, qmin: number, qmax: number): number | null {
  if (!(max >= min)) return 0;
  let s = 0;
  if (max > 0) {
    if (zp >= qmax) return null;
    s = Math.max(s, max / (qmax - zp + 0.5));
  }
  if (min < 0) {
    if (zp <= qmin) return null;
    s = Math.max(s, -min / (zp - qmin + 0.5));
  }
  return s;
}
