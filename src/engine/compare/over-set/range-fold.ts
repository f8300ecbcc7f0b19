import { integerRange } from '../../onnx/dtype';
import type { QuantParams } from '../../ir/ir-types';
import { referencePass, type ReferencePlan, type ReferenceResult } from '../metrics/reference-pass';
import { BINS_PER_OCTAVE, LOG_BINS, MIN_EXP, SLOTS } from './log-bins';

const SIDE = LOG_BINS;
/** The share of values the suggested range leaves outside (both tails together). */
export const CLIP_SHARE = 1e-4;

/** The range a tensor's quantization represents, per-tensor grids only (per-channel activations have none). */
export function quantRange(q: QuantParams | null): { min: number; max: number; scale: number; zeroPoint: number; qmin: number; qmax: number } | null {
  if (!q || q.scale.length !== 1) return null;
  const r = q.dtype ? integerRange(q.dtype) : undefined;
  const qmin = q.qmin ?? r?.min;
  const qmax = q.qmax ?? r?.max;
  if (qmin === undefined || qmax === undefined) return null;
  const zp = q.zeroPoint[0] ?? 0;
  return { min: (qmin - zp) * q.scale[0], max: (qmax - zp) * q.scale[0], scale: q.scale[0], zeroPoint: zp, qmin, qmax };
}

/** Folds `states` (other jobs' or threads' folds, by row) into `ranges`. */
export function mergeRanges(ranges: Map<number, RangeFold>, states: Array<[row: number, state: RangeState]>): void {
  for (const [row, state] of states) {
    let r = ranges.get(row);
    if (!r) ranges.set(row, (r = new RangeFold()));
    r.merge(state);
  }
}

/** A RangeFold as data (see RangeFold.state). */
export interface RangeState {
  count: number;
  min: number;
  max: number;
  outside: number;
  counts: Float64Array;
  quant: ReturnType<typeof quantRange>;
}

/**
 * The values one tensor took over a set of inputs, folded input by input in fixed memory (a log-binned histogram per
 * sign), so that the range a user would calibrate on, and the range that leaves only 0.01% of the values outside,
 * can be read off at the end without holding any input's tensor.
 */
export class RangeFold {
  count = 0;
  min = Infinity;
  max = -Infinity;
  /** Values outside the quantization range (when the tensor has one). */
  outside = 0;
  /** Counts by the slots of `slotOfBits`: negative values' bins, positive values' bins, then zeros. */
  private readonly counts = new Float64Array(SLOTS);
  quant: ReturnType<typeof quantRange> = null;

  add(values: Float32Array, quant: QuantParams | null): void {
    this.measure(values, quant, {});
  }

  /** Adds `values`, and measures what `also` asks of them in the same pass over them (see referencePass). */
  measure(values: Float32Array, quant: QuantParams | null, also: Omit<ReferencePlan, 'histogram'>): ReferenceResult {
    this.quant ??= quantRange(quant);
    // Half a step of slack: a value that rounds onto the last level is not clipped.
    const slack = this.quant ? this.quant.scale / 2 : 0;
    const lo = (this.quant?.min ?? -Infinity) - slack;
    const hi = (this.quant?.max ?? Infinity) + slack;
    const r = referencePass(values, { ...also, histogram: { counts: this.counts, lo, hi } });
    // As one loop from the fold's own min and max: only a strictly smaller or larger value replaces them.
    if (r.min < this.min) this.min = r.min;
    if (r.max > this.max) this.max = r.max;
    this.outside += r.outside;
    this.count += values.length;
    return r;
  }

  /** The fold as data, for a job in a worker thread to send to the thread that merges the set's folds. */
  state(): RangeState {
    return { count: this.count, min: this.min, max: this.max, outside: this.outside, counts: this.counts, quant: this.quant };
  }

  /** Adds another fold of the same tensor (other inputs): the same result as one fold over all of them. */
  merge(s: RangeState): void {
    this.quant ??= s.quant;
    this.count += s.count;
    this.min = Math.min(this.min, s.min);
    this.max = Math.max(this.max, s.max);
    this.outside += s.outside;
    for (let b = 0; b < SLOTS; b++) this.counts[b] += s.counts[b];
  }

  /** The upper edge of bin `b`: the value a quantile read from that bin is reported as (never understated). */
  private static edge(b: number): number {
    return 2 ** (MIN_EXP + (b + 1) / BINS_PER_OCTAVE);
  }

  /**
   * The smallest range [low, high] that leaves at most `share` of the values outside (half below, half above),
   * rounded outward to the histogram's bins and never past the observed min and max.
   */
  clipRange(share = CLIP_SHARE): { low: number; high: number } | null {
    if (this.count === 0) return null;
    const tail = (share / 2) * this.count;
    // Above: walk down from the largest positive values.
    let high = 0;
    let acc = 0;
    for (let b = SIDE - 1; b >= 0; b--) {
      acc += this.counts[SIDE + b];
      if (acc > tail) {
        high = RangeFold.edge(b);
        break;
      }
    }
    let low = 0;
    acc = 0;
    for (let b = SIDE - 1; b >= 0; b--) {
      acc += this.counts[b];
      if (acc > tail) {
        low = -RangeFold.edge(b);
        break;
      }
    }
    return { low: Math.max(low, Math.min(this.min, 0)), high: Math.min(high, Math.max(this.max, 0)) };
  }
}
