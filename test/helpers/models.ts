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
