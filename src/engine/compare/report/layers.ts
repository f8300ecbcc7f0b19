import { badInput } from '../../errors';
import type { Alignment } from '../align/align';
import type { Unit } from '../align/units';
import type { LayerRow, PairMetrics } from '../compare-report';
import type { RowStats } from '../metrics/row-stats';
import type { Side } from '../sides/sides';

const round = (x: number | null, d = 4) => (x === null ? null : Number(x.toFixed(d)));

function rounded(m: PairMetrics): PairMetrics {
  return {
    sqnrDb: round(m.sqnrDb, 2), cosine: round(m.cosine, 6), maxAbs: round(m.maxAbs, 6), meanAbs: round(m.meanAbs, 6),
    errSteps: round(m.errSteps, 3), clippedFraction: round(m.clippedFraction, 6),
  };
}

/** The report's layers, in graph order, and the rows that could not be compared (with why). */
export interface Layers {
  layers: LayerRow[];
  /** The layer each compared row became (by row index). */
  byRow: Map<number, LayerRow>;
  unmatchedModel: string[];
}

/**
 * The report stage's table: one layer per compared row, named after its layer (node, op, scope), its metrics the
 * mean over the inputs (and the worst, with several). Values decided among candidates name the chosen tensor;
 * otherwise the layer keeps its own output's name and says which tensor carried it where the target fused that one
 * away. Nothing compared at all is bad input, named after `file`.
 */
export function layerTable(model: Side, units: Unit[], alignment: Alignment, stats: readonly RowStats[], file: string): Layers {
  const unmatchedModel = [...alignment.unmatched.model];
  const layers: LayerRow[] = [];
  const byRow = new Map<number, LayerRow>();
  alignment.rows.forEach((r, i) => {
    const s = stats[i];
    if (s.error || s.pairs.count === 0) {
      unmatchedModel.push(`${r.tensor} (${s.error ?? 'not captured'})`);
      return;
    }
    const mean = rounded(s.pairs.mean());
    const m = r.model[s.chosen];
    const producer = model.source.values.get(m.tensor)?.producer ?? -1;
    const node = producer >= 0 ? model.source.nodes[producer] : null;
    const unit = r.unit !== null ? units[r.unit] : null;
    const decided = r.model.length > 1;
    const base = s.choiceNote ?? r.note;
    const note = !decided && m.tensor !== r.tensor ? [base, `captured as ${m.tensor} (the target fuses ${r.tensor})`].filter(Boolean).join('; ') : base;
    const row: LayerRow = {
      tensor: decided ? m.tensor : r.tensor,
      compiledOnly: false,
      referenceTensor: r.referenceTensor,
      node: unit ? unit.name : node?.name ?? null,
      opType: unit ? model.source.nodes[unit.anchor].opType : node?.opType ?? null,
      unit: unit?.scope ?? node?.scope ?? '',
      dtype: s.dtype,
      layout: s.layout,
      ...mean,
      localSqnrDb: round(s.local.mean(), 2),
    };
    if (s.local.count > 0 && s.local.fromModel === s.local.count) row.localFromModel = true;
    if (s.pairs.count > 1) row.worst = { ...rounded(s.pairs.worst()), localSqnrDb: round(s.local.worst(), 2) };
    if (note) row.note = note;
    layers.push(row);
    byRow.set(i, row);
  });
  for (const f of alignment.fused ?? []) {
    const producer = model.source.values.get(f.tensor)?.producer ?? -1;
    const node = producer >= 0 ? model.source.nodes[producer] : null;
    const none = { sqnrDb: null, cosine: null, maxAbs: null, meanAbs: null, errSteps: null, clippedFraction: null };
    layers.push({
      tensor: f.tensor, compiledOnly: false, referenceTensor: f.tensor, node: node?.name ?? null, opType: node?.opType ?? null,
      unit: node?.scope ?? '', dtype: null, layout: null, ...none, localSqnrDb: null, fused: f.into, note: `not observable (fused into ${f.into})`,
    });
  }
  const order = (t: string) => model.source.values.get(t)?.producer ?? -1;
  layers.sort((a, b) => order(a.tensor) - order(b.tensor));
  if (layers.every((l) => l.fused)) {
    const why = [...unmatchedModel.slice(0, 3), ...alignment.unmatched.reference.slice(0, 3)].join('; ');
    throw badInput(file, `nothing could be compared: every candidate pair was unmatched or had another shape (${why})`);
  }
  return { layers, byRow, unmatchedModel };
}
