import type { PlaneLayout } from './planes';

/** Range and error of one plane: what its heatmaps' colour scales and the channel picker's labels need. */
export interface PlaneStats {
  /** Over the finite values of both sides (the shared scale of reference and actual). */
  lo: number;
  hi: number;
  /** Largest finite |actual - reference|. */
  maxDiff: number;
  /** SQNR of the plane; null when it has no error (or no finite values). */
  sqnrDb: number | null;
}

export interface WorstElement {
  flat: number;
  reference: number;
  actual: number;
  /** |actual - reference|; Infinity when one side is not finite and the other differs. */
  diff: number;
}

export interface TensorStats {
  planes: PlaneStats[];
  lo: number;
  hi: number;
  maxDiff: number;
  nonFinite: { reference: number; actual: number };
  /** The largest differences over the whole tensor, worst first. */
  worst: WorstElement[];
}

export const WORST_COUNT = 10;

/** One pass over both sides: per-plane ranges and error, the whole tensor's, and the worst elements. */
export function tensorStats(layout: PlaneLayout, reference: Float32Array, actual: Float32Array, worstCount = WORST_COUNT): TensorStats {
  const planes: PlaneStats[] = [];
  let gLo = Infinity;
  let gHi = -Infinity;
  let gMax = 0;
  let badRef = 0;
  let badAct = 0;
  // The worst elements, kept sorted ascending by diff so the smallest is at [0] and is the one replaced.
  const top: WorstElement[] = [];
  for (let p = 0; p < layout.planes; p++) {
    let lo = Infinity;
    let hi = -Infinity;
    let maxDiff = 0;
    let sig = 0;
    let err = 0;
    const start = p * layout.planeSize;
    const end = start + layout.planeSize;
    for (let i = start; i < end; i++) {
      const r = reference[i];
      const a = actual[i];
      // x - x is 0 exactly for finite x (NaN for NaN and infinities): cheaper than Number.isFinite in this loop.
      const rOk = r - r === 0;
      const aOk = a - a === 0;
      let d: number;
      if (rOk && aOk) {
        if (r < lo) lo = r;
        if (r > hi) hi = r;
        if (a < lo) lo = a;
        if (a > hi) hi = a;
        d = Math.abs(a - r);
        if (d > maxDiff) maxDiff = d;
        sig += r * r;
        err += d * d;
      } else {
        if (!rOk) badRef++;
        if (!aOk) badAct++;
        d = Object.is(r, a) ? 0 : Infinity;
      }
      if (top.length < worstCount) {
        insertSorted(top, { flat: i, reference: r, actual: a, diff: d });
      } else if (worstCount > 0 && d > top[0].diff) {
        top.shift();
        insertSorted(top, { flat: i, reference: r, actual: a, diff: d });
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 0;
    }
    planes.push({ lo, hi, maxDiff, sqnrDb: err > 0 && sig > 0 ? 10 * Math.log10(sig / err) : null });
    gLo = Math.min(gLo, lo);
    gHi = Math.max(gHi, hi);
    gMax = Math.max(gMax, maxDiff);
  }
  if (gLo > gHi) {
    gLo = 0;
    gHi = 0;
  }
  return { planes, lo: gLo, hi: gHi, maxDiff: gMax, nonFinite: { reference: badRef, actual: badAct }, worst: top.reverse().filter((w) => w.diff > 0) };
}

/** Ascending by diff; among equal diffs the later element goes first, so the earlier one is kept and listed first. */
function insertSorted(list: WorstElement[], w: WorstElement): void {
  let i = list.length;
  while (i > 0 && list[i - 1].diff >= w.diff) i--;
  list.splice(i, 0, w);
}
