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

/** What the operating system refuses for lack of a resource or a right: the machine's state, not the input's, not a bug. */
const REFUSALS: Record<string, string> = {
  ENOSPC: 'free space on that device, or point TMPDIR elsewhere',
  EDQUOT: 'free space in your quota there, or point TMPDIR elsewhere',
  EFBIG: 'the file system does not take files this large; point TMPDIR elsewhere',
  EMFILE: 'raise the open-file limit (ulimit -n)',
  ENFILE: 'the system has too many files open; close some programs',
  ENOMEM: 'close other programs or use a smaller input',
  EACCES: 'check the permissions of that folder',
  EPERM: 'check the permissions of that folder',
  EROFS: 'the folder is on a read-only file system; point TMPDIR elsewhere',
  EIO: 'the device reported an input/output error',
};

/**
 * The system's refusal (Node's errors carry `code` and `syscall`) as a user error saying what was refused, where,
 * and what to do; null for any other error. `doing`: what the work was ("compiling model.onnx at level all").
 */
export function systemRefusal(err: unknown, doing?: string): QuantLensError | null {
  if (!(err instanceof Error)) return null;
  const e = err as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || !(e.code in REFUSALS) || typeof e.syscall !== 'string') return null;
  // Node's message is "ENOSPC: no space left on device, write" (a path after the call when there is one).
  const what = /^E[A-Z0-9]+: ([^,]+)/.exec(e.message)?.[1] ?? e.code;
  const where = `${e.code}, ${e.syscall}${e.path ? ` '${e.path}'` : ''}`;
  const text = `${doing ? `while ${doing}, ` : ''}the system refused: ${what} (${where}); ${REFUSALS[e.code]}`;
  return new QuantLensError('system', text, undefined, { cause: err });
}
