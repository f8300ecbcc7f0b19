import type { CulpritKind } from '../compare-report';
import type { UnitFacts } from './facts';
import { FEW_STEPS } from '../evidence/dynamic-range';
import { explainFp16 } from './explain-fp16';
import { fmtShare as pct } from '../report/report-format';

/** A culprit's kind, why it loses accuracy, and what to do about it. */
export interface Explanation {
  kind: CulpritKind;
  explanation: string;
  fix: string;
  /**
   * Evidence that explains a loss without being a defect by itself (weights clipped by a trailing observer's range):
   * it names the cause of a layer that already stands out, but does not lower the bar for being a culprit.
   */
  explainsOnly?: true;
}

/** At least this share of clipped reference values counts as clipping on its own. */
const CLIPPING_MIN = 0.005;
/** Clipping explains a layer's local error when clipping alone would leave at most this much more SQNR. */
const CLIP_EXPLAINS_DB = 3;
/** A run-time range that leaves this share of the values within a few steps of zero starves them of levels... */
const DYNAMIC_FEW_STEPS_SHARE = 0.5;
/** ...when outliers (not a naturally peaked distribution alone) stretch it this far past the bulk. */
const DYNAMIC_OUTLIER_RATIO = 8;
/** Fewer levels used than this, on an 8-bit or wider grid, is a precision problem. */
const PRECISION_LEVELS = 16;

const num = (x: number) => (Math.abs(x) >= 0.01 && Math.abs(x) < 1e4 ? x.toPrecision(4) : x.toExponential(3));

/** One kind of evidence: the explanation it gives a layer, or null when the layer does not show it. */
type Explainer = (f: UnitFacts) => Explanation | null;

/** Dequantized weights that differ from the float twin's beyond rounding, per channel. */
const wrongWeights: Explainer = (f) => {
  if (!f.weights || f.weights.badChannels === 0 || !f.weights.kind) return null;
  const fix = f.weights.kind === 'zero-point'
    ? 'Re-quantize the weights from the float model with the zero points the scheme requires (0 for symmetric int8), or export again after convert.'
    : f.weights.kind === 'scale'
      ? 'The weight scales do not match the weights: re-quantize this layer\'s weights per channel from the float model and export again.'
      : 'The stored weights differ from the float model\'s: check which checkpoint was quantized, then re-quantize this layer.';
  return { kind: 'weights', explanation: `Dequantized weights differ from the float twin's in ${f.weights.badChannels} of ${f.weights.channels} channels: ${f.weights.detail}`, fix };
};

/** A weight grid far coarser than the float weights need. */
const coarseWeights: Explainer = (f) => {
  const cg = f.coarseWeights;
  if (!cg) return null;
  const factor = cg.available / Math.max(cg.reach, 1e-9);
  return {
    kind: 'weights',
    explanation: `The float weights reach at most ${cg.reach.toFixed(1)} of the ${cg.available} steps the grid holds on each side of its zero point (the median over ${cg.channels === cg.total ? `all ${cg.total}` : `${cg.channels} of ${cg.total}`} channels): the weight scale is about ${factor.toFixed(0)}x larger than the weights need, so they keep about ${Math.max(1, Math.log2(2 * cg.reach + 1)).toFixed(0)} bits of the grid's ${Math.log2(2 * cg.available + 1).toFixed(0)}.`,
    fix: 'Recompute this layer\'s weight scales from its weights (per channel: the largest |w| over the steps the grid holds, 127 for int8), then export again.',
  };
};

const fp16Range: Explainer = (f) => {
  const half = explainFp16(f.fp16, f.node);
  return half ? { kind: 'fp16-range', ...half } : null;
};

/** A per-tensor range computed at run time that outliers stretch. */
const dynamicRange: Explainer = (f) => {
  const dyn = f.dynamicRange;
  if (!dyn || dyn.fewStepsShare < DYNAMIC_FEW_STEPS_SHARE || dyn.outlierRatio < DYNAMIC_OUTLIER_RATIO) return null;
  return {
    kind: 'dynamic-range',
    explanation: `The runtime quantizes this layer's input ${dyn.tensor} to uint8 with one range per tensor, computed on each run. A few outlier values stretch that range to ${dyn.outlierRatio.toFixed(0)}x the size of the other values, so each step is ${num(dyn.scale)} wide and ${pct(dyn.fewStepsShare)} of the values land on the ${2 * FEW_STEPS + 1} steps around zero: most of their detail is lost.`,
    fix: `Quantize this layer's weights per channel and exclude the node from dynamic quantization (quantize_dynamic(..., nodes_to_exclude=['${f.twinNode ?? f.node}'])), or smooth the outlier channels into the previous layer's weights (SmoothQuant) before quantizing.`,
  };
};

