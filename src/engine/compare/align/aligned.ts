import type { Sides } from '../reference/reference';
import { Alignment, alignRows } from './align';
import { readMapFile } from './map-file';
import { indexRows, RowIndex } from './row-index';
import { staticValues } from '../../ir/static-values';
import { partitionUnits, Unit } from './units';

/** What the comparison knows once both sides are open and their tensors aligned: every later stage reads it. */
export interface Aligned extends Sides {
  units: Unit[];
  /** Tensors known before any input arrives (never compared, never fed). */
  statics: Set<string>;
  alignment: Alignment;
  rows: RowIndex;
}

/**
 * The align stage: the model's units, and the rows to compare in graph order against the reference. `file` is blamed
 * when nothing aligns; `mapFile` is the user's map of activation keys.
 */
export function alignSides(sides: Sides, file: string, mapFile?: string): Aligned {
  const units = partitionUnits(sides.model.source);
  const statics = staticValues(sides.model.source);
  const map = mapFile ? readMapFile(mapFile) : undefined;
  const alignment = alignRows(sides.model, units, sides.reference, file, map);
  return { ...sides, units, statics, alignment, rows: indexRows(alignment.rows, units, sides.model.source) };
}
