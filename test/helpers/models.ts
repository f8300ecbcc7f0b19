import { GraphBuilder, graphAttr, randomValues, rng, f } from '../../src/engine/builder/model-builder';
import { ModelMsg } from '../../src/engine/onnx/schema';

/** Models the engine tests build: each small, each showing one thing the compiler does. */

export function floatConvChain(outChannels = 5): ModelMsg {
  const r = rng(1);
  const b = new GraphBuilder('float_convs');
  const x = b.input('x', 'float32', [1, 8, 12, 12]);
  const w1 = b.constant('w1', 'float32', [16, 8, 3, 3], randomValues(16 * 72, -0.3, 0.3, r));
  const w2 = b.constant('w2', 'float32', [outChannels, 16, 3, 3], randomValues(outChannels * 144, -0.3, 0.3, r));
  const c1 = b.op('Relu', [b.op('Conv', [x, w1], { pads: [1, 1, 1, 1] }, { name: '/block1/Conv' })], {}, { name: '/block1/Relu' });
  b.output(b.op('Conv', [c1, w2], { pads: [1, 1, 1, 1] }, { name: '/block2/Conv', output: 'y' }));
  return b.model({ opset: 13 });
}

export interface QdqOptions {
  /** Store per-tensor scales and zero points as shape [1] (as PyTorch 1.13 exports them). */
  oneElementParams?: boolean;
  /** Weight scale per output channel. */
  perChannel?: boolean;
  /** Weight values range (full int8 by default). */
  weightMax?: number;
  /** A zero activation scale (a broken calibration). */
  zeroScale?: boolean;
  depthwisePerTensor?: boolean;
}

