import { GraphBuilder, randomValues, rng } from '../builder/model-builder';
import { ModelMsg } from '../onnx/schema';

/**
 * The demo's model, built here rather than shipped: a small QDQ CNN (uint8 activations, full-range int8 weights)
 * with a per-channel conv, a depthwise conv quantized per tensor, a residual add and a float classifier head. At
 * `cpu` it shows NHWC QLinearConv, inserted Transposes, and (on CPUs whose u8s8 kernels saturate) the overflow risk.
 */
export function demoModel(): ModelMsg {
  const r = rng(7);
  const b = new GraphBuilder('quantlens_demo');
  const x = b.input('image', 'float32', [1, 8, 16, 16]);
  const q = (name: string, t: string, scale: number, zp: number) => {
    const s = b.constant(`${name}.scale`, 'float32', [], [scale]);
    const z = b.constant(`${name}.zero_point`, 'uint8', [], [zp]);
    const qt = b.op('QuantizeLinear', [t, s, z], {}, { name: `${name}/QuantizeLinear` });
    return b.op('DequantizeLinear', [qt, s, z], {}, { name: `${name}/DequantizeLinear` });
  };
  const weight = (name: string, dims: number[], perChannel: boolean) => {
    const n = dims.reduce((a, c) => a * c, 1);
    const w = b.constant(`${name}.weight_q`, 'int8', dims, randomValues(n, -127, 127, r, true));
    const channels = perChannel ? dims[0] : 1;
    const s = b.constant(`${name}.weight_scale`, 'float32', perChannel ? [channels] : [], randomValues(channels, 0.002, 0.006, r));
    const z = b.constant(`${name}.weight_zero_point`, 'int8', perChannel ? [channels] : [], new Array(channels).fill(0));
    return b.op('DequantizeLinear', [w, s, z], { axis: 0 }, { name: `${name}/weight/DequantizeLinear` });
  };
  const conv = (name: string, input: string, w: string, group = 1, pads = 1) =>
    b.op('Relu', [b.op('Conv', [input, w], { pads: [pads, pads, pads, pads], group }, { name: `${name}/Conv` })], {}, { name: `${name}/Relu` });

  const a0 = q('/stem/input', x, 1 / 64, 128);
  const c1 = q('/stem/conv', conv('/stem/conv', a0, weight('/stem/conv', [16, 8, 3, 3], true)), 0.05, 0);
  const dw = q('/block/dw', conv('/block/dw', c1, weight('/block/dw', [16, 1, 3, 3], false), 16), 0.05, 0);
  const pw = q('/block/pw', b.op('Conv', [dw, weight('/block/pw', [16, 16, 1, 1], true)], {}, { name: '/block/pw/Conv' }), 0.05, 0);
  const sum = q('/block/add', b.op('Add', [pw, c1], {}, { name: '/block/Add' }), 0.08, 0);
  const pooled = b.op('GlobalAveragePool', [sum], {}, { name: '/head/GlobalAveragePool' });
  const flat = b.op('Flatten', [pooled], {}, { name: '/head/Flatten' });
  const fc = b.constant('head.fc.weight', 'float32', [4, 16], randomValues(64, -0.5, 0.5, r));
  b.output(b.op('MatMul', [flat, b.op('Transpose', [fc], { perm: [1, 0] }, { name: '/head/fc/Transpose' })], {}, { name: '/head/fc/MatMul', output: 'logits' }));
  return b.model({ opset: 13 });
}
