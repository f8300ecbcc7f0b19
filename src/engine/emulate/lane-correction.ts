import type { Rewriter } from '../rewrite/integer-rewriter';
import type { PairRule } from '../targets/kernel-family';
import { constFloat, gather, overflowLane, padLast, reduceSum, reshape } from './graph-ops';
import type { PairPlan } from './pair-plan';

/**
 * What a family's 16-bit lanes add to the exact accumulator: for every entry of the plan, lane(p) - p, where p is
 * the exact pair sum at each position, summed per output column.
 *
 * `act` holds the activations as the kernel multiplies them (bytes, flipped where the family flips them), with the
 * K positions on its last axis; `rank` is its rank. `position(column, k)` is where K index k of a column's reduction
 * sits on that axis. The result has act's leading axes and `columns` on the last one.
 */
export function laneCorrection(
  r: Rewriter, act: string, rank: number, plan: PairPlan, columns: number, position: (column: number, k: number) => number, rule: PairRule, base: string,
): string {
  const entries = plan.entries;
  const count = entries.length;
  const keep = new Array<number>(rank - 1).fill(0);
  const inputs = gather(r, act, entries.flatMap((e) => [position(e.column, e.k1), position(e.column, e.k2)]), rank - 1, `${base}_pair_inputs`);
  const paired = reshape(r, inputs, [...keep, count, 2], `${base}_paired`);
  const weights = constFloat(r, `${base}_pair_weights`, [count, 2], entries.flatMap((e) => [e.w1, e.w2]));
  const sums = reduceSum(r, r.step('Mul', [paired, weights], `${base}_products`), [rank], `${base}_pair_sums`);
  const lanes = overflowLane(r, sums, rule.overflow, `${base}_lanes`);
  const corrections = r.step('Sub', [lanes, sums], `${base}_pair_corrections`);

  // Each column's entries side by side, padded to the longest with a zero (index `count`), then summed.
  const perColumn = Array.from({ length: columns }, () => [] as number[]);
  entries.forEach((e, i) => perColumn[e.column].push(i));
  const width = plan.maxPerColumn;
  const order = perColumn.flatMap((list) => [...list, ...new Array<number>(width - list.length).fill(count)]);
  const withZero = padLast(r, corrections, rank, 1, `${base}_with_zero`);
  const grouped = reshape(r, gather(r, withZero, order, rank - 1, `${base}_by_column`), [...keep, columns, width], `${base}_grouped`);
  return reduceSum(r, grouped, [rank], `${base}_correction`);
}