/** DQ -> Conv -> Relu -> Q twice, with a residual Add (QDQ): at `cpu` it becomes NHWC QLinearConv + QLinearAdd. */
export function qdqConvModel(o: QdqOptions = {}): ModelMsg {
  const r = rng(2);
  const b = new GraphBuilder('qdq_convs');
  const pdims = o.oneElementParams ? [1] : [];
  const x = b.input('x', 'float32', [1, 16, 8, 8]);
  let k = 0;
  const qdq = (t: string, scale: number, zp: number, scope: string) => {
    const s = b.constant(`${scope}.s${k}`, 'float32', pdims, [scale]);
    const z = b.constant(`${scope}.z${k++}`, 'uint8', pdims, [zp]);
    const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/QuantizeLinear` });
    return b.op('DequantizeLinear', [q, s, z], {}, { name: `${scope}/DequantizeLinear` });
  };
  const weight = (scope: string, dims: number[], perChannel: boolean) => {
    const n = dims.reduce((a, c) => a * c, 1);
    const max = o.weightMax ?? 127;
    const w = b.constant(`${scope}.wq`, 'int8', dims, randomValues(n, -max, max, r, true));
    const ch = perChannel ? dims[0] : 1;
    const s = b.constant(`${scope}.ws`, 'float32', perChannel ? [ch] : pdims, randomValues(ch, 0.002, 0.004, r));
    const z = b.constant(`${scope}.wz`, 'int8', perChannel ? [ch] : pdims, new Array(ch).fill(0));
    return b.op('DequantizeLinear', [w, s, z], { axis: 0 }, { name: `${scope}/weight/DequantizeLinear` });
  };
  const a0 = qdq(x, o.zeroScale ? 0 : 1 / 64, 128, '/input');
  const c1 = b.op('Relu', [b.op('Conv', [a0, weight('/conv1', [16, 16, 3, 3], !!o.perChannel)], { pads: [1, 1, 1, 1] }, { name: '/conv1/Conv' })], {}, { name: '/conv1/Relu' });
  const a1 = qdq(c1, 0.05, 0, '/conv1');
  const dw = o.depthwisePerTensor ? weight('/conv2', [16, 1, 3, 3], false) : weight('/conv2', [16, 16, 3, 3], !!o.perChannel);
  const c2 = b.op('Conv', [a1, dw], { pads: [1, 1, 1, 1], group: o.depthwisePerTensor ? 16 : 1 }, { name: '/conv2/Conv' });
  const a2 = qdq(c2, 0.05, 128, '/conv2');
  const sum = b.op('Add', [a2, a1], {}, { name: '/add/Add' });
  const out = qdq(sum, 0.08, 128, '/add');
  b.output(b.op('Identity', [out], {}, { name: '/output/Identity', output: 'y' }));
  return b.model({ opset: 13 });
}

/** A QOperator model: QLinearConv with uint8 input. */
export function qlinearConvModel(): ModelMsg {
  const r = rng(3);
  const b = new GraphBuilder('qlinear');
  const x = b.input('x', 'uint8', [1, 8, 6, 6]);
  const p = (name: string, dtype: 'float32' | 'uint8' | 'int8', v: number) => b.constant(name, dtype, [], [v]);
  const w = b.constant('w', 'int8', [4, 8, 3, 3], randomValues(288, -60, 60, r, true));
  const ws = b.constant('ws', 'float32', [4], [0.01, 0.02, 0.03, 0.04]);
  const wz = b.constant('wz', 'int8', [4], [0, 0, 0, 0]);
  b.output(b.op('QLinearConv', [x, p('xs', 'float32', 0.1), p('xz', 'uint8', 0), w, ws, wz, p('ys', 'float32', 0.2), p('yz', 'uint8', 10)], { pads: [1, 1, 1, 1] }, { name: '/conv/QLinearConv', output: 'y' }));
  return b.model({ opset: 13 });
}

/** Quantized MatMul on 3-D activations: QDQ MatMul (per-channel weights on axis 1) and a dynamic-quantized one. */
export function quantMatMulModel(): ModelMsg {
  const r = rng(4);
  const b = new GraphBuilder('qmatmul');
  const x = b.input('x', 'float32', [1, 6, 16]);
  const s = b.constant('xs', 'float32', [], [0.02]);
  const z = b.constant('xz', 'uint8', [], [128]);
  const xq = b.op('DequantizeLinear', [b.op('QuantizeLinear', [x, s, z], {}, { name: '/in/QuantizeLinear' }), s, z], {}, { name: '/in/DequantizeLinear' });
  const w = b.constant('wq', 'int8', [16, 8], randomValues(128, -100, 100, r, true));
  const ws = b.constant('ws', 'float32', [8], randomValues(8, 0.01, 0.02, r));
  const wz = b.constant('wz', 'int8', [8], new Array(8).fill(0));
  const wd = b.op('DequantizeLinear', [w, ws, wz], { axis: 1 }, { name: '/fc1/weight/DequantizeLinear' });
  const mm = b.op('MatMul', [xq, wd], {}, { name: '/fc1/MatMul' });
  const os = b.constant('os', 'float32', [], [0.05]);
  const oz = b.constant('oz', 'uint8', [], [128]);
  const y1 = b.op('DequantizeLinear', [b.op('QuantizeLinear', [mm, os, oz], {}, { name: '/fc1/QuantizeLinear' }), os, oz], {}, { name: '/fc1/DequantizeLinear', output: 'y1' });
  b.output(y1);
  // Dynamic quantization: the activation's scale is computed at run time.
  const [dq, dqs, dqz] = b.node('DynamicQuantizeLinear', [x], {}, { name: '/fc2/DynamicQuantizeLinear', outputs: ['x_q', 'x_scale', 'x_zp'] });
  const w2 = b.constant('w2', 'uint8', [16, 4], randomValues(64, 0, 255, r, true));
  const w2z = b.constant('w2z', 'uint8', [], [128]);
  const acc = b.op('MatMulInteger', [dq, w2, dqz, w2z], {}, { name: '/fc2/MatMulInteger', output: 'acc' });
  b.output(b.op('Cast', [acc], { to: 1 }, { name: '/fc2/Cast', output: 'y2' }));
  void dqs;
  return b.model({ opset: 13 });
}

/** An If whose branches are subgraphs. */
export function ifModel(): ModelMsg {
  const branch = (name: string, value: number) => {
    const g = new GraphBuilder(name);
    g.output(g.op('Constant', [], { value_float: f(value) }, { name: `${name}/Constant`, output: `${name}_out` }), 'float32', []);
    return g.graph();
  };
  const b = new GraphBuilder('with_if');
  const c = b.input('cond', 'bool', []);
  b.output(b.op('If', [c], { then_branch: graphAttr(branch('then', 1)), else_branch: graphAttr(branch('else', 0)) }, { name: '/if/If', output: 'y' }), 'float32', []);
  return b.model({ opset: 13 });
}

/** A graph with an op the runtime does not have (a fake-quantize left from training, as a custom-domain node). */
export function fakeQuantModel(): ModelMsg {
  const b = new GraphBuilder('fake_quant');
  const x = b.input('x', 'float32', [1, 4]);
  b.output(b.op('FakeQuantizePerTensorAffine', [x], { quant_min: 0, quant_max: 255 }, { name: '/fq/FakeQuant', domain: 'org.pytorch.aten', output: 'y' }));
  return b.model({ opset: 13, extraOpsets: { 'org.pytorch.aten': 1 } });
}

// ---- integer ops and their exact expansion (compare/expand-integer-ops) ----

import { AttrValue, tensor } from '../../src/engine/builder/model-builder';
import { Tensor } from '../../src/engine/onnx/tensor-codec';

/** One integer op, named `/op/<type>` with output `y`, and a feed on which no u8s8 kernel saturates. */
export interface IntegerOpCase {
  title: string;
  opType: string;
  model: ModelMsg;
  feeds: Record<string, Tensor>;
  /** How the output is compared: in quantization steps, exactly (int32 accumulators), or as float. */
  output: 'quantized' | 'exact' | 'float';
}

function integerOpCase(title: string, opType: string, output: IntegerOpCase['output'], build: (b: GraphBuilder, r: () => number, feeds: Record<string, Tensor>) => string[], opts: { domain?: string; attrs?: Record<string, AttrValue> } = {}): IntegerOpCase {
  const r = rng(40 + title.length);
  const b = new GraphBuilder('integer_op');
  const feeds: Record<string, Tensor> = {};
  const inputs = build(b, r, feeds);
  b.output(b.op(opType, inputs, opts.attrs ?? {}, { name: `/op/${opType}`, domain: opts.domain, output: 'y' }));
  const model = b.model({ opset: 13, extraOpsets: opts.domain ? { [opts.domain]: 1 } : {} });
  return { title, opType, model, feeds, output };
}

/** A graph input with 7-bit (or centred int8) values, fed deterministically. */
function intInput(b: GraphBuilder, r: () => number, feeds: Record<string, Tensor>, name: string, dtype: 'uint8' | 'int8', dims: number[]): string {
  const n = dims.reduce((a, c) => a * c, 1);
  feeds[name] = tensor(dtype, dims, dtype === 'uint8' ? randomValues(n, 0, 127, r, true) : randomValues(n, -64, 63, r, true));
  return b.input(name, dtype, dims);
}

const scalar = (b: GraphBuilder, name: string, dtype: 'float32' | 'uint8' | 'int8' | 'int32', v: number) => b.constant(name, dtype, [], [v]);

export function integerOpCases(): IntegerOpCase[] {
  const ms = 'com.microsoft';
  const conv = (perChannel: boolean) => (b: GraphBuilder, r: () => number, feeds: Record<string, Tensor>) => {
    const x = intInput(b, r, feeds, 'x', 'uint8', [1, 8, 7, 7]);
    const w = b.constant('w', 'int8', [4, 8, 3, 3], randomValues(288, -127, 127, r, true));
    const ws = perChannel ? b.constant('ws', 'float32', [4], [0.01, 0.013, 0.007, 0.02]) : scalar(b, 'ws', 'float32', 0.01);
    const wz = perChannel ? b.constant('wz', 'int8', [4], [0, 0, 0, 0]) : scalar(b, 'wz', 'int8', 0);
    const bias = b.constant('bias', 'int32', [4], randomValues(4, -3000, 3000, r, true));
    return [x, scalar(b, 'xs', 'float32', 0.05), scalar(b, 'xz', 'uint8', 64), w, ws, wz, scalar(b, 'ys', 'float32', 0.4), scalar(b, 'yz', 'uint8', 128), bias];
  };
  const unary = (b: GraphBuilder, r: () => number, feeds: Record<string, Tensor>, dims: number[]) =>
    [intInput(b, r, feeds, 'x', 'uint8', dims), scalar(b, 'xs', 'float32', 0.05), scalar(b, 'xz', 'uint8', 60), scalar(b, 'ys', 'float32', 0.03), scalar(b, 'yz', 'uint8', 100)];
  const gemm = (quantized: boolean) => (b: GraphBuilder, r: () => number, feeds: Record<string, Tensor>) => {
    const a = intInput(b, r, feeds, 'a', 'uint8', [5, 16]);
    const w = b.constant('w', 'int8', [8, 16], randomValues(128, -127, 127, r, true));
    const ws = b.constant('ws', 'float32', [8], randomValues(8, 0.005, 0.02, r));
    const wz = b.constant('wz', 'int8', [8], new Array(8).fill(0));
    const c = b.constant('c', 'int32', [8], randomValues(8, -5000, 5000, r, true));
    const base = [a, scalar(b, 'as', 'float32', 0.04), scalar(b, 'az', 'uint8', 70), w, ws, wz, c];
    return quantized ? [...base, scalar(b, 'ys', 'float32', 0.2), scalar(b, 'yz', 'uint8', 128)] : base;
  };
  return [
    integerOpCase('QLinearConv per-tensor with bias', 'QLinearConv', 'quantized', conv(false), { attrs: { pads: [1, 1, 1, 1] } }),
    integerOpCase('QLinearConv per-channel with bias, stride 2', 'QLinearConv', 'quantized', conv(true), { attrs: { pads: [1, 1, 1, 1], strides: [2, 2] } }),
    integerOpCase('QLinearMatMul, 3-D activations', 'QLinearMatMul', 'quantized', (b, r, feeds) => {
      const a = intInput(b, r, feeds, 'a', 'uint8', [2, 5, 16]);
      const w = b.constant('w', 'int8', [16, 6], randomValues(96, -127, 127, r, true));
      return [a, scalar(b, 'as', 'float32', 0.03), scalar(b, 'az', 'uint8', 60), w, scalar(b, 'ws', 'float32', 0.01), scalar(b, 'wz', 'int8', 0), scalar(b, 'ys', 'float32', 0.1), scalar(b, 'yz', 'uint8', 120)];
    }),
    integerOpCase('QLinearAdd', 'QLinearAdd', 'quantized', (b, r, feeds) => [
      intInput(b, r, feeds, 'a', 'uint8', [1, 4, 5, 5]), scalar(b, 'as', 'float32', 0.03), scalar(b, 'az', 'uint8', 50),
      intInput(b, r, feeds, 'b', 'uint8', [1, 4, 5, 5]), scalar(b, 'bs', 'float32', 0.05), scalar(b, 'bz', 'uint8', 70),
      scalar(b, 'ys', 'float32', 0.06), scalar(b, 'yz', 'uint8', 100),
    ], { domain: ms }),
    integerOpCase('QLinearMul, int8', 'QLinearMul', 'quantized', (b, r, feeds) => [
      intInput(b, r, feeds, 'a', 'int8', [2, 3, 4]), scalar(b, 'as', 'float32', 0.02), scalar(b, 'az', 'int8', 3),
      intInput(b, r, feeds, 'b', 'int8', [2, 3, 4]), scalar(b, 'bs', 'float32', 0.03), scalar(b, 'bz', 'int8', -2),
      scalar(b, 'ys', 'float32', 0.02), scalar(b, 'yz', 'int8', 0),
    ], { domain: ms }),
    integerOpCase('QLinearGlobalAveragePool', 'QLinearGlobalAveragePool', 'quantized', (b, r, feeds) => unary(b, r, feeds, [1, 8, 5, 5]), { domain: ms }),
    integerOpCase('QLinearGlobalAveragePool channels_last', 'QLinearGlobalAveragePool', 'quantized', (b, r, feeds) => unary(b, r, feeds, [1, 5, 5, 8]), { domain: ms, attrs: { channels_last: 1 } }),
    integerOpCase('QLinearAveragePool', 'QLinearAveragePool', 'quantized', (b, r, feeds) => unary(b, r, feeds, [1, 3, 7, 7]), { domain: ms, attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] } }),
    integerOpCase('QLinearAveragePool channels_last', 'QLinearAveragePool', 'quantized', (b, r, feeds) => unary(b, r, feeds, [1, 7, 7, 3]), { domain: ms, attrs: { kernel_shape: [3, 3], strides: [2, 2], channels_last: 1 } }),
    integerOpCase('QLinearConcat', 'QLinearConcat', 'quantized', (b, r, feeds) => [
      scalar(b, 'ys', 'float32', 0.05), scalar(b, 'yz', 'uint8', 90),
      intInput(b, r, feeds, 'a', 'uint8', [1, 3, 4, 4]), scalar(b, 'as', 'float32', 0.04), scalar(b, 'az', 'uint8', 60),
      intInput(b, r, feeds, 'b', 'uint8', [1, 5, 4, 4]), scalar(b, 'bs', 'float32', 0.07), scalar(b, 'bz', 'uint8', 20),
    ], { domain: ms, attrs: { axis: 1 } }),
    integerOpCase('QLinearSigmoid', 'QLinearSigmoid', 'quantized', (b, r, feeds) => {
      const [x, xs, xz] = unary(b, r, feeds, [3, 10]);
      return [x, xs, xz, scalar(b, 'ys', 'float32', 1 / 256), scalar(b, 'yz', 'uint8', 0)];
    }, { domain: ms }),
    integerOpCase('QLinearLeakyRelu', 'QLinearLeakyRelu', 'quantized', (b, r, feeds) => unary(b, r, feeds, [3, 10]), { domain: ms, attrs: { alpha: f(0.1) } }),
    integerOpCase('QLinearSoftmax', 'QLinearSoftmax', 'quantized', (b, r, feeds) => {
      const [x, xs, xz] = unary(b, r, feeds, [3, 10]);
      return [x, xs, xz, scalar(b, 'ys', 'float32', 1 / 256), scalar(b, 'yz', 'uint8', 0)];
    }, { domain: ms, attrs: { axis: -1, opset: 13 } }),
    integerOpCase('QLinearSoftmax, opset-11 meaning (flattened at axis 1)', 'QLinearSoftmax', 'quantized', (b, r, feeds) => {
      const [x, xs, xz] = unary(b, r, feeds, [2, 3, 4]);
      return [x, xs, xz, scalar(b, 'ys', 'float32', 1 / 256), scalar(b, 'yz', 'uint8', 0)];
    }, { domain: ms, attrs: { axis: 1, opset: 11 } }),
    integerOpCase('QGemm per-column with bias and alpha', 'QGemm', 'quantized', gemm(true), { domain: ms, attrs: { transB: 1, alpha: f(0.5) } }),
    integerOpCase('QGemm float output', 'QGemm', 'float', gemm(false), { domain: ms, attrs: { transB: 1 } }),
    integerOpCase('ConvInteger', 'ConvInteger', 'exact', (b, r, feeds) => [
      intInput(b, r, feeds, 'x', 'uint8', [1, 4, 6, 6]), b.constant('w', 'uint8', [3, 4, 3, 3], randomValues(108, 0, 255, r, true)),
      scalar(b, 'xz', 'uint8', 10), scalar(b, 'wz', 'uint8', 128),
    ], { attrs: { pads: [1, 1, 1, 1] } }),
    integerOpCase('MatMulInteger, per-column zero points', 'MatMulInteger', 'exact', (b, r, feeds) => [
      intInput(b, r, feeds, 'a', 'uint8', [3, 16]), b.constant('w', 'int8', [16, 6], randomValues(96, -127, 127, r, true)),
      scalar(b, 'az', 'uint8', 20), b.constant('wz', 'int8', [6], [0, 1, -1, 2, 0, -3]),
    ]),
    integerOpCase('MatMulIntegerToFloat with bias', 'MatMulIntegerToFloat', 'float', (b, r, feeds) => [
      intInput(b, r, feeds, 'a', 'uint8', [2, 3, 16]), b.constant('w', 'int8', [16, 8], randomValues(128, -127, 127, r, true)),
      scalar(b, 'as', 'float32', 0.02), b.constant('ws', 'float32', [8], randomValues(8, 0.005, 0.02, r)),
      scalar(b, 'az', 'uint8', 64), b.constant('wz', 'int8', [8], new Array(8).fill(0)),
      b.constant('bias', 'float32', [8], randomValues(8, -1, 1, r)),
    ], { domain: ms }),
  ];
}

/**
 * The conv of onnxruntime-facts.md that saturates uint8 x int8 kernels without VNNI: 3x3, 32 -> 16 channels, uint8
 * activations 128..255 and full-range int8 weights (per channel). Returns the parameters to compute the exact result.
 */
export function saturatingQLinearConv(): {
  model: ModelMsg; x: Tensor; w: Int8Array; bias: Int32Array;
  xs: number; xz: number; ws: number[]; ys: number; yz: number; dims: { c: number; m: number; h: number; w: number };
} {
  const r = rng(77);
  const dims = { c: 32, m: 16, h: 16, w: 16 };
  const xs = 0.02, xz = 0, ys = 1.2, yz = 128;
  const ws = randomValues(dims.m, 0.008, 0.012, r);
  const wv = randomValues(dims.m * dims.c * 9, -127, 127, r, true);
  const bv = randomValues(dims.m, -20000, 20000, r, true);
  const b = new GraphBuilder('u8s8_saturation');
  const x = b.input('x', 'uint8', [1, dims.c, dims.h, dims.w]);
  const inputs = [
    x, scalar(b, 'xs', 'float32', xs), scalar(b, 'xz', 'uint8', xz),
    b.constant('w', 'int8', [dims.m, dims.c, 3, 3], wv), b.constant('ws', 'float32', [dims.m], ws), b.constant('wz', 'int8', [dims.m], new Array(dims.m).fill(0)),
    scalar(b, 'ys', 'float32', ys), scalar(b, 'yz', 'uint8', yz), b.constant('bias', 'int32', [dims.m], bv),
  ];
  b.output(b.op('QLinearConv', inputs, { pads: [1, 1, 1, 1] }, { name: '/conv/QLinearConv', output: 'y' }));
  const xv = tensor('uint8', [1, dims.c, dims.h, dims.w], randomValues(dims.c * dims.h * dims.w, 128, 255, r, true));
  return {
    model: b.model({ opset: 13 }), x: xv, w: Int8Array.from(wv), bias: Int32Array.from(bv),
    xs, xz, ws: Array.from(Float32Array.from(ws)), ys, yz, dims,
  };
}

/**
 * QAT-style QDQ chain: float weights fake-quantized by QuantizeLinear -> DequantizeLinear (per channel), and
 * Conv -> Div by a constant -> Relu before the activation QuantizeLinear, as PyTorch exports QAT models. The last
 * DequantizeLinear is the graph output `y`.
 */
export function qatConvChain(): ModelMsg {
  const r = rng(9);
  const b = new GraphBuilder('qat_chain');
  const x = b.input('x', 'float32', [1, 4, 8, 8]);
  const qdq = (t: string, scale: number, zp: number, scope: string, output?: string) => {
    const s = b.constant(`${scope}.scale`, 'float32', [], [scale]);
    const z = b.constant(`${scope}.zero_point`, 'uint8', [], [zp]);
    const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/QuantizeLinear` });
    return b.op('DequantizeLinear', [q, s, z], {}, { name: `${scope}/DequantizeLinear`, output });
  };
  const fakeQuantWeight = (scope: string, dims: number[]) => {
    const n = dims.reduce((a, c) => a * c, 1);
    const w = b.constant(`${scope}.weight`, 'float32', dims, randomValues(n, -0.4, 0.4, r));
    const s = b.constant(`${scope}.weight_scale`, 'float32', [dims[0]], randomValues(dims[0], 0.002, 0.004, r));
    const z = b.constant(`${scope}.weight_zero_point`, 'int8', [dims[0]], new Array(dims[0]).fill(0));
    const q = b.op('QuantizeLinear', [w, s, z], { axis: 0 }, { name: `${scope}/weight/QuantizeLinear` });
    return b.op('DequantizeLinear', [q, s, z], { axis: 0 }, { name: `${scope}/weight/DequantizeLinear` });
  };
  const a0 = qdq(x, 1 / 32, 128, '/input');
  const bias1 = b.constant('/conv1.bias', 'float32', [8], randomValues(8, -0.1, 0.1, r));
  const c1 = b.op('Conv', [a0, fakeQuantWeight('/conv1', [8, 4, 3, 3]), bias1], { pads: [1, 1, 1, 1] }, { name: '/conv1/Conv' });
  const d1 = b.op('Div', [c1, b.constant('/conv1.div', 'float32', [], [2])], {}, { name: '/conv1/Div' });
  const a1 = qdq(b.op('Relu', [d1], {}, { name: '/conv1/Relu', output: '/conv1/Relu_output_0' }), 0.02, 0, '/conv1');
  const c2 = b.op('Conv', [a1, fakeQuantWeight('/conv2', [4, 8, 3, 3])], { pads: [1, 1, 1, 1] }, { name: '/conv2/Conv' });
  b.output(qdq(c2, 0.03, 128, '/conv2', 'y'));
  return b.model({ opset: 13 });
}

