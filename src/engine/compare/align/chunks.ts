import { logicalCount } from '../sides/compiled-mapping';
import type { Row } from './align';

/** Bytes of normalized float32 values one sample of a row needs (unknown shapes count as 1 MiB). */
function rowBytes(r: Row): number {
  const n = logicalCount(r.model[0].at.value);
  return (n ?? 1 << 18) * 4 * Math.max(1, r.model.length) * 2;
}

/**
 * Rows grouped in graph order (as row indices) so that one group's tensors, on both sides and for every sample, stay
 * within `budgetBytes`: peak memory follows the chunk, not the number of layers. A row larger than the budget is a
 * chunk of its own.
 */
export function planChunks(rows: readonly Row[], samples: number, budgetBytes: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  let used = 0;
  rows.forEach((r, i) => {
    const b = rowBytes(r) * samples;
    if (cur.length && used + b > budgetBytes) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(i);
    used += b;
  });
  if (cur.length) out.push(cur);
  return out;
}
