/**
 * Errors the user can act on. `kind` decides the CLI exit code: bad input is 2, a valid model that the target cannot
 * compile is 3. Anything else that escapes is a bug in QuantLens, reported as such.
 */
export type ErrorKind = 'bad-input' | 'compile-failed' | 'cancelled' | 'engine-crashed';

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