/** Two QLinearConvs in a row (QOperator): the second reads the first's uint8 output. */
export function qlinearConvChain(): ModelMsg {
  const r = rng(10);
  const b = new GraphBuilder('qlinear_chain');
  const x = b.input('x', 'uint8', [1, 4, 6, 6]);
  const layer = (input: string, scope: string, cin: number, cout: number, inScale: number, output?: string) => {
    const w = b.constant(`${scope}.w`, 'int8', [cout, cin, 3, 3], randomValues(cout * cin * 9, -60, 60, r, true));
    return b.op('QLinearConv', [
      input, scalar(b, `${scope}.xs`, 'float32', inScale), scalar(b, `${scope}.xz`, 'uint8', 0),
      w, scalar(b, `${scope}.ws`, 'float32', 0.01), scalar(b, `${scope}.wz`, 'int8', 0),
      scalar(b, `${scope}.ys`, 'float32', 0.1), scalar(b, `${scope}.yz`, 'uint8', 100),
    ], { pads: [1, 1, 1, 1] }, { name: `${scope}/QLinearConv`, output });
  };
  b.output(layer(layer(x, '/conv1', 4, 6, 0.05), '/conv2', 6, 3, 0.1, 'y'));
  return b.model({ opset: 13 });
}

// ---- quantized models with their float twins (compare/units, float-twin-match, weight-evidence) ----

