import { f, GraphBuilder, randomValues, rng } from '../../src/engine/builder/model-builder';
import { ModelMsg } from '../../src/engine/onnx/schema';

/**
 * The pattern PyTorch 1.13 exports for QAT models with fused Conv+BN modules, built here: each layer is
 * DequantizeLinear(input) -> Conv(weight = DequantizeLinear(QuantizeLinear(float weight scaled by sf)), zero bias)
 * -> Div(sf) -> BatchNormalization(gamma, beta, mean, var) -> Relu -> QuantizeLinear -> DequantizeLinear, with
 * sf = gamma / sqrt(var + eps). `withDiv: false` leaves the Div out (a plain Conv -> BatchNormalization after a
 * quantized weight); `gemmHead` ends with Gemm -> BatchNormalization on the pooled features.
 */
export function qatConvBnModel(opts: { layers: number; channels?: number; withDiv?: boolean; negativeGamma?: boolean; gemmHead?: boolean; seed?: number; maxPoolAfter?: number }): ModelMsg {
  const r = rng(opts.seed ?? 31);
  const c = opts.channels ?? 8;
  const withDiv = opts.withDiv ?? true;
  const b = new GraphBuilder('qat_convbn');
  const x = b.input('x', 'float32', [1, c, 8, 8]);
  const eps = 1e-5;
  const act = (name: string, t: string, scale: number) => {
    const s = b.constant(`${name}.scale`, 'float32', [], [scale]);
    const z = b.constant(`${name}.zero_point`, 'uint8', [], [0]);
    const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${name}/QuantizeLinear` });
    return b.op('DequantizeLinear', [q, s, z], {}, { name: `${name}/DequantizeLinear` });
  };
  const bn = (name: string, t: string, channels: number, sf: number[], stats: { gamma: number[]; beta: number[]; mean: number[]; variance: number[] }) => {
    const input = withDiv ? b.op('Div', [t, b.constant(`${name}.sf`, 'float32', [1, channels, ...(name.includes('fc') ? [] : [1, 1])], sf)], {}, { name: `${name}/Div` }) : t;
    return b.op('BatchNormalization', [input,
      b.constant(`${name}.bn.weight`, 'float32', [channels], stats.gamma), b.constant(`${name}.bn.bias`, 'float32', [channels], stats.beta),
      b.constant(`${name}.bn.running_mean`, 'float32', [channels], stats.mean), b.constant(`${name}.bn.running_var`, 'float32', [channels], stats.variance),
    ], { epsilon: f(eps) }, { name: `${name}/bn/BatchNormalization`, output: name === '/fc' ? 'y' : undefined });
  };
  const stats = (channels: number) => {
    const gamma = randomValues(channels, 0.5, 1.5, r).map((g, i) => (opts.negativeGamma && i % 3 === 0 ? -g : g));
    const variance = randomValues(channels, 0.2, 2, r);
    return { gamma, beta: randomValues(channels, -0.3, 0.3, r), mean: randomValues(channels, -0.2, 0.2, r), variance, sf: gamma.map((g, i) => g / Math.sqrt(variance[i] + eps)) };
  };
  /** A fake-quantized weight: the float values (scaled by sf, as the QAT module does) through QuantizeLinear/DequantizeLinear per channel. */
  const weight = (name: string, dims: number[], sf: number[], axis: number) => {
    const n = dims.reduce((p, d) => p * d, 1);
    const inner = dims.slice(axis + 1).reduce((p, d) => p * d, 1);
    const raw = randomValues(n, -0.5, 0.5, r);
    const scaled = raw.map((v, i) => v * (withDiv ? sf[Math.floor(i / inner) % dims[axis]] : 1));
    const channels = dims[axis];
    const max = Array.from({ length: channels }, (_, ch) => Math.max(1e-6, ...scaled.filter((_, i) => Math.floor(i / inner) % channels === ch).map(Math.abs)));
    const s = b.constant(`${name}.weight_fake_quant.scale`, 'float32', [channels], max.map((m) => m / 127));
    const z = b.constant(`${name}.weight_fake_quant.zero_point`, 'int8', [channels], new Array(channels).fill(0));
    const q = b.op('QuantizeLinear', [b.constant(`${name}.weight`, 'float32', dims, scaled), s, z], { axis }, { name: `${name}/weight_fake_quant/QuantizeLinear` });
    return b.op('DequantizeLinear', [q, s, z], { axis }, { name: `${name}/weight_fake_quant/DequantizeLinear` });
  };

  let t = act('/input', x, 1 / 32);
  const zeroBias = b.constant('zero_bias', 'float32', [c], new Array(c).fill(0));
  for (let i = 0; i < opts.layers; i++) {
    const name = `/features.${i}`;
    const st = stats(c);
    const conv = b.op('Conv', [t, weight(name, [c, c, 3, 3], st.sf, 0), zeroBias], { pads: [1, 1, 1, 1] }, { name: `${name}/Conv` });
    t = act(`${name}/activation_post_process`, b.op('Relu', [bn(name, conv, c, st.sf, st)], {}, { name: `${name}/Relu` }), 0.05);
    // As PyTorch's ResNet exports its stem: a MaxPool on the dequantized values, no QuantizeLinear after it.
    if (opts.maxPoolAfter === i) t = b.op('MaxPool', [t], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, { name: `${name}/maxpool/MaxPool` });
  }
  if (opts.gemmHead) {
    const pooled = b.op('Flatten', [b.op('GlobalAveragePool', [t], {}, { name: '/pool' })], {}, { name: '/flatten' });
    const st = stats(4);
    const g = b.op('Gemm', [act('/fc/input', pooled, 0.02), weight('/fc', [4, c], st.sf, 0), b.constant('fc.bias', 'float32', [4], [0, 0, 0, 0])], { transB: 1 }, { name: '/fc/Gemm' });
    b.output(bn('/fc', g, 4, st.sf, st));
  } else {
    b.output(b.op('Identity', [t], {}, { name: '/out', output: 'y' }));
  }
  return b.model({ opset: 13 });
}
