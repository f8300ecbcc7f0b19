import type { QuantParams } from '../../ir/ir-types';
import { RangeFold, type RangeState } from '../over-set/range-fold';
import { referencePass, type FakeQuantGrid, type ReferenceResult } from './reference-pass';

/** One reference value to measure on its own (see referencePass), and the row whose range fold it may join. */
export interface ReferenceRequest {
  row: number;
  values: Float32Array;
  /** The layer's output grid, for clipping alone. */
  clip: QuantParams | null;
  /** The grid to quantize the values alone on. */
  fakeQuant: FakeQuantGrid | null;
  /** When present, the values join the row's range fold, measured against this grid (null: it has none). */
  fold?: { quant: QuantParams | null };
}

/**
 * Where a comparison's reference values are measured on their own: in this thread, or in a thread beside it (see
 * ThreadMeasurer). Either way the rows' range folds live with the measurer.
 */
export interface ReferenceMeasurer {
  measure(r: ReferenceRequest): Promise<ReferenceResult>;
  /** The rows' range folds so far, as data; the measurer's own are emptied. */
  takeFolds(): Promise<Array<[row: number, state: RangeState]>>;
  close(): void;
}

/** The measuring itself, wherever it runs: `folds` holds the rows' range folds. */
export function measureReferenceValues(folds: Map<number, RangeFold>, r: ReferenceRequest): ReferenceResult {
  const also = { clip: r.clip, fakeQuant: r.fakeQuant };
  if (!r.fold) return referencePass(r.values, also);
  let fold = folds.get(r.row);
  if (!fold) folds.set(r.row, (fold = new RangeFold()));
  return fold.measure(r.values, r.fold.quant, also);
}

/** The folds as data, emptied from `folds`. */
export function takeFoldStates(folds: Map<number, RangeFold>): Array<[row: number, state: RangeState]> {
  const states = [...folds].map(([row, f]): [number, RangeState] => [row, f.state()]);
  folds.clear();
  return states;
}

/** Measures in this thread, at once (a comparison of one input, or where no thread may start). */
export class InThreadMeasurer implements ReferenceMeasurer {
  private readonly folds = new Map<number, RangeFold>();

  measure(r: ReferenceRequest): Promise<ReferenceResult> {
    try {
      return Promise.resolve(measureReferenceValues(this.folds, r));
    } catch (err) {
      return Promise.reject(err);
    }
  }

  takeFolds(): Promise<Array<[row: number, state: RangeState]>> {
    return Promise.resolve(takeFoldStates(this.folds));
  }

  close(): void {
    this.folds.clear();
  }
}
