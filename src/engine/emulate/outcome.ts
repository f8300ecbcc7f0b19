import type { PairRule } from '../targets/kernel-family';

/** What emulating one kernel involved: the lane rule that applied, and how many pair sums could overflow. */
export interface EmulationOutcome {
  rule: PairRule | null;
  /** Pair sums (column x K pair) whose weights let them leave int16: each is corrected where it does. */
  entries: number;
  /** Pair sums in all. */
  pairs: number;
  columnsAtRisk: number;
  /** The largest pair-sum magnitude the weights allow. */
  worstBound: number;
}

/** A kernel left to this machine's runtime, and why. */
export interface NotEmulated {
  notEmulated: string;
}

export function isNotEmulated<T extends object>(x: T | NotEmulated): x is NotEmulated {
  return 'notEmulated' in x;
}
