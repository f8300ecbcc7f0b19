import { ConstValues } from '../ir/const-values';
import { DType, dtypeFromCode } from '../onnx/dtype';
import { AttributeMsg, GraphMsg, NodeMsg, NodeProto, TensorMsg, make } from '../onnx/schema';
import { Tensor, allocate, elementCount, encodeTensor, toNumbers } from '../onnx/tensor-codec';
import { subgraphs } from './model-edit';
import { FLOAT, intAttr, ints } from './node-attributes';

/** The rewriter the integer-op definitions use: fresh names, initializers, and the nodes that replace each op. */

export class Rewriter {
  readonly nodes: NodeMsg[] = [];
  readonly initializers: TensorMsg[] = [];
  /** The default-domain opset the emitted nodes need (QuantizeLinear 10, per-axis DequantizeLinear 13). */
  requiredOpset = 0;
  readonly consts: ConstValues;
  private readonly names = new Set<string>();
  private readonly cache = new Map<string, string>();
  private readonly declaredRank = new Map<string, number>();
  private readonly declaredDtype = new Map<string, DType>();
  private readonly producers = new Map<string, NodeMsg>();

  constructor(graph: GraphMsg, readonly opset: number) {
    this.consts = new ConstValues(graph);
    collectNames(graph, this.names);
    for (const v of [...graph.input, ...graph.output, ...graph.value_info]) {
      const tt = v.type?.tensor_type;
      const dtype = tt && dtypeFromCode(tt.elem_type);
      if (dtype) this.declaredDtype.set(v.name, dtype);
      if (tt?.shape) this.declaredRank.set(v.name, tt.shape.dim.length);
    }
    for (const n of graph.node) for (const o of n.output) if (o) this.producers.set(o, n);
  }

  /** `base`, or `base__N` when that name is taken anywhere in the model. */
  fresh(base: string): string {
    let name = base;
    for (let k = 1; this.names.has(name); k++) name = `${base}__${k}`;
    this.names.add(name);
    return name;
  }

  need(opset: number): void {
    this.requiredOpset = Math.max(this.requiredOpset, opset);
  }

  emit(opType: string, inputs: string[], outputs: string[], attribute: AttributeMsg[], name: string): void {
    this.nodes.push(make<NodeMsg>(NodeProto, { name, op_type: opType, domain: '', input: inputs, output: outputs, attribute }));
  }

  /** Emit a one-output node whose output and node names derive from `base`; returns the output. */
  step(opType: string, inputs: string[], base: string, attribute: AttributeMsg[] = []): string {
    const out = this.fresh(base);
    this.emit(opType, inputs, [out], attribute, this.fresh(`${base}_node`));
    return out;
  }

  initializer(base: string, t: Omit<Tensor, 'name'>): string {
    const name = this.fresh(base);
    this.initializers.push(encodeTensor({ ...t, name }));
    return name;
  }

