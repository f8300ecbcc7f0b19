import { ConstValues } from '../../ir/const-values';
import { IRGraph, IRNode, QuantParams } from '../../ir/ir-types';
import { integerRange } from '../../onnx/dtype';
import { toFloat32 } from '../../onnx/tensor-codec';
import { Unit } from '../align/units';
import { roundHalfEven } from '../normalize/quantize-like';

/** How far a quantized layer's weights are from its float twin's, per output channel, in quantization steps. */
export interface WeightEvidence {
  channels: number;
  /** Channels whose max error exceeds 1.5 steps (rounding alone gives at most 0.5). */
  badChannels: number;
  badChannelList: number[];
  /** What best explains the bad channels; null when there are none. */
  kind: 'zero-point' | 'scale' | 'values' | null;
  /** The channel with the largest error: the error, the best-fit ratio model/float, and the best-fit offset. */
  worst: { channel: number; errSteps: number; ratio: number; offsetSteps: number };
  /** Channels with a non-zero zero point while the weights are int8 (a symmetric scheme expects 0). */
  zeroPointNonZero: number;
  /** Bad channels whose error is only at float weights beyond the grid's ends (clipped by the quantization). */
  clippedChannels: number;
  detail: string;
}

const BAD_STEPS = 1.5;

/** Where the weight sits among an op's inputs (the float op's weight is input 1, Gather's table input 0). */
const WEIGHT_INPUT: Record<string, number> = { QLinearConv: 3, QLinearMatMul: 3, QGemm: 3, Gather: 0 };

interface Weights {
  values: Float32Array;
  dims: number[];
  /** The grid the values lie on, when they are quantized. */
  quant: QuantParams | null;
}

function producer(g: IRGraph, tensor: string): IRNode | undefined {
  const p = g.values.get(tensor)?.producer ?? -1;
  return p >= 0 ? g.nodes[p] : undefined;
}

/** Integer values of a DequantizeLinear input: a constant, or QuantizeLinear of a constant (fake-quant exports). */
function integerValues(g: IRGraph, consts: ConstValues, tensor: string, q: QuantParams): { ints: Float32Array; dims: number[] } | null {
  const direct = consts.get(tensor);
  if (direct) return { ints: toFloat32(direct), dims: direct.dims };
  let node = producer(g, tensor);
  while (node && node.opType === 'Identity') node = producer(g, node.inputs[0]);
  const src = node?.opType === 'QuantizeLinear' ? consts.get(node.inputs[0]) : undefined;
  if (!src || q.qmin === null || q.qmax === null) return null;
  const w = toFloat32(src);
  const out = new Float32Array(w.length);
  const per = channelIndexer(src.dims, q.axis, q.scale.length);
  for (let i = 0; i < w.length; i++) {
    const c = per(i);
    out[i] = Math.min(q.qmax, Math.max(q.qmin, roundHalfEven(w[i] / q.scale[c]) + (q.zeroPoint[c] ?? 0)));
  }
  return { ints: out, dims: src.dims };
}

/** Maps a flat index to the entry of a per-channel parameter (0 for per-tensor ones). */
function channelIndexer(dims: number[], axis: number | null, count: number): (i: number) => number {
  if (count <= 1 || axis === null) return () => 0;
  const inner = dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  return (i) => Math.floor(i / inner) % dims[axis];
}