/** A quantized model and its float twin, built from the same weights. */
export interface TwinModels {
  quant: ModelMsg;
  float: ModelMsg;
}

/**
 * A PyTorch-style QAT export of three conv layers (the middle one depthwise): weights folded with their BN and
 * fake-quantized (QuantizeLinear -> DequantizeLinear per channel), then Conv -> Div -> BatchNormalization -> Relu ->
 * QuantizeLinear -> Clip -> DequantizeLinear with 1-element parameters. Two float twins: `float` with BN folded into
 * the conv weights and biases (Relu kept as its own node), `unfolded` with the raw weights and BN kept.
 */
export function qatConvBnTwins(): TwinModels & { unfolded: ModelMsg } {
  const bnInputs = (b: GraphBuilder, prefix: string, l: { cout: number; gamma: number[]; beta: number[]; mean: number[]; variance: number[] }) =>
    ([['weight', l.gamma], ['bias', l.beta], ['running_mean', l.mean], ['running_var', l.variance]] as const).map(([k, v]) => b.constant(`${prefix}.${k}`, 'float32', [l.cout], v));
  const r = rng(21);
  const layers = [
    { scope: 'features.0', cin: 3, cout: 8, k: 3, group: 1, relu: true },
    { scope: 'features.1', cin: 8, cout: 8, k: 3, group: 8, relu: true },
    { scope: 'features.2', cin: 8, cout: 6, k: 1, group: 1, relu: false },
  ].map((l) => {
    const dims = [l.cout, l.cin / l.group, l.k, l.k];
    const per = dims[1] * l.k * l.k;
    const raw = randomValues(l.cout * per, -0.5, 0.5, r);
    const gamma = randomValues(l.cout, 0.5, 1.5, r);
    const beta = randomValues(l.cout, -0.2, 0.2, r);
    const mean = randomValues(l.cout, -0.1, 0.1, r);
    const variance = randomValues(l.cout, 0.5, 2, r);
    const bnScale = gamma.map((g, c) => g / Math.sqrt(variance[c] + 1e-5));
    const folded = raw.map((v, i) => v * bnScale[Math.floor(i / per)]);
    const bias = beta.map((v, c) => v - mean[c] * bnScale[c]);
    const scale = bnScale.map((_, c) => Math.max(...folded.slice(c * per, (c + 1) * per).map(Math.abs)) / 127);
    return { ...l, dims, raw, gamma, beta, mean, variance, bnScale, folded, bias, scale, pads: l.k === 3 ? [1, 1, 1, 1] : [0, 0, 0, 0] };
  });

  const q = new GraphBuilder('qat_bn');
  const fakeQuant = (t: string, scope: string, scale: number, zp: number, output?: string) => {
    const s = q.constant(`${scope || 'quant'}.activation_post_process.scale`, 'float32', [1], [scale]);
    const z = q.constant(`${scope || 'quant'}.activation_post_process.zero_point`, 'uint8', [1], [zp]);
    const qt = q.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/activation_post_process/QuantizeLinear` });
    const clipped = q.op('Clip', [qt, '', q.constant(`${scope || 'quant'}.clip_max`, 'uint8', [], [127])], {}, { name: `${scope}/activation_post_process/Clip` });
    return q.op('DequantizeLinear', [clipped, s, z], {}, { name: `${scope}/activation_post_process/DequantizeLinear`, output });
  };
  let t = fakeQuant(q.input('input', 'float32', [1, 3, 8, 8]), '', 0.04, 64);
  layers.forEach((l, i) => {
    const scope = `/features/${l.scope}`;
    const w = q.constant(`${l.scope}.weight`, 'float32', l.dims, l.folded);
    const s = q.constant(`${l.scope}.weight_fake_quant.scale`, 'float32', [l.cout], l.scale);
    const z = q.constant(`${l.scope}.weight_fake_quant.zero_point`, 'int8', [l.cout], new Array(l.cout).fill(0));
    const wq = q.op('QuantizeLinear', [w, s, z], { axis: 0 }, { name: `${scope}/weight_fake_quant/QuantizeLinear` });
    const wd = q.op('DequantizeLinear', [wq, s, z], { axis: 0 }, { name: `${scope}/weight_fake_quant/DequantizeLinear` });
    const conv = q.op('Conv', [t, wd], { pads: l.pads, group: l.group }, { name: `${scope}/Conv` });
    const div = q.op('Div', [conv, q.constant(`${l.scope}.div`, 'float32', [1, l.cout, 1, 1], l.bnScale)], {}, { name: `${scope}/Div` });
    const bn = q.op('BatchNormalization', [div, ...bnInputs(q, `${l.scope}.bn`, l)], {}, { name: `${scope}/bn/BatchNormalization` });
    const act = l.relu ? q.op('Relu', [bn], {}, { name: `${scope}/Relu` }) : bn;
    t = fakeQuant(act, scope, 0.05, 0, i === layers.length - 1 ? 'y' : undefined);
  });
  q.output(t);

  const twin = (fold: boolean) => {
    const b = new GraphBuilder(fold ? 'float_folded' : 'float_bn');
    let x = b.input('input', 'float32', [1, 3, 8, 8]);
    layers.forEach((l, i) => {
      const scope = `/features/${l.scope}/${l.scope}.0`;
      const w = b.constant(`${l.scope}.0.weight`, 'float32', l.dims, fold ? l.folded : l.raw);
      const inputs = fold ? [x, w, b.constant(`${l.scope}.0.bias`, 'float32', [l.cout], l.bias)] : [x, w];
      let y = b.op('Conv', inputs, { pads: l.pads, group: l.group }, { name: `${scope}/Conv` });
      if (!fold) y = b.op('BatchNormalization', [y, ...bnInputs(b, `${l.scope}.1`, l)], {}, { name: `${scope}/BatchNormalization` });
      const last = i === layers.length - 1;
      x = l.relu ? b.op('Relu', [y], {}, { name: `/features/${l.scope}/${l.scope}.2/Relu`, output: last ? 'y' : undefined }) : last ? b.op('Identity', [y], {}, { output: 'y' }) : y;
    });
    b.output(x);
    return b.model({ opset: 13 });
  };
  return { quant: q.model({ opset: 13 }), float: twin(true), unfolded: twin(false) };
}

/** Weight faults to inject into the quantized side of qdqResidualTwins (the float twin keeps the true weights). */
export interface WeightFaults {
  /** Output channels of conv1 whose weight zero point is raised by 8. */
  zeroPointChannels?: number[];
  /** Output channels of conv2 whose weight scale is multiplied by 1.5. */
  scaleChannels?: number[];
}

/**
 * QDQ: Q/DQ input -> conv1 -> Relu -> Q/DQ -> conv2 -> Q/DQ -> Add(conv2, conv1) -> Q/DQ -> y, int8 weights
 * dequantized per channel; the float twin computes Conv -> Relu -> Conv -> Add with the dequantized weights.
 */
export function qdqResidualTwins(faults: WeightFaults = {}): TwinModels {
  const r = rng(22);
  const C = 8;
  const weights = ['conv1', 'conv2'].map((name) => ({
    name, ints: randomValues(C * C * 9, -100, 100, r, true), scale: randomValues(C, 0.002, 0.004, r), zp: new Array<number>(C).fill(0),
  }));
  const dequantized = (w: (typeof weights)[number]) => w.ints.map((v, i) => (v - w.zp[Math.floor(i / 72)]) * w.scale[Math.floor(i / 72)]);

  const q = new GraphBuilder('qdq_residual');
  const qdq = (t: string, scope: string, scale: number, zp: number, output?: string) => {
    const s = q.constant(`${scope}.scale`, 'float32', [], [scale]);
    const z = q.constant(`${scope}.zero_point`, 'uint8', [], [zp]);
    return q.op('DequantizeLinear', [q.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/QuantizeLinear` }), s, z], {}, { name: `${scope}/DequantizeLinear`, output });
  };
  const weight = (w: (typeof weights)[number]) => {
    const zp = w.zp.map((z, c) => (w.name === 'conv1' && faults.zeroPointChannels?.includes(c) ? z + 8 : z));
    const scale = w.scale.map((s, c) => (w.name === 'conv2' && faults.scaleChannels?.includes(c) ? s * 1.5 : s));
    const ints = q.constant(`${w.name}.weight_int8`, 'int8', [C, C, 3, 3], w.ints);
    return q.op('DequantizeLinear', [ints, q.constant(`${w.name}.weight_scale`, 'float32', [C], scale), q.constant(`${w.name}.weight_zero_point`, 'int8', [C], zp)], { axis: 0 }, { name: `/${w.name}/weight/DequantizeLinear` });
  };
  const x = qdq(q.input('x', 'float32', [1, C, 8, 8]), '/input', 1 / 32, 128);
  const a1 = qdq(q.op('Relu', [q.op('Conv', [x, weight(weights[0])], { pads: [1, 1, 1, 1] }, { name: '/conv1/Conv' })], {}, { name: '/conv1/Relu' }), '/conv1', 0.05, 0);
  const a2 = qdq(q.op('Conv', [a1, weight(weights[1])], { pads: [1, 1, 1, 1] }, { name: '/conv2/Conv' }), '/conv2', 0.05, 128);
  q.output(qdq(q.op('Add', [a2, a1], {}, { name: '/add/Add' }), '/add', 0.08, 128, 'y'));

  const f = new GraphBuilder('float_residual');
  const fx = f.input('x', 'float32', [1, C, 8, 8]);
  const w = weights.map((wt) => f.constant(`${wt.name}.weight`, 'float32', [C, C, 3, 3], dequantized(wt)));
  const r1 = f.op('Relu', [f.op('Conv', [fx, w[0]], { pads: [1, 1, 1, 1] }, { name: '/block/conv1/Conv' })], {}, { name: '/block/relu/Relu' });
  const c2 = f.op('Conv', [r1, w[1]], { pads: [1, 1, 1, 1] }, { name: '/block/conv2/Conv' });
  f.output(f.op('Add', [c2, r1], {}, { name: '/block/Add', output: 'y' }));
  return { quant: q.model({ opset: 13 }), float: f.model({ opset: 13 }) };
}

