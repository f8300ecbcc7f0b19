import type { ConstValues } from '../../ir/const-values';
import type { IRGraph } from '../../ir/ir-types';
import { toFloat32 } from '../../onnx/tensor-codec';
import type { Unit } from '../align/units';

/** float16's largest finite value, and its smallest positive (subnormal) one. */
export const FP16_MAX = 65504;
export const FP16_TINY = 2 ** -24;

/** What float16's range did to one layer: weights stored as inf, and values that ran out of range. */
export interface Fp16Range {
  /** Weights (float16 initializers the layer reads) stored as inf or nan: their float value exceeded 65504. */
  infWeights: number;
  weights: number;
  /** Share of the layer's output values (model side, first input) that are inf or nan. */
  nonFinite: number;
}

/** The float16 range evidence of a layer that holds float16 tensors; null for a layer with none. */
export function fp16Range(g: IRGraph, consts: ConstValues, unit: Unit, nonFinite: number | null): Fp16Range | null {
  let half = unit.chain.some((t) => g.values.get(t)?.dtype === 'float16');
  let infWeights = 0;
  let weights = 0;
  for (const k of unit.nodes) {
    for (const i of g.nodes[k].inputs) {
      const v = i ? g.values.get(i) : undefined;
      if (!v?.initializer || v.dtype !== 'float16') continue;
      half = true;
      const t = consts.get(i);
      if (!t) continue;
      for (const x of toFloat32(t)) {
        weights++;
        if (!Number.isFinite(x)) infWeights++;
      }
    }
  }
  return half ? { infWeights, weights, nonFinite: nonFinite ?? 0 } : null;
}