function weightsOf(unit: Unit, g: IRGraph, consts: ConstValues): Weights | null {
  const anchor = g.nodes[unit.anchor];
  const tensor = anchor.inputs[WEIGHT_INPUT[anchor.opType] ?? 1];
  if (!tensor) return null;
  // Integer ops (QLinearConv, QGemm, MatMulIntegerToFloat, ...) hold the integer weight with its parameters.
  const own = g.values.get(tensor)?.quant;
  const stored = own ? consts.get(tensor) : undefined;
  if (own && stored && !stored.dtype.startsWith('float')) return dequantized(toFloat32(stored), stored.dims, own);
  let t = tensor;
  for (let node = producer(g, t); node && (node.opType === 'Identity' || node.opType === 'Cast'); node = producer(g, t)) t = node.inputs[0];
  const dq = producer(g, t);
  if (dq?.opType === 'DequantizeLinear') {
    // The integers come from the stored weights (or the fake-quant's QuantizeLinear); the runtime dequantizes them
    // with THIS node's scale and zero point, which may differ from the ones the QuantizeLinear used.
    const q = g.values.get(dq.inputs[0])?.quant;
    const found = q ? integerValues(g, consts, dq.inputs[0], q) : null;
    return q && found ? dequantized(found.ints, found.dims, ownParams(dq, consts, q)) : null;
  }
  const plain = consts.get(tensor);
  return plain && plain.dtype.startsWith('float') ? { values: toFloat32(plain), dims: plain.dims, quant: null } : null;
}

/** A DequantizeLinear's own scale and zero point (the tensor's described parameters may be its QuantizeLinear's). */
function ownParams(dq: IRNode, consts: ConstValues, described: QuantParams): QuantParams {
  const scale = consts.get(dq.inputs[1]);
  const zp = dq.inputs[2] ? consts.get(dq.inputs[2]) : undefined;
  if (!scale) return described;
  const s = Array.from(toFloat32(scale));
  const z = zp ? Array.from(toFloat32(zp)) : s.map(() => 0);
  return { ...described, scale: s, zeroPoint: z };
}

function dequantized(ints: Float32Array, dims: number[], q: QuantParams): Weights | null {
  if (q.scale.length === 0) return null;
  const per = channelIndexer(dims, q.axis, q.scale.length);
  const values = new Float32Array(ints.length);
  for (let i = 0; i < ints.length; i++) values[i] = (ints[i] - (q.zeroPoint[per(i)] ?? 0)) * q.scale[per(i)];
  return { values, dims, quant: q };
}

/** The axis of the weight that indexes the op's output channels. */
function outputChannelAxis(anchor: IRNode, rank: number): number {
  switch (anchor.opType) {
    case 'ConvTranspose': return 1;
    case 'Gemm': case 'QGemm': return anchor.attributes.find((a) => a.name === 'transB')?.value === 1 ? 0 : 1;
    case 'MatMul': case 'QLinearMatMul': case 'MatMulInteger': case 'MatMulIntegerToFloat': return rank - 1;
    default: return 0;
  }
}

/**
 * Per-channel factor the chain applies right after the anchor (Div/Mul by a constant, BatchNormalization), so that
 * a conv whose BN was folded on one side compares with one whose BN was not.
 */
function chainScale(unit: Unit, g: IRGraph, consts: ConstValues, channels: number, fromRight: number): Float64Array {
  const m = new Float64Array(channels).fill(1);
  // Broadcast constants must line up with the channel axis; BatchNormalization's are 1-D by definition.
  const perChannel = (name: string, oneD = false): Float32Array | null => {
    const t = consts.get(name);
    if (!t) return null;
    const v = toFloat32(t);
    if (v.length === 1) return new Float32Array(channels).fill(v[0]);
    const at = t.dims.findIndex((d) => d !== 1);
    return v.length === channels && (oneD || t.dims.length - 1 - at === fromRight) ? v : null;
  };
  for (const tensor of unit.chain.slice(1)) {
    const n = producer(g, tensor);
    if (!n) break;
    if (n.opType === 'Identity' || n.opType === 'Cast' || n.opType === 'Add' || n.opType === 'Sub') continue;
    if (n.opType === 'Mul' || n.opType === 'Div') {
      const c = perChannel(n.inputs[1]) ?? (n.opType === 'Mul' ? perChannel(n.inputs[0]) : null);
      if (!c) break;
      for (let k = 0; k < channels; k++) m[k] = n.opType === 'Mul' ? m[k] * c[k] : m[k] / c[k];
      continue;
    }
    if (n.opType === 'BatchNormalization') {
      const gamma = perChannel(n.inputs[1], true);
      const variance = perChannel(n.inputs[4], true);
      if (!gamma || !variance) break;
      const eps = n.attributes.find((a) => a.name === 'epsilon')?.value;
      for (let k = 0; k < channels; k++) m[k] *= gamma[k] / Math.sqrt(variance[k] + (typeof eps === 'number' ? eps : 1e-5));
      continue;
    }
    break;
  }
  return m;
}

