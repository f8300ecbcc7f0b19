import type { PairMetrics } from '../compare-report';

const FIELDS = ['sqnrDb', 'cosine', 'maxAbs', 'meanAbs', 'errSteps', 'clippedFraction'] as const;
type Field = (typeof FIELDS)[number];
/** Lower is worse for these; higher is worse for the rest. */
const LOWER_IS_WORSE = new Set<Field>(['sqnrDb', 'cosine']);

const perField = <T>(value: () => T) => Object.fromEntries(FIELDS.map((f) => [f, value()])) as Record<Field, T>;

/**
 * Mean and worst of each metric over a row's inputs, folded one input at a time so that nothing of an earlier input
 * is held: a comparison over a set of inputs streams through here. Nulls are skipped; a metric null everywhere
 * stays null.
 */
export class MetricsFold {
  /** Inputs folded in. */
  count = 0;
  private readonly sums = perField(() => 0);
  private readonly counts = perField(() => 0);
  private readonly worsts = perField<number | null>(() => null);

  add(m: PairMetrics): void {
    this.count++;
    for (const f of FIELDS) {
      const v = m[f];
      if (v === null) continue;
      this.sums[f] += v;
      this.counts[f]++;
      const w = this.worsts[f];
      this.worsts[f] = w === null ? v : LOWER_IS_WORSE.has(f) ? Math.min(w, v) : Math.max(w, v);
    }
  }

  mean(): PairMetrics {
    const out = perField<number | null>(() => null);
    for (const f of FIELDS) if (this.counts[f]) out[f] = this.sums[f] / this.counts[f];
    return out;
  }

  worst(): PairMetrics {
    return { ...this.worsts };
  }
}

/** Mean and worst of each metric over several inputs (MetricsFold over a list). */
export function aggregateMetrics(list: PairMetrics[]): { mean: PairMetrics; worst: PairMetrics } {
  const fold = new MetricsFold();
  for (const m of list) fold.add(m);
  return { mean: fold.mean(), worst: fold.worst() };
}

/** A row's local SQNRs (its layer run alone, per input): mean and worst, folded. */
export class LocalFold {
  count = 0;
  /** How many were the layer's own pair, its inputs exact (see ExactRows), rather than a copy run alone. */
  fromModel = 0;
  private sum = 0;
  private min = Infinity;

  add(db: number, fromModel = false): void {
    this.count++;
    if (fromModel) this.fromModel++;
    this.sum += db;
    this.min = Math.min(this.min, db);
  }

  mean(): number | null {
    return this.count ? this.sum / this.count : null;
  }

  worst(): number | null {
    return this.count ? this.min : null;
  }
}
