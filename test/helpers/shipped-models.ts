import { GraphBuilder, randomValues, rng, tensor, tensorAttr } from '../../src/engine/builder/model-builder';
import { ModelMsg } from '../../src/engine/onnx/schema';

/**
 * A float convnet with swish activations written out as x * sigmoid(x) (how PyTorch exports SiLU before opset 14):
 * conv -> Sigmoid -> Mul(conv, sigmoid) per block. The runtime fuses each swish into its conv, so the Sigmoid and
 * Mul outputs do not exist in the compiled graph.
 */
export function swishConvNet(o: { blocks?: number; channels?: number; size?: number; seed?: number } = {}): ModelMsg {
  const { blocks = 3, channels = 16, size = 12, seed = 21 } = o;
  const r = rng(seed);
  const b = new GraphBuilder('swish_net');
  let x = b.input('x', 'float32', [1, channels, size, size]);
  for (let i = 0; i < blocks; i++) {
    const bound = Math.sqrt(6 / (channels * 9));
    const w = b.constant(`block${i}.w`, 'float32', [channels, channels, 3, 3], randomValues(channels * channels * 9, -bound, bound, r));
    const bias = b.constant(`block${i}.b`, 'float32', [channels], randomValues(channels, -0.1, 0.1, r));
    const c = b.op('Conv', [x, w, bias], { pads: [1, 1, 1, 1] }, { name: `/block${i}/conv/Conv`, output: `/block${i}/conv/Conv_output_0` });
    const s = b.op('Sigmoid', [c], {}, { name: `/block${i}/act/Sigmoid`, output: `/block${i}/act/Sigmoid_output_0` });
    x = b.op('Mul', [c, s], {}, { name: `/block${i}/act/Mul`, output: `/block${i}/act/Mul_output_0` });
  }
  b.output(x);
  return b.model({ opset: 13 });
}

export interface TransformerOptions {
  blocks?: number;
  /** Divide this activation's scale by 8 (a calibration fault), by its name, e.g. `/block1/attn/o/Add_output_0`. */
  faultAt?: string;
  seed?: number;
  /**
   * Keep the residual stream (the blocks' Adds) in float, as PyTorch's eager QAT exports it when only the layers are
   * quantized: the runtime then fuses each LayerNorm whole (ReduceMean, Sub, Pow, Sqrt, Div into one kernel).
   */
  floatResidual?: boolean;
  /**
   * Write each quantized linear as PyTorch's eager QAT exports it: the float weight stored [out, in], fake-quantized
   * per output channel (QuantizeLinear -> DequantizeLinear, axis 0), then Transpose into the MatMul.
   */
  torchLinears?: boolean;
  /** Add this much to every bias value of one linear of the quantized model (a fault), by name: `/block1/attn/v`. */
  biasFault?: { linear: string; add: number };
  /** Multiply one linear's weight fake-quant scale by `factor` (with `torchLinears`): a grid coarser than the weights need. */
  weightScaleFault?: { linear: string; factor: number };
}

/** Dimensions of the QAT transformer: sequence, width, heads. */
const T = 8;
const D = 32;
const H = 2;

interface Weights { ints: number[]; scale: number[]; bias: number[]; dims: [number, number] }

/**
 * A QAT transformer encoder as PyTorch exports it, and its float twin: LayerNorm decomposed into ReduceMean, Sub, Pow,
 * ReduceMean, Add, Sqrt, Div, Mul, Add; q/k/v projections reshaped into heads and transposed; softmax attention; a
 * ReLU MLP; residual adds. The quantized model fake-quantizes activations to 7 bits as QAT exports do
 * (QuantizeLinear -> Clip(0, 127) -> DequantizeLinear) with scales calibrated on `calibrate`'s run of the float
 * model, and holds per-channel int8 weights; the float twin holds the same weights dequantized, so the two differ only
 * by the activations' quantization. `points` are the float tensors that get fake-quantized (same names in both).
 */
export class QatTransformer {
  readonly points: string[] = [];
  private readonly weights = new Map<string, Weights>();

