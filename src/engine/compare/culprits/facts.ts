import type { ConstValues } from '../../ir/const-values';
import type { IRGraph } from '../../ir/ir-types';
import type { LayerRow } from '../compare-report';
import type { Aligned } from '../align/aligned';
import type { Unit } from '../align/units';
import type { RowEvidence } from '../evidence/local-evidence';
import { isDepthwise, WeightStat } from '../evidence/model-evidence';
import type { SaturationCount } from '../evidence/u8s8-saturation';
import type { PairRule } from '../../targets/kernel-family';
import { weightEvidence, WeightEvidence } from '../evidence/weight-evidence';
import { biasEvidence, BiasEvidence } from '../evidence/bias-evidence';
import { SQNR_CAP_DB } from '../metrics/pair-metrics';
import type { RowStats } from '../metrics/row-stats';
import { unitOutputQuant } from '../metrics/value-grid';
import { referenceSideOf, sameModel } from '../reference/reference';
import type { DynamicRange } from '../evidence/dynamic-range';
import { fp16Range, Fp16Range } from '../evidence/fp16-range';

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
  /**
   * Channels of the float twin's weights that lie past the quantized grid's ends (a weight observer whose range trails
   * the final weights): not a defect on their own, but what explains a layer that loses accuracy for no other reason.
   */
  clippedWeights?: { channels: number; clipped: number; worstSteps: number; worstChannel: number } | null;
  /** A weight grid far coarser than the float weights need (weight-evidence.ts `coarse`), with the channel count. */
  coarseWeights?: { channels: number; total: number; reach: number; available: number } | null;
  /** The layer's bias against its float twin's, where both hold one that can be compared (bias-evidence.ts). */
  bias?: BiasEvidence | null;
  /** The layer's name in the float twin (what quantize_dynamic's nodes_to_exclude names), when compared against one. */
  twinNode?: string | null;
  /** An input the runtime quantizes with a per-tensor range computed at run time, and how that range served it. */
  dynamicRange?: DynamicRange | null;
  /** The layer holds float16 tensors (weights or activations): what float16's range did to them. */
  fp16?: Fp16Range | null;
  saturation: SaturationCount | null;
  /** The target's 16-bit lane rule (the kernel family it runs or emulates), when its kernels have one. */
  lanes: { family: string; rule: PairRule; fix: string } | null;
  dtype: { model: string; reference: string } | null;
  /** The compiled layout of a float layer, when the compiler changed it. */
  layout: string | null;
}

/** What the culprit stage reads of the comparison: the stages' results per row, and the layers as reported. */
export interface FactsContext extends Aligned {
  stats: readonly RowStats[];
  evidence: readonly RowEvidence[];
  /** The reported layer of each compared row (rows left unmatched have none). */
  layers: ReadonlyMap<number, LayerRow>;
}

/** A layer's quantized output range, in the form the explanations read (per-tensor grids only). */
function outputRange(q: ReturnType<typeof unitOutputQuant>): UnitFacts['quant'] {
  return q && q.scale.length === 1 && q.qmin !== null && q.qmax !== null ? { scale: q.scale[0], zeroPoint: q.zeroPoint[0] ?? 0, qmin: q.qmin, qmax: q.qmax, dtype: q.dtype ?? 'uint8' } : null;
}

