import Long from 'long';
import { ConstValues } from '../ir/const-values';
import { DType, dtypeFromCode } from '../onnx/dtype';
import { ATTR, AttributeMsg, AttributeProto, GraphMsg, ModelMsg, ModelProto, NodeMsg, NodeProto, TensorMsg, make, num } from '../onnx/schema';
import { Tensor, allocate, elementCount, encodeTensor, toNumbers } from '../onnx/tensor-codec';

/**
 * The exact reference for integer ops. onnxruntime's integer kernels (QLinearConv and friends) saturate on x64 CPUs
 * without VNNI even with optimizations off, so the reference side of a comparison cannot run them. Each is replaced
 * by its definition, DequantizeLinear -> float op -> QuantizeLinear, which the runtime computes exactly up to float
 * rounding. The float op keeps the integer node's name (so layers stay recognizable) and the final tensor keeps the
 * integer node's output name (so tensors still match by name).
 */

export interface ExpandedNode { node: string; opType: string }

const MS = 'com.microsoft';
const FLOAT = 1;
const INT32 = 6;

/** A deep copy (every message fresh): transforms edit the copy, never the caller's model. */
export function copyModel(model: ModelMsg): ModelMsg {
  return ModelProto.decode(ModelProto.encode(model as never).finish()) as unknown as ModelMsg;
}

export function isExpandableIntegerOp(n: NodeMsg): boolean {
  return n.domain === MS ? n.op_type in MS_OPS : (n.domain === '' || n.domain === 'ai.onnx') && n.op_type in ONNX_OPS;
}

export function expandIntegerOps(model: ModelMsg, only?: ReadonlySet<string>): { model: ModelMsg; expanded: ExpandedNode[] } {
  const out = copyModel(model);
  const graph = out.graph;
  // `only`: expand just these nodes (a what-if that computes one integer layer in float).
  const chosen = (n: NodeMsg) => isExpandableIntegerOp(n) && (!only || only.has(n.name));
  if (!graph || !graph.node.some(chosen)) return { model: out, expanded: [] };
  const opset = defaultOpset(out);
  const r = new Rewriter(graph, opset);
  const expanded: ExpandedNode[] = [];
  const consumedByExpanded = new Set<string>();
  for (const n of graph.node) {
    if (!chosen(n)) {
      r.nodes.push(n);
      continue;
    }
    (n.domain === MS ? MS_OPS : ONNX_OPS)[n.op_type](n, r);
    expanded.push({ node: n.name, opType: n.op_type });
    for (const i of n.input) if (i) consumedByExpanded.add(i);
  }
  graph.node = r.nodes;
  graph.initializer.push(...r.initializers);
  dropUnusedInitializers(graph, consumedByExpanded);
  raiseOpset(out, opset, r.requiredOpset);
  return { model: out, expanded };
}

/** Remove the initializers named in `candidates` that no node (subgraphs included) and no graph output reads. */
export function dropUnusedInitializers(graph: GraphMsg, candidates: ReadonlySet<string>): void {
  const used = new Set<string>(graph.output.map((o) => o.name));
  const visit = (g: GraphMsg) => {
    for (const n of g.node) {
      for (const i of n.input) used.add(i);
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(graph);
  // An initializer that is also a graph input can be fed by the caller: it stays.
  const inputs = new Set(graph.input.map((i) => i.name));
  graph.initializer = graph.initializer.filter((t) => !candidates.has(t.name) || used.has(t.name) || inputs.has(t.name));
}

export function subgraphs(n: NodeMsg): GraphMsg[] {
  const out: GraphMsg[] = [];
  for (const a of n.attribute) {
    if (a.type === ATTR.GRAPH && a.g) out.push(a.g);
    if (a.type === ATTR.GRAPHS) out.push(...a.graphs);
  }
  return out;
}

function defaultOpset(model: ModelMsg): number {
  const entry = model.opset_import.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  return entry ? num(entry.version) : 0;
}

// ---- the rewriter: names, initializers and the nodes that replace each integer op ----

class Rewriter {
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
  const v = toNumbers(q);
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

// ---- attributes ----

function attr(n: NodeMsg, name: string): AttributeMsg | undefined {
  return n.attribute.find((a) => a.name === name);
}

function int(n: NodeMsg, name: string, fallback: number): number {
  const a = attr(n, name);
  return a ? num(a.i) : fallback;
}

function ints(n: NodeMsg, name: string): number[] | undefined {
  const a = attr(n, name);
  return a && a.type === ATTR.INTS ? a.ints.map(num) : undefined;
}

function intAttr(name: string, value: number): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.INT, i: Long.fromNumber(value) });
}

