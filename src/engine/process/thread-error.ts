import { QuantLensError, type ErrorKind } from '../errors';
import { RuntimeError, type RuntimePhase } from './runtime-error';

/**
 * An error thrown in a worker thread, as data: a structured clone keeps an Error's message but not its class or
 * fields, and the caller classifies by both (a QuantLensError's kind, a RuntimeError's phase).
 */
export type ThreadError =
  | { type: 'quantlens'; kind: ErrorKind; reason: string; file: string | null; node: string | null; tensor: string | null }
  | { type: 'runtime'; message: string; phase: RuntimePhase }
  | { type: 'other'; message: string; stack: string | null };

export function toThreadError(err: unknown): ThreadError {
  if (err instanceof QuantLensError) return { type: 'quantlens', kind: err.kind, reason: err.reason, file: err.file ?? null, node: err.node ?? null, tensor: err.tensor ?? null };
  if (err instanceof RuntimeError) return { type: 'runtime', message: err.message, phase: err.phase };
  return { type: 'other', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? err.stack ?? null : null };
}

export function fromThreadError(e: ThreadError): Error {
  if (e.type === 'quantlens') return new QuantLensError(e.kind, e.reason, e.file ?? undefined, { node: e.node ?? undefined, tensor: e.tensor ?? undefined });
  if (e.type === 'runtime') return new RuntimeError(e.message, e.phase);
  const out = new Error(e.message);
  // The worker's stack, where the bug is, not the line that rethrew it.
  if (e.stack) out.stack = e.stack;
  return out;
}

/**
 * Why a worker thread ended before it answered (`what` names its work): out of memory is the machine's limit, said as
 * such; anything else is what it threw, or its exit code.
 */
export function workerDeath(thrown: Error | null, code: number, what: string): Error {
  if ((thrown as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new QuantLensError('system', `${what} ran out of memory in its worker thread; run with fewer --jobs`);
  }
  return thrown ?? new Error(`${what}'s worker thread stopped (exit code ${code}) before it answered`);
}
