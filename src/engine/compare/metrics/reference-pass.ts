import { integerRange } from '../../onnx/dtype';
import type { QuantParams } from '../../ir/ir-types';
import { slotOfBits } from '../over-set/log-bins';
import { FAST_LIMIT, roundHalfEven, TO_EVEN } from '../normalize/rounding';
import { SQNR_CAP_DB, sqnrOfSums } from './pair-metrics';

/**
 * What is measured of a reference tensor on its own, against quantization grids, in one pass over its values:
 * - clipping alone (the reference clipped to a layer's output range: `clipOnlyDb`);
 * - quantizing alone (the reference quantized then dequantized: the input-quantization evidence);
 * - its histogram and range (a set's range fold).
 * Each was a pass of its own, over every value of every tensor of every input. Fused, they cost about what they cost
 * apart (the loops are bound by their arithmetic, not by reading the values); what made them cheap is running the
 * pass beside the job's thread over a set (see reference-thread.ts). Every result is the one its own loop gave: the
 * same additions in the same order.
 */

/** A per-tensor grid, as QuantizeLinear applies it: the float32 scale, the zero point, the saturation bounds. */
export interface FakeQuantGrid {
  scale: number;
  zeroPoint: number;
  qmin: number;
  qmax: number;
}

/** Where the pass adds the values to a histogram: the slots of `slotOfBits`; values past [lo, hi] count as outside. */
export interface HistogramSink {
  counts: Float64Array;
  lo: number;
  hi: number;
}

export interface ReferencePlan {
  /** The grid whose output range `clipDb` clips to (per tensor, with known bounds; else no clipDb). */
  clip?: QuantParams | null;
  /** The grid the values are quantized on for `fakeQuantDb`. */
  fakeQuant?: FakeQuantGrid | null;
  histogram?: HistogramSink | null;
}

export interface ReferenceResult {
  clipDb: number | null;
  fakeQuantDb: number | null;
  /** With a histogram only (else Infinity, -Infinity and 0): the values' range, and how many fell outside its range. */
  min: number;
  max: number;
  outside: number;
}

/** A grid's fake quantization parameters, per tensor only (null for per-channel grids, or with no integer range). */
export function fakeQuantGrid(quant: QuantParams | null): FakeQuantGrid | null {
  if (!quant || quant.scale.length !== 1) return null;
  const range = quant.dtype ? integerRange(quant.dtype) : undefined;
  const qmin = quant.qmin ?? range?.min;
  const qmax = quant.qmax ?? range?.max;
  if (qmin === undefined || qmax === undefined) return null;
  // Scales are float32 in every model: divide by the float32 value, not by the double it was read as.
  return { scale: Math.fround(quant.scale[0]), zeroPoint: quant.zeroPoint[0] ?? 0, qmin, qmax };
}

/** Reference values already quantized alone, by their array: the grid and the SQNR it gave. */
export type QuantizedAlone = WeakMap<Float32Array, { grid: FakeQuantGrid; db: number }>;

/** The SQNR `values` had quantized alone on `quant`, when a pass already measured it on that very grid. */
export function knownQuantizedAlone(known: QuantizedAlone, values: Float32Array, quant: QuantParams): number | undefined {
  const seen = known.get(values);
  const grid = seen ? fakeQuantGrid(quant) : null;
  return seen && grid && sameFakeQuantGrid(seen.grid, grid) ? seen.db : undefined;
}

export const sameFakeQuantGrid = (a: FakeQuantGrid, b: FakeQuantGrid): boolean =>
  Object.is(a.scale, b.scale) && a.zeroPoint === b.zeroPoint && a.qmin === b.qmin && a.qmax === b.qmax;

/** The running sums of a pass; each run of values continues them in index order. */
export interface ReferenceSums {
  ref2: number;
  clip2: number;
  fq2: number;
  fqNonFinite: number;
  min: number;
  max: number;
  outside: number;
}

