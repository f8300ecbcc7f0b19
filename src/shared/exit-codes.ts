/**
 * How a run of the CLI ends, as one table: the CLI's exit code, the extension's reading of it, the README's list and
 * the tests all come from here.
 */
export type ErrorKind = 'bad-input' | 'run-failed' | 'compile-failed' | 'cancelled' | 'engine-crashed' | 'system';

export const EXIT_CODES = {
  /** The work is done (a comparison may still have found culprits). */
  ok: 0,
  /** A check the user asked for did not hold (`compare --fail-under`, `--fail-on`). */
  checkFailed: 1,
  /** The input is bad: a file that cannot be read, an invalid model, one the runtime refuses to load, a wrong option. */
  'bad-input': 2,
  /**
   * The model loads but the runtime fails while running it (a node's inputs do not fit it, or a graph input that
   * random data cannot fill): bad input too, reported with the node and why.
   */
  'run-failed': 2,
  /** A valid model that the target cannot compile (the diagnosis says why). */
  'compile-failed': 3,
  /** The engine process died (the native runtime crashed or ran out of memory); the message says what it was doing. */
  'engine-crashed': 4,
  /**
   * The machine refused what the work needs (no space left on a device, too many open files, no permission on the
   * temporary or cache folder): neither the input's fault nor a bug; the message says what was refused and where.
   */
  system: 5,
  /** Stopped by the user. */
  cancelled: 130,
  /** A bug in QuantLens. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export function exitCodeFor(kind: ErrorKind): ExitCode {
  return EXIT_CODES[kind];
}