type Kind = 'zero-point' | 'scale' | 'values';

/** Compare the quantized unit's dequantized weights with the float unit's, per output channel. */
export function weightEvidence(quantUnit: Unit, quantGraph: IRGraph, quantConsts: ConstValues, floatUnit: Unit, floatGraph: IRGraph, floatConsts: ConstValues): WeightEvidence | null {
  const qw = weightsOf(quantUnit, quantGraph, quantConsts);
  const fw = weightsOf(floatUnit, floatGraph, floatConsts);
  if (!qw || !qw.quant || !fw || qw.dims.join(',') !== fw.dims.join(',') || qw.values.length !== fw.values.length) return null;
  const qAnchor = quantGraph.nodes[quantUnit.anchor];
  const axis = qw.quant.scale.length > 1 && qw.quant.axis !== null ? qw.quant.axis : outputChannelAxis(qAnchor, qw.dims.length);
  const channels = qw.dims[axis];
  const fromRight = qAnchor.opType.includes('Conv') ? qw.dims.length - 2 : 0;
  const mq = chainScale(quantUnit, quantGraph, quantConsts, channels, fromRight);
  const mf = chainScale(floatUnit, floatGraph, floatConsts, channels, fromRight);
  const inner = qw.dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  const channelOf = (i: number) => Math.floor(i / inner) % channels;
  const q = qw.quant;
  const perChannel = q.scale.length > 1;
  const step = Float64Array.from({ length: channels }, (_, c) => q.scale[perChannel ? c : 0] * Math.abs(mq[c]));
  const zp = Float64Array.from({ length: channels }, (_, c) => q.zeroPoint[perChannel ? c : 0] ?? 0);
  const range = q.qmin !== null && q.qmax !== null ? { min: q.qmin, max: q.qmax } : integerRange(q.dtype ?? 'int8');
  // The float values the grid can hold: its ends, in the units of the compared values.
  const end = (c: number, v: number) => (v - zp[c]) * step[c] * Math.sign(mq[c]);
  const low = Float64Array.from({ length: channels }, (_, c) => (range ? Math.min(end(c, range.min), end(c, range.max)) : -Infinity));
  const high = Float64Array.from({ length: channels }, (_, c) => (range ? Math.max(end(c, range.min), end(c, range.max)) : Infinity));

  // One pass for the sums of the fits and the errors, inside the grid and beyond its ends; flat, for large layers.
  const [n, sd, sw, sdw, sww, err, inside, clipLow, clipHigh] = Array.from({ length: 9 }, () => new Float64Array(channels));
  for (let i = 0; i < qw.values.length; i++) {
    const c = channelOf(i);
    const d = qw.values[i] * mq[c];
    const w = fw.values[i] * mf[c];
    n[c]++; sd[c] += d; sw[c] += w; sdw[c] += d * w; sww[c] += w * w;
    const e = Math.abs(d - w) / step[c];
    if (e > err[c]) err[c] = e;
    if (w < low[c] - step[c] / 2) clipLow[c]++;
    else if (w > high[c] + step[c] / 2) clipHigh[c]++;
    else if (e > inside[c]) inside[c] = e;
  }
  const ratio = Float64Array.from({ length: channels }, (_, c) => (sww[c] > 0 ? sdw[c] / sww[c] : 1));
  const offset = Float64Array.from({ length: channels }, (_, c) => (sd[c] - sw[c]) / Math.max(1, n[c]) / step[c]);
  const bad = Array.from({ length: channels }, (_, c) => c).filter((c) => err[c] > BAD_STEPS);

  // Second pass for the bad channels: how well a pure offset (zero point) or a pure ratio (scale) explains them.
  const zpFit = new Float64Array(channels);
  const scaleFit = new Float64Array(channels);
  if (bad.length > 0) {
    for (let i = 0; i < qw.values.length; i++) {
      const c = channelOf(i);
      if (err[c] <= BAD_STEPS) continue;
      const d = qw.values[i] * mq[c];
      const w = fw.values[i] * mf[c];
      zpFit[c] = Math.max(zpFit[c], Math.abs(d - w - offset[c] * step[c]) / step[c]);
      scaleFit[c] = Math.max(scaleFit[c], Math.abs(d - ratio[c] * w) / step[c]);
    }
  }
  const clippedOnly = (c: number) => clipLow[c] + clipHigh[c] > 0 && inside[c] <= BAD_STEPS;
  const offCentre = (c: number) => (range ? (range.min < 0 ? zp[c] !== 0 : Math.abs(zp[c] - (range.min + range.max + 1) / 2) > 1) : zp[c] !== 0);
  const kindOf = (c: number): Kind => {
    // Errors only where the float weight lies beyond the grid's ends: the grid is misplaced (its zero point off
    // centre) or, centred, too narrow (its scale).
    if (clippedOnly(c)) return offCentre(c) ? 'zero-point' : 'scale';
    if (zpFit[c] <= BAD_STEPS && zpFit[c] <= scaleFit[c]) return 'zero-point';
    return scaleFit[c] <= BAD_STEPS ? 'scale' : 'values';
  };

  const worstChannel = err.reduce((best, e, c) => (e > err[best] ? c : best), 0);
  const worst = { channel: worstChannel, errSteps: err[worstChannel], ratio: ratio[worstChannel], offsetSteps: offset[worstChannel] };
  const zeroPointNonZero = q.dtype === 'int8' ? (perChannel ? zp.filter((z) => z !== 0).length : zp[0] !== 0 ? channels : 0) : 0;
  const kind = bad.length === 0 ? null : majorityKind(bad.map(kindOf), kindOf(worstChannel));
  const clippedChannels = bad.filter(clippedOnly).length;
  return {
    channels, badChannels: bad.length, badChannelList: bad, kind, worst, zeroPointNonZero, clippedChannels,
    detail: describe(channels, bad.length, kind, worst, zeroPointNonZero, clippedChannels),
  };
}

