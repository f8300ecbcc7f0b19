import type { ConstValues } from '../../ir/const-values';
import type { IRGraph } from '../../ir/ir-types';
import { float16BitsToNumber, numberToFloat16Bits, toFloat32 } from '../../onnx/tensor-codec';
import type { Unit } from '../align/units';
import { sqnrOfSums } from '../metrics/pair-metrics';

/** float16's largest finite value, its smallest normal one (below it fewer significant bits remain), and its smallest positive (subnormal) one. */
export const FP16_MAX = 65504;
export const FP16_MIN_NORMAL = 2 ** -14;
export const FP16_TINY = 2 ** -24;

/** A number as float16 holds it (round to nearest even; inf past 65504, 0 below half the smallest subnormal). */
export function toHalf(x: number): number {
  return float16BitsToNumber(numberToFloat16Bits(x));
}

/** Where a layer's values fall in float16's range: measured on the captured values of both sides (first input). */
export interface Fp16Values {
  /** Share of values (the worse side) that are inf or nan. */
  nonFinite: number;
  /** Share of finite values (the worse side) past 65504: float16 arithmetic makes them inf. */
  overflow: number;
  /** Largest finite magnitude on either side. */
  maxAbs: number;
  /** Share of the non-zero values below float16's smallest normal number (the worse side), and of those that float16 makes 0. */
  subnormal: number;
  flushed: number;
  /** SQNR left if rounding the finite values within float16's range to float16 were their only error (the worse side). */
  roundDb: number;
}

function sideValues(data: ArrayLike<number>): Fp16Values {
  let nonFinite = 0, overflow = 0, nonZero = 0, subnormal = 0, flushed = 0, maxAbs = 0, signal = 0, noise = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    if (!Number.isFinite(x)) { nonFinite++; continue; }
    const a = Math.abs(x);
    if (a > maxAbs) maxAbs = a;
    if (a > FP16_MAX) { overflow++; continue; }
    if (x === 0) continue;
    nonZero++;
    if (a < FP16_MIN_NORMAL) subnormal++;
    const h = toHalf(x);
    if (h === 0) flushed++;
    signal += x * x;
    noise += (h - x) * (h - x);
  }
  const n = Math.max(1, data.length);
  const nz = Math.max(1, nonZero);
  return { nonFinite: nonFinite / n, overflow: overflow / n, maxAbs, subnormal: subnormal / nz, flushed: flushed / nz, roundDb: sqnrOfSums(signal, noise, true) };
}

/** The float16 range evidence of a layer's values, from both sides (the worse of each measure). */
export function fp16Values(reference: ArrayLike<number>, model: ArrayLike<number>): Fp16Values {
  const a = sideValues(reference);
  const b = sideValues(model);
  return {
    nonFinite: Math.max(a.nonFinite, b.nonFinite), overflow: Math.max(a.overflow, b.overflow), maxAbs: Math.max(a.maxAbs, b.maxAbs),
    subnormal: Math.max(a.subnormal, b.subnormal), flushed: Math.max(a.flushed, b.flushed), roundDb: Math.min(a.roundDb, b.roundDb),
  };
}

/** Whether a unit computes or stores float16 values: a float16 tensor in its chain or a float16 initializer it reads. */
export function holdsHalf(g: IRGraph, unit: Unit): boolean {
  if (unit.chain.some((t) => g.values.get(t)?.dtype === 'float16')) return true;
  return unit.nodes.some((k) => g.nodes[k].inputs.some((i) => !!i && g.values.get(i)?.initializer === true && g.values.get(i)?.dtype === 'float16'));
}

/** A side's graph and constants, as the evidence reads them. */
export interface GraphOf {
  source: IRGraph;
  consts: ConstValues;
}

