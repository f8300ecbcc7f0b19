import { GraphBuilder, randomValues, rng } from '../../src/engine/builder/model-builder';
import { ModelMsg } from '../../src/engine/onnx/schema';

/**
 * A U-Net-like segmentation CNN as quantize_dynamic ships it, and its float twin, for large inputs (1x3x1024x1024 by
 * default): a stride-2 stem, an encoder of four levels (MaxPool between them), a decoder that upsamples (Resize,
 * nearest) and concatenates the encoder's skip at each level, a last Resize back to the input size and a 1x1 head.
 * In `quant` every conv reads its input through DynamicQuantizeLinear and runs as ConvInteger with per-tensor int8
 * weights, then Cast -> Mul (input scale x weight scale) -> Add bias -> Relu, as onnxruntime's quantize_dynamic
 * writes it; `float` holds the same weights dequantized. `convsPerLevel` sets the depth (the default gives 100 convs).
 */
export function dynamicUNetTwins(o: { size?: number; width?: number; convsPerLevel?: number[]; seed?: number } = {}): { quant: ModelMsg; float: ModelMsg; convs: number } {
  const { size = 1024, width = 8, convsPerLevel = [6, 12, 14, 16, 14, 14, 12, 8], seed = 61 } = o;
  const r = rng(seed);
  // Encoder levels at size/2, /4, /8, /16; decoder levels at /8, /4, /2, then the head at full size.
  const channels = [width * 2, width * 4, width * 6, width * 8, width * 6, width * 4, width * 2, width * 2];
  interface Layer { name: string; cin: number; cout: number; k: number; stride: number; ints: number[]; scale: number; bias: number[] }
  const layer = (name: string, cin: number, cout: number, k: number, stride = 1): Layer => {
    const fanIn = cin * k * k;
    // He-uniform weights keep the activations' scale through the Relu layers.
    return { name, cin, cout, k, stride, ints: randomValues(cout * fanIn, -127, 127, r, true), scale: Math.sqrt(6 / fanIn) / 127, bias: randomValues(cout, -0.05, 0.05, r) };
  };
  const plan: Array<{ kind: 'conv'; l: Layer } | { kind: 'pool' } | { kind: 'up'; skip: number } | { kind: 'save' }> = [];
  let c = width;
  plan.push({ kind: 'conv', l: layer('/stem/Conv', 3, width, 3, 2) });
  let convs = 1;
  for (let level = 0; level < channels.length; level++) {
    const decoder = level >= 4;
    if (level > 0 && !decoder) plan.push({ kind: 'save' }, { kind: 'pool' });
    // Levels 4, 5, 6 upsample and take the skip of encoder level 2, 1, 0 (same size); level 7 stays at size/2.
    if (decoder && level < 7) {
      plan.push({ kind: 'up', skip: 6 - level });
      c += channels[6 - level];
    }
    for (let i = 0; i < convsPerLevel[level]; i++, convs++) {
      plan.push({ kind: 'conv', l: layer(`/level${level}/conv${i}/Conv`, c, channels[level], 3) });
      c = channels[level];
    }
  }
  plan.push({ kind: 'up', skip: -1 });
  plan.push({ kind: 'conv', l: layer('/head/Conv', c, 2, 1) });
  convs++;

  const build = (dynamic: boolean): ModelMsg => {
    const b = new GraphBuilder(dynamic ? 'unet_dynamic_int8' : 'unet_float');
    let x = b.input('input', 'float32', [1, 3, size, size]);
    const skips: string[] = [];
    const scales = b.constant('up.scales', 'float32', [4], [1, 1, 2, 2]);
    for (const step of plan) {
      if (step.kind === 'save') skips.push(x);
      else if (step.kind === 'pool') x = b.op('MaxPool', [x], { kernel_shape: [2, 2], strides: [2, 2] }, { name: `/pool${skips.length}/MaxPool` });
      else if (step.kind === 'up') {
        x = b.op('Resize', [x, '', scales], { mode: 'nearest' }, { name: `/up${step.skip}/Resize` });
        if (step.skip >= 0) x = b.op('Concat', [x, skips[step.skip]], { axis: 1 }, { name: `/up${step.skip}/Concat` });
      } else {
        const l = step.l;
        const attrs = { pads: new Array(4).fill((l.k - 1) / 2), strides: [l.stride, l.stride] };
        const dims = [l.cout, l.cin, l.k, l.k];
        let y: string;
        if (dynamic) {
          const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [x], {}, { name: `${l.name}_quant`, outputs: [`${l.name}_input_quantized`, `${l.name}_input_scale`, `${l.name}_input_zero_point`] });
          const acc = b.op('ConvInteger', [xq, b.constant(`${l.name}.weight_quantized`, 'int8', dims, l.ints), xz, b.constant(`${l.name}.weight_zero_point`, 'int8', [], [0])], attrs, { name: `${l.name}_quant_ConvInteger` });
          const real = b.op('Cast', [acc], { to: 1 }, { name: `${l.name}_quant_Cast` });
          const scaled = b.op('Mul', [real, b.op('Mul', [xs, b.constant(`${l.name}.weight_scale`, 'float32', [], [l.scale])], {}, { name: `${l.name}_quant_scales_mul` })], {}, { name: `${l.name}_quant_output_scale_mul` });
          y = b.op('Add', [scaled, b.constant(`${l.name}.bias_4d`, 'float32', [1, l.cout, 1, 1], l.bias)], {}, { name: l.name, output: `${l.name}_output_0` });
        } else {
          y = b.op('Conv', [x, b.constant(`${l.name}.weight`, 'float32', dims, l.ints.map((v) => Math.fround(v * Math.fround(l.scale)))), b.constant(`${l.name}.bias`, 'float32', [l.cout], l.bias)], attrs, { name: l.name, output: `${l.name}_output_0` });
        }
        x = l.name === '/head/Conv' ? y : b.op('Relu', [y], {}, { name: l.name.replace(/Conv$/, 'Relu'), output: `${l.name.replace(/Conv$/, 'Relu')}_output_0` });
      }
    }
    b.output(b.op('Identity', [x], {}, { name: '/output/Identity', output: 'mask' }));
    return b.model({ opset: 13 });
  };
  return { quant: build(true), float: build(false), convs };
}
