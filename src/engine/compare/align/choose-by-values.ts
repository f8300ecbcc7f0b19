import type { Tensor } from '../../onnx/tensor-codec';
import { Normalized, normalizeAt } from '../normalize/normalize';
import type { Row } from './align';

/**
 * When several model tensors could carry a reference activation (a module's output before and after its fake-quant),
 * the values decide: the candidate closest to the reference, with a note saying how.
 */

/** Signal-to-quantization-noise ratio of `x` against `ref`, in dB: +Infinity when identical, NaN values lose. */
function sqnrDb(ref: Float32Array, x: Float32Array): number {
  let signal = 0;
  let noise = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = ref[i];
    const e = r - x[i];
    signal += r * r;
    noise += e * e;
  }
  if (Number.isNaN(noise) || Number.isNaN(signal)) return -Infinity;
  if (noise === 0) return Infinity;
  return 10 * Math.log10(signal / noise);
}

function formatDb(db: number): string {
  if (db === Infinity) return 'exact';
  if (db === -Infinity) return '-inf dB';
  return `${db.toFixed(1)} dB`;
}

/** More distinct values than this and a tensor is not read as sitting on a quantization grid. */
const MAX_GRID_LEVELS = 4096;
/** How far from a grid point (in steps) a value may be: float32 rounding of (q - zp) * scale stays far below. */
const GRID_TOLERANCE = 1e-3;
/** Share of a reference's non-zero values that must sit on the grid; continuous values land there by chance ~0.2%. */
const ON_GRID_SHARE = 0.99;

function onGrid(v: number, step: number): boolean {
  const k = v / step;
  return Math.abs(k - Math.round(k)) <= GRID_TOLERANCE;
}

/**
 * The step of the grid `values` sit on, (q - zp) * scale, when they look dequantized: few distinct values, all
 * multiples of the smallest gap between them. Null for float tensors.
 */
function gridStep(values: Float32Array): number | null {
  const distinct = new Set<number>();
  for (const v of values) {
    if (v === 0) continue;
    distinct.add(v);
    if (distinct.size > MAX_GRID_LEVELS) return null;
  }
  const sorted = Float64Array.from(distinct).sort();
  // One level computed two ways can differ in its last float32 bit: values that close count as one.
  const close = 1e-5 * Math.max(Math.abs(sorted[0] ?? 0), Math.abs(sorted[sorted.length - 1] ?? 0));
  const levels = sorted.filter((v, i) => i === 0 || v - sorted[i - 1] > close);
  if (levels.length < 3) return null;
  let step = Infinity;
  for (let i = 1; i < levels.length; i++) step = Math.min(step, levels[i] - levels[i - 1]);
  return levels.every((v) => onGrid(v, step)) ? step : null;
}

/** Whether (nearly) every non-zero reference value sits on the grid of `step`. */
function refOnGrid(ref: Float32Array, step: number): boolean {
  let nonZero = 0;
  let on = 0;
  for (const v of ref) {
    if (v === 0) continue;
    nonZero++;
    if (onGrid(v, step)) on++;
  }
  return nonZero >= 3 && on >= ON_GRID_SHARE * nonZero;
}

/**
 * The candidate whose values are closest to the reference. A reference that sits on a candidate's quantization grid
 * is a fake-quant's output, and that candidate is taken first: after a few layers of rounding differences between
 * frameworks, the float tensor before the fake-quant can have a higher SQNR than the quantized one that carries the
 * same value. Otherwise, and among grid candidates, the highest SQNR wins; ties go to the earlier candidate
 * (matchActivationKeys lists the latest tensor first, so a DequantizeLinear output beats the QuantizeLinear output it
 * reads). With several candidates the note says how the choice was made.
 */
export function chooseByValues(ref: Float32Array, candidates: Array<{ tensor: string; values: Float32Array }>): { tensor: string; note: string | null } {
  if (candidates.length === 0) throw new Error('chooseByValues needs at least one candidate');
  const several = candidates.length > 1;
  const scored = candidates.map((c, order) => {
    const fits = c.values.length === ref.length;
    const step = fits && several ? gridStep(c.values) : null;
    const grid = step !== null && refOnGrid(ref, step);
    return { tensor: c.tensor, order, fits, grid, count: c.values.length, db: fits ? sqnrDb(ref, c.values) : -Infinity };
  });
  scored.sort((a, b) => Number(b.grid) - Number(a.grid) || (a.db === b.db ? a.order - b.order : b.db - a.db));
  const [best, ...others] = scored;
  if (others.length === 0) return { tensor: best.tensor, note: null };
  const text = (s: (typeof scored)[number]) => {
    if (!s.fits) return `${s.tensor} (${s.count} values, not ${ref.length})`;
    const tie = s !== best && s.db === best.db && s.grid === best.grid ? ', a tie: the earlier candidate wins' : '';
    return `${s.tensor} (${formatDb(s.db)}${s.grid ? ", on the reference's quantization grid" : ''}${tie})`;
  };
  const shown = others.slice(0, 3).map(text).join(', ');
  const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
  return { tensor: best.tensor, note: `decided by values: ${text(best)} over ${shown}${more}` };
}

/**
 * The candidate of a row that the values choose, from one input's capture (the first): null when none has the
 * reference's size, so the row keeps its first candidate.
 */
export function decideCandidate(row: Row, captured: Record<string, Tensor>, ref: Normalized): { chosen: number; note: string | null } | null {
  const candidates = row.model.flatMap((m) => {
    const n = normalizeAt(captured[m.at.fetch], m.at, captured);
    return n.data.length === ref.data.length ? [{ tensor: m.tensor, values: n.data }] : [];
  });
  if (candidates.length === 0) return null;
  const choice = chooseByValues(ref.data, candidates);
  return { chosen: row.model.findIndex((m) => m.tensor === choice.tensor), note: choice.note };
}
