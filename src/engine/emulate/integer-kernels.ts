import { Rewriter } from '../rewrite/integer-rewriter';
import { copyModel } from '../rewrite/model-edit';
import { int, intAttr, intsAttr } from '../rewrite/node-attributes';
import { defaultOpset, raiseOpset } from '../rewrite/opset-raise';
import { ModelMsg, NodeMsg } from '../onnx/schema';
import { Tensor } from '../onnx/tensor-codec';
import { KernelFamily } from '../targets/kernel-family';
import { CHANNELS_LAST_PERM, channelsFirst, convAccumulator } from './conv-kernel';
import { matMulAccumulator } from './matmul-kernel';
import { EmulationOutcome, NotEmulated, isNotEmulated } from './outcome';
import { outputMultiplier, requantize } from './requantize';

/**
 * A compiled model as another CPU family's integer kernels would compute it. Each integer GEMM or convolution
 * (QLinearConv in both domains, QLinearMatMul, MatMulInteger, MatMulIntegerToFloat, DynamicQuantizeMatMul) becomes
 * its exact accumulator plus the family's 16-bit lane correction, then the runtime's own output step. Everything else
 * stays as this machine's runtime computes it. The emulated nodes keep the kernel's name and output names, so the
 * capture and the alignment of a comparison see the same tensors.
 */
export interface EmulatedKernel {
  node: string;
  opType: string;
  outcome: EmulationOutcome;
}

export interface KernelEmulation {
  model: ModelMsg;
  emulated: EmulatedKernel[];
  /** Integer kernels of these kinds that were left to this machine's runtime, and why. */
  left: Array<{ node: string; opType: string; why: string }>;
}

type Handler = (n: NodeMsg, r: Rewriter, family: KernelFamily) => EmulationOutcome | NotEmulated;

const MS = 'com.microsoft';

export function emulateIntegerKernels(model: ModelMsg, family: KernelFamily): KernelEmulation {
  const out = copyModel(model);
  const graph = out.graph;
  const emulated: EmulatedKernel[] = [];
  const left: KernelEmulation['left'] = [];
  if (!graph) return { model: out, emulated, left };
  const opset = defaultOpset(out);
  const r = new Rewriter(graph, opset);
  for (const n of graph.node) {
    const handler = handlerFor(n);
    if (!handler) {
      r.nodes.push(n);
      continue;
    }
    const before = { nodes: r.nodes.length, initializers: r.initializers.length };
    const result = handler(n, r, family);
    if (isNotEmulated(result)) {
      r.nodes.length = before.nodes;
      r.initializers.length = before.initializers;
      r.nodes.push(n);
      left.push({ node: n.name, opType: n.op_type, why: result.notEmulated });
    } else {
      emulated.push({ node: n.name, opType: n.op_type, outcome: result });
    }
  }
  graph.node = r.nodes;
  graph.initializer.push(...r.initializers);
  raiseOpset(out, opset, r.requiredOpset);
  return { model: out, emulated, left };
}

function handlerFor(n: NodeMsg): Handler | undefined {
  const domain = n.domain === 'ai.onnx' ? '' : n.domain;
  if (n.op_type === 'QLinearConv' && (domain === '' || domain === MS)) return qlinearConv;
  if (domain === '' && n.op_type === 'QLinearMatMul') return qlinearMatMul;
  if (domain === '' && n.op_type === 'MatMulInteger') return matMulInteger;
  if (domain === MS && n.op_type === 'MatMulIntegerToFloat') return matMulIntegerToFloat;
  if (domain === MS && n.op_type === 'DynamicQuantizeMatMul') return dynamicQuantizeMatMul;
  return undefined;
}

const opt = (s: string | undefined): string | undefined => s || undefined;

/** The activation's element type, when it is one an integer kernel takes. */
function activationType(r: Rewriter, x: string, zeroPoint: string | undefined): 'uint8' | 'int8' | null {
  const t = r.dtypeOf(x, zeroPoint);
  return t === 'uint8' || t === 'int8' ? t : null;
}

function constants(r: Rewriter, names: Array<string | undefined>): Array<Tensor | undefined> | null {
  const values = names.map((nm) => (nm ? r.consts.get(nm) : undefined));
  return values.every((v, i) => !names[i] || v) ? values : null;
}