/** What float16's range did to one layer: its weights as float16 stores them, and its values. */
export interface Fp16Range {
  /** Which side holds the layer in float16. */
  side: 'model' | 'reference' | 'both';
  /** The float16 weights (initializers the layer reads on its float16 side) and how many are stored as inf or nan (past 65504). */
  weights: number;
  infWeights: number;
  /** Non-zero float16 weights below float16's smallest normal number: stored with fewer significant bits. */
  subnormalWeights: number;
  /** Against a float32 twin's weights: how many non-zero float weights float16 stores as 0, and the SQNR of the weights as stored. */
  flushedWeights: number | null;
  weightDb: number | null;
  /** Share of the model side's output values (first input) that are inf or nan. */
  nonFinite: number;
  /** Values past float16's range (inf, nan, past 65504) already reach the layer through its inputs: its own are a producer's. */
  inputsOverflow: boolean;
  /** The layer's values in float16's range, when they were measured. */
  values: Fp16Values | null;
}

/** The float initializers a unit reads, per node and input position (the node's order among the unit's nodes of its op). */
function unitWeights(g: IRGraph, consts: ConstValues, unit: Unit): Map<string, { dtype: string; data: Float32Array }> {
  const out = new Map<string, { dtype: string; data: Float32Array }>();
  const seen = new Map<string, number>();
  for (const k of unit.nodes) {
    const n = g.nodes[k];
    const nth = seen.get(n.opType) ?? 0;
    seen.set(n.opType, nth + 1);
    n.inputs.forEach((i, j) => {
      const v = i ? g.values.get(i) : undefined;
      const t = v?.initializer && (v.dtype === 'float16' || v.dtype === 'float32') ? consts.get(i) : undefined;
      if (t) out.set(`${n.opType}#${nth}:${j}`, { dtype: v!.dtype!, data: toFloat32(t) });
    });
  }
  return out;
}

/**
 * The float16 range evidence of a layer that holds float16 tensors on either side; null for a layer with none. With a
 * float32 twin (the other side of quant-vs-float), each float16 weight is held against the float weight it came from.
 */
export function fp16Range(model: GraphOf, unit: Unit, twin: { side: GraphOf; unit: Unit } | null, nonFinite: number | null, values: Fp16Values | null, inputsOverflow = false): Fp16Range | null {
  const onModel = holdsHalf(model.source, unit);
  const onReference = twin !== null && holdsHalf(twin.side.source, twin.unit);
  if (!onModel && !onReference) return null;
  const mine = unitWeights(model.source, model.consts, unit);
  const theirs = twin ? unitWeights(twin.side.source, twin.side.consts, twin.unit) : new Map<string, { dtype: string; data: Float32Array }>();
  let weights = 0, infWeights = 0, subnormalWeights = 0, flushed = 0, paired = 0, signal = 0, noise = 0;
  for (const [key, a] of [...mine, ...[...theirs].filter(([k]) => !mine.has(k) || mine.get(k)!.dtype !== 'float16')]) {
    if (a.dtype !== 'float16') continue;
    for (const x of a.data) {
      weights++;
      if (!Number.isFinite(x)) infWeights++;
      else if (x !== 0 && Math.abs(x) < FP16_MIN_NORMAL) subnormalWeights++;
    }
    // The float weight this one was converted from: the same op's same input on the other side, as float32.
    const other = (mine.get(key) === a ? theirs : mine).get(key);
    if (!other || other.dtype !== 'float32' || other.data.length !== a.data.length) continue;
    paired++;
    for (let i = 0; i < a.data.length; i++) {
      const f = other.data[i];
      if (f !== 0 && a.data[i] === 0) flushed++;
      signal += f * f;
      const e = Number.isFinite(a.data[i]) ? a.data[i] - f : f;
      noise += e * e;
    }
  }
  return {
    side: onModel && onReference ? 'both' : onModel ? 'model' : 'reference',
    weights, infWeights, subnormalWeights,
    flushedWeights: paired ? flushed : null, weightDb: paired ? sqnrOfSums(signal, noise, true) : null,
    nonFinite: nonFinite ?? 0, inputsOverflow, values,
  };
}
