import { layoutName } from '../../../shared/layout';
import type { Tensor } from '../../onnx/tensor-codec';
import type { Candidate, Row } from '../align/align';
import { decideCandidate } from '../align/choose-by-values';
import { Allocate, Normalized, normalizeTensor, runtimeGrid } from '../normalize/normalize';
import type { Layout, QuantParams } from '../../ir/ir-types';
import { pairMetrics, PairMetricsDetail } from './pair-metrics';
import type { RowStats } from './row-stats';
import type { RowGrid } from './value-grid';

/** One input's pair of a row, measured: both sides normalized, and what they showed (folded into the row's stats). */
export interface MeasuredPair {
  candidate: Candidate;
  reference: Normalized;
  actual: Normalized;
  detail: PairMetricsDetail;
  grid: RowGrid;
}

/** 8- and 16-bit integers: on their own grid, round(dequantized / scale) + zero point gives each back exactly. */
const LEVEL_DTYPES = new Set(['int8', 'uint8', 'int16', 'uint16']);

/**
 * The captured integers themselves, when the pair metrics may read the levels used off them: a small integer type,
 * dequantized per tensor with the same scale (positive, finite) and zero point as the grid it is measured on, in a
 * layout that only reorders values (levels do not depend on order; blocked layouts add padding channels).
 */
function integerLevels(t: Tensor, layout: Layout, dequantized: QuantParams | null, grid: QuantParams | null): ArrayLike<number> | undefined {
  if (!LEVEL_DTYPES.has(t.dtype) || layout.kind === 'NCHWc' || !dequantized || !grid) return undefined;
  if (dequantized.scale.length !== 1 || grid.scale.length !== 1) return undefined;
  const s = dequantized.scale[0];
  if (!(s > 0 && s < Infinity) || s !== grid.scale[0] || (dequantized.zeroPoint[0] ?? 0) !== (grid.zeroPoint[0] ?? 0)) return undefined;
  return t.data as ArrayLike<number>;
}

/**
 * The metrics stage for one row and one input: normalize the model side's capture, check it against the reference's
 * shape, measure it on the row's grid and fold the result into `stats`. On the first input, values decide among the
 * row's candidates. Null when the shapes differ (`stats.error` says how); the row is then not compared further.
 */
export function measurePair(row: Row, stats: RowStats, captured: Record<string, Tensor>, reference: Normalized, first: boolean, gridOf: (m: Candidate) => RowGrid, alloc?: Allocate): MeasuredPair | null {
  if (first && row.model.length > 1) {
    const choice = decideCandidate(row, captured, reference);
    if (choice) {
      stats.chosen = choice.chosen;
      if (choice.note) stats.choiceNote = choice.note;
    }
  }
  const candidate = row.model[stats.chosen];
  const t = captured[candidate.at.fetch];
  // The grid the capture is dequantized with (computed at run time for a dynamic one): the levels may be read off it.
  const dequantized = runtimeGrid(candidate.at.value.quant, captured);
  const actual = normalizeTensor(t, candidate.at.value.layout, dequantized, alloc);
  stats.dtype = t.dtype;
  stats.layout = layoutName(candidate.at.value.layout);
  if (actual.dims.join(',') !== reference.dims.join(',')) {
    stats.error = `shape [${actual.dims}] on the model side, [${reference.dims}] in the reference`;
    return null;
  }
  if (!!actual.raw !== !!reference.raw) {
    const [raw, real] = actual.raw ? ['model side', 'reference'] : ['reference', 'model side'];
    stats.error = `not compared: the ${raw} holds ${actual.raw ? t.dtype : 'integer'} values on no known quantization grid, the ${real} real values`;
    return null;
  }
  const rowGrid = gridOf(candidate);
  // A grid computed at run time is this input's: its parameters come from this capture.
  const grid = rowGrid.quant?.runtime ? { ...rowGrid, quant: runtimeGrid(rowGrid.quant, captured) } : rowGrid;
  const perChannel = grid.quant && grid.quant.scale.length > 1 ? { axis: grid.quant.axis ?? 1, dims: actual.dims } : undefined;
  const detail = pairMetrics(reference.data, actual.data, grid.quant, perChannel, integerLevels(t, candidate.at.value.layout, dequantized, grid.quant));
  stats.addPair(detail);
  return { candidate, reference, actual, detail, grid };
}
