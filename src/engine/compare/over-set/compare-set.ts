import * as path from 'path';
import { DEFAULT_THRESHOLD_DB } from '../../../shared/compare-modes';
import { targetJson } from '../../compile/compile';
import { badInput, QuantLensError } from '../../errors';
import { listInputFiles } from '../../inputs/input-set';
import type { Top1Misses } from '../compare-report';
import { CompareOptions, resolveMode } from '../compare-options';
import { findCulprits } from '../culprits/culprits';
import { sameModel } from '../reference/reference';
import { cpuFactsOf } from '../report/cpu-facts';
import { before, FactsFold, LayerFold, spread } from './set-fold';
import { calibrationFit } from './calibration-fit';
import { CLIP_SHARE, RangeFold } from './range-fold';
import { InputResult, JobEnd, JobIo, JobSetup, openJob, runJob, SetJobOptions, startJobEngines } from './set-job';
import { runThreadJob } from './set-job-thread';
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
 * The jobs of one comparison over a set, as they run: hands out the inputs one at a time, folds each input's results
 * as it arrives (with progress and an ETA), and adds up what each job reports at its end. The first failure stops
 * every job (through `stop`) and is the one reported.
 */
class SetJobs {
  readonly folds: SetFolds;
  readonly sessions = { created: 0, reused: 0 };
  peakMb = 0;
  failure: unknown = null;
  private next = 0;
  private started = now();
  readonly io: JobIo;

  constructor(private readonly n: number, private readonly timings: Record<string, number>, private readonly stop: AbortController, private readonly onProgress: (m: string) => void) {
    this.folds = new SetFolds(n);
    const signal = stop.signal;
    this.io = {
      next: async () => (this.next < n && !signal.aborted ? this.next++ : null),
      done: (r) => this.done(r),
      ranges: this.folds.ranges,
      signal,
    };
  }

  /** Progress counts from here: the first job's start, once the comparison is open. */
  start(): void {
    this.started = now();
  }

  /** A job to its end: what it reports is added up; its failure stops the others. */
  async settle(job: Promise<JobEnd>): Promise<void> {
    try {
      const end = await job;
      this.sessions.created += end.sessions.created;
      this.sessions.reused += end.sessions.reused;
      this.peakMb += end.peakMb;
    } catch (err) {
      this.failure ??= err;
      this.stop.abort();
    }
  }

  private done(r: InputResult): void {
    foldInput(this.folds, r, this.timings);
    const covered = this.folds.covered;
    const elapsed = now() - this.started;
    const eta = ((elapsed / covered) * (this.n - covered)) / 1000;
    this.onProgress(`input ${covered} of ${this.n} (${path.basename(r.file)}), ${(elapsed / covered / 1000).toFixed(2)} s an input, ETA ${eta.toFixed(0)} s`);
  }
}

/**
 * A comparison over a set of inputs: both sides opened and aligned once, then each input through the per-input stages
 * (capture, metrics, layers alone, evidence, culprits) on one of `jobs` engine process pairs, which keep their
 * sessions across inputs. The first job runs in this thread on the caller's engine; each further one in a worker
 * thread with its own engines, so the measuring (this process's busiest work) runs on as many cores as jobs. Each
 * input's results are folded into per-layer statistics as soon as it is done, so memory follows the jobs, not the
 * set. Culprits are ranked on the aggregate (each layer's metrics averaged over the set, with the evidence of its
 * worst input). Stopped (signal), it returns what it has, marked partial.
 */
export async function compareSet(opts: CompareSetOptions): Promise<SetReport> {
  const t0 = now();
  const timings: Record<string, number> = { parse: 0, compile: 0, align: 0, load: 0, capture: 0, local: 0, metrics: 0, culprits: 0, report: 0 };
  const onProgress = opts.onProgress ?? (() => undefined);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  if (resolveMode(opts) === 'activations') throw badInput(opts.reference, 'an activations file holds one input\'s values; over a set of inputs the reference must run (an .onnx model, another target, or the model as written)');
  // The engine, the signal and the callbacks stay in this thread; the rest crosses to worker threads as data.
  const { engine, signal: userSignal, onProgress: _onProgress, jobs: askedJobs, ...rest } = opts;
  const jobOptions: SetJobOptions = { ...rest, threshold, keepSessions: opts.keepSessions ?? DEFAULT_KEEP_SESSIONS, chunkMb: opts.chunkMb ?? DEFAULT_CHUNK_MB };
  // The set's size decides the jobs before it is opened (the listing fails as opening it would).
  const n = listInputFiles(opts.inputs).files.length;
  const jobs = Math.max(1, Math.min(askedJobs ?? 1, n));

  // Stopping: the user's signal, or a failed input (the other jobs stop too, then the error is reported).
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  userSignal?.addEventListener('abort', onAbort, { once: true });
  const files = new SideFiles();
  const pair = startJobEngines(engine);
  const run = new SetJobs(n, timings, stop, onProgress);
  // The threads start now: their start, engines and parsing overlap this thread's compile; they open the sides from
  // the compile cache once it is done.
  let compiled = () => undefined as void;
  const whenCompiled = new Promise<void>((resolve) => (compiled = resolve));
  try {
    const threadJobs = Array.from({ length: jobs - 1 }, () => run.settle(runThreadJob(jobOptions, run.io, { compiled: whenCompiled })));
    let setup: JobSetup;
    try {
      setup = await openJob(jobOptions, engine, files, stop.signal, { onProgress, time: (stage, ms) => (timings[stage] = ms) });
    } catch (err) {
      // The threads stop (the signal) and end before the error is reported: a thread's own failure, if it came first.
      stop.abort();
      await Promise.all(threadJobs);
      throw run.failure ?? err;
    }
    compiled();
    run.start();
    await Promise.all([run.settle(runJob(setup, jobOptions, pair, run.io)), ...threadJobs]);
    if (run.failure) throw run.failure;
    if (run.folds.covered === 0 && userSignal?.aborted) throw new QuantLensError('cancelled', 'cancelled');

    const tr = now();
    const report = setReport(opts, setup, run.folds, threshold, jobs);
    report.sessions = run.sessions;
    timings.report = now() - tr;
    timings.total = now() - t0;
    report.timingsMs = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));
    report.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024 + run.peakMb);
    return report;
  } finally {
    // The caller's engine lives on; the second process of the first job's pair ends here if the job never ran.
    pair.dispose();
    files.dispose();
    userSignal?.removeEventListener('abort', onAbort);
  }
}

