import * as path from 'path';
import { compileModel } from '../../../src/engine/compile/compile';
import { repairModel } from '../../../src/engine/compile/repair-model';
import { compareModels } from '../../../src/engine/compare/compare';
import { loadInputs } from '../../../src/engine/compare/capture/inputs';
import { parseModel } from '../../../src/engine/compare/sides/sides';
import { QuantLensError, errorMessage } from '../../../src/engine/errors';
import { buildIR } from '../../../src/engine/ir/build-ir';
import { readModel } from '../../../src/engine/onnx/model-file';
import { EngineClient } from '../../../src/engine/process/engine-client';
import { classified } from '../../../src/engine/process/runtime-error';
import { BUILTIN_TARGETS } from '../../../src/engine/targets/target';
import { inspectTorchScript } from '../../../src/engine/torchscript/inspect';
import { FuzzFile } from './corpus';
import { Dice } from './random';

export type EntryPoint = 'compile' | 'compare' | 'repair' | 'read' | 'inputs' | 'inspect';
/** ok, or the exit code's meaning: bad input (2), compile failed (3); anything else is a failure of the suite. */
/**
 * `slow`: the run ended, but after the bound (its message says how it ended). A run that never ends is stopped at the
 * bound by the engine's call timeout and counts as `engine-crashed`, with "did not finish … and was stopped".
 */
export type Outcome = 'ok' | 'bad-input' | 'compile-failed' | 'engine-crashed' | 'system' | 'cancelled' | 'internal' | 'slow';

export interface RunResult {
  file: string;
  /** How the file was made from its base. */
  what: string;
  entry: EntryPoint;
  outcome: Outcome;
  ms: number;
  message: string;
  /** A user error's message names the file it is about. */
  namesFile: boolean;
}

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/** The entry points a file of this kind goes through, as the CLI and the extension call them. */
export function entryPoints(kind: FuzzFile['kind']): EntryPoint[] {
  if (kind === 'onnx') return ['compile', 'compare', 'repair', 'read'];
  if (kind === 'pt') return ['inspect'];
  return ['inputs'];
}

/** Pick the entry points of one run: every one (`all`), or one chosen by the dice (compile weighted up). */
export function chooseEntries(f: FuzzFile, d: Dice, all: boolean): EntryPoint[] {
  const entries = entryPoints(f.kind);
  if (all || entries.length === 1) return entries;
  const r = d.real();
  return [r < 0.5 ? 'compile' : r < 0.7 ? 'compare' : r < 0.8 ? 'repair' : 'read'];
}

interface Context {
  engine: EngineClient;
  bases: Record<string, string>;
  outDir: string;
  hangMs: number;
}

async function work(f: FuzzFile, entry: EntryPoint, ctx: Context): Promise<Outcome> {
  switch (entry) {
    case 'compile': {
      const { report } = await compileModel(f.file, { target: target('cpu'), engine: ctx.engine });
      return report.failure ? 'compile-failed' : 'ok';
    }
    case 'compare':
      await classified(f.file, () => compareModels({ model: f.file, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine }));
      return 'ok';
    case 'repair': {
      const r = await repairModel(f.file, path.join(ctx.outDir, `${path.basename(f.file)}.fixed.onnx`), { engine: ctx.engine });
      return r.failingBefore.length && !r.out ? 'compile-failed' : r.failingAfter.length ? 'compile-failed' : 'ok';
    }
    case 'read':
      // What the extension shows for a model as written (an untrusted workspace): read, validate, build the IR.
      buildIR(readModel(f.file).model);
      return 'ok';
    case 'inputs':
      // What compare does first with --input: read the tensors and fit them to the model's inputs.
      loadInputs(parseModel(ctx.bases.float_convs).graph, f.file, {});
      return 'ok';
    case 'inspect':
      inspectTorchScript(f.file);
      return 'ok';
  }
}

/** Run one file through one entry point and classify what happened, as the CLI's exit code would. */
export async function runEntry(f: FuzzFile, entry: EntryPoint, ctx: Context): Promise<RunResult> {
  const t0 = performance.now();
  let outcome: Outcome;
  let message = '';
  let namesFile = true;
  try {
    outcome = await work(f, entry, ctx);
  } catch (err) {
    message = errorMessage(err);
    if (err instanceof QuantLensError) {
      outcome = err.kind === 'run-failed' ? 'bad-input' : err.kind;
      namesFile = message.includes(f.file) || message.includes(path.basename(f.file));
    } else {
      outcome = 'internal';
      message = `${message}\n${(err as Error)?.stack ?? ''}`;
    }
  }
  const ms = performance.now() - t0;
  if (ms > ctx.hangMs && outcome !== 'engine-crashed') {
    message = `ended as ${outcome} after ${(ms / 1000).toFixed(1)} s, past the bound of ${ctx.hangMs / 1000} s${message ? `: ${message}` : ''}`;
    outcome = 'slow';
  }
  return { file: f.file, what: `${f.base}: ${f.what}`, entry, outcome, ms, message, namesFile };
}

export interface FuzzSummary {
  files: number;
  runs: number;
  byOutcome: Record<Outcome, number>;
  byKind: Record<string, number>;
  unnamed: RunResult[];
  failures: RunResult[];
  slowest: RunResult | null;
  ms: number;
}

/** Run every file through its entry points (or one each), with one engine whose calls stop after `hangMs`. */
export async function runCorpus(files: FuzzFile[], bases: Record<string, string>, outDir: string, opts: { all: boolean; seed: number; hangMs: number; onRun?: (r: RunResult) => void }): Promise<FuzzSummary> {
  const engine = new EngineClient(undefined, undefined, opts.hangMs);
  const ctx: Context = { engine, bases, outDir, hangMs: opts.hangMs };
  const d = new Dice(opts.seed);
  const summary: FuzzSummary = {
    files: files.length, runs: 0, byKind: {}, unnamed: [], failures: [], slowest: null, ms: 0,
    byOutcome: { ok: 0, 'bad-input': 0, 'compile-failed': 0, 'engine-crashed': 0, system: 0, cancelled: 0, internal: 0, slow: 0 },
  };
  const t0 = performance.now();
  try {
    for (const f of files) {
      summary.byKind[f.kind] = (summary.byKind[f.kind] ?? 0) + 1;
      for (const entry of chooseEntries(f, d, opts.all)) {
        const r = await runEntry(f, entry, ctx);
        summary.runs++;
        summary.byOutcome[r.outcome]++;
        if (!r.namesFile) summary.unnamed.push(r);
        if (!['ok', 'bad-input', 'compile-failed'].includes(r.outcome)) summary.failures.push(r);
        if (!summary.slowest || r.ms > summary.slowest.ms) summary.slowest = r;
        opts.onRun?.(r);
      }
    }
  } finally {
    engine.dispose();
  }
  summary.ms = performance.now() - t0;
  return summary;
}