function intsAttr(name: string, values: number[]): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.INTS, ints: values.map((v) => Long.fromNumber(v)) });
}

function floatAttr(name: string, value: number): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.FLOAT, f: value });
}

function without(n: NodeMsg, ...names: string[]): AttributeMsg[] {
  return n.attribute.filter((a) => !names.includes(a.name));
}

// ---- the definitions, one per integer op ----

type Expand = (n: NodeMsg, r: Rewriter) => void;

/** Float op (named as the integer node) into `${output}__ql_float`, then QuantizeLinear into the original output. */
function floatThenQuantize(n: NodeMsg, r: Rewriter, opType: string, inputs: string[], attrs: AttributeMsg[], ys: string, yz: string | undefined, dtype: DType | undefined): void {
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], attrs, n.name);
  r.quantize(yf, ys, yz || undefined, n.output[0], dtype, n.name || n.output[0]);
}

const opt = (s: string | undefined): string | undefined => s || undefined;

const unary = (opType: string, drop: string[] = []): Expand => (n, r) => {
  const [x, xs, xz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(x, xs, opt(xz))], without(n, ...drop), ys, yz, r.dtypeOf(x, opt(xz)));
};

const binary = (opType: string): Expand => (n, r) => {
  const [a, as, az, b, bs, bz, ys, yz] = n.input;
  floatThenQuantize(n, r, opType, [r.dequantize(a, as, opt(az)), r.dequantize(b, bs, opt(bz))], n.attribute, ys, yz, r.dtypeOf(a, opt(az)));
};

/** ConvInteger/MatMulInteger: float op on centered inputs, then Cast to int32. */
const integerAccumulate = (opType: string, aAxis: number | undefined, bAxis: number): Expand => (n, r) => {
  const [a, b, az, bz] = n.input;
  const inputs = [r.centered(a, opt(az), aAxis), r.centered(b, opt(bz), bAxis)];
  const yf = r.fresh(`${n.output[0]}__ql_float`);
  r.emit(opType, inputs, [yf], n.attribute, n.name);
  // Exact: every product and partial sum is an integer, and float32 holds integers exactly while |sum| < 2^24.
  r.emit('Cast', [yf], [n.output[0]], [intAttr('to', INT32)], r.fresh(`${n.name || n.output[0]}__ql_cast`));
};

const ONNX_OPS: Record<string, Expand> = {
  QLinearConv: (n, r) => {
    const [x, xs, xz, w, ws, wz, ys, yz, b] = n.input;
    const inputs = [r.dequantize(x, xs, opt(xz)), r.dequantize(w, ws, opt(wz), 0)];
    if (b) inputs.push(r.bias(b, xs, ws));
    floatThenQuantize(n, r, 'Conv', inputs, n.attribute, ys, yz, r.dtypeOf(x, opt(xz)));
  },
  QLinearMatMul: (n, r) => {
    const [a, as, az, b, bs, bz, ys, yz] = n.input;
    // a may be quantized per row, b per column.
    floatThenQuantize(n, r, 'MatMul', [r.dequantize(a, as, opt(az), -2), r.dequantize(b, bs, opt(bz), -1)], n.attribute, ys, yz, r.dtypeOf(a, opt(az)));
  },
  ConvInteger: integerAccumulate('Conv', undefined, 0),
  MatMulInteger: integerAccumulate('MatMul', -2, -1),
};

