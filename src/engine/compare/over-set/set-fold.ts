import type { Culprit, LayerRow } from '../compare-report';
import type { UnitFacts } from '../culprits/facts';
import type { Spread } from './set-report';

/**
 * Scalars per input only (one SQNR per layer and input): percentiles need them all, and they cost a few bytes where
 * the tensors they come from cost megabytes.
 */
export function spread(xs: number[]): Spread {
  if (xs.length === 0) return { mean: null, min: null, p5: null };
  const s = [...xs].sort((a, b) => a - b);
  const at = 0.05 * (s.length - 1);
  const lo = Math.floor(at);
  const p5 = s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { mean: r(s.reduce((a, b) => a + b, 0) / s.length), min: r(s[0]), p5: r(p5) };
}

/** One layer's results over the inputs so far. */
export class LayerFold {
  readonly sqnr: number[] = [];
  readonly local: number[] = [];
  readonly clipped: number[] = [];
  worst: { input: number; sqnrDb: number } | null = null;
  constructor(readonly first: LayerRow) {}

  add(input: number, row: LayerRow): void {
    if (row.sqnrDb !== null) {
      this.sqnr.push(row.sqnrDb);
      if (!this.worst || row.sqnrDb < this.worst.sqnrDb) this.worst = { input, sqnrDb: row.sqnrDb };
    }
    if (row.localSqnrDb !== null) this.local.push(row.localSqnrDb);
    if (row.clippedFraction !== null) this.clipped.push(row.clippedFraction);
  }
}

/** The numeric facts averaged over the inputs; the rest is the input where the layer's local SQNR was lowest. */
const MEAN_FIELDS = ['sqnrDb', 'inputSqnrDb', 'localSqnrDb', 'inputQuantDb', 'clipDb', 'clippedFraction'] as const;

/** One layer's culprit facts over the inputs so far. */
export class FactsFold {
  private readonly sums = Object.fromEntries(MEAN_FIELDS.map((f) => [f, 0])) as Record<(typeof MEAN_FIELDS)[number], number>;
  private readonly counts = Object.fromEntries(MEAN_FIELDS.map((f) => [f, 0])) as Record<(typeof MEAN_FIELDS)[number], number>;
  worst: { input: number; facts: UnitFacts } | null = null;
  /** Inputs on which the layer was a culprit alone. */
  holdsOn = 0;

  add(input: number, f: UnitFacts, culprit: boolean): void {
    for (const k of MEAN_FIELDS) {
      const v = f[k];
      if (v === null) continue;
      this.sums[k] += v;
      this.counts[k]++;
    }
    const rank = (x: UnitFacts) => x.localSqnrDb ?? x.sqnrDb ?? Infinity;
    if (!this.worst || rank(f) < rank(this.worst.facts)) this.worst = { input, facts: f };
    if (culprit) this.holdsOn++;
  }

  /** The aggregate the culprit stage ranks: the worst input's evidence, with the metrics' means over the set. */
  aggregate(): UnitFacts | null {
    if (!this.worst) return null;
    const out: UnitFacts = { ...this.worst.facts };
    for (const k of MEAN_FIELDS) out[k] = this.counts[k] ? this.sums[k] / this.counts[k] : null;
    return out;
  }
}

/** Per-input culprits folded by layer name, for the aggregate's "holds on k of n inputs". */
export function culpritNodes(culprits: Culprit[]): Set<string> {
  return new Set(culprits.map((c) => c.node));
}
