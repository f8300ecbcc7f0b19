import type { Culprit, CulpritKind } from '../compare-report';
import type { SaturationCount } from '../evidence/u8s8-saturation';
import type { PairRule } from '../../targets/kernel-family';

/** Weight comparison against the float twin (from weight-evidence.ts), as the culprit logic reads it. */
export interface WeightFacts {
  channels: number;
  badChannels: number;
  kind: 'zero-point' | 'scale' | 'values' | null;
  detail: string;
}

/** What the comparison measured about one layer (unit) of the model. */
export interface UnitFacts {
  node: string;
  tensor: string;
  unit: string;
  sqnrDb: number | null;
  /** Lowest SQNR among the layer's inputs (the reference inputs are exact: the cap). */
  inputSqnrDb: number | null;
  localSqnrDb: number | null;
  /** SQNR of the layer's reference inputs once quantized as the layer receives them (the producers' share). */
  inputQuantDb: number | null;
  /** Output quantization of the layer, when it has one. */
  quant: { scale: number; zeroPoint: number; qmin: number; qmax: number; dtype: string } | null;
  clippedFraction: number | null;
  /** SQNR if clipping to the output range were the only error: clipping explains the loss when it is this low. */
  clipDb: number | null;
  coverScale: number | null;
  levelsUsed: number | null;
  weights: WeightFacts | null;
  saturation: SaturationCount | null;
  /** The target's 16-bit lane rule (the kernel family it runs or emulates), when its kernels have one. */
  lanes: { family: string; rule: PairRule; fix: string } | null;
  dtype: { model: string; reference: string } | null;
  /** The compiled layout of a float layer, when the compiler changed it. */
  layout: string | null;
}

const CLIPPING_MIN = 0.005;
/** Clipping explains a layer's local error when clipping alone would leave at most this much more SQNR. */
const CLIP_EXPLAINS_DB = 3;
const PRECISION_LEVELS = 16;
/** A layer with no specific evidence must stand this far below the model's typical layer to count. */
const OUTLIER_DB = 10;
const EVIDENCE_MARGIN_DB = 10;
/** Without a local measurement, the SQNR must drop this much across the layer. */
const DROP_DB = 10;
const DROP_CEILING_DB = 60;
/** How much tighter than the threshold a layer must agree with an exact reference of the same model. */
const SAME_SOURCE_MARGIN_DB = 15;
/** Above threshold + this, no layer can be a culprit whatever the evidence (callers skip gathering it). */
export const WIDEST_BAR_DB = SAME_SOURCE_MARGIN_DB + EVIDENCE_MARGIN_DB;
/** A layer whose local error is within this of its inputs' quantization error only passes on what it was given. */
const INHERITED_DB = 3;

const pct = (x: number) => `${(100 * x).toFixed(x < 0.001 ? 3 : 1)}%`;
const num = (x: number) => (Math.abs(x) >= 0.01 && Math.abs(x) < 1e4 ? x.toPrecision(4) : x.toExponential(3));

