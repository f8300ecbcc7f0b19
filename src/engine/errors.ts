import { exitCodeFor, type ErrorKind } from '../shared/exit-codes';

export type { ErrorKind } from '../shared/exit-codes';

/** Where in a model an error is, when it is in one place (the validator and the runtime's messages name these). */
export interface ErrorPlace {
  node?: string;
  tensor?: string;
}

export interface ErrorDetails extends ErrorPlace {
  /** The error this one explains (a runtime message, a file system error): kept for whoever debugs it. */
  cause?: unknown;
}

/** The machine-readable form of an error: what `--json` prints, and what the extension reads. */
export interface ErrorObject {
  kind: ErrorKind;
  exitCode: number;
  message: string;
  file: string | null;
  node: string | null;
  tensor: string | null;
}

/**
 * Errors the user can act on. `kind` decides the CLI exit code (src/shared/exit-codes.ts). Anything else that escapes
 * is a bug in QuantLens, reported as such.
 */
export class QuantLensError extends Error {
  readonly node?: string;
  readonly tensor?: string;
  /** The message without the file in front. */
  readonly reason: string;

  constructor(readonly kind: ErrorKind, message: string, readonly file?: string, details: ErrorDetails = {}) {
    super(file ? `${file}: ${message}` : message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'QuantLensError';
    this.reason = message;
    this.node = details.node;
    this.tensor = details.tensor;
  }

  /** The same error, naming `file` when it named none (a caller that knows which file the work was about). */
  withFile(file: string): QuantLensError {
    if (this.file) return this;
    return new QuantLensError(this.kind, this.reason, file, { node: this.node, tensor: this.tensor, cause: this.cause });
  }

  toObject(): ErrorObject {
    return { kind: this.kind, exitCode: exitCodeFor(this.kind), message: this.message, file: this.file ?? null, node: this.node ?? null, tensor: this.tensor ?? null };
  }
}

export function badInput(file: string | undefined, message: string, details: ErrorDetails = {}): QuantLensError {
  return new QuantLensError('bad-input', message, file, details);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
