import type { ConstValues } from '../../ir/const-values';
import type { IRGraph } from '../../ir/ir-types';
import type { ModelMsg } from '../../onnx/schema';
import type { RowIndex } from '../align/row-index';
import type { Unit } from '../align/units';
import { feedSource } from './local-feeds';
import { buildLocalModel, LocalModel, LocalPick } from './local-model';

/** What the layers-alone stage reads of the comparison. */
export interface LocalContext {
  model: { model: ModelMsg; source: IRGraph; consts: ConstValues };
  units: Unit[];
  statics: Set<string>;
  rows: RowIndex;
}

/** The layers of a chunk that run alone, in one model. */
export interface LocalPlan {
  picks: LocalPick[];
  model: LocalModel;
}

export function buildPlanModel(ctx: LocalContext, picks: LocalPick[]): LocalModel {
  const hasValue = (t: string) => ctx.model.source.inputs.includes(t) || ctx.rows.rowOf(t) !== null;
  return buildLocalModel(ctx.model.model, ctx.model.source, ctx.model.consts, ctx.units, picks, ctx.statics, hasValue);
}

/**
 * The units this chunk represents (a unit's row is its representative) whose every input has a reference value,
 * copied into one model; and the rows outside the chunk whose reference values those copies are fed.
 */
export function planLocal(ctx: LocalContext, chunk: number[]): { plan: LocalPlan | null; feedRows: number[] } {
  const picks = chunk.flatMap((i): LocalPick[] => {
    const u = ctx.rows.rows[i].unit;
    return u !== null && ctx.rows.unitRow.get(u) === i ? [{ unit: u, tensor: ctx.rows.rows[i].model[0].tensor }] : [];
  });
  if (picks.length === 0) return { plan: null, feedRows: [] };
  const all = buildPlanModel(ctx, picks);
  const fed = (p: LocalPick) => all.feeds.filter((f) => f.unit === p.unit).every((f) => feedSource(f, ctx.model.source, ctx.rows) !== null);
  const usable = picks.filter(fed);
  if (usable.length === 0) return { plan: null, feedRows: [] };
  const model = usable.length === picks.length ? all : buildPlanModel(ctx, usable);
  const feedRows = new Set<number>();
  for (const f of model.feeds) {
    const src = feedSource(f, ctx.model.source, ctx.rows);
    if (src?.kind === 'row') feedRows.add(src.row);
  }
  return { plan: { picks: usable, model }, feedRows: [...feedRows] };
}
