import { Diagnostic } from '../findings/diagnostic';
import { QuantLensError } from '../errors';
import { RuntimeError, plainRuntimeMessage, nodeFromMessage } from '../process/runtime-error';
import { LEVELS, OptLevel, Target } from '../targets/target';
import { DiagnoseContext, compiles } from './failure-diagnosis';

/** Which levels of a target compile a model: the message of each that fails, null for each that compiles. */
export type LevelResults = Map<OptLevel, string | null>;

/** Compile `bytes` at every level up to the target's (the target's own result is already known: `failed`). */
export async function levelResults(bytes: Uint8Array, target: Target, failed: string, ctx: DiagnoseContext): Promise<LevelResults> {
  const out: LevelResults = new Map();
  for (const level of LEVELS.slice(0, LEVELS.indexOf(target.level) + 1)) {
    if (level === target.level) out.set(level, failed);
    else out.set(level, (await compiles(bytes, target.provider, level, target.config, ctx)).message ?? null);
  }
  return out;
}

/** The runtime refuses the model at every level: the model, not an optimizer, is the problem. */
export function failsAtEveryLevel(results: LevelResults): boolean {
  return [...results.values()].every((m) => m !== null);
}

/** A load failure, as it is cached: the runtime's message and the node it names. */
export interface LoadFailure {
  message: string;
  node: string | null;
}

export function loadFailure(message: string): LoadFailure {
  return { message: plainRuntimeMessage(message), node: nodeFromMessage(message) };
}

/**
 * The error for a model the runtime refuses at every level: bad input, with the runtime's reason in plain words and,
 * when a finding explains it (a fake-quantize op left from training, an op in a domain the runtime lacks), that too.
 */
export function loadFailureError(file: string, f: LoadFailure, findings: readonly Diagnostic[]): QuantLensError {
  const explained = findings.filter((d) => d.severity === 'error' && d.code !== 'QL-COMPILE-FAILED').slice(0, 3);
  const why = explained.map((d) => ` ${d.code}: ${d.message}${d.fix ? ` (fix: ${d.fix})` : ''}.`).join('');
  return new QuantLensError('bad-input', `the runtime refuses to load this model at every optimization level${f.node ? ` (node '${f.node}')` : ''}: ${f.message}.${why}`, file, { node: f.node ?? undefined, cause: new RuntimeError(f.message) });
}