  /**
   * The float value of a quantized input. A constant is dequantized here, as Math.fround((q - zp) * scale) per
   * channel: bit-identical to the runtime's DequantizeLinear, and free of the opset limits of per-axis
   * DequantizeLinear. Anything else gets a DequantizeLinear node. `axis` is the channel axis when the scale may hold
   * one value per channel (negative counts from the end).
   */
  dequantize(input: string, scale: string, zeroPoint: string | undefined, axis?: number): string {
    const key = `dq\0${input}\0${scale}\0${zeroPoint ?? ''}\0${axis ?? ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const q = this.consts.get(input);
    const s = this.consts.get(scale);
    const z = zeroPoint ? this.consts.get(zeroPoint) : undefined;
    let name: string;
    if (q && s && (!zeroPoint || z)) {
      const values = dequantizeValues(q, toNumbers(s), z ? toNumbers(z) : [0], axis, input);
      name = this.initializer(`${input}__ql_float`, { dtype: 'float32', dims: q.dims, data: values });
    } else {
      const perChannel = !!s && elementCount(s.dims) > 1;
      if (perChannel && axis === undefined) throw new Error(`'${input}' has ${elementCount(s.dims)} scales but is quantized per tensor`);
      this.need(perChannel ? 13 : 10);
      // A scale known only at run time may be per channel: from opset 13 on `axis` says which (ignored per tensor).
      const attrs = perChannel || (!s && axis !== undefined && this.opset >= 13) ? [intAttr('axis', axis!)] : [];
      name = this.fresh(`${input}__ql_float`);
      this.emit('DequantizeLinear', zeroPoint ? [input, scale, zeroPoint] : [input, scale], [name], attrs, this.fresh(`${name}_dq`));
    }
    this.cache.set(key, name);
    return name;
  }

  /** For ConvInteger/MatMulInteger: the input as float minus its zero point (no scale). */
  centered(input: string, zeroPoint: string | undefined, axis?: number): string {
    const q = this.consts.get(input);
    const z = zeroPoint ? this.consts.get(zeroPoint) : undefined;
    if (q && (!zeroPoint || z)) {
      const values = dequantizeValues(q, [1], z ? toNumbers(z) : [0], axis, input);
      return this.initializer(`${input}__ql_float`, { dtype: 'float32', dims: q.dims, data: values });
    }
    const xf = this.step('Cast', [input], `${input}__ql_float`, [intAttr('to', FLOAT)]);
    if (!zeroPoint) return xf;
    let zf: string;
    if (z) {
      const values = Float32Array.from(toNumbers(z));
      zf = this.initializer(`${zeroPoint}__ql_float`, { dtype: 'float32', dims: this.broadcastDims(input, values.length, axis), data: values });
    } else {
      // A zero point computed at run time (DynamicQuantizeLinear's) is per tensor.
      zf = this.step('Cast', [zeroPoint], `${zeroPoint}__ql_float`, [intAttr('to', FLOAT)]);
    }
    return this.step('Sub', [xf, zf], `${input}__ql_centered`);
  }

  /** Dims that make `count` per-channel values broadcast along `axis` of `input`. */
  private broadcastDims(input: string, count: number, axis: number | undefined): number[] {
    if (count === 1) return [];
    if (axis === -1) return [count];
    const rank = this.rankOf(input);
    if (axis === undefined || rank === undefined) throw new Error(`cannot broadcast the ${count} zero points of '${input}': its rank is not known`);
    const a = axis < 0 ? axis + rank : axis;
    return [count, ...new Array<number>(rank - a - 1).fill(1)];
  }

  /**
   * An int32 bias quantized with scale aScale * bScale[c] as float: Math.fround(bias * aScale * bScale[c]), c the
   * bias's last axis (output channels of a conv, columns of a Gemm).
   */
  bias(b: string, aScale: string, bScale: string): string {
    const bt = this.consts.get(b);
    const sa = this.consts.get(aScale);
    const sb = this.consts.get(bScale);
    if (bt && sa && sb) {
      const v = toNumbers(bt);
      const a = toNumbers(sa)[0];
      const s = toNumbers(sb);
      const channels = s.length;
      const last = bt.dims.length ? bt.dims[bt.dims.length - 1] : 1;
      if (channels > 1 && v.length !== 1 && last !== channels) throw new Error(`bias '${b}' has ${last} values on its last axis, its weight has ${channels} scales`);
      const dims = channels > 1 && v.length === 1 ? [channels] : bt.dims;
      const out = new Float32Array(elementCount(dims));
      for (let i = 0; i < out.length; i++) out[i] = Math.fround(v[v.length === 1 ? 0 : i] * a * s[channels > 1 ? i % channels : 0]);
      return this.initializer(`${b}__ql_float`, { dtype: 'float32', dims, data: out });
    }
    const cast = this.step('Cast', [b], `${b}__ql_cast`, [intAttr('to', FLOAT)]);
    return this.step('Mul', [this.step('Mul', [cast, aScale], `${b}__ql_scaled`), bScale], `${b}__ql_float`);
  }

  /** QuantizeLinear of `floatName` into `output`; `dtype` is the output's type when the zero point is absent. */
  quantize(floatName: string, scale: string, zeroPoint: string | undefined, output: string, dtype: DType | undefined, name: string): void {
    this.need(10);
    let zp = zeroPoint;
    // Without a zero point QuantizeLinear makes uint8; an int8 op needs an explicit int8 zero.
    if (!zp && dtype && dtype !== 'uint8') zp = this.initializer(`${output}__ql_zero_point`, { dtype, dims: [], data: allocate(dtype, 1) });
    this.emit('QuantizeLinear', zp ? [floatName, scale, zp] : [floatName, scale], [output], [], this.fresh(`${name}__ql_quantize`));
  }

  /** The element type of a quantized tensor: its zero point's, else what the graph declares. */
  dtypeOf(value: string, zeroPoint: string | undefined): DType | undefined {
    return (zeroPoint ? this.consts.get(zeroPoint)?.dtype : undefined) ?? this.declaredDtype.get(value) ?? this.consts.get(value)?.dtype;
  }

  /** The rank of a tensor, from declared shapes, constants, or the producers that fix or keep it. */
  rankOf(name: string, depth = 0): number | undefined {
    const declared = this.declaredRank.get(name);
    if (declared !== undefined) return declared;
    const c = this.consts.get(name);
    if (c) return c.dims.length;
    const p = this.producers.get(name);
    if (!p || depth > 64) return undefined;
    const perm = ints(p, 'perm');
    if (p.op_type === 'Transpose' && perm) return perm.length;
    const kernel = ints(p, 'kernel_shape');
    if (kernel && KERNEL_OPS.has(p.op_type)) return kernel.length + 2;
    if (SAME_RANK.has(p.op_type)) return this.rankOf(p.input[0], depth + 1);
    return undefined;
  }
}

const KERNEL_OPS = new Set(['Conv', 'QLinearConv', 'ConvInteger', 'AveragePool', 'MaxPool', 'QLinearAveragePool']);
const SAME_RANK = new Set([
  'Identity', 'Cast', 'Relu', 'Clip', 'Sigmoid', 'LeakyRelu', 'Softmax', 'BatchNormalization', 'QuantizeLinear', 'DequantizeLinear',
  'DynamicQuantizeLinear', 'QLinearSigmoid', 'QLinearLeakyRelu', 'QLinearSoftmax', 'Conv', 'QLinearConv', 'ConvInteger',
  'AveragePool', 'MaxPool', 'QLinearAveragePool', 'GlobalAveragePool', 'QLinearGlobalAveragePool', 'Transpose', 'Pad', 'Resize',
]);

function collectNames(g: GraphMsg, names: Set<string>): void {
  for (const v of [...g.input, ...g.output, ...g.value_info, ...g.initializer]) names.add(v.name);
  for (const n of g.node) {
    names.add(n.name);
    for (const t of [...n.input, ...n.output]) if (t) names.add(t);
    for (const sub of subgraphs(n)) collectNames(sub, names);
  }
}

/** (q - zp) * scale per element, as float32; scale and zero point hold one value or one per channel of `axis`. */
function dequantizeValues(q: Tensor, scale: number[], zp: number[], axis: number | undefined, what: string): Float32Array {
  // Integer weights are read in place: a copy into an array of numbers costs more than the arithmetic.
  const v: ArrayLike<number> = q.data instanceof Int8Array || q.data instanceof Uint8Array || q.data instanceof Int32Array || q.data instanceof Float32Array ? q.data : toNumbers(q);
  const out = new Float32Array(v.length);
  const channels = Math.max(scale.length, zp.length);
  if (channels === 1) {
    for (let i = 0; i < v.length; i++) out[i] = Math.fround((v[i] - zp[0]) * scale[0]);
    return out;
  }
  const rank = q.dims.length;
  const a = axis === undefined ? -1 - rank : axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank || q.dims[a] !== channels) {
    throw new Error(`'${what}' (dims [${q.dims}]) has ${channels} quantization channels, which do not match its axis ${axis ?? '(none)'}`);
  }
  const inner = elementCount(q.dims.slice(a + 1));
  for (let i = 0; i < v.length; i++) {
    const c = Math.floor(i / inner) % channels;
    out[i] = Math.fround((v[i] - zp[zp.length > 1 ? c : 0]) * scale[scale.length > 1 ? c : 0]);
  }
  return out;
}