/** Ops that move or re-represent values without computing: their output is as accurate as their input. */
const MOVES_VALUES = new Set(['Reshape', 'Transpose', 'Flatten', 'Squeeze', 'Unsqueeze', 'Identity', 'QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'Clip']);

/**
 * A tensor's SQNR from its row. A tensor the target does not expose has the SQNR of what it was computed from: the
 * tensor a move (Transpose -> Reshape moved onto the integer grid) took it from, or, when the compiler fused its
 * producer away (LayerNorm's ReduceMean/Sub/Sqrt into one kernel), the lowest of that producer's activation inputs,
 * so that the fused group's own error counts against the group's inputs, not against nothing.
 */
function rowSqnr(ctx: FactsContext, tensor: string, depth = 0, seen = new Set<string>()): number | null {
  if (ctx.model.source.inputs.includes(tensor)) return SQNR_CAP_DB;
  if (depth > 16 || seen.has(tensor)) return null;
  seen.add(tensor);
  const r = ctx.rows.rowOf(tensor);
  const db = r !== null ? ctx.layers.get(r)?.sqnrDb ?? null : null;
  if (db !== null) return db;
  const p = ctx.model.source.values.get(tensor)?.producer ?? -1;
  const node = p >= 0 ? ctx.model.source.nodes[p] : null;
  if (!node) return null;
  const from = MOVES_VALUES.has(node.opType) ? [node.inputs[0]] : node.inputs.filter((t) => t && !ctx.statics.has(t));
  const known = from.flatMap((t) => {
    const x = rowSqnr(ctx, t, depth + 1, seen);
    return x !== null ? [x] : [];
  });
  return known.length ? Math.min(...known) : null;
}

/** The lowest SQNR among a unit's activation inputs: a graph input is exact; others are read off their rows. */
function inputSqnr(ctx: FactsContext, unit: Unit): number | null {
  const known = unit.inputs.filter((t) => !ctx.statics.has(t)).flatMap((t) => {
    const db = rowSqnr(ctx, t);
    return db !== null ? [db] : [];
  });
  return known.length ? Math.min(...known) : null;
}

/** Whether values past float16's range (inf, nan, or past 65504) already reach a unit through its inputs (either side): then a producer made them, not this layer. */
function inputsOverflow(ctx: FactsContext, unit: Unit): boolean {
  return unit.inputs.some((t) => {
    const r = ctx.rows.rowOf(t);
    const ev = r !== null ? ctx.evidence[r] : null;
    return !!ev && ((ev.nonFinite ?? 0) > 0 || (ev.fp16Values?.nonFinite ?? 0) > 0 || (ev.fp16Values?.overflow ?? 0) > 0);
  });
}

/**
 * A layer's weights against its twin's: the same for every input, so a comparison over a set computes it once per
 * layer (keyed by the unit objects, which live as long as the alignment).
 */
const weightMemo = new WeakMap<Unit, { twin: Unit; w: WeightEvidence | null; b: BiasEvidence | null }>();
type GraphOf = { source: IRGraph; consts: ConstValues };
function weightsAgainstTwin(unit: Unit, model: GraphOf, twin: Unit, reference: GraphOf): { w: WeightEvidence | null; b: BiasEvidence | null } {
  const kept = weightMemo.get(unit);
  if (kept?.twin === twin) return kept;
  const w = weightEvidence(unit, model.source, model.consts, twin, reference.source, reference.consts);
  const b = biasEvidence(unit, model.source, model.consts, twin, reference.source, reference.consts, w);
  weightMemo.set(unit, { twin, w, b });
  return { w, b };
}

/**
 * The culprit stage's input: one record per compared unit of what every stage found, and, against a float twin,
 * each layer's weight comparison (the model-wide weight findings need every layer's).
 */
export function unitFacts(ctx: FactsContext): { facts: UnitFacts[]; weights: WeightStat[] } {
  const facts: UnitFacts[] = [];
  const weights: WeightStat[] = [];
  const layoutMatters = sameModel(ctx.reference);
  const refSide = referenceSideOf(ctx.reference);
  for (const [u, i] of ctx.rows.unitRow) {
    const row = ctx.layers.get(i);
    if (!row) continue;
    const unit = ctx.units[u];
    const s = ctx.stats[i];
    const ev = ctx.evidence[i];
    const q = unitOutputQuant(ctx.model.source, unit, ctx.model.consts);
    const twin = ctx.rows.rows[i].referenceUnit;
    const { w, b } = ctx.reference.kind === 'float-twin' && twin ? weightsAgainstTwin(unit, ctx.model, twin, ctx.reference.side) : { w: null, b: null };
    if (w) weights.push({ node: unit.name, depthwise: isDepthwise(ctx.model.source, unit), evidence: w });
    facts.push({
      node: unit.name, tensor: row.tensor, unit: unit.scope,
      sqnrDb: row.sqnrDb, inputSqnrDb: inputSqnr(ctx, unit), localSqnrDb: row.localSqnrDb, inputQuantDb: ev.inputQuantDb,
      quant: outputRange(q),
      clippedFraction: s.widest?.clippedFraction ?? null, coverScale: s.widest?.coverScale ?? null, levelsUsed: s.widest?.levelsUsed ?? null, clipDb: ev.clipDb,
      // Channels bad only because float weights lie past the grid's ends are the weight observer's range, not a fault.
      weights: w && w.kind && w.badChannels > w.clippedChannels ? { channels: w.channels, badChannels: w.badChannels - w.clippedChannels, kind: w.kind, detail: w.detail } : null,
      bias: b && b.differing > 0 ? b : null,
      coarseWeights: w?.coarse ? { ...w.coarse, total: w.channels } : null,
      clippedWeights: w && w.clippedChannels > 0 ? { channels: w.channels, clipped: w.clippedChannels, worstSteps: w.worst.errSteps, worstChannel: w.worst.channel } : null,
      saturation: ev.saturation,
      dynamicRange: ev.dynamicRange,
      twinNode: ctx.reference.kind === 'float-twin' && twin ? twin.name : null,
      fp16: fp16Range(ctx.model, unit, twin && refSide ? { side: refSide, unit: twin } : null, ev.nonFinite, ev.fp16Values, inputsOverflow(ctx, unit)),
      lanes: ctx.model.kernels?.pairs ? { family: ctx.model.kernels.family.title, rule: ctx.model.kernels.pairs, fix: ctx.model.kernels.family.fix } : null,
      dtype: s.dtype && s.refDtype && /float16/.test(s.dtype) && s.refDtype === 'float32' ? { model: s.dtype, reference: s.refDtype } : null,
      layout: !q && layoutMatters && s.layout && s.layout !== 'NCHW' && s.layout !== 'unknown' ? s.layout : null,
    });
  }
  return { facts, weights };
}
