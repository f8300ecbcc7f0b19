import { ConstValues } from '../../ir/const-values';
import { IRGraph } from '../../ir/ir-types';
import { Unit } from '../align/units';
import { biasOf } from './layer-weights';
import type { WeightEvidence } from './weight-evidence';

/** How far a quantized layer's bias is from its float twin's, per output channel. */
export interface BiasEvidence {
  channels: number;
  /** Channels whose bias differs by more than its grid allows (1.5 steps) or, for a float bias, by more than 0.1%. */
  differing: number;
  worst: { channel: number; model: number; twin: number };
}

const BAD_STEPS = 1.5;
/** A float bias is the twin's to float16's precision and folding's rounding: 0.1% of the largest bias. */
const FLOAT_SHARE = 1e-3;

/**
 * The quantized unit's bias against the float twin's, given their weight comparison (its channel count, and whether
 * either chain scales the layer's output per channel: a BatchNormalization folded on one side only moves the bias
 * too, and would read as a fault). Only where both hold a bias.
 */
export function biasEvidence(quantUnit: Unit, quantGraph: IRGraph, quantConsts: ConstValues, floatUnit: Unit, floatGraph: IRGraph, floatConsts: ConstValues, weights: WeightEvidence | null): BiasEvidence | null {
  if (!weights || !weights.unscaled) return null;
  const channels = weights.channels;
  const mine = biasOf(quantUnit, quantGraph, quantConsts, channels);
  const twin = biasOf(floatUnit, floatGraph, floatConsts, channels);
  if (!mine || !twin) return null;
  const largest = twin.values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  let differing = 0;
  let worst = { channel: 0, model: mine.values[0], twin: twin.values[0] };
  let worstGap = -1;
  for (let c = 0; c < channels; c++) {
    const gap = Math.abs(mine.values[c] - twin.values[c]);
    const allowed = mine.step ? BAD_STEPS * mine.step[c] : FLOAT_SHARE * largest + 1e-7;
    if (gap > allowed) differing++;
    if (gap > worstGap) {
      worstGap = gap;
      worst = { channel: c, model: mine.values[c], twin: twin.values[c] };
    }
  }
  return { channels, differing, worst };
}
