import type { Tensor } from '../onnx/tensor-codec';
import type { Aligned } from './align/aligned';
import { planChunks } from './align/chunks';
import { ChunkFetch, dynamicFetch, planFetches } from './chunk-fetch';
import { captureChunk, ChunkCapture } from './capture/capture-chunk';
import type { EnginePair } from './capture/engines';
import type { Samples } from './capture/inputs';
import { couldBeCulprit } from './culprits/culprits';
import { gatherInputEvidence, noEvidence, RowEvidence } from './evidence/local-evidence';
import { feedValues, FeedValue, heldReference } from './local/local-feeds';
import { buildPlanModel, LocalPlan, planLocal } from './local/local-plan';
import { LocalRun, runLayersAlone } from './local/local-run';
import { ExactRows } from './local/exact-inputs';
import type { LocalPick } from './local/local-model';
import { foldLocalSqnr } from './local/local-sqnr';
import { MeasuredPair, measurePair } from './metrics/measure-pair';
import { SQNR_CAP_DB } from './metrics/pair-metrics';
import { RowStats } from './metrics/row-stats';
import { rowGrid, RowGrid } from './metrics/value-grid';
import { referenceFeeds, referenceSideOf } from './reference/reference';
import { chunkReference, ChunkReference } from './reference/reference-values';
import { KeptPairs, PairRequest } from './report/kept-pairs';
import { OutputValues } from './report/outputs';
import { Normalized, normalizeTensor } from './normalize/normalize';
import { DynamicRange, dynamicRange } from './evidence/dynamic-range';
import { fp16Values, holdsHalf } from './evidence/fp16-range';
import { fakeQuantGrid, type QuantizedAlone } from './metrics/reference-pass';
import { InThreadMeasurer, type ReferenceMeasurer } from './metrics/reference-measurer';
import { ScratchArrays } from './normalize/scratch-arrays';

/** What the layers' stages fold their results into: one record per row, and what the report needs besides. */
export interface Measured {
  stats: RowStats[];
  evidence: RowEvidence[];
  outputs: OutputValues;
  pairs: KeptPairs | null;
  /** Layers the runtime would not run alone. */
  localFailures: string[];
  /** What this process waited for: the captures (beyond what overlapped its measuring) and the layers alone. */
  timings: { capture: number; local: number };
}

/** What every chunk reads, set up once, and the folds it adds to. */
export interface ChunkContext extends Aligned, Measured {
  samples: Samples;
  /** The samples under the reference side's input names. */
  referenceFeeds: Samples;
  threshold: number;
  engines: EnginePair;
  threads?: number;
  signal?: AbortSignal;
  measurer: ReferenceMeasurer;
  overSet: boolean;
  /** Over a set, where rows whose values nothing keeps normalize into (see ScratchArrays). */
  scratch: ScratchArrays | null;
  /** Each reference value's SQNR quantized alone on its layer's grid (first input): its consumers' input evidence. */
  quantizedAlone: QuantizedAlone;
  /** The reference values sent to the measurer and not yet measured (see measureReference). */
  referencePending: Array<Promise<void>>;
  plans?: ChunkPlans;
  /** The dynamic ranges measured so far, by tensor: every row of a unit reads the same inputs. */
  dynamicRanges?: Map<string, DynamicRange | null>;
  /** Reference values of rows that later chunks' copies are fed, carried from their own chunk (see carryFeeds). */
  carried: Map<number, Normalized[]>;
  /** The rows the reference values of the rows in `carried` are fed to, and until which chunk (see carryFeeds). */
  carryUntil: Map<number, number>;
  /** The rows measured so far whose model side held exactly the reference's values (see ExactRows). */
  exact: ExactRows;
  /**
   * Whether the layers whose inputs this chunk measures wait for them, to be skipped if those prove exact; otherwise
   * they run alone at once, beside the measuring. Set by the last chunk that had such layers: whether any were exact.
   */
  deferUnknown: boolean;
}

/** Each chunk's layers-alone plan, by the chunk's rows: it depends on the alignment only, not on the input. */
export type ChunkPlans = Map<string, ReturnType<typeof planLocal>>;

