import type { IRGraph } from '../../ir/ir-types';
import type { Unit } from '../align/units';
import { roundHalfUp } from '../normalize/rounding';

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

/** The grid DynamicQuantizeLinear would compute for `x`, and how much of `x` it leaves on a few steps. */
export function dynamicRange(tensor: string, x: Float32Array): DynamicRange | null {
  if (x.length === 0) return null;
  let lo = 0;
  let hi = 0;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const scale = (hi - lo) / 255;
  if (!(scale > 0)) return null;
  let few = 0;
  let n = 0;
  const mags = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const m = Math.abs(x[i]);
    if (m === 0) continue;
    mags[n++] = m;
    if (roundHalfUp(m / scale) <= FEW_STEPS) few++;
  }
  const nonZero = mags.subarray(0, n);
  const max = Math.max(hi, -lo);
  const p90 = kthSmallest(nonZero, Math.min(n - 1, Math.floor(0.9 * n)));
  return { tensor, scale, fewStepsShare: few / n, outlierRatio: p90 > 0 ? max / p90 : Infinity };
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