/**
 * QOperator: QuantizeLinear -> QLinearConv -> QLinearConv -> QLinearAdd(conv2, conv1) -> DequantizeLinear -> y (the
 * first conv's Relu lives in its output range); the float twin has Conv -> Relu -> Conv -> Add.
 */
export function qlinearResidualTwins(): TwinModels {
  const r = rng(24);
  const C = 8;
  const w1 = { ints: randomValues(C * C * 9, -60, 60, r, true), scale: randomValues(C, 0.005, 0.01, r) };
  const w2 = { ints: randomValues(C * C, -60, 60, r, true), scale: randomValues(C, 0.005, 0.01, r) };
  const q = new GraphBuilder('qlinear_residual');
  const p = (name: string, dtype: 'float32' | 'uint8' | 'int8', v: number) => q.constant(name, dtype, [], [v]);
  const x = q.op('QuantizeLinear', [q.input('x', 'float32', [1, C, 6, 6]), p('xs', 'float32', 0.05), p('xz', 'uint8', 128)], {}, { name: '/input/QuantizeLinear' });
  const conv = (input: string, inScale: string, inZp: string, w: typeof w1, k: number, name: string, outZp: number) => q.op('QLinearConv', [
    input, inScale, inZp,
    q.constant(`${name}.w`, 'int8', [C, C, k, k], w.ints), q.constant(`${name}.ws`, 'float32', [C], w.scale), q.constant(`${name}.wz`, 'int8', [C], new Array(C).fill(0)),
    p(`${name}.ys`, 'float32', 0.1), p(`${name}.yz`, 'uint8', outZp),
  ], { pads: k === 3 ? [1, 1, 1, 1] : [0, 0, 0, 0] }, { name: `/${name}/QLinearConv` });
  const y1 = conv(x, 'xs', 'xz', w1, 3, 'conv1', 0);
  const y2 = conv(y1, 'conv1.ys', 'conv1.yz', w2, 1, 'conv2', 128);
  const sum = q.op('QLinearAdd', [y2, 'conv2.ys', 'conv2.yz', y1, 'conv1.ys', 'conv1.yz', p('add.ys', 'float32', 0.15), p('add.yz', 'uint8', 128)], {}, { name: '/add/QLinearAdd', domain: 'com.microsoft' });
  q.output(q.op('DequantizeLinear', [sum, 'add.ys', 'add.yz'], {}, { name: '/output/DequantizeLinear', output: 'y' }));

  const f = new GraphBuilder('float_residual');
  const deq = (w: typeof w1, per: number) => w.ints.map((v, i) => v * w.scale[Math.floor(i / per)]);
  const r1 = f.op('Relu', [f.op('Conv', [f.input('x', 'float32', [1, C, 6, 6]), f.constant('w1', 'float32', [C, C, 3, 3], deq(w1, C * 9))], { pads: [1, 1, 1, 1] }, { name: '/conv1/Conv' })], {}, { name: '/conv1/Relu' });
  const c2 = f.op('Conv', [r1, f.constant('w2', 'float32', [C, C, 1, 1], deq(w2, C))], {}, { name: '/conv2/Conv' });
  f.output(f.op('Add', [c2, r1], {}, { name: '/add/Add', output: 'y' }));
  return { quant: q.model({ opset: 13, extraOpsets: { 'com.microsoft': 1 } }), float: f.model({ opset: 13 }) };
}