const MS_OPS: Record<string, Expand> = {
  QLinearAdd: binary('Add'),
  QLinearMul: binary('Mul'),
  QLinearSigmoid: unary('Sigmoid'),
  QLinearLeakyRelu: unary('LeakyRelu'),
  QLinearSoftmax: (n, r) => {
    const [x, xs, xz, ys, yz] = n.input;
    const yf = r.fresh(`${n.output[0]}__ql_float`);
    softmax(n, r, r.dequantize(x, xs, opt(xz)), yf);
    r.quantize(yf, ys, opt(yz), n.output[0], r.dtypeOf(x, opt(xz)), n.name || n.output[0]);
  },
  QLinearGlobalAveragePool: (n, r) => {
    const [x, xs, xz, ys, yz] = n.input;
    const xf = r.dequantize(x, xs, opt(xz));
    if (!int(n, 'channels_last', 0)) {
      floatThenQuantize(n, r, 'GlobalAveragePool', [xf], without(n, 'channels_last'), ys, yz, r.dtypeOf(x, opt(xz)));
      return;
    }
    // Channels last ([N, spatial..., C]): the mean over the spatial axes, kept as size-1 axes like the kernel does.
    const rank = r.rankOf(x);
    if (rank === undefined) throw new Error(`${n.op_type} '${n.name}' (channels_last): the rank of its input '${x}' is not known, so its spatial axes are not either`);
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 1);
    const keep = intAttr('keepdims', 1);
    if (r.opset >= 18) {
      const axesName = r.initializer(`${n.output[0]}__ql_axes`, { dtype: 'int64', dims: [axes.length], data: BigInt64Array.from(axes, BigInt) });
      floatThenQuantize(n, r, 'ReduceMean', [xf, axesName], [keep], ys, yz, r.dtypeOf(x, opt(xz)));
    } else {
      floatThenQuantize(n, r, 'ReduceMean', [xf], [intsAttr('axes', axes), keep], ys, yz, r.dtypeOf(x, opt(xz)));
    }
  },
  QLinearAveragePool: (n, r) => {
    const [x, xs, xz, ys, yz] = n.input;
    let xf = r.dequantize(x, xs, opt(xz));
    const attrs = without(n, 'channels_last');
    if (!int(n, 'channels_last', 0)) {
      floatThenQuantize(n, r, 'AveragePool', [xf], attrs, ys, yz, r.dtypeOf(x, opt(xz)));
      return;
    }
    const kernel = ints(n, 'kernel_shape');
    if (!kernel) throw new Error(`${n.op_type} '${n.name}' has no kernel_shape`);
    const rank = kernel.length + 2;
    const toFirst = [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
    const toLast = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
    xf = r.step('Transpose', [xf], `${xf}__ql_nchw`, [intsAttr('perm', toFirst)]);
    const pooled = r.fresh(`${n.output[0]}__ql_nchw`);
    r.emit('AveragePool', [xf], [pooled], attrs, n.name);
    const back = r.step('Transpose', [pooled], `${n.output[0]}__ql_float`, [intsAttr('perm', toLast)]);
    r.quantize(back, ys, opt(yz), n.output[0], r.dtypeOf(x, opt(xz)), n.name || n.output[0]);
  },
  QLinearConcat: (n, r) => {
    const [ys, yz, ...rest] = n.input;
    const inputs: string[] = [];
    for (let i = 0; i < rest.length; i += 3) inputs.push(r.dequantize(rest[i], rest[i + 1], opt(rest[i + 2])));
    floatThenQuantize(n, r, 'Concat', inputs, n.attribute, ys, yz, r.dtypeOf(rest[0], opt(rest[2])));
  },
  QGemm: (n, r) => {
    const [a, as, az, b, bs, bz, c, ys, yz] = n.input;
    const transB = int(n, 'transB', 0);
    const inputs = [r.dequantize(a, as, opt(az)), r.dequantize(b, bs, opt(bz), transB ? 0 : 1)];
    const alpha = attr(n, 'alpha') ? attr(n, 'alpha')!.f : 1;
    const attrs = [...n.attribute];
    if (c) {
      // The kernel adds C to the integer accumulator, so alpha scales it too: beta = alpha.
      inputs.push(r.bias(c, as, bs));
      attrs.push(floatAttr('beta', alpha));
    } else if (r.opset < 11) {
      inputs.push(r.initializer(`${n.output[0]}__ql_zero_bias`, { dtype: 'float32', dims: [], data: new Float32Array(1) }));
    }
    if (!ys) {
      r.emit('Gemm', inputs, [n.output[0]], attrs, n.name);
      return;
    }
    if (!yz) {
      // y_scale without y_zero_point: the kernel's output is float, divided by y_scale.
      const yf = r.fresh(`${n.output[0]}__ql_float`);
      r.emit('Gemm', inputs, [yf], attrs, n.name);
      r.emit('Div', [yf, ys], [n.output[0]], [], r.fresh(`${n.name || n.output[0]}__ql_div`));
      return;
    }
    floatThenQuantize(n, r, 'Gemm', inputs, attrs, ys, yz, undefined);
  },
  MatMulIntegerToFloat: (n, r) => {
    const [a, b, as, bs, az, bz, bias] = n.input;
    const inputs = [r.dequantize(a, as, opt(az), -1), r.dequantize(b, bs, opt(bz), -1)];
    if (!bias) {
      r.emit('MatMul', inputs, [n.output[0]], [], n.name);
      return;
    }
    const mm = r.fresh(`${n.output[0]}__ql_matmul`);
    r.emit('MatMul', inputs, [mm], [], n.name);
    r.emit('Add', [mm, bias], [n.output[0]], [], r.fresh(`${n.name || n.output[0]}__ql_bias`));
  },
};

