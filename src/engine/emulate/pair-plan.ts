import type { PairRule } from '../targets/kernel-family';

/**
 * Which pair sums of a kernel can leave int16, decided from its constant weights alone. A kernel reduces each output
 * column over K; the family's rule puts two K indices in one 16-bit lane. A pair whose two products cannot leave
 * [-32768, 32767] for any activation byte needs no emulation: its correction is zero. The rest are the entries.
 */
export interface PairEntry {
  /** Output column (conv output channel, matmul column). */
  column: number;
  k1: number;
  k2: number;
  w1: number;
  w2: number;
}

export interface PairPlan {
  entries: PairEntry[];
  /** Pairs examined (all columns): what the entries are a fraction of. */
  pairs: number;
  /** Columns that have at least one entry. */
  columnsAtRisk: number;
  /** The most entries any one column has. */
  maxPerColumn: number;
  /** The pair sum of largest magnitude the weights allow (for messages). */
  worstBound: number;
}

const INT16_MIN = -32768;
const INT16_MAX = 32767;

/** The values an activation takes as the kernel multiplies it. */
export function activationRange(rule: PairRule, dtype: 'uint8' | 'int8'): { lo: number; hi: number; shift: number } {
  if (dtype === 'int8') return { lo: -128, hi: 127, shift: 0 };
  return rule.activation === 'flip-u8' ? { lo: -128, hi: 127, shift: -128 } : { lo: 0, hi: 255, shift: 0 };
}

/** Every pair of K indices the rule sums in one lane; a partner past K is a zero-padded weight (-1 here). */
export function pairsOf(rule: PairRule, k: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (rule.partner === 'adjacent') {
    for (let i = 0; i < k; i += 2) out.push([i, i + 1 < k ? i + 1 : -1]);
    return out;
  }
  for (let block = 0; block < k; block += 16) {
    for (let j = 0; j < 8; j++) {
      const a = block + j;
      const b = a + 8;
      if (a >= k) break;
      out.push([a, b < k ? b : -1]);
    }
  }
  return out;
}

/** The extreme pair sums of weights (w1, w2) over activations in [lo, hi]. */
function bounds(w1: number, w2: number, lo: number, hi: number): { min: number; max: number } {
  const p1 = [lo * w1, hi * w1];
  const p2 = [lo * w2, hi * w2];
  return { min: Math.min(...p1) + Math.min(...p2), max: Math.max(...p1) + Math.max(...p2) };
}

/**
 * The entries of a kernel with `columns` outputs reduced over `k`, weight(column, k) the weight byte as stored.
 * Weights come from an initializer, so the plan is made once per layer.
 */
export function planPairs(
  weight: (column: number, k: number) => number, columns: number, k: number, rule: PairRule, activation: 'uint8' | 'int8', stored?: { min: number; max: number },
): PairPlan {
  // `stored`: the bytes the activation can hold, when the graph narrows them (a Clip on the integers); all by default.
  const full = activationRange(rule, activation);
  const lo = stored ? stored.min + full.shift : full.lo;
  const hi = stored ? stored.max + full.shift : full.hi;
  const pairs = pairsOf(rule, k);
  const entries: PairEntry[] = [];
  let columnsAtRisk = 0;
  let maxPerColumn = 0;
  let worstBound = 0;
  for (let c = 0; c < columns; c++) {
    let count = 0;
    for (const [k1, k2] of pairs) {
      const w1 = weight(c, k1);
      const w2 = k2 < 0 ? 0 : weight(c, k2);
      const b = bounds(w1, w2, lo, hi);
      worstBound = Math.max(worstBound, b.max, -b.min);
      if (b.max <= INT16_MAX && b.min >= INT16_MIN) continue;
      if (k2 < 0) continue; // a lone product never leaves int16 (at most 255 * 128)
      entries.push({ column: c, k1, k2, w1, w2 });
      count++;
    }
    if (count) columnsAtRisk++;
    maxPerColumn = Math.max(maxPerColumn, count);
  }
  return { entries, pairs: pairs.length * columns, columnsAtRisk, maxPerColumn, worstBound };
}

/** What an int16 lane holds for an exact pair sum `p` under the rule's overflow. */
export function laneValue(rule: PairRule, p: number): number {
  if (p >= INT16_MIN && p <= INT16_MAX) return p;
  if (rule.overflow === 'saturate') return p > INT16_MAX ? INT16_MAX : INT16_MIN;
  return p - 65536 * Math.floor((p + 32768) / 65536);
}

/**
 * The plan of a kernel's constant weights as stored: a conv's [Cout, Cin/group, kernel...] (K = kernel position x
 * channel of the group, channels fastest), or a matmul's B, [K, N] or, transposed, [N, K]. Depthwise convolutions
 * run kernels that widen to int32: they have no pairs.
 */
export function planWeights(
  layout: { conv: { group: number } } | { matmul: { transposed: boolean } }, dims: number[], bytes: ArrayLike<number>, rule: PairRule, activation: 'uint8' | 'int8',
  stored?: { min: number; max: number },
): PairPlan {
  if ('conv' in layout) {
    const [columns, groupIn, ...kernel] = dims;
    const positions = kernel.reduce((a, b) => a * b, 1);
    if (groupIn === 1 && columns === layout.conv.group) return { entries: [], pairs: 0, columnsAtRisk: 0, maxPerColumn: 0, worstBound: 0 };
    return planPairs((c, k) => bytes[(c * groupIn + (k % groupIn)) * positions + Math.floor(k / groupIn)], columns, positions * groupIn, rule, activation, stored);
  }
  const [rows, cols] = dims;
  return layout.matmul.transposed
    ? planPairs((c, k) => bytes[c * cols + k], rows, cols, rule, activation, stored)
    : planPairs((c, k) => bytes[k * cols + c], cols, rows, rule, activation, stored);
}
