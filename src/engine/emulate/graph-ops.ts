import type { Rewriter } from '../rewrite/integer-rewriter';
import { intAttr, intsAttr } from '../rewrite/node-attributes';

/**
 * Nodes the kernel emulation adds, spelled for the model's own opset: the emulated graph keeps its opset, because
 * raising it could change the meaning of the compiled nodes around the ones we replace.
 */

export function constFloat(r: Rewriter, base: string, dims: number[], data: ArrayLike<number>): string {
  return r.initializer(base, { dtype: 'float32', dims, data: Float32Array.from(data) });
}

export function constInt64(r: Rewriter, base: string, data: ArrayLike<number>): string {
  return r.initializer(base, { dtype: 'int64', dims: [data.length], data: BigInt64Array.from(Array.from(data), (v) => BigInt(v)) });
}

export function gather(r: Rewriter, x: string, indices: ArrayLike<number>, axis: number, base: string): string {
  return r.step('Gather', [x, constInt64(r, `${base}_index`, indices)], base, [intAttr('axis', axis)]);
}

/** Reshape with ONNX's 0 (keep that axis) and -1 (the rest). */
export function reshape(r: Rewriter, x: string, shape: number[], base: string): string {
  return r.step('Reshape', [x, constInt64(r, `${base}_shape`, shape)], base);
}

export function transpose(r: Rewriter, x: string, perm: number[], base: string): string {
  return r.step('Transpose', [x], base, [intsAttr('perm', perm)]);
}

export function reduceSum(r: Rewriter, x: string, axes: number[], base: string): string {
  const keep = intAttr('keepdims', 0);
  if (r.opset >= 13) return r.step('ReduceSum', [x, constInt64(r, `${base}_axes`, axes)], base, [keep]);
  return r.step('ReduceSum', [x], base, [intsAttr('axes', axes), keep]);
}

/** Append `count` zeros along the last axis of a tensor of rank `rank`. */
export function padLast(r: Rewriter, x: string, rank: number, count: number, base: string): string {
  const pads = [...new Array<number>(rank).fill(0), ...new Array<number>(rank - 1).fill(0), count];
  if (r.opset >= 11) return r.step('Pad', [x, constInt64(r, `${base}_pads`, pads)], base);
  return r.step('Pad', [x], base, [intsAttr('pads', pads)]);
}

export function scalar(r: Rewriter, base: string, value: number): string {
  return constFloat(r, base, [], [value]);
}

/** An exact int16 lane for an exact pair sum: clipped to [-32768, 32767], or wrapped modulo 65536. */
export function overflowLane(r: Rewriter, p: string, overflow: 'saturate' | 'wrap', base: string): string {
  if (overflow === 'saturate') {
    const hi = r.step('Min', [p, scalar(r, `${base}_max`, 32767)], `${base}_min`);
    return r.step('Max', [hi, scalar(r, `${base}_min`, -32768)], base);
  }
  // p - 65536 * floor((p + 32768) / 65536): every step is exact in float32 for |p| < 2^24.
  const shifted = r.step('Add', [p, scalar(r, `${base}_half`, 32768)], `${base}_shifted`);
  const turns = r.step('Floor', [r.step('Div', [shifted, scalar(r, `${base}_span`, 65536)], `${base}_turns_f`)], `${base}_turns`);
  return r.step('Sub', [p, r.step('Mul', [turns, scalar(r, `${base}_span2`, 65536)], `${base}_wrapped_by`)], base);
}
