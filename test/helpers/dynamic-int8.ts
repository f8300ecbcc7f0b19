import { GraphBuilder, randomValues, rng } from '../../src/engine/builder/model-builder';
import { ModelMsg } from '../../src/engine/onnx/schema';

/**
 * A dynamic-int8 model as onnxruntime's `quantize_dynamic` writes it: each activation is quantized at run time by
 * DynamicQuantizeLinear (its scale and zero point are outputs, not constants), the integer op (ConvInteger,
 * MatMulInteger) reads it with uint8 weights, and the int32 result is cast to float and multiplied by the two scales.
 */
export function dynamicInt8Model(): ModelMsg {
  const r = rng(16);
  const b = new GraphBuilder('dynamic_int8');
  const x = b.input('x', 'float32', [1, 3, 8, 8]);
  const [xq, xs, xz] = b.node('DynamicQuantizeLinear', [x], {}, { name: '/conv/DynamicQuantizeLinear', outputs: ['x_q', 'x_scale', 'x_zp'] });
  const w = b.constant('conv.w_q', 'uint8', [4, 3, 3, 3], randomValues(108, 0, 255, r, true));
  const wz = b.constant('conv.w_zp', 'uint8', [], [128]);
  const ws = b.constant('conv.w_scale', 'float32', [], [0.004]);
  const acc = b.op('ConvInteger', [xq, w, xz, wz], { pads: [1, 1, 1, 1] }, { name: '/conv/ConvInteger' });
  const accF = b.op('Cast', [acc], { to: 1 }, { name: '/conv/Cast' });
  const scale = b.op('Mul', [xs, ws], {}, { name: '/conv/scale/Mul' });
  const conv = b.op('Relu', [b.op('Mul', [accF, scale], {}, { name: '/conv/Mul' })], {}, { name: '/conv/Relu' });
  const flat = b.op('Flatten', [conv], { axis: 1 }, { name: '/fc/Flatten' });
  const [fq, fs, fz] = b.node('DynamicQuantizeLinear', [flat], {}, { name: '/fc/DynamicQuantizeLinear', outputs: ['f_q', 'f_scale', 'f_zp'] });
  const w2 = b.constant('fc.w_q', 'uint8', [256, 5], randomValues(1280, 0, 255, r, true));
  const w2z = b.constant('fc.w_zp', 'uint8', [], [128]);
  const w2s = b.constant('fc.w_scale', 'float32', [], [0.002]);
  const mm = b.op('Cast', [b.op('MatMulInteger', [fq, w2, fz, w2z], {}, { name: '/fc/MatMulInteger' })], { to: 1 }, { name: '/fc/Cast' });
  b.output(b.op('Mul', [mm, b.op('Mul', [fs, w2s], {}, { name: '/fc/scale/Mul' })], {}, { name: '/fc/Mul', output: 'y' }));
  return b.model({ opset: 13 });
}
