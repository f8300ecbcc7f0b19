import { roundHalfEven } from '../../src/engine/compare/normalize/rounding';
import { laneValue, pairsOf, activationRange } from '../../src/engine/emulate/pair-plan';
import type { PairRule } from '../../src/engine/targets/kernel-family';

/**
 * Integer kernels written out as plain loops over the instructions' semantics, independent of the emulation's
 * graph: products of the bytes as the kernel multiplies them, K indices paired by the family's rule into 16-bit
 * lanes that saturate or wrap, zero points corrected in int32, then the runtime's requantization. The emulated graph
 * must agree with these bit for bit on every machine.
 */

/** Sum over K of a*w through the lanes, with zero-point corrections: the kernel's int32 accumulator. */
function accumulate(a: Int32Array, w: Int32Array, aZero: number, wZero: number, rule: PairRule | null): number {
  const k = a.length;
  let sumAW = 0;
  if (rule) {
    for (const [k1, k2] of pairsOf(rule, k)) sumAW += laneValue(rule, a[k1] * w[k1] + (k2 >= 0 ? a[k2] * w[k2] : 0));
  } else {
    for (let i = 0; i < k; i++) sumAW += a[i] * w[i];
  }
  let sumA = 0;
  let sumW = 0;
  for (let i = 0; i < k; i++) {
    sumA += a[i];
    sumW += w[i];
  }
  return sumAW - aZero * sumW - wZero * sumA + k * aZero * wZero;
}

function requantize(acc: number, bias: number, multiplier: number, yZero: number, lo: number, hi: number): number {
  const v = Math.fround(Math.fround(acc + bias) * multiplier);
  return Math.min(hi, Math.max(lo, roundHalfEven(v) + yZero));
}

export interface QConv {
  x: Uint8Array | Int8Array;
  xDims: number[];
  xZero: number;
  xScale: number;
  w: Int8Array | Uint8Array;
  wDims: number[];
  wZero: number;
  wScale: number[];
  yScale: number;
  yZero: number;
  yDtype: 'uint8' | 'int8';
  bias: number[] | null;
  group: number;
  strides: number[];
  pads: number[];
  dilations: number[];
}

/** QLinearConv, NCHW, 1-D or 2-D, as a kernel of the given lane rule computes it (null: exact int32). */
export function qlinearConvReference(c: QConv, rule: PairRule | null): Int32Array {
  const twoD = c.xDims.length === 4;
  const [n, cin] = c.xDims;
  const [h, wd] = twoD ? [c.xDims[2], c.xDims[3]] : [1, c.xDims[2]];
  const [cout, cg] = c.wDims;
  const [kh, kw] = twoD ? [c.wDims[2], c.wDims[3]] : [1, c.wDims[2]];
  const [sh, sw] = twoD ? c.strides : [1, c.strides[0]];
  const [dh, dw] = twoD ? c.dilations : [1, c.dilations[0]];
  const [pt, pl, pb, pr] = twoD ? c.pads : [0, c.pads[0], 0, c.pads[1]];
  const oh = Math.floor((h + pt + pb - dh * (kh - 1) - 1) / sh) + 1;
  const ow = Math.floor((wd + pl + pr - dw * (kw - 1) - 1) / sw) + 1;
  const groupOut = cout / c.group;
  const depthwise = cg === 1 && cout === c.group;
  const active = depthwise ? null : rule;
  const shift = active && c.x instanceof Uint8Array ? activationRange(active, 'uint8').shift : 0;
  const k = kh * kw * cg;
  const [lo, hi] = c.yDtype === 'uint8' ? [0, 255] : [-128, 127];
  const out = new Int32Array(n * cout * oh * ow);
  const col = new Int32Array(k);
  const wRow = new Int32Array(k);
  for (let b = 0; b < n; b++) for (let oc = 0; oc < cout; oc++) {
    const g = Math.floor(oc / groupOut);
    for (let r = 0; r < kh; r++) for (let s = 0; s < kw; s++) for (let ci = 0; ci < cg; ci++) wRow[(r * kw + s) * cg + ci] = c.w[((oc * cg + ci) * kh + r) * kw + s];
    const multiplier = Math.fround(Math.fround(c.xScale * c.wScale[c.wScale.length > 1 ? oc : 0]) / c.yScale);
    for (let oy = 0; oy < oh; oy++) for (let ox = 0; ox < ow; ox++) {
      for (let r = 0; r < kh; r++) for (let s = 0; s < kw; s++) {
        const iy = oy * sh - pt + r * dh;
        const ix = ox * sw - pl + s * dw;
        const inside = iy >= 0 && iy < h && ix >= 0 && ix < wd;
        for (let ci = 0; ci < cg; ci++) col[(r * kw + s) * cg + ci] = (inside ? c.x[((b * cin + g * cg + ci) * h + iy) * wd + ix] : c.xZero) + shift;
      }
      const acc = accumulate(col, wRow, c.xZero + shift, c.wZero, active);
      out[((b * cout + oc) * oh + oy) * ow + ox] = requantize(acc, c.bias ? c.bias[oc] : 0, multiplier, c.yZero, lo, hi);
    }
  }
  return out;
}

export interface QMatMul {
  a: Uint8Array | Int8Array;
  aDims: number[];
  aZero: number;
  b: Int8Array | Uint8Array;
  bDims: [number, number];
  bZero: number;
}

/** The int32 accumulator of A [..., M, K] x B [K, N] as a kernel of the given lane rule computes it. */
export function matMulIntegerReference(m: QMatMul, rule: PairRule | null): Int32Array {
  const [k, n] = m.bDims;
  const rows = m.a.length / k;
  const shift = rule && m.a instanceof Uint8Array ? activationRange(rule, 'uint8').shift : 0;
  const out = new Int32Array(rows * n);
  const row = new Int32Array(k);
  const col = new Int32Array(k);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < k; i++) row[i] = m.a[r * k + i] + shift;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) col[i] = m.b[i * n + j];
      out[r * n + j] = accumulate(row, col, m.aZero + shift, m.bZero, rule);
    }
  }
  return out;
}

/** QLinearMatMul: the accumulator requantized with multiplier (a_scale * b_scale) / y_scale. */
export function qlinearMatMulReference(m: QMatMul, aScale: number, bScale: number, yScale: number, yZero: number, rule: PairRule | null): Int32Array {
  const acc = matMulIntegerReference(m, rule);
  const multiplier = Math.fround(Math.fround(aScale * bScale) / yScale);
  return acc.map((v) => requantize(v, 0, multiplier, yZero, 0, 255));
}