function majorityKind(kinds: Kind[], tie: Kind): Kind {
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  const order: Kind[] = ['zero-point', 'scale', 'values'];
  const most = Math.max(...order.map(count));
  const top = order.filter((k) => count(k) === most);
  return top.includes(tie) ? tie : top[0];
}

function describe(channels: number, bad: number, kind: WeightEvidence['kind'], worst: WeightEvidence['worst'], zpNonZero: number, clipped: number): string {
  const at = `channel ${worst.channel}: ${worst.errSteps.toFixed(1)} steps, best-fit ratio ${worst.ratio.toFixed(3)}, offset ${worst.offsetSteps.toFixed(1)} steps`;
  const clip = clipped > 0 ? `, ${clipped} of them only where the float weights lie beyond the grid's ends (clipped)` : '';
  const why = (kind === 'zero-point' ? 'a zero-point error' : kind === 'scale' ? 'a scale error' : 'values that neither an offset nor a scale explains') + clip;
  const main = bad === 0
    ? `all ${channels} output channels within ${BAD_STEPS} steps of the float weights (worst ${at})`
    : `${bad} of ${channels} output channels off by more than ${BAD_STEPS} steps: ${why} (worst ${at})`;
  return zpNonZero > 0 ? `${main}; ${zpNonZero} channels have a non-zero int8 zero point (a symmetric scheme expects 0)` : main;
}