export interface LayerOptions {
  engines: EnginePair;
  samples: Samples;
  threshold: number;
  /** Memory for one chunk of captured tensors (both sides, every sample), in MiB. */
  chunkMb: number;
  pairs?: PairRequest;
  threads?: number;
  signal?: AbortSignal;
  onProgress: (m: string) => void;
  /**
   * A comparison over a set: each row's reference values are measured by `measurer` (a thread beside this one), folded
   * into its range folds (the observed ranges), and quantized alone on the first input for the input evidence (over a
   * set nearly every layer gathers it). Otherwise they are measured here, and a layer's inputs are quantized alone
   * only when it could be a culprit.
   */
  overSet?: { measurer: ReferenceMeasurer; scratch: ScratchArrays };
  /** Plans kept across calls (a comparison over a set plans each chunk once, and its local model is reused). */
  plans?: ChunkPlans;
}

/**
 * Every row through the per-chunk stages, chunk by chunk in graph order, so that memory follows the chunk and not the
 * depth of the model. Each row's results are folds over the inputs (see RowStats): the seam where a comparison over a
 * set of inputs streams one input at a time.
 */
export async function measureLayers(aligned: Aligned, o: LayerOptions): Promise<Measured> {
  const rows = aligned.alignment.rows;
  const ctx: ChunkContext = {
    ...aligned, samples: o.samples, referenceFeeds: referenceFeeds(aligned.reference, aligned.model, o.samples),
    threshold: o.threshold, engines: o.engines, threads: o.threads, signal: o.signal, plans: o.plans,
    measurer: o.overSet?.measurer ?? new InThreadMeasurer(), overSet: !!o.overSet, scratch: o.overSet?.scratch ?? null, quantizedAlone: new WeakMap(), referencePending: [],
    stats: rows.map(() => new RowStats()), evidence: rows.map(() => noEvidence()), outputs: new OutputValues(aligned.model.source.outputs),
    pairs: o.pairs ? new KeptPairs(o.pairs, o.threshold, aligned.model.source.outputs) : null, localFailures: [], timings: { capture: 0, local: 0 },
    exact: new ExactRows(new Set()), deferUnknown: true, carried: new Map(), carryUntil: new Map(),
  };
  const { chunks, later, carryUntil } = planFetches(ctx, planChunks(rows, o.samples.length, o.chunkMb * 1024 * 1024));
  ctx.carryUntil = carryUntil;
  ctx.exact = new ExactRows(ExactRows.startRows(chunks.flatMap((c) => c.plan?.model.feeds ?? []), ctx.rows));
  // The next chunk's capture runs in the engines while this process measures the current one (two cores, three
  // processes): one chunk ahead, no more, so memory holds two chunks.
  let ahead: Promise<ChunkCaptured> | null = null;
  try {
    for (const [ci, chunk] of chunks.entries()) {
      o.onProgress(`comparing layers: chunk ${ci + 1} of ${chunks.length} (${chunk.rows.length} tensors)`);
      const tc = performance.now();
      const captured = await (ahead ?? captureChunkOf(ctx, chunk, ci, later[ci]));
      ahead = null;
      ctx.timings.capture += performance.now() - tc;
      const next = chunks[ci + 1];
      await compareChunk(ctx, chunk, ci, captured, next && (() => {
        ahead = captureChunkOf(ctx, next, ci + 1, later[ci + 1]);
        // A failure while this chunk is measured must not leave the next capture's failure unobserved.
        ahead.catch(() => undefined);
      }));
    }
  } finally {
    // A failed chunk leaves the next capture running: it ends before the streams do.
    await (ahead as Promise<ChunkCaptured> | null)?.catch(() => undefined);
  }
  await o.engines.endStreams();
  return ctx;
}

/** The ranges this chunk's capture measures (first input), for the layers that quantize those tensors at run time. */
function measureRanges(ctx: ChunkContext, chunk: ChunkFetch, captured: Array<Record<string, Tensor>>): void {
  const known = (ctx.dynamicRanges ??= new Map());
  for (const d of chunk.ranges) {
    const t = captured[0]?.[d.fetch];
    if (t && !known.has(d.tensor)) known.set(d.tensor, dynamicRange(d.tensor, normalizeTensor(t, { kind: 'unknown', block: null, channels: null }, null).data));
  }
}

/** A chunk's capture and what its later stages need from the plan. */
interface ChunkCaptured {
  /** The name the reference's engine keeps this chunk's reference tensors under. */
  kept: string;
  captured: ChunkCapture;
  refs: ChunkReference;
}

