import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { QuantLensError } from '../errors';
import type { EngineMethod, EngineMethods, EngineResponse } from './engine-protocol';

/** The runtime's own message, kept apart from our errors: a compile failure is diagnosed, not just reported. */
export class RuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeError';
  }
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

function defaultEnginePath(): string {
  const candidates = [process.env.QUANTLENS_ENGINE, path.join(__dirname, 'engine-process.js'), path.join(__dirname, '..', 'engine-process.js')];
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error(`engine-process.js not found next to ${__dirname}; run the build first`);
  return found;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Kill the engine when a call takes longer (ms). */
  timeoutMs?: number;
}

/**
 * The parent side of the engine process. One child at a time, started on first use and again after a crash or a
 * cancel. Messages use structured-clone serialization so typed arrays cross without JSON.
 */
export class EngineClient {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderrTail = '';

  constructor(private readonly enginePath = defaultEnginePath(), private readonly memoryMb?: number) {}

  /** The engine process's id while it runs (benchmarks sample its memory). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const execArgv = this.memoryMb ? [`--max-old-space-size=${this.memoryMb}`] : [];
    // The engine creates and releases many sessions with large buffers; glibc's adaptive mmap threshold would keep
    // freed buffers in the heap, so memory would ratchet up with every chunk. A fixed threshold returns them.
    const env = { ...process.env, MALLOC_MMAP_THRESHOLD_: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072' };
    // QUANTLENS_ENGINE_EXEC runs the engine under another program (a CPU emulator that hides instructions, so the
    // runtime's kernels for another CPU family can be checked on this machine); unset, it is this Node.
    const execPath = process.env.QUANTLENS_ENGINE_EXEC || undefined;
    const child = fork(this.enginePath, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv, env, execPath });
    this.stderrTail = '';
    child.stderr?.on('data', (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4000);
    });
    child.on('message', (msg: EngineResponse) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else if (msg.error.kind === 'bad-input') p.reject(new QuantLensError('bad-input', msg.error.message));
      else p.reject(new RuntimeError(msg.error.message));
    });
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const tail = this.stderrTail.trim().split('\n').slice(-3).join(' | ');
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const err = new QuantLensError('engine-crashed', `the engine process ${why} (the native runtime crashed or ran out of memory)${tail ? `: ${tail}` : ''}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    });
    // The child must not keep a CLI alive once its work is done.
    child.unref();
    child.channel?.unref();
    this.child = child;
    return child;
  }

  call<M extends EngineMethod>(method: M, params: EngineMethods[M]['params'], opts: CallOptions = {}): Promise<EngineMethods[M]['result']> {
    if (opts.signal?.aborted) return Promise.reject(new QuantLensError('cancelled', 'cancelled'));
    const child = this.start();
    const id = this.nextId++;
    return new Promise<EngineMethods[M]['result']>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        this.pending.delete(id);
        reject(new QuantLensError('cancelled', 'cancelled'));
        this.kill();
      };
      const done = () => {
        if (timer) clearTimeout(timer);
        opts.signal?.removeEventListener('abort', onAbort);
        if (this.pending.size === 0) child.channel?.unref();
      };
      this.pending.set(id, {
        resolve: (v) => { done(); resolve(v as EngineMethods[M]['result']); },
        reject: (e) => { done(); reject(e); },
      });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      if (opts.timeoutMs) {
        timer = setTimeout(() => {
          const p = this.pending.get(id);
          this.pending.delete(id);
          this.kill();
          p?.reject(new QuantLensError('engine-crashed', `the engine did not answer '${method}' within ${Math.round(opts.timeoutMs! / 1000)} s and was stopped`));
        }, opts.timeoutMs);
      }
      child.channel?.ref();
      child.send({ id, method, params });
    });
  }

  /** Stop the engine now (cancel): the native call cannot be interrupted any other way. */
  kill(): void {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) child.kill('SIGKILL');
    for (const p of this.pending.values()) p.reject(new QuantLensError('cancelled', 'cancelled'));
    this.pending.clear();
  }

  dispose(): void {
    this.kill();
  }
}
