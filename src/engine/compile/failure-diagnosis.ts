import { encodeModel, readModel, LoadedModel } from '../onnx/model-file';
import { ModelMsg } from '../onnx/schema';
import { EngineClient, RuntimeError } from '../process/engine-client';
import type { ModelStage } from '../process/model-stage';
import { nodeFromMessage, plainRuntimeMessage } from '../process/runtime-error';
import { LEVELS, BUILTIN_TARGETS, Target, OptLevel } from '../targets/target';
import { CompileFailure, RepairOffer } from './report';
import { REPAIRS, Repair } from './repairs';
import { OPTIMIZER_NAMES } from './optimizer-names';

export interface DiagnoseContext {
  engine: EngineClient;
  freeDims: Record<string, number>;
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** Levels already compiled (the message of each that failed, null for each that compiled). */
  levels?: ReadonlyMap<OptLevel, string | null>;
  /** Where the bytes compiled many times are written once (model-stage.ts); without one they go by the channel. */
  stage?: ModelStage;
}

/** Compile bytes with a session spec; true when the runtime accepts it. Only the runtime's refusals count as "no". */
export async function compiles(bytes: Uint8Array, provider: string, level: OptLevel, config: Record<string, string>, ctx: DiagnoseContext): Promise<{ ok: boolean; message?: string }> {
  try {
    await ctx.engine.call('compile', { model: ctx.stage ? ctx.stage.source(bytes) : { bytes }, session: { provider, level, config, freeDims: ctx.freeDims, threads: ctx.threads }, exposeTypes: false }, { signal: ctx.signal });
    return { ok: true };
  } catch (err) {
    if (err instanceof RuntimeError) return { ok: false, message: err.message };
    throw err;
  }
}

export { nodeFromMessage } from '../process/runtime-error';

/** Find a small set of optimizers whose disabling makes the level compile: halve while one half suffices, then drop singles. */
async function bisectOptimizers(bytes: Uint8Array, target: Target, level: OptLevel, ctx: DiagnoseContext): Promise<string[] | null> {
  const base = target.config['optimization.disable_specified_optimizers'];
  const fixes = async (names: string[]) => (await compiles(bytes, target.provider, level, { ...target.config, 'optimization.disable_specified_optimizers': [base, ...names].filter(Boolean).join(';') }, ctx)).ok;
  let set = [...OPTIMIZER_NAMES];
  if (!(await fixes(set))) return null;
  while (set.length > 1) {
    const half = Math.ceil(set.length / 2);
    const [a, b] = [set.slice(0, half), set.slice(half)];
    if (await fixes(a)) set = a;
    else if (await fixes(b)) set = b;
    else break;
  }
  for (const name of [...set]) {
    if (set.length === 1) break;
    const without = set.filter((x) => x !== name);
    if (await fixes(without)) set = without;
  }
  return set;
}

function applyRepairs(model: ModelMsg, repairs: readonly Repair[]): { bytes: Uint8Array; changes: Map<string, number> } {
  const changes = new Map<string, number>();
  for (const r of repairs) changes.set(r.id, r.apply(model));
  return { bytes: encodeModel(model), changes };
}

/** Smallest list of repairs (singles first, then all) that makes `target` compile; the model file is re-read for each try. */
export async function findRepairs(file: string, target: Target, ctx: DiagnoseContext): Promise<{ repairs: Repair[]; changes: Map<string, number> } | null> {
  const candidates: Repair[][] = [...REPAIRS.map((r) => [r]), [...REPAIRS]];
  for (const set of candidates) {
    const { bytes, changes } = applyRepairs(readModel(file).model, set);
    if (set.every((r) => (changes.get(r.id) ?? 0) > 0) && (await compiles(bytes, target.provider, target.level, target.config, ctx)).ok) return { repairs: set, changes };
  }
  return null;
}

function offer(r: Repair, changes: number): RepairOffer {
  return { id: r.id, title: r.title, description: r.description, changes };
}

/**
 * Explain why a valid model does not compile for a target: the first optimization level that fails, the optimizer
 * responsible (found by disabling optimizers), the node the runtime names, the cause (from the repairs that make it
 * compile, checked by compiling), and the built-in targets that do compile it.
 */
export async function diagnoseFailure(loaded: LoadedModel, target: Target, message: string, ctx: DiagnoseContext, bytes = encodeModel(loaded.model)): Promise<CompileFailure> {
  const progress = ctx.onProgress ?? (() => undefined);
  let level: OptLevel = target.level;
  progress('finding the first level that fails');
  for (const l of LEVELS.slice(0, LEVELS.indexOf(target.level) + 1)) {
    const known = ctx.levels?.get(l);
    const ok = known !== undefined ? known === null : (await compiles(bytes, target.provider, l, target.config, ctx)).ok;
    if (!ok) {
      level = l;
      break;
    }
  }
  progress(`finding the optimizer that fails at ${level}`);
  const optimizers = level === 'disabled' ? null : await bisectOptimizers(bytes, target, level, ctx);
  progress('trying repairs');
  const found = await findRepairs(loaded.file, target, ctx);
  progress('trying the other targets');
  const workingTargets: string[] = [];
  for (const t of BUILTIN_TARGETS) {
    if (t.id === target.id) continue;
    if ((await compiles(bytes, t.provider, t.level, t.config, ctx)).ok) workingTargets.push(t.id);
  }
  const node = nodeFromMessage(message);
  const where = node ? ` at node ${node}` : '';
  let cause: string;
  if (found) {
    cause = found.repairs.map((r) => r.cause.replace('{n}', String(found.changes.get(r.id)))).join('; and ') + `${where}.`;
  } else if (level === 'disabled') {
    cause = `the runtime cannot load the model as written${where}: an operator, opset or type it does not support, or an invalid graph.`;
  } else if (optimizers) {
    cause = `the ${optimizers.join(' + ')} optimization${optimizers.length > 1 ? 's' : ''} at level ${level} produce${optimizers.length > 1 ? '' : 's'} a graph the runtime then rejects${where}; no repair QuantLens knows fixes the model itself.`;
  } else {
    cause = `level ${level} fails${where} and no single optimizer is responsible.`;
  }
  return {
    level,
    optimizer: optimizers ? optimizers.join(';') : null,
    node,
    message: plainRuntimeMessage(message),
    cause,
    repairs: found ? found.repairs.map((r) => offer(r, found.changes.get(r.id) ?? 0)) : [],
    workingTargets,
  };
}