/** The capture stage of one chunk: both sides; the reference values. */
async function captureChunkOf(ctx: ChunkContext, chunk: ChunkFetch, ci: number, later: { model: string[]; reference: string[] }): Promise<ChunkCaptured> {
  const side = referenceSideOf(ctx.reference);
  // Named per chunk: the engine holds the next chunk's capture beside this one's until the layers alone are fed.
  const kept = `${ctx.engines.streamKey}:reference:${ci}`;
  const captured = await captureChunk(ctx.engines, { side: ctx.model, feeds: ctx.samples, fetch: chunk.model, later: later.model }, side ? { side, feeds: ctx.referenceFeeds, fetch: chunk.reference, later: later.reference, keep: chunk.plan ? kept : undefined } : null, ctx.signal);
  const refs = chunkReference(ctx.reference, chunk.wanted, captured.reference, ctx.samples.length);
  return { kept, captured, refs };
}

/**
 * The stages of one captured chunk: while the engine runs the layers alone (and, once they are sent, the next
 * chunk's capture: `startNext`), measure every pair; last, each layer's local SQNR and, for layers that could be
 * culprits, the evidence from the inputs they received. A layer whose inputs the model held exactly is not run alone
 * (see ExactRows): its measured pair is its local result.
 */
async function compareChunk(ctx: ChunkContext, chunk: ChunkFetch, ci: number, c: ChunkCaptured, startNext?: () => void): Promise<void> {
  const { plan } = chunk;
  const { kept, captured, refs } = c;
  for (const [i, dtype] of refs.dtypes) ctx.stats[i].refDtype = dtype;
  for (const r of chunk.carried) ctx.carried.get(r)?.forEach((v, k) => refs.values[k].set(r, v));

  // The engine runs the layers alone while this process compares the pairs (two processes, two cores).
  const value = feedValues(ctx.model.source, ctx.rows, ctx.samples, refs);
  const referenceTarget = ctx.reference.kind === 'target' ? ctx.reference.side.target : null;
  const held = captured.reference ? { kept, fetch: heldReference(ctx.model.source, ctx.rows, captured.reference) } : null;
  const runAlone = (picks: LocalPick[]): Promise<LocalRun> | null => {
    if (!plan || picks.length === 0) return null;
    const run = runLayersAlone({ ...ctx, referenceTarget, inputs: ctx.samples.length, held }, subPlan(ctx, plan, picks), value);
    // A failed local run must not go unobserved while the pairs are compared; it is awaited below.
    run.catch(() => undefined);
    return run;
  };
  const fed = plan ? sortPicks(ctx, plan) : { exact: [], run: [], unknown: [] };
  const defer = ctx.deferUnknown;
  const early = runAlone(defer ? fed.run : [...fed.run, ...fed.unknown]);
  startNext?.();

  measureRanges(ctx, chunk, captured.model.outputs);
  const pairDb = new Map<number, number[]>();
  for (const i of chunk.rows) measureRow(ctx, i, captured.model.outputs, refs, pairDb);
  // Measured: the model side's tensors can go while the layers alone run and the next chunk arrives.
  captured.model.outputs = [];

  // The layers whose inputs this chunk measured: exact ones need no run; if they waited, the others run now.
  const found = plan ? fed.unknown.filter((p) => fedExactly(ctx, plan, p) === true) : [];
  const late = defer ? runAlone(fed.unknown.filter((p) => !found.includes(p))) : null;
  if (fed.unknown.length) ctx.deferUnknown = found.length > 0;

  await settleReferences(ctx);
  if (plan) {
    const tl = performance.now();
    const exact = new Set([...fed.exact, ...found].map((p) => p.unit));
    for (const run of [await early, await late]) if (run) foldLocal(ctx, run, refs, value, exact);
    foldExact(ctx, plan, exact, pairDb, value);
    ctx.timings.local += performance.now() - tl;
  }
  for (const r of chunk.rows) if (ctx.carryUntil.has(r)) ctx.carried.set(r, refs.values.map((v) => v.get(r)!));
  for (const r of chunk.carried) if (ctx.carryUntil.get(r) === ci) ctx.carried.delete(r);
}