  constructor(private readonly o: TransformerOptions = {}) {
    const r = rng(o.seed ?? 31);
    const blocks = o.blocks ?? 2;
    const dims: Array<[string, number, number]> = [];
    for (let i = 0; i < blocks; i++) {
      for (const k of ['q', 'k', 'v', 'o']) dims.push([`/block${i}/attn/${k}`, D, D]);
      dims.push([`/block${i}/mlp/fc1`, D, 2 * D], [`/block${i}/mlp/fc2`, 2 * D, D]);
    }
    for (const [name, rows, cols] of dims) {
      this.weights.set(name, {
        ints: randomValues(rows * cols, -127, 127, r, true), scale: randomValues(cols, 0.6, 1.4, r).map((s) => s / (127 * Math.sqrt(rows))),
        bias: randomValues(cols, -0.1, 0.1, r), dims: [rows, cols],
      });
    }
  }

  /** The float twin. */
  float(): ModelMsg {
    this.points.length = 0;
    return this.build(null);
  }

  /** The QAT export, with each point's scale (max |value| seen by the float model) from `ranges`. */
  quant(ranges: Map<string, number>): ModelMsg {
    return this.build(ranges);
  }

  private build(ranges: Map<string, number> | null): ModelMsg {
    const b = new GraphBuilder(ranges ? 'qat_transformer' : 'float_transformer');
    const points = this.points;
    const op = (type: string, name: string, inputs: string[], attrs: Record<string, number | number[]> = {}) =>
      b.op(type, inputs, attrs, { name, output: `${name}_output_0` });
    const c = (name: string, values: number[], dims: number[] = [], dtype: 'float32' | 'int64' | 'uint8' = 'float32') => b.constant(name, dtype, dims, values);
    // 7-bit fake quantization: uint8 with its top bit unused (Clip 0..127), zero point 64 for signed values.
    const fq = (t: string, nonNegative = false): string => {
      if (!ranges) { points.push(t); return t; }
      const range = ranges.get(t);
      if (range === undefined) throw new Error(`no calibration range for ${t}`);
      let scale = (range || 1) / (nonNegative ? 127 : 63);
      if (this.o.faultAt === t) scale /= 8;
      const s = c(`${t}.scale`, [scale]);
      const z = c(`${t}.zero_point`, [nonNegative ? 0 : 64], [], 'uint8');
      const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${t}/QuantizeLinear` });
      const clipped = b.op('Clip', [q, c(`${t}.qmin`, [0], [], 'uint8'), c(`${t}.qmax`, [127], [], 'uint8')], {}, { name: `${t}/Clip` });
      return b.op('DequantizeLinear', [clipped, s, z], {}, { name: `${t}/DequantizeLinear` });
    };
    const linear = (name: string, x: string): string => {
      const w = this.weights.get(name)!;
      const [rows, cols] = w.dims;
      const real = w.ints.map((v, i) => Math.fround(v * Math.fround(w.scale[i % cols])));
      let weight: string;
      if (!ranges) {
        weight = c(`${name}.weight`, real, w.dims);
      } else if (this.o.torchLinears) {
        const stored = Array.from({ length: rows * cols }, (_, k) => real[(k % rows) * cols + Math.floor(k / rows)]);
        const factor = this.o.weightScaleFault?.linear === name ? this.o.weightScaleFault.factor : 1;
        const s = c(`${name}.weight_fake_quant.scale`, w.scale.map((v) => v * factor), [cols]);
        const z = b.constant(`${name}.weight_fake_quant.zero_point`, 'int8', [cols], new Array(cols).fill(0));
        const q = b.op('QuantizeLinear', [c(`${name}.weight`, stored, [cols, rows]), s, z], { axis: 0 }, { name: `${name}/weight_fake_quant/QuantizeLinear` });
        const dq = b.op('DequantizeLinear', [q, s, z], { axis: 0 }, { name: `${name}/weight_fake_quant/DequantizeLinear` });
        weight = b.op('Transpose', [dq], { perm: [1, 0] }, { name: `${name}/weight/Transpose` });
      } else {
        weight = b.op('DequantizeLinear', [b.constant(`${name}.w_int8`, 'int8', w.dims, w.ints), c(`${name}.w_scale`, w.scale, [cols]), b.constant(`${name}.w_zp`, 'int8', [cols], new Array(cols).fill(0))], { axis: 1 }, { name: `${name}/weight/DequantizeLinear` });
      }
      const shift = ranges && this.o.biasFault?.linear === name ? this.o.biasFault.add : 0;
      return op('Add', `${name}/Add`, [op('MatMul', `${name}/MatMul`, [x, weight]), c(`${name}.bias`, w.bias.map((v) => v + shift), [cols])]);
    };
    const layerNorm = (scope: string, x: string): string => {
      const mean = op('ReduceMean', `${scope}/ReduceMean`, [x], { axes: [-1] });
      const d = op('Sub', `${scope}/Sub`, [x, mean]);
      const v = op('ReduceMean', `${scope}/ReduceMean_1`, [op('Pow', `${scope}/Pow`, [d, c(`${scope}.two`, [2])])], { axes: [-1] });
      const n = op('Div', `${scope}/Div`, [d, op('Sqrt', `${scope}/Sqrt`, [op('Add', `${scope}/Add`, [v, c(`${scope}.eps`, [1e-5])])])]);
      return op('Add', `${scope}/Add_1`, [op('Mul', `${scope}/Mul`, [n, c(`${scope}.gamma`, new Array(D).fill(1), [D])]), c(`${scope}.beta`, new Array(D).fill(0), [D])]);
    };
    const heads = (scope: string, x: string, perm: number[]) =>
      op('Transpose', `${scope}/Transpose`, [op('Reshape', `${scope}/Reshape`, [x, c(`${scope}.heads`, [1, T, H, D / H], [4], 'int64')])], { perm });

    let x = fq(b.input('x', 'float32', [1, T, D]));
    for (let i = 0; i < (this.o.blocks ?? 2); i++) {
      const s = `/block${i}`;
      const ln = fq(layerNorm(`${s}/ln1`, x));
      const q = heads(`${s}/attn/q`, fq(linear(`${s}/attn/q`, ln)), [0, 2, 1, 3]);
      const k = heads(`${s}/attn/k`, fq(linear(`${s}/attn/k`, ln)), [0, 2, 3, 1]);
      const v = heads(`${s}/attn/v`, fq(linear(`${s}/attn/v`, ln)), [0, 2, 1, 3]);
      const scores = op('Div', `${s}/attn/Div`, [op('MatMul', `${s}/attn/scores/MatMul`, [q, k]), c(`${s}.sqrt_dh`, [Math.sqrt(D / H)])]);
      const probs = fq(op('Softmax', `${s}/attn/Softmax`, [scores], { axis: -1 }), true);
      const context = fq(op('MatMul', `${s}/attn/context/MatMul`, [probs, v]));
      const merged = op('Reshape', `${s}/attn/merge/Reshape`, [op('Transpose', `${s}/attn/merge/Transpose`, [context], { perm: [0, 2, 1, 3] }), c(`${s}.merged`, [1, T, D], [3], 'int64')]);
      const attn = fq(linear(`${s}/attn/o`, merged));
      const residual = (t: string) => (this.o.floatResidual ? t : fq(t));
      x = residual(op('Add', `${s}/Add`, [x, attn]));
      const h = fq(op('Relu', `${s}/mlp/Relu`, [linear(`${s}/mlp/fc1`, fq(layerNorm(`${s}/ln2`, x)))]), true);
      x = residual(op('Add', `${s}/Add_1`, [x, fq(linear(`${s}/mlp/fc2`, h))]));
    }
    b.output(b.op('Identity', [x], {}, { name: '/output/Identity', output: 'y' }));
    return b.model({ opset: 17 });
  }
}

/**
 * A convnet as onnxruntime's quantize_dynamic writes it, and its float twin: each conv and the final matmul take
 * their input through DynamicQuantizeLinear (uint8, scale and zero point computed at run time), run as ConvInteger or
 * MatMulInteger with int8 weights (per-tensor), then Cast -> Mul by input scale x weight scale (-> Add bias). The
 * float twin holds the same weights dequantized. `outlierChannel` makes one input channel of the first conv 100x
 * larger (an outlier that dominates the per-tensor dynamic range).
 * `quietChannel` gives that input channel zero weights in the first conv (an outlier channel the layer barely uses,
 * as in transformers): its outliers then only stretch the range the runtime computes for the whole tensor.
 */
export function dynamicInt8Twins(o: { channels?: number; size?: number; seed?: number; quietChannel?: number } = {}): { quant: ModelMsg; float: ModelMsg; half: ModelMsg } {
  const { channels = 8, size = 8, seed = 41 } = o;
  const r = rng(seed);
  const layers = [0, 1].map((i) => {
    const n = channels * channels * 9;
    const ints = randomValues(n, -127, 127, r, true).map((v, k) => (i === 0 && Math.floor(k / 9) % channels === o.quietChannel ? 0 : v));
    return { name: `/conv${i}/Conv`, ints, scale: 1 / (127 * Math.sqrt(channels * 9)) * 2, bias: randomValues(channels, -0.1, 0.1, r), dims: [channels, channels, 3, 3] };
  });
  const fc = { ints: randomValues(channels * size * size * 10, -127, 127, r, true), scale: 1 / (127 * Math.sqrt(channels * size * size)), dims: [channels * size * size, 10] };

  // `half`: the float twin as an fp16 sibling (float16 weights, Cast in and out), as converters ship it.
  const build = (dynamic: boolean, half = false): ModelMsg => {
    const b = new GraphBuilder(dynamic ? 'dynamic_int8' : half ? 'fp16_twin' : 'float_twin');
    let x = b.input('x', 'float32', [1, channels, size, size]);
    if (half) x = b.op('Cast', [x], { to: 10 }, { name: '/input/Cast' });
    const f32 = (name: string, dims: number[], v: number[]) => b.constant(name, half && !dynamic ? 'float16' : 'float32', dims, v);
    for (const l of layers) {
      const bias = f32(`${l.name}.bias`, [channels], l.bias);
      if (dynamic) {
        const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [x], {}, { name: `${l.name}_quant`, outputs: [`${l.name}_input_quantized`, `${l.name}_input_scale`, `${l.name}_input_zero_point`] });
        const w = b.constant(`${l.name}.weight_quantized`, 'int8', l.dims, l.ints);
        const wz = b.constant(`${l.name}.weight_zero_point`, 'int8', [], [0]);
        const acc = b.op('ConvInteger', [xq, w, xz, wz], { pads: [1, 1, 1, 1] }, { name: `${l.name}_quant_ConvInteger`, output: `${l.name}_output_0_quantized` });
        const real = b.op('Cast', [acc], { to: 1 }, { name: `${l.name}_quant_Cast` });
        const scale = b.op('Mul', [xs, f32(`${l.name}.weight_scale`, [], [l.scale])], {}, { name: `${l.name}_quant_scales_mul` });
        const y = b.op('Mul', [real, scale], {}, { name: `${l.name}_quant_output_scale_mul` });
        x = b.op('Add', [y, b.op('Reshape', [bias, b.constant(`${l.name}.bias_shape`, 'int64', [4], [1, channels, 1, 1])], {}, { name: `${l.name}_bias_reshape` })], {}, { name: l.name, output: `${l.name}_output_0` });
      } else {
        x = b.op('Conv', [x, f32(`${l.name}.weight`, l.dims, l.ints.map((v) => Math.fround(v * Math.fround(l.scale)))), bias], { pads: [1, 1, 1, 1] }, { name: l.name, output: `${l.name}_output_0` });
      }
      x = b.op('Relu', [x], {}, { name: l.name.replace('Conv', 'Relu'), output: `${l.name.replace('Conv', 'Relu')}_output_0` });
    }
    const flat = b.op('Reshape', [x, b.constant('flat_shape', 'int64', [2], [1, channels * size * size])], {}, { name: '/flatten/Reshape' });
    if (dynamic) {
      const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [flat], {}, { name: '/fc/MatMul_quant', outputs: ['/fc/MatMul_input_quantized', '/fc/MatMul_input_scale', '/fc/MatMul_input_zero_point'] });
      const acc = b.op('MatMulInteger', [xq, b.constant('fc.weight_quantized', 'int8', fc.dims, fc.ints), xz, b.constant('fc.weight_zero_point', 'int8', [], [0])], {}, { name: '/fc/MatMul_quant_MatMulInteger' });
      const real = b.op('Cast', [acc], { to: 1 }, { name: '/fc/MatMul_quant_Cast' });
      b.output(b.op('Mul', [real, b.op('Mul', [xs, f32('fc.weight_scale', [], [fc.scale])], {}, { name: '/fc/MatMul_quant_scales_mul' })], {}, { name: '/fc/MatMul', output: 'logits' }));
    } else {
      const mm = b.op('MatMul', [flat, f32('fc.weight', fc.dims, fc.ints.map((v) => Math.fround(v * Math.fround(fc.scale))))], {}, { name: '/fc/MatMul', output: half ? '/fc/MatMul_output_0' : 'logits' });
      b.output(half ? b.op('Cast', [mm], { to: 1 }, { name: '/output/Cast', output: 'logits' }) : mm);
    }
    return b.model({ opset: 13 });
  };
  return { quant: build(true), float: build(false), half: build(false, true) };
}

/**
 * A float convnet and its fp16 sibling as converters write it (float16 weights, Cast to float16 at the input and back
 * to float32 at the output). `gain` scales the second conv's weights and bias in both, and so its output: past 65504
 * (fp16's largest number) its fp16 weights or values overflow to inf; below 6.1e-5 (fp16's smallest normal number)
 * they lose precision, and below 3e-8 they become 0. `tail` multiplies the output by a constant (a power of two is
 * exact in float16 even as a subnormal, so only the values leave float16's normal range).
 */
export function fp16Twins(o: { channels?: number; size?: number; seed?: number; gain?: number; tail?: number } = {}): { half: ModelMsg; float: ModelMsg } {
  const { channels = 8, size = 8, seed = 51, gain = 1 } = o;
  const r = rng(seed);
  const layers = [0, 1, 2].map((i) => ({
    name: `/conv${i}/Conv`,
    w: randomValues(channels * channels * 9, -1, 1, r).map((v) => v / Math.sqrt(channels * 9) * (i === 1 ? gain : 1)),
    b: randomValues(channels, -0.1, 0.1, r).map((v) => v * (i === 1 ? gain : 1)),
  }));
  const build = (half: boolean): ModelMsg => {
    const b = new GraphBuilder(half ? 'fp16' : 'fp32');
    const dt = half ? 'float16' : 'float32';
    let x = b.input('x', 'float32', [1, channels, size, size]);
    if (half) x = b.op('Cast', [x], { to: 10 }, { name: '/input/Cast', output: 'x_fp16' });
    for (const l of layers) {
      x = b.op('Conv', [x, b.constant(`${l.name}.weight`, dt, [channels, channels, 3, 3], l.w), b.constant(`${l.name}.bias`, dt, [channels], l.b)], { pads: [1, 1, 1, 1] }, { name: l.name, output: `${l.name}_output_0` });
      x = b.op('Relu', [x], {}, { name: l.name.replace('Conv', 'Relu'), output: `${l.name.replace('Conv', 'Relu')}_output_0` });
    }
    if (o.tail !== undefined) x = b.op('Mul', [x, b.constant('/tail.scale', dt, [], [o.tail])], {}, { name: '/tail/Mul', output: '/tail/Mul_output_0' });
    b.output(half ? b.op('Cast', [x], { to: 1 }, { name: '/output/Cast', output: 'y' }) : b.op('Identity', [x], {}, { name: '/output/Identity', output: 'y' }));
    return b.model({ opset: 13 });
  };
  return { half: build(true), float: build(false) };
}

/**
 * Self-attention in float16 as a converter writes a PyTorch export: Cast to float16 at the input, float16 weights,
 * the 1/sqrt(d) scale as a Constant node (not an initializer), activations without declared types, a residual Add
 * of two activations, Cast back to float32 at the output. The CPU runtime runs some of these ops in float32 (it
 * inserts Casts around them), so a compiled tensor and its source tensor can differ in type.
 */
export function fp16Attention(o: { tokens?: number; width?: number; seed?: number } = {}): ModelMsg {
  const { tokens = 8, width = 16, seed = 61 } = o;
  const r = rng(seed);
  const b = new GraphBuilder('fp16_attention');
  const weight = (name: string) => b.constant(name, 'float16', [width, width], randomValues(width * width, -1, 1, r).map((v) => v / Math.sqrt(width)));
  const x = b.op('Cast', [b.input('x', 'float32', [1, tokens, width])], { to: 10 }, { name: '/input/Cast', output: '/input/Cast_output_0' });
  const proj = (name: string) => b.op('MatMul', [x, weight(`${name}.weight`)], {}, { name: `/attn/${name}/MatMul`, output: `/attn/${name}/MatMul_output_0` });
  const [q, k, v] = [proj('q'), proj('k'), proj('v')];
  const kT = b.op('Transpose', [k], { perm: [0, 2, 1] }, { name: '/attn/Transpose', output: '/attn/Transpose_output_0' });
  const scores = b.op('MatMul', [q, kT], {}, { name: '/attn/MatMul', output: '/attn/MatMul_output_0' });
  const scale = b.op('Constant', [], { value: tensorAttr(tensor('float16', [], [Math.sqrt(width)])) }, { name: '/attn/Constant', output: '/attn/Constant_output_0' });
  const scaled = b.op('Div', [scores, scale], {}, { name: '/attn/Div', output: '/attn/Div_output_0' });
  const probs = b.op('Softmax', [scaled], { axis: -1 }, { name: '/attn/Softmax', output: '/attn/Softmax_output_0' });
  const context = b.op('MatMul', [probs, v], {}, { name: '/attn/MatMul_1', output: '/attn/MatMul_1_output_0' });
  // Two output projections as PyTorch exports Linears on 2-D input: Gemms, which the CPU runtime runs in float32.
  // They share one weight and bias (the exporter keeps one copy of identical weights), so the runtime keeps a Cast of
  // each to float32 in the graph instead of folding it.
  const flat = b.op('Reshape', [context, b.constant('/attn/out.flat', 'int64', [2], [tokens, width])], {}, { name: '/attn/out/Reshape', output: '/attn/out/Reshape_output_0' });
  const [outWeight, outBias] = [weight('attn.out.weight'), b.constant('attn.out.bias', 'float16', [width], new Array(width).fill(0.01))];
  const once = b.op('Gemm', [flat, outWeight, outBias], { transB: 1 }, { name: '/attn/out/Gemm', output: '/attn/out/Gemm_output_0' });
  const projected = b.op('Gemm', [once, outWeight, outBias], { transB: 1 }, { name: '/attn/out2/Gemm', output: '/attn/out2/Gemm_output_0' });
  const back = b.op('Reshape', [projected, b.constant('/attn/out.shape', 'int64', [3], [1, tokens, width])], {}, { name: '/attn/out/Reshape_1', output: '/attn/out/Reshape_1_output_0' });
  const sum = b.op('Add', [x, back], {}, { name: '/Add', output: '/Add_output_0' });
  b.output(b.op('Cast', [sum], { to: 1 }, { name: '/output/Cast', output: 'y' }));
  return b.model({ opset: 14 });
}

/**
 * A transformer MLP as quantize_dynamic writes it, and its float twin: a LayerNorm (decomposed, fused by the runtime)
 * feeds two linears, each DynamicQuantizeLinear -> MatMulInteger -> Cast -> Mul(input scale x weight scale) -> Add
 * bias, with per-tensor int8 weights. `outlier` multiplies one LayerNorm gain (channel 0 of 64) by that much in both
 * models, and the first linear barely reads that channel: as in real transformers, one outlier channel stretches the
 * range the runtime computes for the whole tensor (it is 1.6% of the values).
 */
export function dynamicMlpTwins(o: { outlier?: number; seed?: number } = {}): { quant: ModelMsg; float: ModelMsg } {
  const T = 16, D = 64, H = 128;
  const r = rng(o.seed ?? 71);
  const gamma = new Array(D).fill(1).map((g, c) => (c === 0 ? g * (o.outlier ?? 1) : g));
  const linears = [{ name: '/mlp/fc1/MatMul', k: D, n: H }, { name: '/mlp/fc2/MatMul', k: H, n: D }].map((l, i) => ({
    ...l,
    // Row 0 of the first weight (the outlier channel's) is nearly silent.
    ints: randomValues(l.k * l.n, -127, 127, r, true).map((v, j) => (i === 0 && Math.floor(j / l.n) === 0 ? Math.round(v / 64) : v)),
    scale: 2 / (127 * Math.sqrt(l.k)), bias: randomValues(l.n, -0.1, 0.1, r),
  }));
  const build = (dynamic: boolean): ModelMsg => {
    const b = new GraphBuilder(dynamic ? 'dynamic_mlp' : 'float_mlp');
    const op = (type: string, name: string, inputs: string[], attrs: Record<string, number | number[]> = {}) => b.op(type, inputs, attrs, { name, output: `${name}_output_0` });
    const c = (name: string, dims: number[], v: number[]) => b.constant(name, 'float32', dims, v);
    const x = b.input('x', 'float32', [1, T, D]);
    const mean = op('ReduceMean', '/ln/ReduceMean', [x], { axes: [-1] });
    const d = op('Sub', '/ln/Sub', [x, mean]);
    const v = op('ReduceMean', '/ln/ReduceMean_1', [op('Pow', '/ln/Pow', [d, c('ln.two', [], [2])])], { axes: [-1] });
    const n = op('Div', '/ln/Div', [d, op('Sqrt', '/ln/Sqrt', [op('Add', '/ln/Add', [v, c('ln.eps', [], [1e-5])])])]);
    let h = op('Add', '/ln/Add_1', [op('Mul', '/ln/Mul', [n, c('ln.weight', [D], gamma)]), c('ln.bias', [D], new Array(D).fill(0))]);
    for (const [i, l] of linears.entries()) {
      const bias = c(`${l.name}.bias`, [l.n], l.bias);
      let y: string;
      if (dynamic) {
        const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [h], {}, { name: `${h}_QuantizeLinear`, outputs: [`${h}_quantized`, `${h}_scale`, `${h}_zero_point`] });
        const acc = b.op('MatMulInteger', [xq, b.constant(`${l.name}.Wq`, 'int8', [l.k, l.n], l.ints), xz, b.constant(`${l.name}.Wzp`, 'int8', [], [0])], {}, { name: `${l.name}_quant` });
        const real = b.op('Cast', [acc], { to: 1 }, { name: `${l.name}_quant_output_cast` });
        const scale = b.op('Mul', [xs, c(`${l.name}.Ws`, [], [l.scale])], {}, { name: `${l.name}_quant_scales_mul` });
        y = b.op('Mul', [real, scale], {}, { name: `${l.name}_quant_output_scale_mul`, output: `${l.name}_output_0` });
      } else {
        y = op('MatMul', l.name, [h, c(`${l.name}.weight`, [l.k, l.n], l.ints.map((w) => Math.fround(w * Math.fround(l.scale))))]);
      }
      h = op('Add', `${l.name.replace('MatMul', 'Add')}`, [y, bias]);
      if (i === 0) h = op('Relu', '/mlp/Relu', [h]);
    }
    b.output(b.op('Identity', [h], {}, { name: '/output/Identity', output: 'y' }));
    return b.model({ opset: 13 });
  };
  return { quant: build(true), float: build(false) };
}

/**
 * A BERT block as onnxruntime's transformer optimizer and quantize_dynamic publish it, and its float twin: the float
 * model's com.microsoft Attention (fused q/k/v weights) becomes DynamicQuantizeLinear -> QAttention with int8
 * weights; then a residual Add, a LayerNormalization (opset 17), and a dynamic-int8 MatMul with a ReLU.
 */
export function bertBlockTwins(o: { seed?: number } = {}): { quant: ModelMsg; float: ModelMsg } {
  const S = 16, H = 64, heads = 4;
  const r = rng(o.seed ?? 81);
  const int8 = (n: number) => randomValues(n, -127, 127, r, true);
  const attn = { ints: int8(H * 3 * H), scale: 1 / (127 * Math.sqrt(H)) * 2, bias: randomValues(3 * H, -0.1, 0.1, r) };
  const ffn = { ints: int8(H * 4 * H), scale: 1 / (127 * Math.sqrt(H)) * 2 };
  const real = (w: { ints: number[]; scale: number }) => w.ints.map((v) => Math.fround(v * Math.fround(w.scale)));
  const ms = { domain: 'com.microsoft' };
  const build = (dynamic: boolean): ModelMsg => {
    const b = new GraphBuilder(dynamic ? 'bert_block_int8' : 'bert_block');
    const x = b.input('x', 'float32', [1, S, H]);
    const bias = b.constant('attn.bias', 'float32', [3 * H], attn.bias);
    let att: string;
    if (dynamic) {
      const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [x], {}, { name: '/attn/x_QuantizeLinear', outputs: ['x_quantized', 'x_scale', 'x_zero_point'] });
      att = b.op('QAttention', [xq, b.constant('attn.Wq', 'int8', [H, 3 * H], attn.ints), bias, xs, b.constant('attn.Ws', 'float32', [], [attn.scale]), '', xz, b.constant('attn.Wzp', 'int8', [], [0])], { num_heads: heads }, { ...ms, name: '/attn/Attention_quant', output: 'attn_out' });
    } else {
      att = b.op('Attention', [x, b.constant('attn.W', 'float32', [H, 3 * H], real(attn)), bias], { num_heads: heads }, { ...ms, name: '/attn/Attention', output: 'attn_out' });
    }
    const res = b.op('Add', [x, att], {}, { name: '/Add', output: 'res' });
    const ln = b.op('LayerNormalization', [res, b.constant('ln.gamma', 'float32', [H], new Array(H).fill(1)), b.constant('ln.beta', 'float32', [H], new Array(H).fill(0))], { axis: -1 }, { name: '/ln/LayerNormalization', output: 'ln_out' });
    let f: string;
    if (dynamic) {
      const [q, s, z] = b.node('DynamicQuantizeLinear', [ln], {}, { name: '/ffn/ln_out_QuantizeLinear', outputs: ['ln_out_quantized', 'ln_out_scale', 'ln_out_zero_point'] });
      const acc = b.op('MatMulInteger', [q, b.constant('ffn.Wq', 'int8', [H, 4 * H], ffn.ints), z, b.constant('ffn.Wzp', 'int8', [], [0])], {}, { name: '/ffn/MatMul_quant' });
      const cast = b.op('Cast', [acc], { to: 1 }, { name: '/ffn/MatMul_quant_output_cast' });
      f = b.op('Mul', [cast, b.op('Mul', [s, b.constant('ffn.Ws', 'float32', [], [ffn.scale])], {}, { name: '/ffn/MatMul_quant_scales_mul' })], {}, { name: '/ffn/MatMul_quant_output_scale_mul', output: 'ffn_out' });
    } else {
      f = b.op('MatMul', [ln, b.constant('ffn.W', 'float32', [H, 4 * H], real(ffn))], {}, { name: '/ffn/MatMul', output: 'ffn_out' });
    }
    b.output(b.op('Relu', [f], {}, { name: '/ffn/Relu', output: 'y' }));
    return b.model({ opset: 17, extraOpsets: { 'com.microsoft': 1 } });
  };
  return { quant: build(true), float: build(false) };
}
