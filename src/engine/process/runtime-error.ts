import { QuantLensError } from '../errors';

/** When the runtime raised an error: creating the session (loading and optimizing the model) or running it. */
export type RuntimePhase = 'load' | 'run';

/**
 * The runtime's own message, kept apart from our errors: a compile failure is diagnosed, not just reported, and a
 * refusal is classified (bad input, or a failure while running) by the code that knows which file it was about.
 */
export class RuntimeError extends Error {
  constructor(message: string, readonly phase: RuntimePhase = 'load') {
    super(message);
    this.name = 'RuntimeError';
  }

  /** The message in plain words: no source paths, no C++ signatures, no error-code prefixes. */
  get plain(): string {
    return plainRuntimeMessage(this.message);
  }

  /** The node the runtime names, when it names one. */
  get node(): string | null {
    return nodeFromMessage(this.message);
  }
}

/** The node a runtime message names, in the forms the runtime uses. */
export function nodeFromMessage(message: string): string | null {
  const m = /Node \(([^)]*)\)/.exec(message)
    ?? /In Node, \("([^"]*)"/.exec(message)
    ?? /node\. Name:'([^']*)'/.exec(message)
    ?? /node with name '([^']*)'/.exec(message)
    ?? /node_name[:=]\s*'?([^'\s,]+)/i.exec(message)
    ?? /Node:\s*([^\s]+)/.exec(message);
  return m && m[1] ? m[1] : null;
}

/** The op type a message about a failing run names ("while running Resize node"). */
function opFromMessage(message: string): string | null {
  return /while running (\S+) node/.exec(message)?.[1] ?? /In Node, \("[^"]*", (\w+),/.exec(message)?.[1] ?? null;
}

/** Skip a C++ signature (`void ns::Cls::fn(args...) const`) starting at `i`; returns where the prose starts. */
function skipSignature(s: string, i: number): number {
  const head = /^[\w:<>,*&~ \[\]]*?::[~\w]+\(/.exec(s.slice(i));
  if (!head) return i;
  let depth = 0;
  for (let j = i + head[0].length - 1; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) {
      const rest = /^\)(?:\s*const)?\s*/.exec(s.slice(j));
      return j + (rest ? rest[0].length : 1);
    }
  }
  return i;
}

/**
 * What the runtime said, for a person: its source file paths and line numbers (`/onnxruntime_src/.../x.cc:46`), the
 * C++ signature that follows them, `[ONNXRuntimeError] : 1 : FAIL :` prefixes and stray whitespace removed; one line.
 */
export function plainRuntimeMessage(message: string): string {
  let s = message.replace(/\s+/g, ' ').trim();
  s = s.replace(/\[ONNXRuntimeError\]\s*:\s*\d+\s*:\s*\w+\s*:\s*/g, '');
  // One start per path (after a space, a bracket or the start): no backtracking over the path's segments.
  const path = /(^|[\s(\[])\/[^\s:]*\.(?:cc|cpp|h|hpp|c):\d+\s*/g;
  let out = '';
  let last = 0;
  for (let m = path.exec(s); m; m = path.exec(s)) {
    out += s.slice(last, m.index + m[1].length);
    last = skipSignature(s, m.index + m[0].length);
    path.lastIndex = last;
  }
  out += s.slice(last);
  out = out.replace(/\bonnxruntime::/g, '').replace(/\s+/g, ' ').trim();
  return out.length > 600 ? `${out.slice(0, 600)}…` : out;
}

/**
 * A runtime refusal as an error the user can act on, about `file`: rejected while loading (at every level) is bad
 * input; failing while running names the node and why. Other errors pass through unchanged.
 */
export function classifyRuntimeError(err: unknown, file: string | undefined, what = 'the model'): unknown {
  if (err instanceof QuantLensError) return file && err.kind !== 'cancelled' ? err.withFile(file) : err;
  if (!(err instanceof RuntimeError)) return err;
  const node = err.node ?? undefined;
  if (err.phase === 'run') {
    const op = opFromMessage(err.message);
    const where = node !== undefined ? ` at node '${node}'${op ? ` (${op})` : ''}` : op ? ` in a ${op} node` : '';
    return new QuantLensError('run-failed', `the runtime failed while running ${what}${where}: ${err.plain}`, file, { node, cause: err });
  }
  return new QuantLensError('bad-input', `the runtime refuses to load ${what}${node !== undefined ? ` (node '${node}')` : ''}: ${err.plain}`, file, { node, cause: err });
}

/** Run `work`; a runtime refusal that escapes it becomes a user error about `file` (see classifyRuntimeError). */
export async function classified<T>(file: string | undefined, work: () => Promise<T>, what?: string): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw classifyRuntimeError(err, file, what);
  }
}
