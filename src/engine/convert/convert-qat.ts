import { copyModel, dropUnusedInitializers } from '../rewrite/model-edit';
import { quantizeLike } from '../compare/normalize/quantize-like';
import { ConstValues } from '../ir/const-values';
import { QuantParams } from '../ir/ir-types';
import { integerRange } from '../onnx/dtype';
import { AttributeMsg, GraphMsg, ModelMsg, NodeMsg, NodeProto, make } from '../onnx/schema';
import { Tensor, encodeTensor, toFloat32, toNumbers } from '../onnx/tensor-codec';
import { floatAttr, intAttr } from '../rewrite/node-attributes';
import { BatchNormFold, findBatchNormFolds } from './fold-batchnorm';

/**
 * What PyTorch's `convert` does to a QAT export, done on the ONNX graph: fold each fused Conv+BN (Conv -> Div ->
 * BatchNormalization, Conv -> BatchNormalization, Gemm -> BatchNormalization) into the linear op, store its weight as
 * the int8 values its fake-quant produced, and quantize the folded bias to int32 at input scale x weight scale (per
 * channel). The runtime then fuses each layer into an integer kernel. This changes the model (the bias is rounded to
 * its int32 grid, and BN no longer runs in float), unlike the repairs, which only change how parameters are stored.
 */
export interface QatConversion {
  model: ModelMsg;
  folded: Array<{ node: string; pattern: string; weightRescaled: boolean }>;
  skipped: Array<{ node: string; why: string }>;
}

/** A weight behind its DequantizeLinear: the stored integers (or the float values a QuantizeLinear stores) and grid. */
interface QuantizedWeight {
  dq: NodeMsg;
  values: Tensor;
  scale: number[];
  zeroPoint: number[];
  axis: number;
  dtype: 'int8' | 'uint8';
  /** The QuantizeLinear that fake-quantizes a float weight, dropped once the integers are stored. */
  quantize: NodeMsg | null;
}

const FOLDABLE_BIAS_INPUT: Record<string, number | null> = { Conv: 2, Gemm: 2, MatMul: null };

/**
 * `bias: 'float'` keeps the folded bias in float instead of on its int32 grid: the integer kernels cannot take it, but
 * it shows that the fold itself changes nothing (the check `convertModel` reports). `int32Only` puts only these
 * layers' biases on their int32 grid (the others stay float): how much one layer's rounding moves the output.
 */
export function convertQat(model: ModelMsg, opts: { bias: 'int32' | 'float'; int32Only?: ReadonlySet<string> } = { bias: 'int32' }): QatConversion {
  const out = copyModel(model);
  const graph = out.graph!;
  const consts = new ConstValues(graph);
  const producers = new Map<string, NodeMsg>();
  const consumers = new Map<string, NodeMsg[]>();
  for (const n of graph.node) {
    for (const o of n.output) if (o) producers.set(o, n);
    for (const i of n.input) if (i) consumers.set(i, [...(consumers.get(i) ?? []), n]);
  }
  for (const o of graph.output) consumers.set(o.name, [...(consumers.get(o.name) ?? []), make<NodeMsg>(NodeProto, { op_type: '(graph output)' })]);
  const weightOf = (linear: NodeMsg) => quantizedWeight(linear.input[1], producers, consumers, consts);
  const channels = (linear: NodeMsg): number | null => {
    const w = weightOf(linear);
    if (!w) return null;
    if (linear.op_type === 'Conv') return w.values.dims[0];
    const transB = linear.attribute.find((a) => a.name === 'transB')?.i;
    return linear.op_type === 'Gemm' && transB && Number(transB) ? w.values.dims[0] : w.values.dims[1];
  };
  const folds = findBatchNormFolds(graph.node, consts, consumers, channels);
  const names = new Set<string>([...graph.initializer.map((t) => t.name), ...graph.node.flatMap((n) => [...n.input, ...n.output, n.name])]);
  const fresh = (base: string) => {
    let name = base;
    for (let i = 1; names.has(name); i++) name = `${base}_${i}`;
    names.add(name);
    return name;
  };

  const result: QatConversion = { model: out, folded: [], skipped: [] };
  const removed = new Set<NodeMsg>();
  const added: NodeMsg[] = [];
  for (const f of folds) {
    const bias = opts.int32Only ? (opts.int32Only.has(f.linear.name) ? 'int32' : 'float') : opts.bias;
    const why = foldOne(f, { graph, consts, producers, weightOf, fresh, removed, added, bias });
    if (why) result.skipped.push({ node: f.linear.name, why });
    else result.folded.push({ node: f.linear.name, pattern: [f.linear.op_type, f.div ? 'Div' : null, 'BatchNormalization'].filter(Boolean).join(' -> '), weightRescaled: f.scale.some((k) => Math.abs(k - 1) > 1e-5) });
  }
  // New nodes go right before the linear op that reads them, so the graph stays in topological order.
  graph.node = graph.node.filter((n) => !removed.has(n)).flatMap((n) => [...added.filter((a) => a.output.some((o) => n.input.includes(o))), n]);
  dropUnusedInitializers(graph, new Set(graph.initializer.map((t) => t.name)));
  return result;
}

