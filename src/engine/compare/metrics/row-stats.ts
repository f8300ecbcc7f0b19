import { LocalFold, MetricsFold } from './aggregate';
import type { PairMetricsDetail } from './pair-metrics';

/** The clipping a row's worst input showed: the clipping evidence is taken from that input. */
export type ClipDetail = Pick<PairMetricsDetail, 'clippedFraction' | 'coverScale' | 'levelsUsed'>;

/**
 * What the metrics stage learned about one row, folded input by input (no tensor of an input is kept): how its
 * pairs compared, and the SQNR of its layer run alone.
 */
export class RowStats {
  /** The model-side candidate compared (an index into Row.model), decided by values on the first input. */
  chosen = 0;
  /** How values decided among candidates, when they did. */
  choiceNote: string | null = null;
  dtype: string | null = null;
  refDtype: string | null = null;
  /** The chosen tensor's layout name at the target (NCHW, NHWC, NCHW8c, unknown). */
  layout: string | null = null;
  /** Why the row could not be compared (the shapes differ); it is then reported unmatched. */
  error: string | null = null;
  readonly pairs = new MetricsFold();
  readonly local = new LocalFold();
  widest: ClipDetail | null = null;

  addPair(d: PairMetricsDetail): void {
    this.pairs.add(d);
    if (!this.widest || (d.clippedFraction ?? 0) > (this.widest.clippedFraction ?? 0)) {
      this.widest = { clippedFraction: d.clippedFraction, coverScale: d.coverScale, levelsUsed: d.levelsUsed };
    }
  }
}