/** One input's results folded into the set's statistics (in input order or not: every fold is order-free). */
function foldInput(f: SetFolds, r: InputResult, timings: Record<string, number>): void {
  for (const [k, ms] of Object.entries(r.timings)) timings[k] += ms;
  for (const [row, layer] of r.layers) {
    let l = f.layers.get(row);
    if (!l) f.layers.set(row, (l = new LayerFold(layer)));
    l.add(r.input, layer);
  }
  for (const { facts: fact, culprit } of r.facts) {
    const key = `${fact.node}\0${fact.tensor}`;
    let ff = f.facts.get(key);
    if (!ff) f.facts.set(key, (ff = new FactsFold()));
    ff.add(r.input, fact, culprit);
  }
  for (const o of r.outputs) {
    let acc = f.outputs.get(o.name);
    if (!acc) f.outputs.set(o.name, (acc = { sqnr: [], top1: [], misses: null, worst: null }));
    if (o.sqnrDb !== null) {
      acc.sqnr.push(o.sqnrDb);
      if (!acc.worst || before(o.sqnrDb, r.input, acc.worst.db, acc.worst.input)) acc.worst = { input: r.input, db: o.sqnrDb };
    }
    if (o.top1Agreement !== null) acc.top1.push(o.top1Agreement);
    if (o.top1Misses) acc.misses = { count: (acc.misses?.count ?? 0) + o.top1Misses.count, withinError: (acc.misses?.withinError ?? 0) + o.top1Misses.withinError };
  }
  const outDbs = r.outputs.flatMap((o) => (o.sqnrDb !== null ? [o.sqnrDb] : []));
  f.perInput[r.input] = { file: r.file, outputSqnrDb: outDbs.length ? Math.min(...outDbs) : null, culprits: r.culprits };
  f.covered++;
}

/** Summed in sorted order: the same whatever order the jobs finished the inputs in. */
const orderFreeSum = (xs: number[]) => [...xs].sort((a, b) => a - b).reduce((a, b) => a + b, 0);
const round = (x: number | null, d: number) => (x === null || !Number.isFinite(x) ? null : Number(x.toPrecision(d)));

/** The report stage: per-layer spreads, the aggregate's culprits, the observed ranges. */
function setReport(opts: CompareSetOptions, { set, sides, mode }: JobSetup, f: SetFolds, threshold: number, jobs: number): SetReport {
  const fileOf = (i: number | undefined) => (i === undefined ? null : set.files[i]);
  const rows = [...f.layers.keys()].sort((a, b) => a - b);
  const layers = rows.map((row) => {
    const l = f.layers.get(row)!;
    const c = l.clipped;
    return {
      tensor: l.first.tensor, referenceTensor: l.first.referenceTensor, node: l.first.node, opType: l.first.opType, unit: l.first.unit, dtype: l.first.dtype,
      inputs: l.sqnr.length, sqnrDb: spread(l.sqnr), localSqnrDb: spread(l.local),
      clippedFraction: { mean: c.length ? round(orderFreeSum(c) / c.length, 4) : null, max: c.length ? round(Math.max(...c), 4) : null },
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
    name, sqnrDb: spread(o.sqnr), top1Agreement: o.top1.length ? round(orderFreeSum(o.top1) / o.top1.length, 4) : null, top1Misses: o.misses, worstInput: fileOf(o.worst?.input),
  }));
  return {
    kind: 'input-set', mode, model: sides.model.file, reference: sides.reference.file,
    target: targetJson(sides.model.target), referenceTarget: targetJson(opts.referenceTarget),
    inputs: { source: set.source, files: set.files.length, covered: f.covered, partial: f.covered < set.files.length, preprocess: set.preprocess?.file ?? null, dims: set.dims, jobs },
    threshold, output, layers, culprits, occasional, calibration: calibrationFit(culprits, ranges, f.covered), ranges, perInput: f.perInput,
    cpuFacts: cpuFactsOf(sides.model), sessions: { created: 0, reused: 0 }, timingsMs: {}, peakRssMb: 0,
  };
}
