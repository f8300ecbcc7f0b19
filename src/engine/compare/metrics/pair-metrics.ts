import { integerRange } from '../../onnx/dtype';
import { elementCount } from '../../onnx/tensor-codec';
import type { QuantParams } from '../../ir/ir-types';
import type { PairMetrics } from '../compare-report';
import { roundHalfUp } from '../normalize/rounding';

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
 * The running sums of one pair. Each run of values continues them in index order (the same additions in the same
 * order as one loop over the tensor), so splitting the loop by channel changes no bit of the result.
 */
interface Sums {
  sumRef2: number;
  sumAct2: number;
  sumErr2: number;
  dot: number;
  sumAbs: number;
  maxAbs: number;
  finite: boolean;
  maxSteps: number;
  clipped: number;
  marked: number;
}

/**
 * One run of values with no quantization grid: the error sums only. Its lines repeat the grid run's first ones on
 * purpose: the grid run with a unit grid in its place measured 7.5 against 3.3 ns a value, and most pairs of a float
 * model have no grid.
 */
function plainRun(ref: Float32Array, act: Float32Array, start: number, end: number, acc: Sums): void {
  let { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite } = acc;
  for (let i = start; i < end; i++) {
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
  }
  Object.assign(acc, { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite });
}

/** One channel's run on its grid (scale s, zero point zp): the error sums, steps, clipping, the reference's range and levels. */
interface GridRun {
  s: number;
  zp: number;
  /** Reference values outside [lo, hi] would have been clipped. */
  lo: number;
  hi: number;
  /** Levels marked here (clamped into [lmin, lmax]); null when they go to a set in a pass of their own. */
  bitmap: Uint8Array | null;
  lmin: number;
  lmax: number;
}

/** One run of values on a grid; `range` (the channel's reference [min, max]) is extended by this run. */
function gridRun(ref: Float32Array, act: Float32Array, start: number, end: number, g: GridRun, acc: Sums, range: [number, number]): void {
  // Plain locals for the loop (read once, written back once): V8 keeps them in registers.
  let sumRef2 = acc.sumRef2, sumAct2 = acc.sumAct2, sumErr2 = acc.sumErr2, dot = acc.dot, sumAbs = acc.sumAbs;
  let maxAbs = acc.maxAbs, finite = acc.finite, maxSteps = acc.maxSteps, clipped = acc.clipped, marked = acc.marked;
  let cmin = range[0], cmax = range[1];
  const s = g.s, zp = g.zp, lo = g.lo, hi = g.hi, bitmap = g.bitmap, lmin = g.lmin, lmax = g.lmax;
  const top = lmax - lmin;
  // The run's largest error in steps is its largest error over s (division by s > 0 keeps order): one division a run.
  let runMax = 0;
  for (let i = start; i < end; i++) {
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
    if (ae > runMax) runMax = ae;
    if (r < cmin) cmin = r;
    if (r > cmax) cmax = r;
    if (r < lo || r > hi) clipped++;
    if (bitmap === null) continue;
    // The level, clamped into the integer range; infinite and NaN levels are not marked.
    const level = roundHalfUp(a / s) + zp;
    const k = level >= lmin ? (level <= lmax ? level - lmin : level < Infinity ? top : -1) : level > -Infinity ? 0 : -1;
    if (k >= 0 && bitmap[k] === 0) {
      bitmap[k] = 1;
      marked++;
    }
  }
  if (runMax > maxAbs) maxAbs = runMax;
  if (s > 0) {
    if (runMax / s > maxSteps) maxSteps = runMax / s;
  } else {
    // A hostile file's scale (0, negative, NaN) keeps no order: value by value, as the division defines it.
    for (let i = start; i < end; i++) {
      const steps = Math.abs(ref[i] - act[i]) / s;
      if (steps > maxSteps) maxSteps = steps;
    }
  }
  acc.sumRef2 = sumRef2; acc.sumAct2 = sumAct2; acc.sumErr2 = sumErr2; acc.dot = dot; acc.sumAbs = sumAbs;
  acc.maxAbs = maxAbs; acc.finite = finite; acc.maxSteps = maxSteps; acc.clipped = clipped; acc.marked = marked;
  range[0] = cmin;
  range[1] = cmax;
}

/**
 * The SQNR pairMetrics gives of `ref` against integers `q` dequantized per tensor ((q - zp) * scale rounded to
 * float32, as normalizeTensor computes them): the same sums in the same order, without the dequantized copy. The
 * local stage asks it of every quantized layer's output on every input (the copy and its pass were most of that
 * stage's time in this process).
 */