/**
 * A transformer block: LayerNorm -> q/k/v projections (MatMul + bias Add) -> scores MatMul(q, Transpose(k)) / 4 ->
 * Softmax -> MatMul(., v) -> output projection -> residual Add. The quantized side (QDQ, int8 weights per output
 * channel) builds q, k, v in that order; the float side in `floatOrder` and with an extra Reshape before the output
 * projection. Without `quantNames` the quantized nodes carry no scopes (`MatMul_3`).
 */
export function quantAttentionTwins(o: { floatOrder?: Array<'q' | 'k' | 'v'>; quantNames?: boolean } = {}): TwinModels {
  const r = rng(23);
  const D = 16;
  const T = 6;
  const proj = Object.fromEntries(['q', 'k', 'v', 'o'].map((k) => [k, {
    ints: randomValues(D * D, -100, 100, r, true), scale: randomValues(D, 0.002, 0.004, r), bias: randomValues(D, -0.1, 0.1, r),
  }]));
  const gamma = randomValues(D, 0.8, 1.2, r);
  const beta = randomValues(D, -0.1, 0.1, r);
  const named = (name: string) => (o.quantNames === false ? {} : { name });

  const q = new GraphBuilder('quant_attention');
  const qdq = (t: string, scope: string, scale: number) => {
    const s = q.constant(`${scope}.scale`, 'float32', [], [scale]);
    const z = q.constant(`${scope}.zero_point`, 'uint8', [], [128]);
    return q.op('DequantizeLinear', [q.op('QuantizeLinear', [t, s, z], {}, named(`${scope}/QuantizeLinear`)), s, z], {}, named(`${scope}/DequantizeLinear`));
  };
  const linear = (b: GraphBuilder, t: string, k: string, quantized: boolean) => {
    const p = proj[k];
    const w = quantized
      ? b.op('DequantizeLinear', [b.constant(`${k}.w_int8`, 'int8', [D, D], p.ints), b.constant(`${k}.w_scale`, 'float32', [D], p.scale), b.constant(`${k}.w_zp`, 'int8', [D], new Array(D).fill(0))], { axis: 1 }, named(`/encoder/attn/${k}/weight/DequantizeLinear`))
      : b.constant(`${k}.weight`, 'float32', [D, D], p.ints.map((v, i) => v * p.scale[i % D]));
    const opts = (op: string) => (quantized ? named(`/encoder/attn/${k}/${op}`) : { name: `/encoder/attn/${k}/${op}` });
    return b.op('Add', [b.op('MatMul', [t, w], {}, opts('MatMul')), b.constant(`${k}.bias`, 'float32', [D], p.bias)], {}, opts('Add'));
  };
  const block = (b: GraphBuilder, quantized: boolean, order: Array<'q' | 'k' | 'v'>) => {
    const wrap = (t: string, scope: string, scale: number) => (quantized ? qdq(t, scope, scale) : t);
    const opts = (name: string) => (quantized ? named(name) : { name });
    const x = b.input('x', 'float32', [1, T, D]);
    const xin = wrap(x, '/input', 0.02);
    const ln = wrap(b.op('LayerNormalization', [xin, b.constant('ln.gamma', 'float32', [D], gamma), b.constant('ln.beta', 'float32', [D], beta)], { axis: -1 }, opts('/encoder/ln/LayerNormalization')), '/encoder/ln', 0.03);
    const made: Record<string, string> = {};
    for (const k of order) made[k] = wrap(linear(b, ln, k, quantized), `/encoder/attn/${k}`, 0.04);
    const kt = b.op('Transpose', [made.k], { perm: [0, 2, 1] }, opts('/encoder/attn/Transpose'));
    const scores = b.op('Div', [b.op('MatMul', [made.q, kt], {}, opts('/encoder/attn/scores/MatMul')), b.constant('scale_div', 'float32', [], [4])], {}, opts('/encoder/attn/Div'));
    const probs = wrap(b.op('Softmax', [scores], { axis: -1 }, opts('/encoder/attn/Softmax')), '/encoder/attn/softmax', 1 / 255);
    let context = wrap(b.op('MatMul', [probs, made.v], {}, opts('/encoder/attn/context/MatMul')), '/encoder/attn/context', 0.04);
    if (!quantized) context = b.op('Reshape', [context, b.constant('context_shape', 'int64', [2], [T, D])], {}, { name: '/encoder/attn/Reshape' });
    const out = wrap(linear(b, context, 'o', quantized), '/encoder/attn/o', 0.04);
    const y = b.op('Add', [xin, out], {}, opts('/encoder/Add'));
    b.output(quantized ? b.op('Identity', [wrap(y, '/encoder/out', 0.05)], {}, { output: 'y' }) : b.op('Identity', [y], {}, { output: 'y' }));
  };
  block(q, true, ['q', 'k', 'v']);
  const f = new GraphBuilder('float_attention');
  block(f, false, o.floatOrder ?? ['q', 'k', 'v']);
  return { quant: q.model({ opset: 17 }), float: f.model({ opset: 17 }) };
}

