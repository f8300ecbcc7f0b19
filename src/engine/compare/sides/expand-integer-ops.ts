import { DType } from '../../onnx/dtype';
import { AttributeMsg, ModelMsg, NodeMsg } from '../../onnx/schema';
import { Rewriter } from '../../rewrite/integer-rewriter';
import { copyModel, dropUnusedInitializers } from '../../rewrite/model-edit';
import { attr, floatAttr, int, intAttr, ints, intsAttr, INT32, without } from '../../rewrite/node-attributes';
import { defaultOpset, raiseOpset } from '../../rewrite/opset-raise';

/**
 * The exact reference for integer ops. onnxruntime's integer kernels (QLinearConv and friends) saturate on x64 CPUs
 * without VNNI even with optimizations off, so the reference side of a comparison cannot run them. Each is replaced
 * by its definition, DequantizeLinear -> float op -> QuantizeLinear, which the runtime computes exactly up to float
 * rounding. The float op keeps the integer node's name (so layers stay recognizable) and the final tensor keeps the
 * integer node's output name (so tensors still match by name).
 */

export interface ExpandedNode { node: string; opType: string }

const MS = 'com.microsoft';

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
  /** The runtime's fused dynamic matmul: A quantized at run time (DynamicQuantizeLinear), then as MatMulIntegerToFloat. */
  DynamicQuantizeMatMul: (n, r) => {
    const [a, b, bs, bz, bias] = n.input;
    const base = n.name || n.output[0];
    const [aq, as, az] = [r.fresh(`${a}__ql_quantized`), r.fresh(`${a}__ql_scale`), r.fresh(`${a}__ql_zero_point`)];
    r.emit('DynamicQuantizeLinear', [a], [aq, as, az], [], r.fresh(`${base}__ql_dynamic_quantize`));
    const inputs = [r.dequantize(aq, as, az), r.dequantize(b, bs, opt(bz), -1)];
    if (!bias) {
      r.emit('MatMul', inputs, [n.output[0]], [], n.name);
      return;
    }
    const mm = r.fresh(`${n.output[0]}__ql_matmul`);
    r.emit('MatMul', inputs, [mm], [], n.name);
    r.emit('Add', [mm, bias], [n.output[0]], [], r.fresh(`${base}__ql_bias`));
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