interface FoldContext {
  graph: GraphMsg;
  consts: ConstValues;
  producers: Map<string, NodeMsg>;
  weightOf: (linear: NodeMsg) => QuantizedWeight | null;
  fresh: (base: string) => string;
  removed: Set<NodeMsg>;
  added: NodeMsg[];
  bias: 'int32' | 'float';
}

/** Fold one pattern in place; returns why it could not be folded, or null. */
function foldOne(f: BatchNormFold, ctx: FoldContext): string | null {
  const { linear } = f;
  const biasSlot = FOLDABLE_BIAS_INPUT[linear.op_type];
  if (biasSlot === null) return 'a MatMul has no bias input to take the folded bias (export the layer as Gemm)';
  const w = ctx.weightOf(linear);
  if (!w) return 'its weight is not a constant behind a DequantizeLinear used by this layer alone';
  const xScale = inputScale(linear.input[0], ctx.producers, ctx.consts);
  if (xScale === null) return 'its input is not dequantized with one constant scale, so the bias has no int32 grid';
  const channelAxis = linear.op_type === 'Conv' ? 0 : Number(linear.attribute.find((a) => a.name === 'transB')?.i ?? 0) ? 0 : 1;
  const channels = f.scale.length;

  // Weight: the stored integers, with the BN factor moved into the per-channel scale (its sign into the integers).
  const grid: QuantParams = { scale: w.scale, zeroPoint: w.zeroPoint, axis: w.axis, dtype: w.dtype, qmin: integerRange(w.dtype)!.min, qmax: integerRange(w.dtype)!.max, scaleTensor: null, zeroPointTensor: null };
  const stored = w.quantize ? toNumbers(quantizeLike(toFloat32(w.values), w.values.dims, grid)) : toNumbers(w.values);
  const perChannel = (v: number[]) => (v.length === channels ? v : new Array<number>(channels).fill(v[0]));
  if (w.scale.length > 1 && w.axis !== channelAxis) return `its weight is quantized along axis ${w.axis}, not along its output channels`;
  const scale = perChannel(w.scale).map((s, c) => Math.fround(s * Math.abs(Math.abs(f.scale[c] - 1) <= 1e-5 ? 1 : f.scale[c])));
  const zero = perChannel(w.zeroPoint);
  const inner = w.values.dims.slice(channelAxis + 1).reduce((a, b) => a * b, 1);
  const negate = (c: number) => f.scale[c] < 0;
  const { min, max } = integerRange(w.dtype)!;
  const ints = stored.map((q, i) => {
    const c = channelAxis === 0 ? Math.floor(i / inner) : i % channels;
    return negate(c) ? Math.min(max, Math.max(min, 2 * zero[c] - q)) : q;
  });
  const weightName = ctx.fresh(`${linear.name || linear.output[0]}.weight_quantized`);
  const scaleName = ctx.fresh(`${linear.name || linear.output[0]}.weight_scale`);
  const zeroName = ctx.fresh(`${linear.name || linear.output[0]}.weight_zero_point`);
  ctx.graph.initializer.push(
    encodeTensor({ name: weightName, dtype: w.dtype, dims: w.values.dims, data: w.dtype === 'int8' ? Int8Array.from(ints) : Uint8Array.from(ints) }),
    encodeTensor({ name: scaleName, dtype: 'float32', dims: [channels], data: Float32Array.from(scale) }),
    encodeTensor({ name: zeroName, dtype: w.dtype, dims: [channels], data: w.dtype === 'int8' ? Int8Array.from(zero) : Uint8Array.from(zero) }),
  );
  w.dq.input = [weightName, scaleName, zeroName];
  w.dq.attribute = [...w.dq.attribute.filter((a) => a.name !== 'axis'), intAttr('axis', channelAxis)];
  if (w.quantize) ctx.removed.add(w.quantize);

  // Bias: the folded float bias on the int32 grid of input scale x weight scale, behind its own DequantizeLinear.
  if (ctx.bias === 'float') {
    const name = ctx.fresh(`${linear.name || linear.output[0]}.bias`);
    ctx.graph.initializer.push(encodeTensor({ name, dtype: 'float32', dims: [channels], data: Float32Array.from(f.bias) }));
    linear.input = [...linear.input.slice(0, biasSlot), name];
  } else {
    linear.input = [...linear.input.slice(0, biasSlot), quantizedBias(f, linear, xScale, scale, ctx)];
  }
  if (linear.op_type === 'Gemm') linear.attribute = [...linear.attribute.filter((a) => a.name !== 'beta'), floatAttr('beta', 1)];

  // The linear op now writes what BatchNormalization wrote.
  linear.output = [f.bn.output[0]];
  if (f.div) ctx.removed.add(f.div);
  ctx.removed.add(f.bn);
  return null;
}