/** A chunk's layers by what is known of their inputs before its pairs are measured (see ExactRows). */
function sortPicks(ctx: ChunkContext, plan: LocalPlan): Record<'exact' | 'run' | 'unknown', LocalPick[]> {
  const out: Record<'exact' | 'run' | 'unknown', LocalPick[]> = { exact: [], run: [], unknown: [] };
  for (const p of plan.picks) {
    const f = fedExactly(ctx, plan, p);
    out[f === undefined ? 'unknown' : f ? 'exact' : 'run'].push(p);
  }
  return out;
}

function fedExactly(ctx: ChunkContext, plan: LocalPlan, p: LocalPick): boolean | undefined {
  const chosen = (row: number) => ctx.rows.rows[row].model[ctx.stats[row].chosen];
  return ctx.exact.fedExactly(p, plan.model.feeds, { source: ctx.model.source, rows: ctx.rows, chosen, samples: ctx.samples });
}

/** Copies of some of a plan's layers, built once per set of layers (a comparison over a set meets the same ones). */
const subPlans = new WeakMap<LocalPlan, Map<string, LocalPlan>>();
function subPlan(ctx: ChunkContext, plan: LocalPlan, picks: LocalPick[]): LocalPlan {
  if (picks.length === plan.picks.length) return plan;
  const key = picks.map((p) => p.unit).join(',');
  let built = subPlans.get(plan);
  if (!built) subPlans.set(plan, (built = new Map()));
  let sub = built.get(key);
  if (!sub) built.set(key, (sub = { picks, model: buildPlanModel(ctx, picks) }));
  return sub;
}

/**
 * Every input's pair of one row; the first input also gives the clipping evidence and the pair kept for the diff.
 * Each pair's SQNR goes to `pairDb` (a layer fed exactly takes it as its local result) and its exactness to ctx.exact.
 */
function measureRow(ctx: ChunkContext, i: number, captured: Array<Record<string, Tensor>>, refs: ChunkReference, pairDb: Map<number, number[]>): void {
  const row = ctx.rows.rows[i];
  const unit = row.unit !== null ? ctx.units[row.unit] : null;
  let grid: RowGrid | null = null;
  const gridOf: Parameters<typeof measurePair>[5] = (m) => (grid ??= rowGrid(ctx.model.source, ctx.model.consts, unit, m));
  // The rows before this one are measured: their arrays are free. This row's may be kept only as an output or a pair.
  ctx.scratch?.recycle();
  const alloc = ctx.scratch && !ctx.pairs && !ctx.outputs.keeps(row) ? ctx.scratch.take : undefined;
  for (let k = 0; k < captured.length; k++) {
    const reference = refs.values[k].get(i);
    if (!reference) throw new Error(`row ${row.tensor} has no reference value`);
    const pair = measurePair(row, ctx.stats[i], captured[k], reference, k === 0, gridOf, alloc);
    if (ctx.exact.watches(i)) ctx.exact.note(i, pair && { reference: pair.reference.data, actual: pair.actual.data, equal: pair.detail.maxAbs === 0 });
    if (!pair) break;
    pairDb.set(i, [...(pairDb.get(i) ?? []), pair.detail.sqnrDb ?? SQNR_CAP_DB]);
    measureReference(ctx, i, pair, k === 0);
    if (k === 0) {
      ctx.evidence[i].nonFinite = nonFiniteShare(pair);
      if (rowHoldsHalf(ctx, i)) ctx.evidence[i].fp16Values = fp16Values(reference.data, pair.actual.data);
      ctx.pairs?.offer(i, row, unit?.name ?? null, pair);
    }
    ctx.outputs.offer(row.tensor, pair.candidate.tensor, pair.reference, pair.actual);
  }
  // The ranges the runtime computed for the layer's dynamically quantized inputs (measured where they were captured,
  // see placeRanges): the worst-served one.
  const ev = ctx.evidence[i];
  for (const d of dynamicFetch(ctx, i)) {
    const r = ctx.dynamicRanges?.get(d.tensor) ?? null;
    if (r && (!ev.dynamicRange || r.fewStepsShare > ev.dynamicRange.fewStepsShare)) ev.dynamicRange = r;
  }
}

