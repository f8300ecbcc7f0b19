import { ConstValues } from '../../ir/const-values';
import { IRGraph, IRNode, QuantParams } from '../../ir/ir-types';
import { toFloat32 } from '../../onnx/tensor-codec';
import { Unit } from '../align/units';
import { roundHalfEven } from '../normalize/rounding';

/** A layer's weights as real values, read through (fake-)quantization, and the scale its chain folds into them. */

/** Where the weight sits among an op's inputs (the float op's weight is input 1, Gather's table input 0). */
const WEIGHT_INPUT: Record<string, number> = { QLinearConv: 3, QLinearMatMul: 3, QGemm: 3, Gather: 0 };

export interface Weights {
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

export function weightsOf(unit: Unit, g: IRGraph, consts: ConstValues): Weights | null {
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
export function outputChannelAxis(anchor: IRNode, rank: number): number {
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
export function chainScale(unit: Unit, g: IRGraph, consts: ConstValues, channels: number, fromRight: number): Float64Array {
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
