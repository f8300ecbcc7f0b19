import * as path from 'path';
import { DEFAULT_THRESHOLD_DB } from '../../../shared/compare-modes';
import { targetJson } from '../../compile/compile';
import { badInput, QuantLensError } from '../../errors';
import { openInputSet } from '../../inputs/input-set';
import { EngineClient } from '../../process/engine-client';
import type { Tensor } from '../../onnx/tensor-codec';
import { alignSides, Aligned } from '../align/aligned';
import { EnginePair } from '../capture/engines';
import { ChunkPlans, measureLayers } from '../compare-layers';
import type { Top1Misses } from '../compare-report';
import { CompareOptions, resolveMode } from '../compare-options';
import { findCulprits } from '../culprits/culprits';
import { unitFacts } from '../culprits/facts';
import { openSides, referenceSideOf, sameModel, Sides } from '../reference/reference';
import { cpuFactsOf } from '../report/cpu-facts';
import { layerTable } from '../report/layers';
import { parseModel, SideOptions } from '../sides/sides';
import { culpritNodes, FactsFold, LayerFold, spread } from './set-fold';
import { calibrationFit } from './calibration-fit';
import { CLIP_SHARE, RangeFold } from './range-fold';
import type { SetReport } from './set-report';
import { SideFiles } from './side-files';

export interface CompareSetOptions extends Omit<CompareOptions, 'input' | 'pairs' | 'keepFloat'> {
  /** A folder or a glob of input files. */
  inputs: string;
  /** The preprocessing spec for images (else quantlens.preprocess.json beside them). */
  preprocess?: string;
  /** Engine process pairs running inputs at once (1 by default). */
  jobs?: number;
  /** Sessions each engine process keeps across inputs. */
  keepSessions?: number;
}

/** Enough for the capture session of each chunk and its layers-alone model at both targets, with room to spare. */
const DEFAULT_KEEP_SESSIONS = 16;
const DEFAULT_CHUNK_MB = 64;

/** Everything one input contributes, folded as soon as it is measured (its tensors are gone by then). */
class SetFolds {
  readonly layers = new Map<number, LayerFold>();
  readonly facts = new Map<string, FactsFold>();
  readonly ranges = new Map<number, RangeFold>();
  readonly outputs = new Map<string, { sqnr: number[]; top1: number[]; misses: Top1Misses | null; worst: { input: number; db: number } | null }>();
  perInput: SetReport['perInput'];
  covered = 0;
  constructor(files: number) {
    this.perInput = Array.from({ length: files }, () => null);
  }
}

const now = () => performance.now();

/**
 * A comparison over a set of inputs: both sides opened and aligned once, then each input through the per-input stages
 * (capture, metrics, layers alone, evidence, culprits) on one of `jobs` engine process pairs, which keep their
 * sessions across inputs. Each input's results are folded into per-layer statistics as soon as it is done, so memory
 * follows the jobs, not the set. Culprits are ranked on the aggregate (each layer's metrics averaged over the set,
 * with the evidence of its worst input). Stopped (signal), it returns what it has, marked partial.
 */
