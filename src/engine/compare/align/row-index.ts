import { IRGraph } from '../../ir/ir-types';
import { Row, unitIndex } from './align';
import { VALUE_COPIES } from './op-sets';
import { Unit } from './units';

/** The rows of an alignment with the lookups the later stages need: by tensor, by unit. */
export interface RowIndex {
  readonly rows: readonly Row[];
  /** Each unit's representative row: the latest row of its chain (in the order the units first appear). */
  readonly unitRow: ReadonlyMap<number, number>;
  /** The row that holds a tensor's value: its own, its layer's, or that of the tensor it is a (de)quantized copy of. */
  rowOf(tensor: string): number | null;
}

/** How many copies (Q, DQ, Cast, Clip, Identity) a value is followed back through before giving up. */
const MAX_COPY_HOPS = 8;

export function indexRows(rows: readonly Row[], units: Unit[], source: IRGraph): RowIndex {
  const unitRow = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.unit !== null) unitRow.set(r.unit, i);
  });
  const byTensor = unitIndex(units);
  const byName = new Map(rows.map((r, i) => [r.tensor, i]));
  const rowOf = (t: string, hops = 0): number | null => {
    const direct = byName.get(t);
    if (direct !== undefined) return direct;
    const u = byTensor.get(t);
    const ofUnit = u !== undefined ? unitRow.get(u) : undefined;
    if (ofUnit !== undefined) return ofUnit;
    const p = source.values.get(t)?.producer ?? -1;
    const n = p >= 0 ? source.nodes[p] : undefined;
    return n && hops < MAX_COPY_HOPS && VALUE_COPIES.has(n.opType) ? rowOf(n.inputs[0], hops + 1) : null;
  };
  return { rows, unitRow, rowOf: (t) => rowOf(t) };
}
