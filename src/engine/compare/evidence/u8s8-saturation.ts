import { activationRange, pairsOf } from '../../emulate/pair-plan';
import { kernelFamily, PairRule } from '../../targets/kernel-family';

/**
 * How often an integer kernel's 16-bit lanes overflow, counted from the actual activations and weights.
 *
 * On x64 without VNNI the runtime's u8s8 GEMM and symmetric-conv kernels multiply raw uint8 activations by raw int8
 * weights and add the products of adjacent reduction elements (k = 2j, 2j + 1) in int16 with signed saturation
 * (vpmaddubsw); arm64 without dot product flips uint8 to int8 and adds k and k + 8 of each block of 16 in int16,
 * which wraps (src/engine/targets/kernel-family.ts). Zero points are corrected afterwards in int32, so they do not
 * shrink the pair sums. A pair sum outside [-32768, 32767] is clipped or wrapped and the output is wrong by the excess.
 */
export interface SaturationCount {
  /** Pair sums computed (a trailing odd element counts as a pair with a zero weight). */
  pairs: number;
  saturated: number;
  fraction: number;
  /** The exact pair sum of largest magnitude seen (beyond +-32767 when anything saturated). */
  worstPairSum: number;
  /** True when only evenly spaced output positions were examined (more outputs than `maxOutputs`). */
  sampled: boolean;
}

export interface ConvAttrs {
  group: number;
  strides: number[];
  pads: number[];
  dilations: number[];
}

const INT16_MIN = -32768;
const INT16_MAX = 32767;

/** The x64 rule the counter applies unless told otherwise (AVX2 without VNNI). */
const X64_AVX2: PairRule = kernelFamily('x64-avx2').pairs!;

/** Accumulates pair sums of one reduction row against one weight row, pairing K indices by the family's rule. */
class PairCounter {
  pairs = 0;
  saturated = 0;
  private high = 0;
  private low = 0;
  private readonly first: Int32Array;
  private readonly second: Int32Array;

  constructor(k: number, rule: PairRule) {
    const pairs = pairsOf(rule, k);
    this.first = Int32Array.from(pairs, (p) => p[0]);
    this.second = Int32Array.from(pairs, (p) => p[1]);
  }

  add(col: Int32Array, w: Int32Array, wOffset: number): void {
    let saturated = 0;
    let high = this.high;
    let low = this.low;
    const first = this.first;
    const second = this.second;
    // Hot loop (up to ~1e9 pairs per layer): track the extremes, not |s|, to keep it to compares. A partner past K
    // is a zero-padded weight: the lone product (at most 255 * 128) never leaves int16.
    for (let j = 0; j < first.length; j++) {
      const a = first[j];
      const b = second[j];
      const s = col[a] * w[wOffset + a] + (b >= 0 ? col[b] * w[wOffset + b] : 0);
      if (s > high) {
        high = s;
      } else if (s < low) {
        low = s;
      }
      if (s > INT16_MAX || s < INT16_MIN) saturated++;
    }
    this.pairs += first.length;
    this.saturated += saturated;
    this.high = high;
    this.low = low;
  }

  result(sampled: boolean): SaturationCount {
    const worstPairSum = -this.low > this.high ? this.low : this.high;
    return { pairs: this.pairs, saturated: this.saturated, fraction: this.pairs ? this.saturated / this.pairs : 0, worstPairSum, sampled };
  }
}

/** The activation as the kernel multiplies it: the stored byte, or a uint8 flipped to int8. */
function activationShift(x: Uint8Array | Int8Array, rule: PairRule): number {
  return x instanceof Uint8Array ? activationRange(rule, 'uint8').shift : 0;
}

/** `count` indices spread evenly over [0, total). */
function evenSample(total: number, count: number): number[] {
  if (count >= total) return Array.from({ length: total }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor((i * total) / count));
}

/**
 * Conv (NCHW input, OIHW weights, 1-D or 2-D). The reduction runs over (kh, kw, ci) with ci fastest, per group, as
 * the runtime's NHWC im2col and packed weights order it; padding positions hold the activation zero point.
 * Depthwise convs (one input and one output channel per group) run a kernel that accumulates in int32: no pairs.
 */
