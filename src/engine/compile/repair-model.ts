import * as fs from 'fs';
import { badInput } from '../errors';
import { buildIR } from '../ir/build-ir';
import { randomInputs } from '../inputs/random-input';
import { encodeModel, readModel, writeModel } from '../onnx/model-file';
import { toFloat32 } from '../onnx/tensor-codec';
import { EngineClient } from '../process/engine-client';
import { compiles, DiagnoseContext } from './failure-diagnosis';
import { ModelStage } from '../process/model-stage';
import { loadFailure, loadFailureError } from './load-failure';
import { classified } from '../process/runtime-error';
import { BUILTIN_TARGETS, Target } from '../targets/target';
import { symbolicDims } from './compile';
import { REPAIRS, Repair } from './repairs';

export interface RepairResult {
  model: string;
  out: string | null;
  /** Targets that did not compile the original. */
  failingBefore: string[];
  failingAfter: string[];
  applied: Array<{ id: string; title: string; changes: number }>;
  /** Largest difference between the outputs of the original and the repaired model at `reference` (0: identical). */
  referenceMaxAbsDiff: number | null;
}

/** The targets of `targets` that do not compile `bytes` (each compile reads them from the stage's file). */
async function failing(bytes: Uint8Array, targets: readonly Target[], ctx: DiagnoseContext): Promise<string[]> {
  const out: string[] = [];
  for (const t of targets) if (!(await compiles(bytes, t.provider, t.level, t.config, ctx)).ok) out.push(t.id);
  return out;
}

/**
 * Repair a model so that it compiles at every built-in target: add repairs (in a fixed order) while they reduce the
 * targets that fail, check that the repaired model's outputs at `reference` equal the original's, then write it to
 * `out` (never over the original or another existing file unless `overwrite`).
 */
export async function repairModel(file: string, out: string, opts: RepairOptions): Promise<RepairResult> {
  // A failure while running the reference check is the model's (a node its inputs do not fit), reported as such.
  const stage = new ModelStage();
  try {
    return await classified(file, () => repair(file, out, opts, stage));
  } finally {
    stage.dispose();
  }
}

interface RepairOptions {
  engine: EngineClient;
  dims?: Record<string, number>;
  overwrite?: boolean;
  signal?: AbortSignal;
  onProgress?: (m: string) => void;
}

async function repair(file: string, out: string, opts: RepairOptions, stage: ModelStage): Promise<RepairResult> {
  const progress = opts.onProgress ?? (() => undefined);
  const original = readModel(file);
  if (fs.existsSync(out) && fs.realpathSync(out) === original.file) throw badInput(out, 'refusing to write the repaired model over the original; choose another --out');
  if (fs.existsSync(out) && !opts.overwrite) throw badInput(out, 'already exists; choose another --out (or pass --force to replace it)');
  const { graph } = buildIR(original.model);
  const freeDims = Object.fromEntries(Object.entries(symbolicDims(graph, opts.dims)).map(([k, v]) => [k, v.value]));
  progress('compiling at every built-in target');
  const originalBytes = encodeModel(original.model);
  const ctx: DiagnoseContext = { engine: opts.engine, freeDims, signal: opts.signal, stage };
  const failingBefore = await failing(originalBytes, BUILTIN_TARGETS, ctx);
  // `reference` is level disabled: failing there is failing at every level, a model the runtime cannot load at all.
  if (failingBefore.includes('reference')) {
    const why = await compiles(originalBytes, 'cpu', 'disabled', {}, ctx);
    throw loadFailureError(original.file, loadFailure(why.message ?? 'refused'), []);
  }
  const result: RepairResult = { model: original.file, out: null, failingBefore, failingAfter: failingBefore, applied: [], referenceMaxAbsDiff: null };
  if (failingBefore.length === 0) return result;

  let chosen: Repair[] = [];
  let current = failingBefore;
  for (const r of REPAIRS) {
    progress(`trying ${r.id}`);
    const model = readModel(file).model;
    const trial = [...chosen, r];
    const counts = trial.map((x) => x.apply(model));
    if (counts[counts.length - 1] === 0) continue;
    const left = await failing(encodeModel(model), BUILTIN_TARGETS.filter((t) => current.includes(t.id)), ctx);
    if (left.length < current.length) {
      chosen = trial;
      current = left;
    }
    if (current.length === 0) break;
  }
  if (chosen.length === 0) return result;
  const repaired = readModel(file).model;
  result.applied = chosen.map((r) => ({ id: r.id, title: r.title, changes: r.apply(repaired) }));
  result.failingAfter = current;

  progress('checking that the outputs at reference are unchanged');
  const feeds = randomInputs(graph, freeDims);
  const session = { provider: 'cpu', level: 'disabled' as const, config: {}, freeDims };
  const a = await opts.engine.call('run', { model: { bytes: originalBytes }, session, feeds }, { signal: opts.signal });
  const b = await opts.engine.call('run', { model: { bytes: encodeModel(repaired) }, session, feeds }, { signal: opts.signal });
  let diff = 0;
  for (const [name, t] of Object.entries(a.outputs)) {
    const x = toFloat32(t);
    const y = toFloat32(b.outputs[name]);
    for (let i = 0; i < x.length; i++) diff = Math.max(diff, Math.abs(x[i] - y[i]));
  }
  result.referenceMaxAbsDiff = diff;
  if (diff !== 0) throw new Error(`repair changed the outputs at reference (max difference ${diff}); nothing written`);
  writeModel(repaired, out, {}, original.file);
  result.out = out;
  return result;
}
