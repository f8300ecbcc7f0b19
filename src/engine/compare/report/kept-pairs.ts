import type { Row } from '../align/align';
import type { CompareReport } from '../compare-report';
import type { PairValues } from '../compare-options';
import { couldBeCulprit } from '../culprits/culprits';
import type { MeasuredPair } from '../metrics/measure-pair';

/** Candidates for `notable` pairs are kept while the comparison runs; this caps their memory. */
const NOTABLE_PAIR_BYTES = 128 * 1024 * 1024;
/**
 * The other rows' pairs (above the threshold) are kept too, in graph order, while they fit in this: a diff opened on
 * any of them then reads the written values instead of running the comparison again (seconds to tens of seconds).
 * A small model's every row fits; a large one's first rows do.
 */
const OTHER_PAIR_BYTES = 64 * 1024 * 1024;

export interface PairRequest {
  /** Layers asked for by tensor or node name. */
  tensors: string[];
  /** Also keep the culprits', the first bad layer's and the outputs' pairs. */
  notable: boolean;
}

/**
 * Pairs kept for the tensor diff (first input only): the ones asked for, and, with `notable`, every pair that might
 * turn out notable (low SQNR, an output) within a memory budget; which of those are notable is known at the end.
 */
export class KeptPairs {
  private readonly wanted: Set<string>;
  private readonly outputs: Set<string>;
  private readonly kept = new Map<number, PairValues>();
  /** Kept rows below the threshold: the rows a user opens first (the editor lists them on top), so they are written. */
  private readonly below = new Set<number>();
  /** Kept rows that are neither asked for nor candidates: written whatever the report finds. */
  private readonly others = new Set<number>();
  private bytes = 0;
  private otherBytes = 0;

  constructor(private readonly request: PairRequest, private readonly threshold: number, private readonly graphOutputs: string[]) {
    this.wanted = new Set(request.tensors);
    this.outputs = new Set(graphOutputs);
  }

  offer(index: number, row: Row, node: string | null, pair: MeasuredPair): void {
    const asked = this.wanted.has(row.tensor) || this.wanted.has(pair.candidate.tensor) || (node !== null && this.wanted.has(node));
    if (!asked && !this.request.notable) return;
    const candidate = couldBeCulprit(pair.detail.sqnrDb, this.threshold) || this.outputs.has(row.tensor);
    const bytes = (pair.reference.data.length + pair.actual.data.length) * 4;
    if (asked || candidate) {
      if (!asked && this.bytes + bytes > NOTABLE_PAIR_BYTES) return;
      this.bytes += bytes;
    } else {
      if (this.otherBytes + bytes > OTHER_PAIR_BYTES) return;
      this.otherBytes += bytes;
      this.others.add(index);
    }
    if (pair.detail.sqnrDb !== null && pair.detail.sqnrDb < this.threshold) this.below.add(index);
    this.kept.set(index, {
      tensor: row.tensor, referenceTensor: row.referenceTensor, node, dims: pair.actual.dims,
      reference: pair.reference.data, actual: pair.actual.data, quant: pair.grid.quant, layoutNote: pair.actual.note,
    });
  }

  /**
   * The pairs asked for, the notable ones (the culprits, the first bad layer, the outputs, every row below the
   * threshold that fit in the budget) and the other rows that fit in theirs, so a tensor diff opened from the
   * comparison needs no second run. A candidate that turned out not notable is dropped.
   */
  select(report: Pick<CompareReport, 'culprits' | 'firstBad'>): PairValues[] {
    const { culprits, firstBad } = report;
    const notable = new Set<string>([...culprits.map((c) => c.node), ...(firstBad?.node ? [firstBad.node] : []), ...(firstBad ? [firstBad.tensor] : []), ...this.graphOutputs]);
    const named = (p: PairValues, names: Set<string>) => names.has(p.tensor) || (p.node !== null && names.has(p.node));
    return [...this.kept.entries()].filter(([i, p]) => this.below.has(i) || this.others.has(i) || named(p, this.wanted) || named(p, notable)).map(([, p]) => p);
  }
}