export function convSaturation(
  x: Uint8Array | Int8Array, xDims: number[], w: Int8Array, wDims: number[], attrs: ConvAttrs, xZeroPoint: number, maxOutputs = 1 << 20, rule: PairRule = X64_AVX2,
): SaturationCount {
  if (xDims.length !== wDims.length || xDims.length < 3 || xDims.length > 4) {
    throw new Error(`conv saturation handles 1-D and 2-D convs; got input [${xDims}] and weights [${wDims}]`);
  }
  const oneD = xDims.length === 3;
  const [batch, inChannels] = xDims;
  const [height, width] = oneD ? [1, xDims[2]] : [xDims[2], xDims[3]];
  const [outChannels, groupIn] = wDims;
  const [kh, kw] = oneD ? [1, wDims[2]] : [wDims[2], wDims[3]];
  const group = attrs.group || 1;
  const spatial = oneD ? 1 : 2;
  const pick = (a: number[], i: number, d: number) => (a.length ? a[i] : d);
  const [strideH, strideW] = oneD ? [1, pick(attrs.strides, 0, 1)] : [pick(attrs.strides, 0, 1), pick(attrs.strides, 1, 1)];
  const [dilH, dilW] = oneD ? [1, pick(attrs.dilations, 0, 1)] : [pick(attrs.dilations, 0, 1), pick(attrs.dilations, 1, 1)];
  const [padTop, padLeft, padBottom, padRight] = oneD
    ? [0, pick(attrs.pads, 0, 0), 0, pick(attrs.pads, spatial, 0)]
    : [pick(attrs.pads, 0, 0), pick(attrs.pads, 1, 0), pick(attrs.pads, 2, 0), pick(attrs.pads, 3, 0)];
  if (x.length !== batch * inChannels * height * width) throw new Error(`input holds ${x.length} values, dims [${xDims}] need more or fewer`);
  if (w.length !== outChannels * groupIn * kh * kw) throw new Error(`weights hold ${w.length} values, dims [${wDims}] need more or fewer`);
  if (inChannels !== groupIn * group || outChannels % group !== 0) {
    throw new Error(`input channels ${inChannels} and weights [${wDims}] do not fit ${group} groups`);
  }
  const groupOut = outChannels / group;
  const outH = Math.floor((height + padTop + padBottom - dilH * (kh - 1) - 1) / strideH) + 1;
  const outW = Math.floor((width + padLeft + padRight - dilW * (kw - 1) - 1) / strideW) + 1;
  const k = kh * kw * groupIn;
  const counter = new PairCounter(k, rule);
  if (groupIn === 1 && groupOut === 1) return counter.result(false);
  if (outH <= 0 || outW <= 0) return counter.result(false);

  // Weights reordered to (kh, kw, ci) per output channel: the order of the packed reduction.
  const shift = activationShift(x, rule);
  const wr = new Int32Array(outChannels * k);
  for (let oc = 0; oc < outChannels; oc++) {
    for (let ci = 0; ci < groupIn; ci++) {
      for (let r = 0; r < kh; r++) {
        for (let s = 0; s < kw; s++) wr[oc * k + (r * kw + s) * groupIn + ci] = w[((oc * groupIn + ci) * kh + r) * kw + s];
      }
    }
  }

  const positions = batch * outH * outW;
  const sampled = positions * outChannels > maxOutputs;
  const chosen = evenSample(positions, sampled ? Math.max(1, Math.floor(maxOutputs / outChannels)) : positions);
  const col = new Int32Array(k);
  for (const p of chosen) {
    const n = Math.floor(p / (outH * outW));
    const oy = Math.floor(p / outW) % outH;
    const ox = p % outW;
    for (let g = 0; g < group; g++) {
      for (let r = 0; r < kh; r++) {
        const iy = oy * strideH - padTop + r * dilH;
        for (let s = 0; s < kw; s++) {
          const ix = ox * strideW - padLeft + s * dilW;
          const inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
          const base = (r * kw + s) * groupIn;
          for (let ci = 0; ci < groupIn; ci++) {
            col[base + ci] = (inside ? x[((n * inChannels + g * groupIn + ci) * height + iy) * width + ix] : xZeroPoint) + shift;
          }
        }
      }
      for (let oc = g * groupOut; oc < (g + 1) * groupOut; oc++) counter.add(col, wr, oc * k);
    }
  }
  return counter.result(sampled);
}

/**
 * MatMul of uint8 A [..., M, K] by int8 B [K, N] (or [..., K, N] with A's batch): pairs run along K.
 */
export function matMulSaturation(a: Uint8Array | Int8Array, aDims: number[], b: Int8Array, bDims: number[], maxOutputs = 1 << 20, rule: PairRule = X64_AVX2): SaturationCount {
  if (aDims.length < 1 || bDims.length < 2) throw new Error(`matmul saturation needs A of rank >= 1 and B of rank >= 2; got [${aDims}] and [${bDims}]`);
  const k = aDims[aDims.length - 1];
  const m = aDims.length >= 2 ? aDims[aDims.length - 2] : 1;
  const rowsA = aDims.slice(0, -2).reduce((p, d) => p * d, 1) * m;
  const [kb, n] = bDims.slice(-2);
  const batchB = bDims.slice(0, -2).reduce((p, d) => p * d, 1);
  const batchA = rowsA / m;
  if (kb !== k) throw new Error(`A [${aDims}] and B [${bDims}] disagree on K`);
  if (batchB !== 1 && batchB !== batchA) throw new Error(`B [${bDims}] does not match A's batch [${aDims.slice(0, -2)}]`);
  if (a.length !== rowsA * k || b.length !== batchB * k * n) throw new Error('matmul saturation: data lengths do not match the dims');

  // B transposed per batch to [N][K]: each output then reads two contiguous rows.
  const bt = new Int32Array(b.length);
  for (let bb = 0; bb < batchB; bb++) {
    for (let kk = 0; kk < k; kk++) {
      for (let j = 0; j < n; j++) bt[bb * k * n + j * k + kk] = b[bb * k * n + kk * n + j];
    }
  }
  const counter = new PairCounter(k, rule);
  const shift = activationShift(a, rule);
  const sampled = rowsA * n > maxOutputs;
  const rows = evenSample(rowsA, sampled ? Math.max(1, Math.floor(maxOutputs / Math.max(1, n))) : rowsA);
  const row = new Int32Array(k);
  for (const r of rows) {
    for (let kk = 0; kk < k; kk++) row[kk] = a[r * k + kk] + shift;
    const bb = batchB === 1 ? 0 : Math.floor(r / m);
    for (let j = 0; j < n; j++) counter.add(row, bt, bb * k * n + j * k);
  }
  return counter.result(sampled);
}