/** Reference values outside the output's range, enough of them or explaining the local error. */
const clipping: Explainer = (f) => {
  const clipExplains = f.clipDb !== null && f.localSqnrDb !== null && f.clipDb < f.localSqnrDb + CLIP_EXPLAINS_DB;
  if (!f.quant || f.clippedFraction === null || !(f.clippedFraction >= CLIPPING_MIN || (f.clippedFraction > 0 && clipExplains))) return null;
  const lo = (f.quant.qmin - f.quant.zeroPoint) * f.quant.scale;
  const hi = (f.quant.qmax - f.quant.zeroPoint) * f.quant.scale;
  const cover = f.coverScale !== null ? `; a scale of ${num(f.coverScale)} (${(f.coverScale / f.quant.scale).toFixed(1)}x) would cover them` : '';
  return {
    kind: 'clipping',
    explanation: `${pct(f.clippedFraction)} of the reference values fall outside the range the ${f.quant.dtype} output can hold ([${num(lo)}, ${num(hi)}] with scale ${num(f.quant.scale)}, zero point ${f.quant.zeroPoint})${cover}${f.clipDb !== null ? `; clipping alone limits this output to ${f.clipDb.toFixed(1)} dB` : ''}.`,
    fix: `Recalibrate this activation's range with representative data${f.coverScale !== null ? ` (scale ${num(f.quant.scale)} -> about ${num(f.coverScale)})` : ''}, or keep this layer in float (--keep-float ${f.node}).`,
  };
};

/** Pair sums outside int16 on the target's kernel family. */
const saturation: Explainer = (f) => {
  if (!f.saturation || f.saturation.saturated === 0 || !f.lanes) return null;
  const how = f.lanes.rule.overflow === 'saturate'
    ? 'adds pairs of uint8 x int8 products in int16 and saturates them'
    : 'adds int8 products k and k + 8 in int16, where they wrap';
  return {
    kind: 'saturation',
    explanation: `Pair sums leave int16 in ${pct(f.saturation.fraction)} of the pairs (${f.saturation.saturated} of ${f.saturation.pairs}${f.saturation.sampled ? ', sampled' : ''}; worst ${f.saturation.worstPairSum}): on ${f.lanes.family} the kernel ${how}.`,
    fix: `${f.lanes.fix.charAt(0).toUpperCase()}${f.lanes.fix.slice(1)}.`,
  };
};

const dtype: Explainer = (f) => f.dtype ? {
  kind: 'dtype',
  explanation: `This tensor is ${f.dtype.model} on the model side and ${f.dtype.reference} in the reference: precision is lost in the conversion.`,
  fix: `Keep this tensor in ${f.dtype.reference} (check the Cast or the converter setting that narrowed it).`,
} : null;

const layout: Explainer = (f) => f.layout ? {
  kind: 'layout',
  explanation: `A float layer whose result changed after the compiler moved it to ${f.layout}.`,
  fix: 'Compile with cpu-no-layout to confirm; if it recovers, report the layout transform to the runtime.',
} : null;

/** Too few of the output grid's levels used. */
const precision: Explainer = (f) => {
  if (!f.quant || f.levelsUsed === null || f.levelsUsed >= PRECISION_LEVELS || f.quant.qmax - f.quant.qmin < 255) return null;
  return {
    kind: 'precision',
    explanation: `Only ${f.levelsUsed} of ${f.quant.qmax - f.quant.qmin + 1} quantization levels are used: the scale ${num(f.quant.scale)} is far larger than the values need.`,
    fix: 'Recalibrate this activation with a narrower range (or per-channel parameters) so it uses more levels.',
  };
};

/** A bias other than the float twin's (explains only). */
const biasShift: Explainer = (f) => f.bias ? {
  kind: 'weights',
  explainsOnly: true,
  explanation: `The bias differs from the float twin's in ${f.bias.differing} of ${f.bias.channels} output channels (worst: channel ${f.bias.worst.channel}, ${num(f.bias.worst.model)} against ${num(f.bias.worst.twin)}).`,
  fix: 'The stored bias is not the float model\'s: check which checkpoint was exported for this layer (and how a BatchNormalization was folded into it), then export again.',
} : null;

/** Float weights past the grid's ends, as a trailing weight observer leaves them (explains only). */
const clippedWeights: Explainer = (f) => {
  const cw = f.clippedWeights;
  return cw ? {
    kind: 'weights',
    explainsOnly: true,
    explanation: `In ${cw.clipped} of ${cw.channels} output channels the float twin's weights lie past the ends of the int8 grid and are clipped (worst: channel ${cw.worstChannel}, ${cw.worstSteps.toFixed(1)} steps beyond): the weight scales were computed before the weights took their final values.`,
    fix: 'Recompute this layer\'s weight scales from its final float weights (a moving-average weight observer trails them during QAT; a min-max observer or convert computes them from the final weights), then export again.',
  } : null;
};

/**
 * The evidence in the order it is trusted: wrong or coarse weights, fp16's range, a stretched run-time range,
 * clipping that explains the error, pair sums that leave int16, a dtype or layout change, too few levels used; then
 * what only explains (a bias other than the twin's, weights clipped by their grid).
 */
const EXPLAINERS: Explainer[] = [wrongWeights, coarseWeights, fp16Range, dynamicRange, clipping, saturation, dtype, layout, precision, biasShift, clippedWeights];

/** What a layer's evidence says: the first explainer that applies; else `unknown`. */
export function explainCulprit(f: UnitFacts): Explanation {
  for (const explain of EXPLAINERS) {
    const e = explain(f);
    if (e) return e;
  }
  return {
    kind: 'unknown',
    explanation: 'The layer loses accuracy on its own, with no clipping, weight, saturation, dtype or layout evidence.',
    fix: `Try --keep-float ${f.node} to see whether keeping this layer in float restores the output.`,
  };
}
