import { QuantLensError, errorMessage, systemRefusal } from '../errors';
import { RuntimeError } from './runtime-error';

/** How a failed engine call crosses the channel: Error objects lose their fields there, so they travel as data. */
export interface EngineFailure {
  message: string;
  /** bad-input: our own validation refused; system: the operating system refused a resource; runtime: the runtime did. */
  kind: 'runtime' | 'bad-input' | 'system';
  /** When the runtime raised it: creating the session or running it (runtime failures only). */
  phase: 'load' | 'run';
  /** The system's refusal as Node reported it (system failures only). */
  errno?: { code: string; syscall: string; path?: string };
}

/** The engine side: what a handler threw, as data. */
export function failureOf(err: unknown): EngineFailure {
  const e = err as (Error & NodeJS.ErrnoException & { phase?: string }) | undefined;
  const message = errorMessage(err);
  if (systemRefusal(err)) return { kind: 'system', message, phase: 'load', errno: { code: e!.code!, syscall: e!.syscall!, path: e!.path } };
  if (err instanceof QuantLensError && err.kind === 'system') return { kind: 'system', message, phase: 'load' };
  return { kind: e?.name === 'QuantLensError' ? 'bad-input' : 'runtime', message, phase: e?.phase === 'run' ? 'run' : 'load' };
}

/**
 * The parent side: the failure as the error the caller classifies. A system refusal says what the call was doing
 * ("while capturing model.onnx, the system refused: no space left on device ..."), not "the runtime refuses to load".
 */
export function errorOfFailure(f: EngineFailure, doing: string): Error {
  if (f.kind === 'system' && f.errno) {
    const e = Object.assign(new Error(f.message), f.errno);
    return systemRefusal(e, doing) ?? new QuantLensError('system', `while ${doing}: ${f.message}`);
  }
  if (f.kind === 'system') return new QuantLensError('system', `while ${doing}, ${f.message}`);
  if (f.kind === 'bad-input') return new QuantLensError('bad-input', f.message);
  return new RuntimeError(f.message, f.phase);
}