export const noSums = (): ReferenceSums => ({ ref2: 0, clip2: 0, fq2: 0, fqNonFinite: 0, min: Infinity, max: -Infinity, outside: 0 });

/** The bounds of clipOnlyDb's clipping: half a step past the ends of the integer range; none for other grids. */
function clipBounds(q: QuantParams | null | undefined): { lo: number; hi: number } | null {
  if (!q || q.scale.length !== 1 || q.qmin === null || q.qmax === null) return null;
  const s = q.scale[0];
  const z = q.zeroPoint[0] ?? 0;
  return { lo: (q.qmin - z - 0.5) * s, hi: (q.qmax - z + 0.5) * s };
}

/** Every measurement of `plan` over the whole of `ref`. */
export function referencePass(ref: Float32Array, plan: ReferencePlan): ReferenceResult {
  const clip = clipBounds(plan.clip);
  const sums = noSums();
  referenceRun(ref, 0, ref.length, { clip, fakeQuant: plan.fakeQuant ?? null, histogram: plan.histogram ?? null }, sums);
  const { ref2, clip2, fq2, fqNonFinite, min, max, outside } = sums;
  return {
    clipDb: clip ? (clip2 === 0 ? SQNR_CAP_DB : Math.max(-SQNR_CAP_DB, Math.min(SQNR_CAP_DB, 10 * Math.log10(ref2 / clip2)))) : null,
    fakeQuantDb: plan.fakeQuant ? sqnrOfSums(ref2, fq2, fqNonFinite === 0) : null,
    min,
    max,
    outside,
  };
}

/**
 * One run of values [start, end): a part absent from the plan is not computed (its branch is the same for every
 * value, so it costs next to nothing). Plain locals in the loop, read once and written back once.
 */
export function referenceRun(ref: Float32Array, start: number, end: number, plan: { clip: { lo: number; hi: number } | null; fakeQuant: FakeQuantGrid | null; histogram: HistogramSink | null }, acc: ReferenceSums): void {
  let { ref2, clip2, fq2, fqNonFinite, min, max, outside } = acc;
  const clipping = plan.clip !== null;
  const clo = plan.clip?.lo ?? -Infinity;
  const chi = plan.clip?.hi ?? Infinity;
  const fq = plan.fakeQuant !== null;
  const s = plan.fakeQuant?.scale ?? 1;
  const zp = plan.fakeQuant?.zeroPoint ?? 0;
  const qmin = plan.fakeQuant?.qmin ?? 0;
  const qmax = plan.fakeQuant?.qmax ?? 0;
  const counts = plan.histogram?.counts ?? null;
  const lo = plan.histogram?.lo ?? -Infinity;
  const hi = plan.histogram?.hi ?? Infinity;
  const bits = counts ? new Uint32Array(ref.buffer, ref.byteOffset, ref.length) : null;
  for (let i = start; i < end; i++) {
    const r = ref[i];
    ref2 += r * r;
    if (clipping) {
      const e = r < clo ? r - clo : r > chi ? r - chi : 0;
      clip2 += e * e;
    }
    if (fq) {
      const v = Math.fround(r / s);
      // QuantizeLinear: NaN gives qmin; rounded half to even (the exact form past 2^51), plus zp, saturated.
      let q = (Math.abs(v) < FAST_LIMIT ? v + TO_EVEN - TO_EVEN : v === v ? roundHalfEven(v) : qmin - zp) + zp;
      q = q < qmin ? qmin : q > qmax ? qmax : q;
      const e = r - Math.fround((q - zp) * s);
      if (!(Math.abs(e) < Infinity)) fqNonFinite++;
      fq2 += e * e;
    }
    if (counts !== null) {
      if (r < min) min = r;
      if (r > max) max = r;
      if (r < lo || r > hi) outside++;
      counts[slotOfBits(bits![i])]++;
    }
  }
  Object.assign(acc, { ref2, clip2, fq2, fqNonFinite, min, max, outside });
}
