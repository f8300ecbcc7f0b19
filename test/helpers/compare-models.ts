import { GraphBuilder, randomValues, rng } from '../../src/engine/builder/model-builder';
import { encodeModel } from '../../src/engine/onnx/model-file';
import { ModelMsg } from '../../src/engine/onnx/schema';
import { Tensor, toFloat32 } from '../../src/engine/onnx/tensor-codec';
import { EngineClient } from '../../src/engine/process/engine-client';

export interface TwinOptions {
  depth?: number;
  channels?: number;
  size?: number;
  classes?: number;
  seed?: number;
  /** Activations quantized to 0..255 and weights to the full int8 range (the u8s8 saturation risk). */
  fullRange?: boolean;
}

export interface ConvTwin {
  float: ModelMsg;
  qdq: ModelMsg;
  /** Conv node names, in order (the same in both models). */
  convs: string[];
  input: Tensor;
}

const session = { provider: 'cpu', level: 'disabled' as const, config: {}, freeDims: {} };

/** A float convnet: conv-relu blocks, a residual add closing every second pair of blocks, then pooling and a classifier. */
function floatNet(o: Required<TwinOptions>): { model: ModelMsg; convs: string[]; weights: Array<{ w: number[]; b: number[]; dims: number[] }>; fc: { w: number[]; b: number[] } } {
  const r = rng(o.seed);
  const b = new GraphBuilder('float_twin');
  let x = b.input('x', 'float32', [1, o.channels, o.size, o.size]);
  const convs: string[] = [];
  const weights: Array<{ w: number[]; b: number[]; dims: number[] }> = [];
  let skip = x;
  for (let i = 0; i < o.depth; i++) {
    const dims = [o.channels, o.channels, 3, 3];
    const bound = Math.sqrt(6 / (o.channels * 9));
    const w = randomValues(o.channels * o.channels * 9, -bound, bound, r);
    const bias = randomValues(o.channels, -0.05, 0.05, r);
    weights.push({ w, b: bias, dims });
    const name = `/layer${i}/conv/Conv`;
    convs.push(name);
    const c = b.op('Conv', [x, b.constant(`layer${i}.w`, 'float32', dims, w), b.constant(`layer${i}.b`, 'float32', [o.channels], bias)], { pads: [1, 1, 1, 1] }, { name, output: `/layer${i}/conv/Conv_output_0` });
    x = b.op('Relu', [c], {}, { name: `/layer${i}/relu/Relu`, output: `/layer${i}/relu/Relu_output_0` });
    if (i > 0 && i % 2 === 0) {
      x = b.op('Add', [x, skip], {}, { name: `/layer${i}/add/Add`, output: `/layer${i}/add/Add_output_0` });
    }
    if (i % 2 === 0) skip = x;
  }
  const pooled = b.op('Flatten', [b.op('GlobalAveragePool', [x], {}, { name: '/pool/GlobalAveragePool' })], {}, { name: '/pool/Flatten' });
  const fw = randomValues(o.classes * o.channels, -0.5, 0.5, r);
  const fb = randomValues(o.classes, -0.1, 0.1, r);
  b.output(b.op('Gemm', [pooled, b.constant('fc.w', 'float32', [o.classes, o.channels], fw), b.constant('fc.b', 'float32', [o.classes], fb)], { transB: 1 }, { name: '/fc/Gemm', output: 'logits' }));
  return { model: b.model({ opset: 13 }), convs, weights, fc: { w: fw, b: fb } };
}

/**
 * A float convnet and its QDQ twin, quantized the way PyTorch does it: per-channel symmetric int8 weights, uint8
 * activations with ranges calibrated on the input (run through the float model), int32 biases. The QDQ model keeps
 * the float model's node names, so layer i is `convs[i]` in both.
 */