function evidence(f: UnitFacts): { kind: CulpritKind; explanation: string; fix: string } {
  if (f.weights && f.weights.badChannels > 0 && f.weights.kind) {
    const fix = f.weights.kind === 'zero-point'
      ? 'Re-quantize the weights from the float model with the zero points the scheme requires (0 for symmetric int8), or export again after convert.'
      : f.weights.kind === 'scale'
        ? 'The weight scales do not match the weights: re-quantize this layer\'s weights per channel from the float model and export again.'
        : 'The stored weights differ from the float model\'s: check which checkpoint was quantized, then re-quantize this layer.';
    return { kind: 'weights', explanation: `Dequantized weights differ from the float twin's in ${f.weights.badChannels} of ${f.weights.channels} channels: ${f.weights.detail}`, fix };
  }
  const clipExplains = f.clipDb !== null && f.localSqnrDb !== null && f.clipDb < f.localSqnrDb + CLIP_EXPLAINS_DB;
  if (f.quant && f.clippedFraction !== null && (f.clippedFraction >= CLIPPING_MIN || (f.clippedFraction > 0 && clipExplains))) {
    const lo = (f.quant.qmin - f.quant.zeroPoint) * f.quant.scale;
    const hi = (f.quant.qmax - f.quant.zeroPoint) * f.quant.scale;
    const cover = f.coverScale !== null ? `; a scale of ${num(f.coverScale)} (${(f.coverScale / f.quant.scale).toFixed(1)}x) would cover them` : '';
    return {
      kind: 'clipping',
      explanation: `${pct(f.clippedFraction)} of the reference values fall outside the range the ${f.quant.dtype} output can hold ([${num(lo)}, ${num(hi)}] with scale ${num(f.quant.scale)}, zero point ${f.quant.zeroPoint})${cover}${f.clipDb !== null ? `; clipping alone limits this output to ${f.clipDb.toFixed(1)} dB` : ''}.`,
      fix: `Recalibrate this activation's range with representative data${f.coverScale !== null ? ` (scale ${num(f.quant.scale)} -> about ${num(f.coverScale)})` : ''}, or keep this layer in float (--keep-float ${f.node}).`,
    };
  }
  if (f.saturation && f.saturation.saturated > 0 && f.lanes) {
    const how = f.lanes.rule.overflow === 'saturate'
      ? 'adds pairs of uint8 x int8 products in int16 and saturates them'
      : 'adds int8 products k and k + 8 in int16, where they wrap';
    return {
      kind: 'saturation',
      explanation: `Pair sums leave int16 in ${pct(f.saturation.fraction)} of the pairs (${f.saturation.saturated} of ${f.saturation.pairs}${f.saturation.sampled ? ', sampled' : ''}; worst ${f.saturation.worstPairSum}): on ${f.lanes.family} the kernel ${how}.`,
      fix: `${f.lanes.fix.charAt(0).toUpperCase()}${f.lanes.fix.slice(1)}.`,
    };
  }
  if (f.dtype) {
    return {
      kind: 'dtype',
      explanation: `This tensor is ${f.dtype.model} on the model side and ${f.dtype.reference} in the reference: precision is lost in the conversion.`,
      fix: `Keep this tensor in ${f.dtype.reference} (check the Cast or the converter setting that narrowed it).`,
    };
  }
  if (f.layout) {
    return {
      kind: 'layout',
      explanation: `A float layer whose result changed after the compiler moved it to ${f.layout}.`,
      fix: 'Compile with cpu-no-layout to confirm; if it recovers, report the layout transform to the runtime.',
    };
  }
  if (f.quant && f.levelsUsed !== null && f.levelsUsed < PRECISION_LEVELS && f.quant.qmax - f.quant.qmin >= 255) {
    return {
      kind: 'precision',
      explanation: `Only ${f.levelsUsed} of ${f.quant.qmax - f.quant.qmin + 1} quantization levels are used: the scale ${num(f.quant.scale)} is far larger than the values need.`,
      fix: 'Recalibrate this activation with a narrower range (or per-channel parameters) so it uses more levels.',
    };
  }
  return {
    kind: 'unknown',
    explanation: 'The layer loses accuracy on its own, with no clipping, weight, saturation, dtype or layout evidence.',
    fix: `Try --keep-float ${f.node} to see whether keeping this layer in float restores the output.`,
  };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Layers that introduce error, ranked by how much: the local error's shortfall below the threshold, or the drop from
 * the inputs' SQNR to the output's. Normal quantization noise is spread over all layers, so a layer counts only when
 * evidence explains it (clipping, weights, saturation, dtype, layout) or when it stands well below the model's
 * typical layer. Against an exact reference of the same model (compiled-vs-source, target-vs-target) the bar is
 * higher, since quantization noise is on both sides there.
 */
export function findCulprits(facts: UnitFacts[], threshold: number, sameSource = false): Culprit[] {
  const typical = median(facts.flatMap((f) => (f.localSqnrDb !== null ? [f.localSqnrDb] : [])));
  // Against its own exact reference a layer should agree to rounding (a step here and there, 40 dB and more):
  // there, a layer whose local error reaches SAME_SOURCE_MARGIN_DB above the threshold already stands out.
  const limit = sameSource ? threshold + SAME_SOURCE_MARGIN_DB : threshold;
  const out: Culprit[] = [];
  for (const f of facts) {
    // Beyond DROP_CEILING_DB an input is as good as exact: dropping from 200 dB (identical) to 60 dB loses nothing.
    const drop = f.inputSqnrDb !== null && f.sqnrDb !== null ? Math.min(f.inputSqnrDb, DROP_CEILING_DB) - Math.min(f.sqnrDb, DROP_CEILING_DB) : null;
    // The inputs arrive already quantized by their producers: when that alone costs as much as the layer's whole
    // local error, the producer introduced it (its own output range is reported there).
    const inherited = f.inputQuantDb !== null && f.localSqnrDb !== null && f.inputQuantDb < limit + EVIDENCE_MARGIN_DB && f.localSqnrDb >= f.inputQuantDb - INHERITED_DB;
    if (inherited) continue;
    const e = evidence(f);
    const specific = e.kind !== 'unknown' && e.kind !== 'precision';
    const shortfall = f.localSqnrDb !== null ? limit + (specific ? EVIDENCE_MARGIN_DB : 0) - f.localSqnrDb : null;
    // Evidence of a defect (bad weight channels, clipping that explains the error, saturation) lowers the bar: such a
    // layer counts up to EVIDENCE_MARGIN_DB above the threshold; a layer without it must also stand out.
    const byLocal = f.localSqnrDb !== null && (specific ? f.localSqnrDb < limit + EVIDENCE_MARGIN_DB : f.localSqnrDb < limit && typical !== null && f.localSqnrDb < typical - OUTLIER_DB);
    const byDrop = f.localSqnrDb === null && drop !== null && drop >= DROP_DB && f.sqnrDb !== null && f.sqnrDb < threshold;
    if (!byLocal && !byDrop) continue;
    const score = Math.max(shortfall ?? -Infinity, drop ?? -Infinity);
    out.push({ node: f.node, tensor: f.tensor, unit: f.unit, score: Math.round(score * 100) / 100, localSqnrDb: f.localSqnrDb, ...e });
  }
  return out.sort((a, b) => b.score - a.score);
}
