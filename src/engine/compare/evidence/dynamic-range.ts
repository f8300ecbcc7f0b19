import type { IRGraph } from '../../ir/ir-types';
import type { Unit } from '../align/units';

/**
 * How a per-tensor range computed at run time (DynamicQuantizeLinear) served one input of a layer: its uint8 grid
 * spans min(0, x) .. max(0, x), so a few outliers stretch the step and leave the bulk of the values on a few steps.
 */
export interface DynamicRange {
  /** The float tensor the runtime quantized. */
  tensor: string;
  /** The step the runtime chose: (max(0, x) - min(0, x)) / 255. */
  scale: number;
  /** Share of the non-zero values that land within FEW_STEPS steps of zero (zeros stay exact on any such grid). */
  fewStepsShare: number;
  /**
   * max |x| over the 90th percentile of the non-zero |x|: how far the outliers reach past the bulk. (The 90th, not
   * the 99th: one outlier channel of 64 is 1.6% of the values, and would be the 99th percentile itself.)
   */
  outlierRatio: number;
}

/** "A few steps": values this close to zero keep at most about 3 bits of their 8. */
export const FEW_STEPS = 4;

/** The float tensors the runtime quantizes dynamically on their way into this layer (the DynamicQuantizeLinear inputs). */
export function dynamicInputs(g: IRGraph, unit: Unit): string[] {
  const out: string[] = [];
  for (const k of unit.nodes) {
    const n = g.nodes[k];
    if (n.opType === 'DynamicQuantizeLinear' && n.inputs[0]) out.push(n.inputs[0]);
  }
  const anchor = g.nodes[unit.anchor];
  for (const i of anchor.inputs) {
    const p = g.values.get(i)?.producer ?? -1;
    if (p >= 0 && g.nodes[p].opType === 'DynamicQuantizeLinear' && g.nodes[p].inputs[0]) out.push(g.nodes[p].inputs[0]);
  }
  // The runtime's fused forms quantize their float input A themselves.
  if (anchor.opType === 'DynamicQuantizeMatMul' && anchor.inputs[0]) out.push(anchor.inputs[0]);
  return [...new Set(out)];
}

/**
 * The grid DynamicQuantizeLinear would compute for `x`, and how much of `x` it leaves on a few steps. Three passes
 * with no branch on the values (random in real data: a mispredicted branch a value made this 33 ns a value, most of
 * a large comparison's evidence) and no copy of the magnitudes: a float32's magnitude orders as its bits do, so a
 * count per bin of the high bits gives how many lie below a bound, and only the bins that hold the 90th percentile
 * and the few-steps bound are read value by value.
 */
export function dynamicRange(tensor: string, x: Float32Array): DynamicRange | null {
  if (x.length === 0) return null;
  rangeWithZero(x);
  const [lo, hi] = range;
  const scale = (hi - lo) / 255;
  if (!(scale > 0)) return null;
  const bits = new Uint32Array(x.buffer, x.byteOffset, x.length);
  const bins = magnitudeBins(bits);
  let n = 0;
  for (let b = 0; b < BINS; b++) n += bins[b];
  // roundHalfUp(m / scale) <= FEW_STEPS, for m >= 0, is m / scale < FEW_STEPS + 0.5: true below one magnitude.
  const isFew = (m: number) => m / scale < FEW_STEPS + 0.5;
  const { whole, edge } = binsBelow(bins, isFew);
  const k = Math.min(n - 1, Math.floor(0.9 * n));
  const { kth, edgeCount } = readBins(x, bits, bins, k, edge, isFew);
  const max = Math.max(hi, -lo);
  return { tensor, scale, fewStepsShare: (whole + edgeCount) / n, outlierRatio: kth > 0 ? max / kth : Infinity };
}

/** Where rangeWithZero writes. */
const range = new Float64Array(2);

/**
 * min(0, x) and max(0, x) into `range`, NaN left out (as a comparison leaves it). Written to a Float64Array, not
 * returned in an array: V8 then kept the bounds as boxed numbers in the loop, 11 ns a value against 2.2.
 */
function rangeWithZero(x: Float32Array): void {
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  range[0] = lo;
  range[1] = hi;
}

/** Bins of a float32 magnitude's bits: the top 16 of its 31 (the exponent and 7 bits of the fraction). */
const BIN_SHIFT = 15;
const BINS = (0x7fffffff >>> BIN_SHIFT) + 1;
/** Zeros count into bins past the last, in turn: counting them all into one made a chain of stores, 5x slower. */
const ZERO_BINS = 8;

/** How many non-zero magnitudes each bin holds (and, past the last, the zeros). */
function magnitudeBins(bits: Uint32Array): Uint32Array {
  const bins = new Uint32Array(BINS + ZERO_BINS);
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] & 0x7fffffff;
    // (b - 1) >>> 31 is 1 for a zero and 0 otherwise: no branch.
    bins[(b >>> BIN_SHIFT) + ((b - 1) >>> 31) * (BINS + (i & (ZERO_BINS - 1)))]++;
  }
  return bins;
}

const oneBits = new Uint32Array(1);
const oneFloat = new Float32Array(oneBits.buffer);
/** The float32 whose bits are `b`. */
function fromBits(b: number): number {
  oneBits[0] = b;
  return oneFloat[0];
}

/**
 * For a test true on the magnitudes below some bound and false above it: how many magnitudes lie in the bins it
 * holds for whole, and the one bin it splits (-1: none), read value by value.
 */
function binsBelow(bins: Uint32Array, below: (m: number) => boolean): { whole: number; edge: number } {
  let whole = 0;
  for (let b = 0; b < BINS; b++) {
    if (below(fromBits(((b + 1) << BIN_SHIFT) - 1))) whole += bins[b];
    else return { whole, edge: below(fromBits(b << BIN_SHIFT)) ? b : -1 };
  }
  return { whole, edge: -1 };
}

/** One pass over the bins that need their values: the k-th smallest non-zero |x| (0-based), and the edge bin's count. */
function readBins(x: Float32Array, bits: Uint32Array, bins: Uint32Array, k: number, edge: number, below: (m: number) => boolean): { kth: number; edgeCount: number } {
  let bin = 0;
  let before = 0;
  while (before + bins[bin] <= k) before += bins[bin++];
  const inBin = new Float32Array(bins[bin]);
  let j = 0;
  let edgeCount = 0;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i] & 0x7fffffff;
    const at = b >>> BIN_SHIFT;
    // Zeros (random in real data) are told apart only in the rare bin 0, so the branch predicts.
    if ((at !== bin && at !== edge) || b === 0) continue;
    const m = Math.abs(x[i]);
    if (at === bin) inBin[j++] = m;
    if (at === edge && below(m)) edgeCount++;
  }
  return { kth: kthSmallest(inBin, k - before), edgeCount };
}

/** The k-th smallest value (0-based), in linear time: a full sort of a large activation took seconds per layer. */
function kthSmallest(a: Float32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