export async function convTwin(engine: EngineClient, opts: TwinOptions = {}): Promise<ConvTwin> {
  const o: Required<TwinOptions> = { depth: 4, channels: 16, size: 12, classes: 10, seed: 7, fullRange: false, ...opts };
  const net = floatNet(o);
  const r = rng(o.seed + 1000);
  const input: Tensor = { name: 'x', dtype: 'float32', dims: [1, o.channels, o.size, o.size], data: Float32Array.from(randomValues(o.channels * o.size * o.size, o.fullRange ? 0 : -1, 1, r)) };
  const fetch: string[] = [];
  for (let i = 0; i < o.depth; i++) fetch.push(`/layer${i}/relu/Relu_output_0`, ...(i > 0 && i % 2 === 0 ? [`/layer${i}/add/Add_output_0`] : []));
  const run = await engine.call('run', { model: { bytes: encodeModel(net.model) }, session, feeds: { x: input }, fetch });
  const qmax = o.fullRange ? 255 : 127;
  // Calibration: each activation's observed maximum maps to the top of its (7- or 8-bit) range.
  const scaleOf = (t: string) => toFloat32(run.outputs[t]).reduce((m, v) => Math.max(m, v), 0) / qmax || 1;

  const b = new GraphBuilder('qdq_twin');
  const x0 = b.input('x', 'float32', [1, o.channels, o.size, o.size]);
  let k = 0;
  const qdq = (t: string, scale: number, zp: number, scope: string) => {
    const s = b.constant(`${scope}.scale${k}`, 'float32', [], [scale]);
    const z = b.constant(`${scope}.zp${k++}`, 'uint8', [], [zp]);
    const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/QuantizeLinear`, output: `${scope}/QuantizeLinear_output_0` });
    return { out: b.op('DequantizeLinear', [q, s, z], {}, { name: `${scope}/DequantizeLinear`, output: `${scope}/DequantizeLinear_output_0` }), scale };
  };
  // Inputs in [-1, 1) on 7 bits (zero point 64), as fbgemm's reduce_range does; full range: [0, 1] on 8 bits.
  let x = qdq(x0, o.fullRange ? 1 / 255 : 2 / 127, o.fullRange ? 0 : 64, '/input');
  let skip = x;
  for (let i = 0; i < o.depth; i++) {
    const { w, b: bias, dims } = net.weights[i];
    const per = dims[1] * 9;
    const ws: number[] = [];
    const wq: number[] = [];
    for (let c = 0; c < dims[0]; c++) {
      const row = w.slice(c * per, (c + 1) * per);
      const s = Math.max(...row.map(Math.abs)) / 127;
      ws.push(s);
      for (const v of row) wq.push(Math.max(-127, Math.min(127, Math.round(v / s))));
    }
    const wdq = b.op('DequantizeLinear', [b.constant(`layer${i}.wq`, 'int8', dims, wq), b.constant(`layer${i}.ws`, 'float32', [dims[0]], ws), b.constant(`layer${i}.wz`, 'int8', [dims[0]], new Array(dims[0]).fill(0))], { axis: 0 }, { name: `/layer${i}/conv/weight/DequantizeLinear` });
    const bs = ws.map((s) => s * x.scale);
    const bdq = b.op('DequantizeLinear', [b.constant(`layer${i}.bq`, 'int32', [dims[0]], bias.map((v, c) => Math.round(v / bs[c]))), b.constant(`layer${i}.bs`, 'float32', [dims[0]], bs), b.constant(`layer${i}.bz`, 'int32', [dims[0]], new Array(dims[0]).fill(0))], { axis: 0 }, { name: `/layer${i}/conv/bias/DequantizeLinear` });
    const c = b.op('Conv', [x.out, wdq, bdq], { pads: [1, 1, 1, 1] }, { name: net.convs[i], output: `/layer${i}/conv/Conv_output_0` });
    const relu = b.op('Relu', [c], {}, { name: `/layer${i}/relu/Relu`, output: `/layer${i}/relu/Relu_output_0` });
    if (i > 0 && i % 2 === 0) {
      const a = qdq(relu, scaleOf(`/layer${i}/relu/Relu_output_0`), 0, `/layer${i}/relu`);
      const sum = b.op('Add', [a.out, skip.out], {}, { name: `/layer${i}/add/Add`, output: `/layer${i}/add/Add_output_0` });
      x = qdq(sum, scaleOf(`/layer${i}/add/Add_output_0`), 0, `/layer${i}/add`);
    } else {
      x = qdq(relu, scaleOf(`/layer${i}/relu/Relu_output_0`), 0, `/layer${i}/relu`);
    }
    if (i % 2 === 0) skip = x;
  }
  const pooled = b.op('Flatten', [b.op('GlobalAveragePool', [x.out], {}, { name: '/pool/GlobalAveragePool' })], {}, { name: '/pool/Flatten' });
  b.output(b.op('Gemm', [pooled, b.constant('fc.w', 'float32', [o.classes, o.channels], net.fc.w), b.constant('fc.b', 'float32', [o.classes], net.fc.b)], { transB: 1 }, { name: '/fc/Gemm', output: 'logits' }));
  return { float: net.model, qdq: b.model({ opset: 13 }), convs: net.convs, input };
}
