import type { ParsedModel } from '../../compile/compile';
import { QuantLensError } from '../../errors';
import { InputSet, openInputSet } from '../../inputs/input-set';
import type { EngineClient } from '../../process/engine-client';
import { alignSides, Aligned } from '../align/aligned';
import { EnginePair } from '../capture/engines';
import { ChunkPlans, LayerOptions, measureLayers } from '../compare-layers';
import type { CompareReport, LayerRow } from '../compare-report';
import { CompareOptions, resolveMode } from '../compare-options';
import { findCulprits } from '../culprits/culprits';
import { unitFacts, UnitFacts } from '../culprits/facts';
import { openSides, referenceSideOf, sameModel, Sides } from '../reference/reference';
import { layerTable } from '../report/layers';
import { parseModel } from '../sides/sides';
import { culpritNodes } from './set-fold';
import { mergeRanges, RangeFold } from './range-fold';
import { ThreadMeasurer } from '../metrics/reference-thread';
import { ScratchArrays } from '../normalize/scratch-arrays';
import { SideFiles } from './side-files';

/** What a job needs to be opened anywhere (this thread or a worker): the comparison's options as plain data. */
export interface SetJobOptions extends Omit<CompareOptions, 'input' | 'pairs' | 'keepFloat' | 'engine' | 'signal' | 'onProgress'> {
  inputs: string;
  preprocess?: string;
  keepSessions: number;
  chunkMb: number;
  threshold: number;
}

/** Both sides opened and aligned, the input set listed: what every job of a comparison over a set reads. */
export interface JobSetup {
  parsed: ParsedModel;
  set: InputSet;
  sides: Sides;
  aligned: Aligned;
  mode: ReturnType<typeof resolveMode>;
  blamed: string;
}

/** How a job opens its comparison: progress lines, each stage's duration, and when it may compile (see openJob). */
export interface OpenHow {
  onProgress?: (m: string) => void;
  time?: (stage: 'parse' | 'compile' | 'align', ms: number) => void;
  compiled?: Promise<void>;
}

/**
 * Opens a set's comparison: the model parsed, the inputs listed (the first one read: it fixes symbolic dims), both
 * sides compiled and aligned. `time` receives each stage's duration. A job in a worker thread compiles only once
 * `compiled` resolves (the first job's compile is then in the cache: the models are not compiled twice at once).
 */
export async function openJob(o: SetJobOptions, engine: EngineClient, files: SideFiles, signal: AbortSignal, how: OpenHow = {}): Promise<JobSetup> {
  const { onProgress = () => undefined, time = () => undefined, compiled = Promise.resolve() } = how;
  let t = performance.now();
  const lap = (stage: 'parse' | 'compile' | 'align') => {
    const now = performance.now();
    time(stage, now - t);
    t = now;
  };
  const mode = resolveMode(o);
  const parsed = parseModel(o.model);
  const set = openInputSet(parsed.graph, o.inputs, o.dims ?? {}, o.preprocess);
  lap('parse');
  await compiled;
  const sides = files.fromFiles(await openSides(o, mode, { engine, dims: set.dims, threads: o.threads, signal, onProgress }, parsed));
  lap('compile');
  const blamed = o.reference ?? o.model;
  const aligned = alignSides(sides, blamed, o.map);
  lap('align');
  return { parsed, set, sides, aligned, mode, blamed };
}

export interface StageTimings {
  load: number;
  capture: number;
  local: number;
  metrics: number;
  culprits: number;
}

/** What one input gives the set's statistics: plain data (a job in a worker thread posts it), its tensors gone. */
export interface InputResult {
  input: number;
  file: string;
  layers: Array<[row: number, layer: LayerRow]>;
  facts: Array<{ facts: UnitFacts; culprit: boolean }>;
  outputs: CompareReport['output'];
  culprits: number;
  timings: StageTimings;
}

export interface JobEnd {
  sessions: { created: number; reused: number };
  /** The peak memory of the job's engine processes. */
  peakMb: number;
}