/**
 * PyTorch's dynamic flatten: Shape -> Gather -> Unsqueeze -> Concat computes the Reshape target from the activation's
 * shape. Conv -> Relu -> that Reshape -> MatMul; the shape computation is metadata, not a layer.
 */
export function dynamicReshapeModel(): ModelMsg {
  const r = rng(25);
  const b = new GraphBuilder('dynamic_reshape');
  const x = b.input('x', 'float32', ['batch', 4, 4, 4]);
  const c = b.op('Relu', [b.op('Conv', [x, b.constant('w', 'float32', [8, 4, 1, 1], randomValues(32, -0.5, 0.5, r))], {}, { name: '/conv/Conv' })], {}, { name: '/relu/Relu' });
  const n = b.op('Unsqueeze', [b.op('Gather', [b.op('Shape', [c], {}, { name: '/Shape' }), b.constant('zero', 'int64', [], [0])], { axis: 0 }, { name: '/Gather' }), b.constant('axes', 'int64', [1], [0])], {}, { name: '/Unsqueeze' });
  const target = b.op('Concat', [n, b.constant('minus_one', 'int64', [1], [-1])], { axis: 0 }, { name: '/Concat' });
  const flat = b.op('Reshape', [c, target], {}, { name: '/Reshape' });
  b.output(b.op('MatMul', [flat, b.constant('fc', 'float32', [128, 3], randomValues(384, -0.1, 0.1, r))], {}, { name: '/fc/MatMul', output: 'y' }));
  return b.model({ opset: 13 });
}
