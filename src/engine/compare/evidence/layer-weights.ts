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
  // PyTorch exports a Linear's weight as MatMul(x, Transpose(DequantizeLinear(...))): the weights are read where they
  // are stored and transposed as the graph transposes them.
  let t = tensor;
  const perms: number[][] = [];
  for (let node = producer(g, t); node && (node.opType === 'Identity' || node.opType === 'Cast' || node.opType === 'Transpose'); node = producer(g, t)) {
    if (node.opType === 'Transpose') perms.unshift(transposePerm(node, g.values.get(node.inputs[0])?.shape?.length ?? 2));
    t = node.inputs[0];
  }
  const dq = producer(g, t);
  let w: Weights | null = null;
  if (dq?.opType === 'DequantizeLinear') {
    // The integers come from the stored weights (or the fake-quant's QuantizeLinear); the runtime dequantizes them
    // with THIS node's scale and zero point, which may differ from the ones the QuantizeLinear used.
    const q = g.values.get(dq.inputs[0])?.quant;
    const found = q ? integerValues(g, consts, dq.inputs[0], q) : null;
    w = q && found ? dequantized(found.ints, found.dims, ownParams(dq, consts, q)) : null;
  } else {
    const plain = consts.get(t);
    w = plain && plain.dtype.startsWith('float') ? { values: toFloat32(plain), dims: plain.dims, quant: null } : null;
  }
  return w && perms.reduce<Weights | null>((acc, perm) => acc && transposed(acc, perm), w);
}

/** A Transpose's permutation (reversed axes when it names none). */
function transposePerm(node: IRNode, rank: number): number[] {
  const perm = node.attributes.find((a) => a.name === 'perm')?.value;
  return Array.isArray(perm) ? perm.map(Number) : Array.from({ length: rank }, (_, i) => rank - 1 - i);
}

/** Weights transposed by `perm`, their per-channel axis moved with them. */
function transposed(w: Weights, perm: number[]): Weights | null {
  if (perm.length !== w.dims.length) return null;
  const dims = perm.map((p) => w.dims[p]);
  const strides = w.dims.map((_, i) => w.dims.slice(i + 1).reduce((a, b) => a * b, 1));
  const values = new Float32Array(w.values.length);
  const index = new Array<number>(dims.length).fill(0);
  for (let o = 0; o < values.length; o++) {
    let from = 0;
    for (let k = 0; k < dims.length; k++) from += index[k] * strides[perm[k]];
    values[o] = w.values[from];
    for (let k = dims.length - 1; k >= 0 && ++index[k] === dims[k]; k--) index[k] = 0;
  }
  const quant = w.quant && w.quant.axis !== null ? { ...w.quant, axis: perm.indexOf(w.quant.axis) } : w.quant;
  return { values, dims, quant };
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

/** Where the bias sits among an op's inputs, for ops that take one. */
const BIAS_INPUT: Record<string, number> = { Conv: 2, ConvTranspose: 2, Gemm: 2, QLinearConv: 8, QGemm: 6, MatMulIntegerToFloat: 6 };

/** A layer's bias as real values (a float constant, or int32 behind a DequantizeLinear), with its grid's step. */
export interface Bias {
  values: Float32Array;
  /** Per channel, the step of the grid the bias is stored on; null for a float bias. */
  step: Float32Array | null;
}

/**
 * Where a unit's bias is: its anchor's bias input, or the constant vector the chain adds right after the anchor
 * (MatMul -> Add, as exporters write a Linear). Null when it has none or it is computed at run time.
 */
export function biasSlot(unit: Unit, g: IRGraph, consts: ConstValues, channels: number): { node: IRNode; input: number; bias: Bias } | null {
  const anchor = g.nodes[unit.anchor];
  const slot = BIAS_INPUT[anchor.opType];
  if (slot !== undefined) {
    const bias = anchor.inputs[slot] ? biasValues(anchor.inputs[slot], g, consts, channels) : null;
    return bias ? { node: anchor, input: slot, bias } : null;
  }
  for (let k = 1; k < unit.chain.length; k++) {
    const n = producer(g, unit.chain[k]);
    if (!n || (n.opType !== 'Add' && n.opType !== 'Identity' && n.opType !== 'Cast')) return null;
    if (n.opType !== 'Add') continue;
    for (let i = 0; i < n.inputs.length; i++) {
      if (!n.inputs[i] || n.inputs[i] === unit.chain[k - 1]) continue;
      const bias = biasValues(n.inputs[i], g, consts, channels);
      if (bias) return { node: n, input: i, bias };
    }
    return null;
  }
  return null;
}

export function biasOf(unit: Unit, g: IRGraph, consts: ConstValues, channels: number): Bias | null {
  return biasSlot(unit, g, consts, channels)?.bias ?? null;
}

function biasValues(tensor: string, g: IRGraph, consts: ConstValues, channels: number): Bias | null {
  const plain = consts.get(tensor);
  if (plain) {
    const v = toFloat32(plain);
    return plain.dtype.startsWith('float') && v.length === channels ? { values: v, step: null } : null;
  }
  const dq = producer(g, tensor);
  const ints = dq?.opType === 'DequantizeLinear' ? consts.get(dq.inputs[0]) : undefined;
  const scale = dq ? consts.get(dq.inputs[1]) : undefined;
  if (!dq || !ints || !scale) return null;
  const q = toFloat32(ints);
  const s = toFloat32(scale);
  const zp = dq.inputs[2] ? consts.get(dq.inputs[2]) : undefined;
  const z = zp ? toFloat32(zp) : new Float32Array(s.length);
  if (q.length !== channels || (s.length !== 1 && s.length !== channels)) return null;
  const at = (a: Float32Array, c: number) => a[a.length === 1 ? 0 : c] ?? 0;
  return {
    values: Float32Array.from(q, (v, c) => (v - at(z, c)) * at(s, c)),
    step: Float32Array.from({ length: channels }, (_, c) => at(s, c)),
  };
}