const qlinearConv: Handler = (n, r, family) => {
  const [x, xs, xz, w, ws, wz, ys, yz, b] = n.input;
  const weights = r.consts.get(w);
  if (!weights) return { notEmulated: 'its weights are not constant' };
  const known = constants(r, [xs, ws, ys, opt(b)]);
  if (!known) return { notEmulated: 'its scales or bias are computed at run time' };
  const activation = activationType(r, x, opt(xz));
  if (!activation) return { notEmulated: 'its activation type is not known' };
  const rank = weights.dims.length;
  const last = n.domain === MS && int(n, 'channels_last', 0) === 1;
  const base = n.output[0];
  const input = last ? channelsFirst(r, x, rank, `${base}__ql_nchw_in`) : x;
  const acc = convAccumulator(r, { x: input, xZeroPoint: opt(xz), weights, weightName: w, wZeroPoint: opt(wz), node: n, activation }, family, base);
  if (isNotEmulated(acc)) return acc;
  const [xScale, wScale, yScale, bias] = known as [Tensor, Tensor, Tensor, Tensor | undefined];
  const yDtype = (yz && r.consts.get(yz)?.dtype) || 'uint8';
  const outChannels = weights.dims[0];
  const result = last ? r.fresh(`${base}__ql_nchw_out`) : base;
  requantize(r, {
    acc: acc.acc, bias, multiplier: outputMultiplier(xScale, wScale, yScale), channelDims: [outChannels, ...new Array<number>(rank - 2).fill(1)],
    yZeroPoint: opt(yz), yDtype, output: result, name: n.name || base,
  }, base);
  if (last) r.emit('Transpose', [result], [base], [intsAttr('perm', CHANNELS_LAST_PERM(rank))], r.fresh(`${base}__ql_nhwc_out_node`));
  return acc.outcome;
};

/** The accumulator of a matmul kernel on activation `a` and constant B, or why it is left to this machine. */
function integerMatMul(n: NodeMsg, r: Rewriter, family: KernelFamily, a: string, az: string | undefined, b: string, bz: string | undefined, activation?: 'uint8' | 'int8') {
  const bt = r.consts.get(b);
  if (!bt) return { notEmulated: 'its B is not constant (a product of two activations is left to this machine\'s kernel)' };
  const act = activation ?? activationType(r, a, az);
  if (!act) return { notEmulated: 'its activation type is not known' };
  const acc = matMulAccumulator(r, { a, aZeroPoint: az, activation: act, b: bt, bName: b, bZeroPoint: bz, name: n.name }, family, n.output[0]);
  return isNotEmulated(acc) ? acc : { ...acc, b: bt };
}

const qlinearMatMul: Handler = (n, r, family) => {
  const [a, as, az, b, bs, bz, ys, yz] = n.input;
  const known = constants(r, [as, bs, ys]);
  if (!known) return { notEmulated: 'its scales are computed at run time' };
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  const base = n.output[0];
  const [aScale, bScale, yScale] = known as Tensor[];
  requantize(r, {
    acc: acc.acc, bias: undefined, multiplier: outputMultiplier(aScale, bScale, yScale), channelDims: [acc.b.dims[1]],
    yZeroPoint: opt(yz), yDtype: (yz && r.consts.get(yz)?.dtype) || 'uint8', output: base, name: n.name || base,
  }, base);
  return acc.outcome;
};

const matMulInteger: Handler = (n, r, family) => {
  const [a, b, az, bz] = n.input;
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  r.emit('Cast', [acc.acc], [n.output[0]], [intAttr('to', 6)], r.fresh(`${n.name || n.output[0]}__ql_cast`));
  return acc.outcome;
};

/** float(acc) * (a_scale * b_scale) + bias: the runtime's scale-and-bias output step, in float32. */
function scaleAndBias(r: Rewriter, acc: string, aScale: string, bScale: string, bias: string | undefined, output: string, name: string): void {
  const multiplier = r.step('Mul', [aScale, bScale], `${output}__ql_multiplier`);
  if (!bias) {
    r.emit('Mul', [acc, multiplier], [output], [], r.fresh(`${name}__ql_scale`));
    return;
  }
  const scaled = r.step('Mul', [acc, multiplier], `${output}__ql_scaled`);
  r.emit('Add', [scaled, bias], [output], [], r.fresh(`${name}__ql_bias`));
}

const matMulIntegerToFloat: Handler = (n, r, family) => {
  const [a, b, as, bs, az, bz, bias] = n.input;
  const acc = integerMatMul(n, r, family, a, opt(az), b, opt(bz));
  if (isNotEmulated(acc)) return acc;
  scaleAndBias(r, acc.acc, as, bs, opt(bias), n.output[0], n.name || n.output[0]);
  return acc.outcome;
};

const dynamicQuantizeMatMul: Handler = (n, r, family) => {
  const [a, b, bs, bz, bias] = n.input;
  if (!r.consts.get(b)) return { notEmulated: 'its B is not constant' };
  const base = n.output[0];
  // The kernel quantizes A per run to uint8, as DynamicQuantizeLinear does.
  const aq = r.fresh(`${base}__ql_a_quantized`);
  const as = r.fresh(`${base}__ql_a_scale`);
  const az = r.fresh(`${base}__ql_a_zero_point`);
  r.emit('DynamicQuantizeLinear', [a], [aq, as, az], [], r.fresh(`${n.name || base}__ql_quantize_a`));
  r.need(11);
  const acc = integerMatMul(n, r, family, aq, az, b, opt(bz), 'uint8');
  if (isNotEmulated(acc)) return acc;
  scaleAndBias(r, acc.acc, as, bs, opt(bias), base, n.name || base);
  return acc.outcome;
};