/**
 * What the reference value of a pair shows on its own, in one pass over it (see referencePass), by the measurer: on
 * the first input, clipped to the layer's output range (the clipping evidence); over a set, also folded into the row's
 * range and quantized alone on the layer's grid (kept for the layers it feeds: their input-quantization evidence reads
 * it instead of another pass). Settled before the chunk's evidence is gathered (settleReferences).
 */
function measureReference(ctx: ChunkContext, i: number, pair: MeasuredPair, first: boolean): void {
  const clip = first ? pair.grid.unitQuant : null;
  const fakeQuant = first && ctx.overSet ? fakeQuantGrid(pair.grid.unitQuant ?? pair.grid.quant) : null;
  const fold = ctx.overSet ? { quant: pair.grid.quant } : undefined;
  if (!clip && !fakeQuant && !fold) return;
  const values = pair.reference.data;
  const measured = ctx.measurer.measure({ row: i, values, clip, fakeQuant, fold }).then((r) => {
    if (clip) ctx.evidence[i].clipDb = r.clipDb;
    if (fakeQuant && r.fakeQuantDb !== null) ctx.quantizedAlone.set(values, { grid: fakeQuant, db: r.fakeQuantDb });
  });
  // Awaited in settleReferences; a failure before then must not count as unhandled.
  measured.catch(() => undefined);
  ctx.referencePending.push(measured);
}

/** Every reference value sent so far, measured (a failure is thrown here). */
async function settleReferences(ctx: ChunkContext): Promise<void> {
  await Promise.all(ctx.referencePending.splice(0));
}

/** The share of the model side's values that are infinite or NaN; the metrics saw none when their error stayed finite. */
function nonFiniteShare(pair: MeasuredPair): number {
  if (pair.detail.maxAbs !== null) return 0;
  const data = pair.actual.data;
  let bad = 0;
  for (let k = 0; k < data.length; k++) if (!Number.isFinite(data[k])) bad++;
  return bad / Math.max(1, data.length);
}

/** Whether row i's layer holds float16 tensors on either side (its values are then measured against float16's range). */
function rowHoldsHalf(ctx: ChunkContext, i: number): boolean {
  const row = ctx.rows.rows[i];
  if (row.unit !== null && holdsHalf(ctx.model.source, ctx.units[row.unit])) return true;
  const side = referenceSideOf(ctx.reference);
  return !!row.referenceUnit && !!side && holdsHalf(side.source, row.referenceUnit);
}

/** The layers alone: their local SQNR per input; then evidence for the layers that could be culprits. */
function foldLocal(ctx: ChunkContext, run: LocalRun, refs: ChunkReference, value: FeedValue, exact: Set<number>): void {
  // A layer found exact after its copy ran takes its measured pair, as it would had it not run (see foldExact).
  ctx.localFailures.push(...run.failures.filter((f) => !exact.has(f.unit)).map((f) => `${ctx.units[f.unit].name}: ${f.message}`));
  for (const result of run.results) {
    for (const output of result.local.outputs) {
      const i = ctx.rows.unitRow.get(output.unit);
      if (i === undefined || exact.has(output.unit)) continue;
      foldLocalSqnr(ctx.stats[i], result, output, ctx.model.source, (k) => refs.values[k].get(i));
      inputEvidence(ctx, i, output.unit, result.local.feeds, value);
    }
  }
}

/** The layers fed exactly: their local SQNR is their measured pair's, on each input. */
function foldExact(ctx: ChunkContext, plan: LocalPlan, exact: Set<number>, pairDb: Map<number, number[]>, value: FeedValue): void {
  for (const unit of exact) {
    const i = ctx.rows.unitRow.get(unit);
    if (i === undefined) continue;
    for (const db of pairDb.get(i) ?? []) ctx.stats[i].local.add(db, true);
    inputEvidence(ctx, i, unit, plan.model.feeds, value);
  }
}

/** For a layer that could be a culprit, the evidence from the inputs it received. */
function inputEvidence(ctx: ChunkContext, i: number, unit: number, feeds: LocalPlan['model']['feeds'], value: FeedValue): void {
  if (!couldBeCulprit(ctx.stats[i].local.worst(), ctx.threshold)) return;
  const mine = feeds.filter((f) => f.unit === unit);
  gatherInputEvidence(ctx.evidence[i], ctx.units[unit], mine, (f) => value(f, 0), ctx.model, ctx.quantizedAlone);
}
