import { ConstValues } from '../../ir/const-values';
import { IRGraph, IRNode } from '../../ir/ir-types';
import { Tensor, toFloat32 } from '../../onnx/tensor-codec';
import { quantizeLike } from '../normalize/quantize-like';
import { convSaturation, matMulSaturation, SaturationCount } from './u8s8-saturation';
import { Unit } from '../align/units';
import { convPairRule, KernelFamily, operandPair, pairRuleFor } from '../../targets/kernel-family';
import { tensorQuant } from '../metrics/value-grid';

function intAttrs(n: IRNode, name: string, fallback: number[]): number[] {
  const a = n.attributes.find((x) => x.name === name)?.value;
  if (typeof a === 'number') return [a];
  return Array.isArray(a) && a.every((x) => typeof x === 'number') ? (a as number[]) : fallback;
}

/** A weight input as its int8 values: a stored integer constant, or a float constant behind a QuantizeLinear. */
function int8Weights(g: IRGraph, consts: ConstValues, t: string): Tensor | null {
  const direct = consts.get(t);
  if (direct) return direct.dtype === 'int8' ? direct : null;
  const p = g.values.get(t)?.producer ?? -1;
  const n = p >= 0 ? g.nodes[p] : undefined;
  if (n?.opType === 'DequantizeLinear') return int8Weights(g, consts, n.inputs[0]);
  if (n?.opType === 'QuantizeLinear') {
    const w = consts.get(n.inputs[0]);
    const q = g.values.get(n.outputs[0])?.quant;
    if (!w || !q || q.dtype !== 'int8') return null;
    return quantizeLike(toFloat32(w), w.dims, q);
  }
  return null;
}

/**
 * How often this layer's 16-bit lanes overflow under the target's rule for the reference input it received: the
 * input quantized as the model quantizes it, the weights as stored. Null when the rule does not apply to the layer's
 * operands, or the layer is not an 8-bit conv or matmul.
 */
export function unitSaturation(g: IRGraph, consts: ConstValues, u: Unit, input: { values: Float32Array; dims: number[] }, family: KernelFamily): SaturationCount | null {
  const a = g.nodes[u.anchor];
  const integerForm = a.opType === 'QLinearConv' || a.opType === 'QLinearMatMul';
  const xName = a.inputs[0];
  const wName = integerForm ? a.inputs[3] : a.inputs[1];
  const xq = integerForm ? g.values.get(xName)?.quant : tensorQuant(g, xName);
  if (!xq || (xq.dtype !== 'uint8' && xq.dtype !== 'int8') || xq.scale.length !== 1) return null;
  const w = int8Weights(g, consts, wName);
  if (!w || (w.dtype !== 'int8' && w.dtype !== 'uint8')) return null;
  const conv = a.opType === 'Conv' || a.opType === 'QLinearConv';
  const wq = integerForm ? null : tensorQuant(g, wName);
  const wz = integerForm ? consts.get(a.inputs[5]) : undefined;
  const symmetric = integerForm ? !wz || toFloat32(wz).every((v) => v === 0) : !wq || wq.zeroPoint.every((v) => v === 0);
  const rule = conv && w.dims.length >= 3
    ? convPairRule(family, { activation: xq.dtype, weight: w.dtype, group: intAttrs(a, 'group', [1])[0] ?? 1, groupIn: w.dims[1], outChannels: w.dims[0], kernelSize: w.dims.slice(2).reduce((p, d) => p * d, 1), symmetric })
    : pairRuleFor(family, operandPair(xq.dtype, w.dtype));
  if (!rule) return null;
  const x = quantizeLike(input.values, input.dims, xq).data as Uint8Array | Int8Array;
  const wData = w.data as Int8Array;
  // No pair can leave int16 when twice the largest activation (as the kernel multiplies it) times the largest weight
  // stays inside it (7-bit activations with int8 weights on x64, for one): skip the count.
  const shift = xq.dtype === 'uint8' && rule.activation === 'flip-u8' ? -128 : 0;
  let xMax = 0;
  for (let i = 0; i < x.length; i++) xMax = Math.max(xMax, Math.abs(x[i] + shift));
  let wMax = 0;
  for (let i = 0; i < wData.length; i++) wMax = Math.max(wMax, Math.abs(wData[i]));
  if (2 * xMax * wMax <= 32767) return { pairs: 0, saturated: 0, fraction: 0, worstPairSum: 2 * xMax * wMax, sampled: false };
  if (a.opType === 'Conv' || a.opType === 'QLinearConv') {
    if (input.dims.length !== 4 || w.dims.length !== 4) return null;
    if (a.attributes.some((x) => x.name === 'auto_pad' && x.value !== 'NOTSET')) return null;
    const attrs = {
      group: intAttrs(a, 'group', [1])[0] ?? 1,
      strides: intAttrs(a, 'strides', [1, 1]),
      pads: intAttrs(a, 'pads', [0, 0, 0, 0]),
      dilations: intAttrs(a, 'dilations', [1, 1]),
    };
    // Some 65,000 outputs (every channel) give the fraction well; all of them can take seconds.
    return convSaturation(x, input.dims, wData, w.dims, attrs, xq.zeroPoint[0] ?? 0, 1 << 16, rule);
  }
  if ((a.opType === 'MatMul' || a.opType === 'QLinearMatMul') && input.dims.length === 2 && w.dims.length === 2) {
    return matMulSaturation(x, input.dims, wData, w.dims, 1 << 16, rule);
  }
  return null;
}