/** The folded bias as int32 at input scale x weight scale per channel, dequantized by a node of its own. */
function quantizedBias(f: BatchNormFold, linear: NodeMsg, xScale: number, scale: number[], ctx: FoldContext): string {
  const channels = scale.length;
  const biasScale = scale.map((s) => Math.fround(xScale * s));
  const biasInts = Int32Array.from(f.bias, (b, c) => Math.max(-2147483648, Math.min(2147483647, Math.round(b / biasScale[c]))));
  const biasQ = ctx.fresh(`${linear.name || linear.output[0]}.bias_quantized`);
  const biasS = ctx.fresh(`${linear.name || linear.output[0]}.bias_scale`);
  const biasF = ctx.fresh(`${linear.name || linear.output[0]}.bias`);
  ctx.graph.initializer.push(
    encodeTensor({ name: biasQ, dtype: 'int32', dims: [channels], data: biasInts }),
    encodeTensor({ name: biasS, dtype: 'float32', dims: [channels], data: Float32Array.from(biasScale) }),
  );
  ctx.added.push(make<NodeMsg>(NodeProto, {
    name: ctx.fresh(`${linear.name || linear.output[0]}/bias/DequantizeLinear`), op_type: 'DequantizeLinear', domain: '',
    input: [biasQ, biasS], output: [biasF], attribute: [intAttr('axis', 0)] as AttributeMsg[],
  }));
  return biasF;
}

/**
 * Ops between a DequantizeLinear and a layer that leave the values on the DequantizeLinear's grid (they move or pick
 * values, never compute new ones): the runtime propagates the DequantizeLinear past them and fuses the layer, as
 * in PyTorch's ResNet exports, where a MaxPool sits between the stem's DequantizeLinear and the first block's conv.
 */
const KEEPS_GRID = new Set(['MaxPool', 'Reshape', 'Transpose', 'Flatten', 'Squeeze', 'Unsqueeze', 'Identity', 'Slice']);

/** The constant per-tensor scale of the DequantizeLinear that feeds `t` (through ops that keep its grid), or null. */
function inputScale(t: string, producers: Map<string, NodeMsg>, consts: ConstValues): number | null {
  let dq = producers.get(t);
  for (let hops = 0; dq && KEEPS_GRID.has(dq.op_type) && hops < 8; hops++) dq = producers.get(dq.input[0]);
  if (dq?.op_type !== 'DequantizeLinear') return null;
  const s = consts.get(dq.input[1]);
  const v = s ? toNumbers(s) : [];
  return v.length === 1 ? v[0] : null;
}

function quantizedWeight(t: string, producers: Map<string, NodeMsg>, consumers: Map<string, NodeMsg[]>, consts: ConstValues): QuantizedWeight | null {
  const dq = producers.get(t);
  if (dq?.op_type !== 'DequantizeLinear' || (consumers.get(t)?.length ?? 0) !== 1) return null;
  const s = consts.get(dq.input[1]);
  const z = dq.input[2] ? consts.get(dq.input[2]) : undefined;
  if (!s || (dq.input[2] && !z)) return null;
  const axisAttr = dq.attribute.find((a) => a.name === 'axis');
  const axis = axisAttr ? Number(axisAttr.i) : 1;
  const direct = consts.get(dq.input[0]);
  const q = producers.get(dq.input[0]);
  let values: Tensor | undefined = direct && (direct.dtype === 'int8' || direct.dtype === 'uint8') ? direct : undefined;
  let quantize: NodeMsg | null = null;
  if (!values && q?.op_type === 'QuantizeLinear' && (consumers.get(dq.input[0])?.length ?? 0) === 1) {
    const f = consts.get(q.input[0]);
    if (!f || !f.dtype.startsWith('float')) return null;
    values = f;
    quantize = q;
  }
  const dtype = z?.dtype ?? (values && !quantize ? values.dtype : 'uint8');
  if (!values || (dtype !== 'int8' && dtype !== 'uint8')) return null;
  const rank = values.dims.length;
  return { dq, values, scale: toNumbers(s), zeroPoint: z ? toNumbers(z) : [0], axis: axis < 0 ? axis + rank : axis, dtype, quantize };
}
