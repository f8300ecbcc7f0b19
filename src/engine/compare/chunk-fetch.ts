import type { Row } from './align/align';
import type { ChunkContext } from './compare-layers';
import { dynamicInputs } from './evidence/dynamic-range';
import { planLocal } from './local/local-plan';
import { gridFetch } from './normalize/normalize';
import { referenceSideOf } from './reference/reference';
import { referenceFetch } from './reference/reference-values';

/**
 * What each chunk fetches from both sides, planned for every chunk before the first is captured: so that each
 * capture can say what later chunks fetch (the streams keep exactly those), and nothing crosses the pipes twice.
 */
export function planFetches(ctx: ChunkContext, chunkRows: number[][]): { chunks: ChunkFetch[]; later: Array<{ model: string[]; reference: string[] }>; carryUntil: Map<number, number> } {
  const chunks = placeRanges(chunkRows.map((rows) => chunkFetch(ctx, rows)));
  const carryUntil = carryFeeds(ctx, chunks);
  return { chunks, later: laterFetches(chunks), carryUntil };
}

/** A chunk's rows, its layers-alone plan (their inputs are captured too) and what each side fetches for it. */
export interface ChunkFetch {
  rows: number[];
  plan: ReturnType<typeof planLocal>['plan'];
  wanted: Array<{ row: number; reference: Row['reference'] }>;
  model: string[];
  reference: string[];
  /** Rows of earlier chunks whose reference values this chunk's copies are fed, carried, not fetched (see carryFeeds). */
  carried: number[];
  /** The dynamically quantized inputs of the chunk's layers (see placeRanges). */
  dynamic: Array<{ tensor: string; fetch: string }>;
  /** The dynamically quantized inputs whose range this chunk's capture measures (see placeRanges). */
  ranges: Array<{ tensor: string; fetch: string }>;
}

function chunkFetch(ctx: ChunkContext, rows: number[]): ChunkFetch {
  const { plan, feedRows } = chunkPlan(ctx, rows);
  const wanted = [...new Set([...rows, ...feedRows])].map((row) => ({ row, reference: ctx.rows.rows[row].reference }));
  const model = [...new Set(rows.flatMap((i) => ctx.rows.rows[i].model.flatMap((m) => [m.at.fetch, ...gridFetch(m.at)])))];
  const dynamic = rows.flatMap((i) => dynamicFetch(ctx, i));
  return { rows, plan, wanted, model, reference: referenceSideOf(ctx.reference) ? referenceFetch(wanted) : [], carried: [], dynamic, ranges: [] };
}

/**
 * A copy's input that a row of an earlier chunk holds is carried from that chunk (its reference values kept in this
 * process until the last chunk fed from them), not fetched again: at 1024x1024 that was 77 activations crossing a
 * second time. Per carried row, the last chunk that reads it.
 */
function carryFeeds(ctx: ChunkContext, chunks: ChunkFetch[]): Map<number, number> {
  const chunkOf = new Map(chunks.flatMap((c, ci) => c.rows.map((r) => [r, ci] as const)));
  const until = new Map<number, number>();
  chunks.forEach((c, ci) => {
    const carried = c.wanted.filter((w) => !c.rows.includes(w.row) && (chunkOf.get(w.row) ?? ci) < ci);
    if (carried.length === 0) return;
    c.carried = carried.map((w) => w.row);
    c.wanted = c.wanted.filter((w) => !carried.includes(w));
    if (referenceSideOf(ctx.reference)) c.reference = referenceFetch(c.wanted);
    for (const r of c.carried) until.set(r, ci);
  });
  return until;
}

/**
 * Each dynamically quantized input's range is measured by the chunk that first fetches the tensor (most often as the
 * row of the layer before), not fetched again by the chunk of the layer that quantizes it: at 1024x1024 that was a
 * second crossing of nearly every activation of a dynamic-int8 CNN.
 */
function placeRanges(chunks: ChunkFetch[]): ChunkFetch[] {
  const firstAt = new Map<string, number>();
  chunks.forEach((c, ci) => c.model.forEach((f) => firstAt.has(f) || firstAt.set(f, ci)));
  chunks.forEach((c, ci) => {
    for (const d of c.dynamic) {
      let at = firstAt.get(d.fetch);
      if (at === undefined || at > ci) {
        if (!c.model.includes(d.fetch)) c.model.push(d.fetch);
        firstAt.set(d.fetch, (at = ci));
      }
      if (!chunks[at].ranges.some((r) => r.tensor === d.tensor)) chunks[at].ranges.push(d);
    }
  });
  return chunks;
}

/** Per chunk and side, what the chunks after it fetch: the capture streams keep those tensors until then. */
function laterFetches(chunks: ChunkFetch[]): Array<{ model: string[]; reference: string[] }> {
  const model = new Set<string>();
  const reference = new Set<string>();
  const out: Array<{ model: string[]; reference: string[] }> = [];
  for (let ci = chunks.length - 1; ci >= 0; ci--) {
    out[ci] = { model: [...model], reference: [...reference] };
    for (const t of chunks[ci].model) model.add(t);
    for (const t of chunks[ci].reference) reference.add(t);
  }
  return out;
}

function chunkPlan(ctx: ChunkContext, chunk: number[]): ReturnType<typeof planLocal> {
  if (!ctx.plans) return planLocal(ctx, chunk);
  const key = chunk.join(',');
  let planned = ctx.plans.get(key);
  if (!planned) ctx.plans.set(key, (planned = planLocal(ctx, chunk)));
  return planned;
}

/** The model side's float tensors quantized at run time on their way into row i's layer, where the target exposes them. */
export function dynamicFetch(ctx: ChunkContext, i: number): Array<{ tensor: string; fetch: string }> {
  const u = ctx.rows.rows[i].unit;
  if (u === null) return [];
  return dynamicInputs(ctx.model.source, ctx.units[u]).flatMap((t) => {
    const at = ctx.model.locate(t);
    // A blocked or channels-last capture still holds the same values: the range and the steps do not depend on order.
    return at ? [{ tensor: t, fetch: at.fetch }] : [];
  });
}
