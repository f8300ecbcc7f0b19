import type { ErrorKind } from '../shared/exit-codes';

export type { ErrorKind } from '../shared/exit-codes';

/**
 * Errors the user can act on. `kind` decides the CLI exit code (src/shared/exit-codes.ts). Anything else that escapes
 * is a bug in QuantLens, reported as such.
 */
export class QuantLensError extends Error {
  constructor(readonly kind: ErrorKind, message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'QuantLensError';
  }
}

export function badInput(file: string | undefined, message: string): QuantLensError {
  return new QuantLensError('bad-input', message, file);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