export interface JobIo {
  /** The next input to measure, or null when the set is done. */
  next: () => Promise<number | null>;
  done: (r: InputResult) => void;
  /** The observed ranges, folded per row as each pair is measured. */
  ranges: Map<number, RangeFold>;
  signal: AbortSignal;
}

const now = () => performance.now();

/** Whether `err` is only the job's own stop (the signal aborted and a call gave up): the job then ends with what it has. */
export function stoppedBy(signal: AbortSignal, err: unknown): boolean {
  return signal.aborted && err instanceof QuantLensError && err.kind === 'cancelled';
}

/**
 * A job's engine processes, both started now: a process takes ~0.2 s to start (Node and the runtime's library), and
 * that overlaps the opening of the comparison instead of delaying the first input. Over a set the reference side
 * always runs (an activations file is refused), so both are needed.
 */
export function startJobEngines(client: EngineClient): EnginePair {
  const pair = new EnginePair(client);
  pair.warm(true);
  return pair;
}

/**
 * One job: an engine process pair (see startJobEngines) that keeps its sessions across inputs, measuring inputs one
 * at a time until `next` has none. Stopped by the signal, it ends normally with what it measured; any other failure
 * is thrown. The pair's second process ends with the job.
 */
export async function runJob(s: JobSetup, o: SetJobOptions, pair: EnginePair, io: JobIo): Promise<JobEnd> {
  const clients = referenceSideOf(s.aligned.reference) ? [pair.model, pair.reference()] : [pair.model];
  const plans: ChunkPlans = new Map();
  const sessions = { created: 0, reused: 0 };
  const signal = io.signal;
  // What every input of this job measures with: a thread beside it for the reference values, arrays to reuse.
  const overSet = { measurer: new ThreadMeasurer(), scratch: new ScratchArrays() };
  try {
    try {
      for (const c of clients) await c.call('sessions', { keep: o.keepSessions }, { signal });
      for (let i = await io.next(); i !== null && !signal.aborted; i = await io.next()) io.done(await measureInput(s, o, pair, plans, overSet, i, signal));
      // The counts, and the sessions released: a caller's engine lives on after this.
      for (const c of clients) {
        const r = await c.call('sessions', { keep: 0 }, { signal });
        sessions.created += r.misses;
        sessions.reused += r.hits;
      }
    } catch (err) {
      if (!stoppedBy(signal, err)) throw err;
    } finally {
      pair.dispose();
    }
    // The ranges folded so far, a stopped job's too.
    mergeRanges(io.ranges, await overSet.measurer.takeFolds());
  } finally {
    overSet.measurer.close();
  }
  return { sessions, peakMb: pair.peakMb() };
}

/** One input through the per-input stages: capture, metrics, layers alone, evidence, culprits. */
async function measureInput(s: JobSetup, o: SetJobOptions, engines: EnginePair, plans: ChunkPlans, overSet: NonNullable<LayerOptions['overSet']>, i: number, signal: AbortSignal): Promise<InputResult> {
  const tl = now();
  const sample = s.set.load(i);
  const load = now() - tl;
  const t0 = now();
  const measured = await measureLayers(s.aligned, {
    engines, samples: [sample], threshold: o.threshold, chunkMb: o.chunkMb, threads: o.threads, signal, plans, onProgress: () => undefined,
    overSet,
  });
  const layersMs = now() - t0;
  const tc = now();
  const table = layerTable(s.sides.model, s.aligned.units, s.aligned.alignment, measured.stats, s.blamed);
  const { facts } = unitFacts({ ...s.aligned, ...measured, layers: table.byRow });
  const culprits = findCulprits(facts, o.threshold, sameModel(s.sides.reference));
  const outputs = measured.outputs.rows(s.sides.model.source.outputs, table.layers, s.aligned.units);
  const flagged = culpritNodes(culprits);
  const { capture, local } = measured.timings;
  return {
    input: i, file: s.set.files[i], layers: [...table.byRow], facts: facts.map((f) => ({ facts: f, culprit: flagged.has(f.node) })), outputs, culprits: culprits.length,
    timings: { load, capture, local, metrics: layersMs - capture - local, culprits: now() - tc },
  };
}