export async function compareSet(opts: CompareSetOptions): Promise<SetReport> {
  const t0 = now();
  const timings: Record<string, number> = { parse: 0, compile: 0, align: 0, load: 0, capture: 0, local: 0, metrics: 0, culprits: 0, report: 0 };
  const onProgress = opts.onProgress ?? (() => undefined);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  const mode = resolveMode(opts);
  if (mode === 'activations') throw badInput(opts.reference, 'an activations file holds one input\'s values; over a set of inputs the reference must run (an .onnx model, another target, or the model as written)');
  const blamed = opts.reference ?? opts.model;

  const parsed = parseModel(opts.model);
  const set = openInputSet(parsed.graph, opts.inputs, opts.dims ?? {}, opts.preprocess);
  timings.parse = now() - t0;
  // Stopping: the user's signal, or a failed input (the other jobs stop too, then the error is reported).
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = stop.signal;
  const files = new SideFiles();
  try {
    const tc = now();
    const sideOpts: SideOptions = { engine: opts.engine, dims: set.dims, threads: opts.threads, signal, onProgress };
    const sides = files.fromFiles(await openSides(opts, mode, sideOpts, parsed));
    timings.compile = now() - tc;
    const ta = now();
    const aligned = alignSides(sides, blamed, opts.map);
    timings.align = now() - ta;

    const n = set.files.length;
    const folds = new SetFolds(n);
    const plans: ChunkPlans = new Map();
    const jobs = Math.max(1, Math.min(opts.jobs ?? 1, n));
    const keep = opts.keepSessions ?? DEFAULT_KEEP_SESSIONS;
    const sessions = { created: 0, reused: 0 };
    let peakMb = 0;
    let next = 0;
    let failure: unknown = null;
    const tl = now();

    const worker = async (j: number): Promise<void> => {
      const client = j === 0 ? opts.engine : new EngineClient();
      const pair = new EnginePair(client);
      const clients = referenceSideOf(aligned.reference) ? [client, pair.reference()] : [client];
      try {
        for (const c of clients) await c.call('sessions', { keep }, { signal });
        while (!signal.aborted && next < n) {
          const i = next++;
          const tload = now();
          const sample = set.load(i);
          timings.load += now() - tload;
          await oneInput({ sides, aligned, folds, plans, timings, threshold, blamed, chunkMb: opts.chunkMb ?? DEFAULT_CHUNK_MB, threads: opts.threads, signal }, pair, i, sample, set.files[i]);
          const elapsed = now() - tl;
          const eta = ((elapsed / folds.covered) * (n - folds.covered)) / 1000;
          onProgress(`input ${folds.covered} of ${n} (${path.basename(set.files[i])}), ${(elapsed / folds.covered / 1000).toFixed(2)} s an input, ETA ${eta.toFixed(0)} s`);
        }
        // The counts, and the sessions released: the caller's engine lives on after this.
        for (const c of clients) {
          const s = await c.call('sessions', { keep: 0 }, { signal });
          sessions.created += s.misses;
          sessions.reused += s.hits;
        }
      } catch (err) {
        if (!signal.aborted || !(err instanceof QuantLensError && err.kind === 'cancelled')) {
          failure ??= err;
          stop.abort();
        }
      } finally {
        peakMb += pair.peakMb();
        pair.dispose();
        if (j > 0) client.dispose();
      }
    };
    await Promise.all(Array.from({ length: jobs }, (_, j) => worker(j)));
    if (failure) throw failure;
    if (folds.covered === 0 && opts.signal?.aborted) throw new QuantLensError('cancelled', 'cancelled');

    const tr = now();
    const report = setReport(opts, set, sides, aligned, folds, threshold, jobs, mode);
    report.sessions = sessions;
    timings.report = now() - tr;
    timings.total = now() - t0;
    report.timingsMs = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
    report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024 + peakMb);
    return report;
  } finally {
    files.dispose();
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

interface InputContext {
  sides: Sides;
  aligned: Aligned;
  folds: SetFolds;
  plans: ChunkPlans;
  timings: Record<string, number>;
  threshold: number;
  blamed: string;
  chunkMb: number;
  threads?: number;
  signal: AbortSignal;
}

/** One input through the per-input stages, folded into the set's statistics. */
async function oneInput(c: InputContext, engines: EnginePair, i: number, sample: Record<string, Tensor>, file: string): Promise<void> {
  const t0 = now();
  const measured = await measureLayers(c.aligned, {
    engines, samples: [sample], threshold: c.threshold, chunkMb: c.chunkMb, threads: c.threads, signal: c.signal, plans: c.plans, onProgress: () => undefined,
    onPair: (row, pair) => {
      let r = c.folds.ranges.get(row);
      if (!r) c.folds.ranges.set(row, (r = new RangeFold()));
      r.add(pair.reference.data, pair.grid.quant);
    },
  });
  const layersMs = now() - t0;
  c.timings.capture += measured.timings.capture;
  c.timings.local += measured.timings.local;
  c.timings.metrics += layersMs - measured.timings.capture - measured.timings.local;
  const tc = now();
  const table = layerTable(c.sides.model, c.aligned.units, c.aligned.alignment, measured.stats, c.blamed);
  const { facts } = unitFacts({ ...c.aligned, ...measured, layers: table.byRow });
  const culprits = findCulprits(facts, c.threshold, sameModel(c.sides.reference));
  const output = measured.outputs.rows(c.sides.model.source.outputs, table.layers, c.aligned.units);
  c.timings.culprits += now() - tc;

  const f = c.folds;
  for (const [row, layer] of table.byRow) {
    let l = f.layers.get(row);
    if (!l) f.layers.set(row, (l = new LayerFold(layer)));
    l.add(i, layer);
  }
  const flagged = culpritNodes(culprits);
  for (const fact of facts) {
    const key = `${fact.node}\0${fact.tensor}`;
    let ff = f.facts.get(key);
    if (!ff) f.facts.set(key, (ff = new FactsFold()));
    ff.add(i, fact, flagged.has(fact.node));
  }
  for (const o of output) {
    let acc = f.outputs.get(o.name);
    if (!acc) f.outputs.set(o.name, (acc = { sqnr: [], top1: [], misses: null, worst: null }));
    if (o.sqnrDb !== null) {
      acc.sqnr.push(o.sqnrDb);
      if (!acc.worst || o.sqnrDb < acc.worst.db) acc.worst = { input: i, db: o.sqnrDb };
    }
    if (o.top1Agreement !== null) acc.top1.push(o.top1Agreement);
    if (o.top1Misses) acc.misses = { count: (acc.misses?.count ?? 0) + o.top1Misses.count, withinError: (acc.misses?.withinError ?? 0) + o.top1Misses.withinError };
  }
  const outDbs = output.flatMap((o) => (o.sqnrDb !== null ? [o.sqnrDb] : []));
  f.perInput[i] = { file, outputSqnrDb: outDbs.length ? Math.min(...outDbs) : null, culprits: culprits.length };
  f.covered++;
}

const round = (x: number | null, d: number) => (x === null || !Number.isFinite(x) ? null : Number(x.toPrecision(d)));

/** The report stage: per-layer spreads, the aggregate's culprits, the observed ranges. */
function setReport(opts: CompareSetOptions, set: ReturnType<typeof openInputSet>, sides: Sides, aligned: Aligned, f: SetFolds, threshold: number, jobs: number, mode: SetReport['mode']): SetReport {
  const fileOf = (i: number | undefined) => (i === undefined ? null : set.files[i]);
  const rows = [...f.layers.keys()].sort((a, b) => a - b);
  const layers = rows.map((row) => {
    const l = f.layers.get(row)!;
    const c = l.clipped;
    return {
      tensor: l.first.tensor, referenceTensor: l.first.referenceTensor, node: l.first.node, opType: l.first.opType, unit: l.first.unit, dtype: l.first.dtype,
      inputs: l.sqnr.length, sqnrDb: spread(l.sqnr), localSqnrDb: spread(l.local),
      clippedFraction: { mean: c.length ? round(c.reduce((a, b) => a + b, 0) / c.length, 4) : null, max: c.length ? round(Math.max(...c), 4) : null },
      worstInput: fileOf(l.worst?.input), worstSqnrDb: l.worst?.sqnrDb ?? null,
    };
  });
  const aggregate = [...f.facts.values()].flatMap((ff) => {
    const a = ff.aggregate();
    return a ? [{ ff, a }] : [];
  });
  const culprits = findCulprits(aggregate.map((x) => x.a), threshold, sameModel(sides.reference)).map((c) => {
    const ff = aggregate.find((x) => x.a.node === c.node && x.a.tensor === c.tensor)?.ff;
    return { ...c, holdsOn: ff?.holdsOn ?? 0, of: f.covered, worstInput: fileOf(ff?.worst?.input) };
  });
  const onAggregate = new Set(culprits.map((c) => c.node));
  const occasional = aggregate.filter((x) => x.ff.holdsOn > 0 && !onAggregate.has(x.a.node))
    .map((x) => ({ node: x.a.node, holdsOn: x.ff.holdsOn, worstInput: fileOf(x.ff.worst?.input) }))
    .sort((a, b) => b.holdsOn - a.holdsOn);
  const ranges = [...f.ranges.keys()].sort((a, b) => a - b).flatMap((row) => {
    const r = f.ranges.get(row)!;
    const l = f.layers.get(row);
    if (!l || r.count === 0) return [];
    const clip = r.clipRange(CLIP_SHARE);
    const q = r.quant;
    // The grid's zero point stays; the scale must reach both ends of the 0.01% range from it. An end the grid has no
    // steps towards (zero point at qmin: nothing below 0) sets no scale.
    const reach = (end: number, steps: number) => (steps !== 0 ? end / steps : 0);
    const suggested = q && clip ? Math.max(reach(clip.high, q.qmax - q.zeroPoint), reach(clip.low, q.qmin - q.zeroPoint), 0) : null;
    return [{
      tensor: l.first.tensor, node: l.first.node,
      observed: { min: round(r.min, 6)!, max: round(r.max, 6)! },
      quant: q ? { min: round(q.min, 6)!, max: round(q.max, 6)!, scale: q.scale, zeroPoint: q.zeroPoint, qmin: q.qmin, qmax: q.qmax } : null,
      clippedFraction: q ? round(r.outside / r.count, 4) : null,
      clip01pct: clip ? { low: round(clip.low, 6)!, high: round(clip.high, 6)! } : null,
      suggestedScale: suggested ? round(suggested, 6) : null,
    }];
  });
  const output = [...f.outputs.entries()].map(([name, o]) => ({
    name, sqnrDb: spread(o.sqnr), top1Agreement: o.top1.length ? round(o.top1.reduce((a, b) => a + b, 0) / o.top1.length, 4) : null, top1Misses: o.misses, worstInput: fileOf(o.worst?.input),
  }));
  return {
    kind: 'input-set', mode, model: sides.model.file, reference: sides.reference.file,
    target: targetJson(sides.model.target), referenceTarget: targetJson(opts.referenceTarget),
    inputs: { source: set.source, files: set.files.length, covered: f.covered, partial: f.covered < set.files.length, preprocess: set.preprocess?.file ?? null, dims: set.dims, jobs },
    threshold, output, layers, culprits, occasional, calibration: calibrationFit(culprits, ranges, f.covered), ranges, perInput: f.perInput,
    cpuFacts: cpuFactsOf(sides.model), sessions: { created: 0, reused: 0 }, timingsMs: {}, peakRssMb: 0,
  };
}