/**
 * QLinearSoftmax states which Softmax it means (`opset`): before 13 the input is flattened to 2-D at `axis`
 * (default 1), from 13 on Softmax runs along `axis` (default -1). When the model's opset means the other one, the
 * flattening is spelled out. The Softmax node keeps the integer node's name and writes `yf`.
 */
function softmax(n: NodeMsg, r: Rewriter, xf: string, yf: string): void {
  const meant = int(n, 'opset', r.opset);
  const axis = int(n, 'axis', meant >= 13 ? -1 : 1);
  if (meant >= 13 === r.opset >= 13) {
    r.emit('Softmax', [xf], [yf], [intAttr('axis', axis)], n.name);
    return;
  }
  if (meant < 13) {
    const shape = r.step('Shape', [xf], `${yf}_shape`);
    const flat = r.step('Flatten', [xf], `${yf}_2d`, [intAttr('axis', axis)]);
    const rows = r.fresh(`${yf}_rows`);
    r.emit('Softmax', [flat], [rows], [intAttr('axis', -1)], n.name);
    r.emit('Reshape', [rows, shape], [yf], [], r.fresh(`${yf}_reshape`));
    return;
  }
  // Along one axis, in an older opset: the same when that axis is the last one.
  const rank = r.rankOf(n.input[0]);
  if (axis !== -1 && (rank === undefined || axis !== rank - 1)) {
    throw new Error(`${n.op_type} '${n.name}' means opset-13 Softmax on axis ${axis}, which the model's opset ${r.opset} cannot express`);
  }
  r.emit('Softmax', [xf], [yf], [intAttr('axis', -1)], n.name);
}

// ---- opset ----

/**
 * Versions at which an op's meaning changed (beyond new types) up to opset 13. Raising a model's opset across one of
 * them would change what the op computes; ops not listed are not known to be safe.
 */
const MEANING_CHANGED: Record<string, number[]> = {
  Identity: [], Conv: [], MatMul: [], Transpose: [], Flatten: [], Shape: [], Gather: [], Constant: [], GlobalAveragePool: [],
  GlobalMaxPool: [], QuantizeLinear: [], DequantizeLinear: [], QLinearConv: [], QLinearMatMul: [], ConvInteger: [],
  MatMulInteger: [], ConstantOfShape: [], ReduceMean: [], ReduceMax: [], ReduceMin: [], Where: [], Expand: [], Range: [],
  Relu: [6], Sigmoid: [6], Tanh: [6], LeakyRelu: [6], Exp: [6], Log: [6], Sqrt: [6], Neg: [6], Abs: [6], Floor: [6], Ceil: [6],
  Cast: [6], Tile: [6], Add: [6, 7], Sub: [6, 7], Mul: [6, 7], Div: [6, 7], Pow: [7], Gemm: [6, 7], Concat: [4], Reshape: [5],
  BatchNormalization: [6, 7, 9], Clip: [6, 11], Softmax: [13], LogSoftmax: [13], Squeeze: [11, 13], Unsqueeze: [11, 13],
  ReduceSum: [13], Split: [2, 11, 13], Pad: [2, 11], Slice: [10], Resize: [11, 13], Upsample: [7, 9], MaxPool: [8, 10, 11, 12],
  AveragePool: [7, 10, 11], Dropout: [6, 7, 10, 12, 13], Max: [6, 8], Min: [6, 8], Sum: [6, 8], Mean: [6, 8],
};

function raiseOpset(model: ModelMsg, current: number, required: number): void {
  if (required <= current) return;
  const entry = model.opset_import.find((o) => o.domain === '' || o.domain === 'ai.onnx');
  if (!entry) {
    model.opset_import.push({ domain: '', version: required });
    return;
  }
  const unsafe = new Set<string>();
  const visit = (g: GraphMsg) => {
    for (const n of g.node) {
      if (n.domain === '' || n.domain === 'ai.onnx') {
        const changes = MEANING_CHANGED[n.op_type];
        if (!changes || changes.some((v) => v > current && v <= required)) unsafe.add(n.op_type);
      }
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(model.graph!);
  if (unsafe.size) {
    throw new Error(`expanding the integer ops needs default-domain opset ${required}, the model has ${current}, and raising it is not known to keep the meaning of ${[...unsafe].join(', ')}`);
  }
  entry.version = required;
}