export function dequantizedSqnrDb(ref: Float32Array, q: ArrayLike<number>, scale: number, zeroPoint: number): number {
  if (q.length !== ref.length) throw new Error(`cannot compare tensors of ${ref.length} and ${q.length} values`);
  const s = Math.fround(scale);
  let sumRef2 = 0;
  let sumErr2 = 0;
  let finite = true;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i];
    const e = r - Math.fround((q[i] - zeroPoint) * s);
    if (!(Math.abs(e) < Infinity)) finite = false;
    sumRef2 += r * r;
    sumErr2 += e * e;
  }
  return sqnrOfSums(sumRef2, sumErr2, finite);
}

/**
 * The levels a tensor occupies, read off the integers it was dequantized from, clamped into [lmin, lmax] as gridRun
 * clamps round(act / s) + zp. For 8- and 16-bit integers dequantized on the same grid, round(act / s) + zp is the
 * integer itself (the float32 rounding of (q - zp) * s moves act / s by less than 0.01 step), so the count is the
 * same, without a division and a rounding per value (see integerLevels).
 */
function markIntegers(q: ArrayLike<number>, bitmap: Uint8Array, lmin: number, lmax: number): number {
  const top = lmax - lmin;
  let marked = 0;
  for (let i = 0; i < q.length; i++) {
    const v = q[i];
    const k = v < lmin ? 0 : v > lmax ? top : v - lmin;
    if (bitmap[k] === 0) {
      bitmap[k] = 1;
      marked++;
    }
  }
  return marked;
}

/** Levels outside the bitmap's reach (wide integer types): a set, in a pass of their own. */
function markLevels(act: Float32Array, start: number, end: number, s: number, zp: number, into: Set<number>): void {
  for (let i = start; i < end; i++) into.add(Math.round(act[i] / s) + zp);
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
  levels?: ArrayLike<number>,
): PairMetricsDetail {
  const n = ref.length;
  if (act.length !== n) throw new Error(`cannot compare tensors of ${n} and ${act.length} values`);
  // A scale computed at run time (dynamic quantization) is unknown here: no grid to measure steps on.
  const q = quant && quant.scale.length ? quantLayout(quant, n, channelAxisSize) : null;
  const acc: Sums = { sumRef2: 0, sumAct2: 0, sumErr2: 0, dot: 0, sumAbs: 0, maxAbs: 0, finite: true, maxSteps: 0, clipped: 0, marked: 0 };
  if (!q) plainRun(ref, act, 0, n, acc);
  const ranges = q ? Array.from({ length: q.channels }, (): [number, number] => [Infinity, -Infinity]) : [];
  const clipKnown = !!q && q.qmin !== null && q.qmax !== null;
  let others: Set<number> | null = null;
  if (q) {
    const lmin = q.qmin ?? 0;
    const lmax = q.qmax ?? 0;
    const bitmap = clipKnown && lmax - lmin < BITMAP_LEVELS ? new Uint8Array(lmax - lmin + 1) : null;
    if (!bitmap) others = new Set<number>();
    // The integers `act` was dequantized from, on this very grid: their values are the levels (see integerLevels).
    const fromIntegers = !!levels && !!bitmap && q.channels === 1 && levels.length === n;
    if (fromIntegers) acc.marked = markIntegers(levels!, bitmap!, lmin, lmax);
    for (let o = 0; o < q.outer; o++) {
      for (let c = 0; c < q.channels; c++) {
        const s = q.scale[c];
        const zp = q.zeroPoint[c];
        // Values beyond half a step past either end of the integer range would have been clipped.
        const lo = clipKnown ? (q.qmin! - zp) * s - s / 2 : -Infinity;
        const hi = clipKnown ? (q.qmax! - zp) * s + s / 2 : Infinity;
        const start = (o * q.channels + c) * q.inner;
        gridRun(ref, act, start, start + q.inner, { s, zp, lo, hi, bitmap: fromIntegers ? null : bitmap, lmin, lmax }, acc, ranges[c]);
        if (others) markLevels(act, start, start + q.inner, s, zp, others);
      }
    }
  }
  const { sumRef2, sumAct2, sumErr2, dot, sumAbs, maxAbs, finite, maxSteps, clipped, marked } = acc;

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
    for (let c = 0; c < q.channels; c++) {
      const [min, max] = ranges[c];
      if (max >= min) refRangeSteps = Math.max(refRangeSteps, (max - min) / q.scale[c]);
    }
    if (q.channels === 1 && clipKnown) coverScale = scaleToCover(ranges[0][0], ranges[0][1], q.zeroPoint[0], q.qmin!, q.qmax!);
  }

  return {
    sqnrDb,
    cosine,
    maxAbs: finite ? maxAbs : null,
    meanAbs: finite ? (n ? sumAbs / n : 0) : null,
    errSteps: q && finite ? maxSteps : null,
    clippedFraction: clipKnown ? (n ? clipped / n : 0) : null,
    levelsUsed: q ? (others ? others.size : marked) : null,
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
