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

/**
 * Whether (value a of input i) ranks before (value b of input j): the lower value, on a tie the earlier input. Jobs
 * finish inputs in any order; the report must not depend on it.
 */
export function before(a: number, i: number, b: number, j: number): boolean {
  return a < b || (a === b && i < j);
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
      if (!this.worst || before(row.sqnrDb, input, this.worst.sqnrDb, this.worst.input)) this.worst = { input, sqnrDb: row.sqnrDb };
    }
    if (row.localSqnrDb !== null) this.local.push(row.localSqnrDb);
    if (row.clippedFraction !== null) this.clipped.push(row.clippedFraction);
  }
}

/** The numeric facts averaged over the inputs; the rest is the input where the layer's local SQNR was lowest. */
const MEAN_FIELDS = ['sqnrDb', 'inputSqnrDb', 'localSqnrDb', 'inputQuantDb', 'clipDb', 'clippedFraction'] as const;
/**
 * Of those, the one averaged as error energy, not as decibels: clipping alone's SQNR, which is the cap (200 dB) on
 * every input where the layer does not clip (see FactsFold.aggregate).
 */
const ENERGY_FIELDS = new Set<string>(['clipDb']);

/** The SQNR of the mean noise-to-signal ratio: the inputs' error energies averaged, back in dB. */
function energyMeanDb(dbs: number[]): number {
  let sum = 0;
  for (const db of dbs) sum += 10 ** (-db / 10);
  return -10 * Math.log10(sum / dbs.length);
}

/** One layer's culprit facts over the inputs so far. */
export class FactsFold {
  /** Each input's numeric facts, summed in input order at the end: the same means whatever order inputs finish in. */
  private readonly values = new Map<number, Array<number | null>>();
  worst: { input: number; facts: UnitFacts } | null = null;
  /** Inputs on which the layer was a culprit alone. */
  holdsOn = 0;

  add(input: number, f: UnitFacts, culprit: boolean): void {
    this.values.set(input, MEAN_FIELDS.map((k) => f[k]));
    const rank = (x: UnitFacts) => x.localSqnrDb ?? x.sqnrDb ?? Infinity;
    if (!this.worst || before(rank(f), input, rank(this.worst.facts), this.worst.input)) this.worst = { input, facts: f };
    if (culprit) this.holdsOn++;
  }

  /**
   * The aggregate the culprit stage ranks: the worst input's evidence, with the metrics' means over the set. Clipping
   * alone's SQNR is averaged as error energy (the mean clipping-noise-to-signal ratio, in dB): an input where the layer
   * does not clip says 200 dB (the cap), and a mean of decibels let a few such inputs hide the clipping of all the
   * others (measured: a layer clipping on most of 99 photographs, at 28-33 dB on each, averaged to 48.8 dB). The
   * layer's SQNRs stay means of decibels, as the report's table gives them: averaged as energy, a few bad inputs
   * made layers of a clean model culprits on the aggregate (culprits alone on 8 and 9 of 99 photographs).
   */
  aggregate(): UnitFacts | null {
    if (!this.worst) return null;
    const out: UnitFacts = { ...this.worst.facts };
    const inputs = [...this.values.keys()].sort((a, b) => a - b);
    MEAN_FIELDS.forEach((k, at) => {
      const xs = inputs.flatMap((i) => {
        const v = this.values.get(i)![at];
        return v === null ? [] : [v];
      });
      out[k] = xs.length === 0 ? null : ENERGY_FIELDS.has(k) ? energyMeanDb(xs) : xs.reduce((a, b) => a + b, 0) / xs.length;
    });
    return out;
  }
}

/** Per-input culprits folded by layer name, for the aggregate's "holds on k of n inputs". */
export function culpritNodes(culprits: Culprit[]): Set<string> {
  return new Set(culprits.map((c) => c.node));
}
