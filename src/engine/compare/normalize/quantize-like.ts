import { integerRange } from '../../onnx/dtype';
import { Tensor, TensorData, allocate, elementCount } from '../../onnx/tensor-codec';
import type { QuantParams } from '../../ir/ir-types';
import { sqnrOfSums } from '../metrics/pair-metrics';
import { noSums, referenceRun } from '../metrics/reference-pass';
import { roundHalfEven } from './rounding';

interface Params {
  channels: number;
  inner: number;
  scale: Float32Array;
  zeroPoint: number[];
  qmin: number;
  qmax: number;
}

function params(n: number, dims: number[], quant: QuantParams): Params {
  if (elementCount(dims) !== n) throw new Error(`dims [${dims}] do not hold ${n} values`);
  const range = quant.dtype ? integerRange(quant.dtype) : undefined;
  const qmin = quant.qmin ?? range?.min;
  const qmax = quant.qmax ?? range?.max;
  if (qmin === undefined || qmax === undefined) throw new Error(`cannot quantize to ${quant.dtype ?? 'an unknown dtype'}: no integer range`);
  const channels = quant.scale.length;
  if (channels === 0) throw new Error('quantization parameters without a scale');
  const zeroPoint = Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  // Scales are float32 in every model: divide by the float32 value, not by the double it was read as.
  const scale = Float32Array.from(quant.scale);
  if (channels === 1) return { channels, inner: n, scale, zeroPoint, qmin, qmax };
  const rank = dims.length;
  const a = quant.axis ?? 1;
  const axis = a < 0 ? a + rank : a;
  if (axis < 0 || axis >= rank) throw new Error(`quantization axis ${a} is outside dims [${dims}]`);
  if (dims[axis] !== channels) throw new Error(`${channels} scales for ${dims[axis]} entries along axis ${a}`);
  return { channels, inner: elementCount(dims.slice(axis + 1)), scale, zeroPoint, qmin, qmax };
}

/**
 * Calls fn(start, end, channel) for every run of values one channel covers (`inner` consecutive values, repeating):
 * a call per run, not per value, so the loops over the values stay tight.
 */
function forEachRun(n: number, p: Params, fn: (start: number, end: number, c: number) => void): void {
  for (let start = 0, c = 0; start < n; start += p.inner, c = (c + 1) % p.channels) fn(start, Math.min(n, start + p.inner), c);
}

/**
 * QuantizeLinear as the runtime computes it: the float32 quotient ref / scale rounded half to even, plus the zero
 * point, saturated to [qmin, qmax]. Per channel along `quant.axis` when there are several scales.
 */
export function quantizeLike(ref: Float32Array, dims: number[], quant: QuantParams): Tensor {
  if (!quant.dtype) throw new Error('cannot quantize without the quantized dtype');
  const p = params(ref.length, dims, quant);
  const out = allocate(quant.dtype, ref.length) as Exclude<TensorData, string[]>;
  const big = out instanceof BigInt64Array || out instanceof BigUint64Array;
  forEachRun(ref.length, p, (start, end, c) => {
    const scale = p.scale[c];
    const zp = p.zeroPoint[c];
    if (big) {
      for (let i = start; i < end; i++) (out as BigInt64Array)[i] = BigInt(quantizeOne(ref[i], scale, zp, p.qmin, p.qmax));
    } else {
      const o = out as Exclude<TensorData, string[] | BigInt64Array | BigUint64Array>;
      for (let i = start; i < end; i++) o[i] = quantizeOne(ref[i], scale, zp, p.qmin, p.qmax);
    }
  });
  return { dtype: quant.dtype, dims: [...dims], data: out };
}

function quantizeOne(x: number, scale: number, zp: number, qmin: number, qmax: number): number {
  const v = Math.fround(x / scale);
  // NaN has no integer level; the runtime gives qmin (measured for uint8, int8, uint16, int16).
  if (Number.isNaN(v)) return qmin;
  return Math.min(Math.max(roundHalfEven(v) + zp, qmin), qmax);
}

/**
 * DequantizeLinear(QuantizeLinear(ref)), bit for bit as the runtime computes it: (q - zp) * scale rounded to float32.
 * What the reference tensor looks like once quantized with the model's own parameters.
 */
export function fakeQuantize(ref: Float32Array, dims: number[], quant: QuantParams): Float32Array {
  const p = params(ref.length, dims, quant);
  const out = new Float32Array(ref.length);
  forEachRun(ref.length, p, (start, end, c) => {
    const scale = p.scale[c];
    const zp = p.zeroPoint[c];
    for (let i = start; i < end; i++) out[i] = Math.fround((quantizeOne(ref[i], scale, zp, p.qmin, p.qmax) - zp) * scale);
  });
  return out;
}

/**
 * The SQNR of fakeQuantize(ref) against ref, in one pass and without the quantized copy: the evidence stage asks this
 * of every input of every layer that could be a culprit. The same sums, in the same order, as pairMetrics.
 */
export function fakeQuantizeSqnrDb(ref: Float32Array, dims: number[], quant: QuantParams): number {
  const p = params(ref.length, dims, quant);
  const sums = noSums();
  forEachRun(ref.length, p, (start, end, c) => {
    const fakeQuant = { scale: p.scale[c], zeroPoint: p.zeroPoint[c], qmin: p.qmin, qmax: p.qmax };
    referenceRun(ref, start, end, { clip: null, fakeQuant, histogram: null }, sums);
  });
  return sqnrOfSums(sums.ref2, sums.fq2, sums.fqNonFinite === 0);
}
