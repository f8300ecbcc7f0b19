import type { Rewriter } from '../rewrite/integer-rewriter';
import { DType } from '../onnx/dtype';
import { Tensor, toNumbers } from '../onnx/tensor-codec';
import { constFloat } from './graph-ops';

/**
 * The runtime's requantization of an int32 accumulator (MLAS MlasRequantizeOutput, and the same steps fused in its
 * symmetric conv kernels): y = saturate(round_half_even(float(acc + bias) * m) + y_zero_point), with the multiplier
 * m = (x_scale * w_scale[c]) / y_scale computed in float32. Spelled as Add, Mul and a QuantizeLinear with scale 1,
 * each exact or rounded the same way in float32.
 */
export function outputMultiplier(xScale: Tensor, wScale: Tensor, yScale: Tensor): Float32Array {
  const xs = toNumbers(xScale)[0];
  const ys = toNumbers(yScale)[0];
  return Float32Array.from(toNumbers(wScale), (ws) => Math.fround(Math.fround(xs * ws) / ys));
}

export interface Requantize {
  acc: string;
  bias: Tensor | undefined;
  multiplier: Float32Array;
  /** Dims that broadcast one value per output channel against the accumulator ([C, 1, 1] for NCHW, [C] for a last axis). */
  channelDims: number[];
  yZeroPoint: string | undefined;
  yDtype: DType;
  output: string;
  name: string;
}

export function requantize(r: Rewriter, q: Requantize, base: string): void {
  const perChannel = (values: ArrayLike<number>, what: string) => (values.length === 1 ? constFloat(r, `${base}__ql_${what}`, [], values) : constFloat(r, `${base}__ql_${what}`, q.channelDims, values));
  let v = q.acc;
  if (q.bias) v = r.step('Add', [v, perChannel(toNumbers(q.bias), 'bias')], `${base}__ql_acc_bias`);
  v = r.step('Mul', [v, perChannel(q.multiplier, 'multiplier')], `${base}__ql_scaled`);
  r.quantize(v, constFloat(r, `${base}__ql_unit_scale`, [], [1]), q.yZeroPoint, q.output, q.yDtype, q.name);
}
