import { Tensor, toFloat32 } from '../onnx/tensor-codec';

/**
 * The largest int16 pair sum a uint8 x int8 kernel can form for these weights: on x64 without VNNI the kernel adds
 * the products of two adjacent reduction elements in int16 with saturation. With activations in [0, amax], the worst
 * pair in an output channel takes its two largest weights of one sign. Returns the worst |sum| and how many output
 * channels can exceed the int16 range. (amax 127 with |w| <= 128, or amax 255 with |w| <= 64, never exceed it.)
 */
export function u8s8PairBound(weights: Tensor, amax: number, channelAxis = 0): { worst: number; channels: number; overflowing: number } {
  const w = toFloat32(weights);
  const dims = weights.dims;
  const channels = dims.length ? dims[channelAxis] : 1;
  const inner = dims.slice(channelAxis + 1).reduce((a, b) => a * b, 1);
  const outer = dims.slice(0, channelAxis).reduce((a, b) => a * b, 1);
  let worst = 0;
  let overflowing = 0;
  for (let c = 0; c < channels; c++) {
    let p1 = 0, p2 = 0, n1 = 0, n2 = 0; // two largest positive, two most negative
    for (let o = 0; o < outer; o++) {
      const base = (o * channels + c) * inner;
      for (let k = 0; k < inner; k++) {
        const v = w[base + k];
        if (v > p1) { p2 = p1; p1 = v; } else if (v > p2) p2 = v;
        if (v < n1) { n2 = n1; n1 = v; } else if (v < n2) n2 = v;
      }
    }
    const pos = amax * (p1 + p2);
    const neg = amax * (n1 + n2);
    const m = Math.max(pos, -neg);
    if (m > worst) worst = m;
    if (pos > 32767 || neg < -32768) overflowing++;
  }
  return { worst, channels, overflowing };
}
