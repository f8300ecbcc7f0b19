import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { QuantLensError } from '../errors';
import { externalDataDirOf } from '../onnx/external-data';
import type { EngineMethod, EngineMethods, EngineResponse, ModelSource } from './engine-protocol';
import { plainRuntimeMessage } from './runtime-error';
import { packBulk, unpackBulk } from './bulk-transfer';
import { errorOfFailure } from './error-reply';
import { bundledScript } from './bundled-script';
import { comparisonEnv } from './comparison-env';

export { RuntimeError } from './runtime-error';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  /** What the call was doing, for the message when the engine dies under it. */
  doing: string;
}

function modelName(model: ModelSource | undefined): string {
  if (!model) return 'a model';
  return 'path' in model ? path.basename(model.path) : 'a model in memory';
}

/** "compiling model.onnx at level all": what a call does, in the words a crash message needs. */
export function describeCall<M extends EngineMethod>(method: M, params: EngineMethods[M]['params']): string {
  const p = params as { model?: ModelSource; session?: { level: string } };
  const at = p.session ? ` at level ${p.session.level}` : '';
  switch (method) {
    case 'compile': return `compiling ${modelName(p.model)}${at}`;
    case 'types': return `reading the tensor types of ${path.basename((params as EngineMethods['types']['params']).optimizedPath)}`;
    case 'run': return `running ${modelName(p.model)}${at}`;
    case 'capture': return `capturing tensors of ${modelName(p.model)}${at}`;
    default: return `answering '${method}'`;
  }
}

/** Why a process ended, in words: a signal's usual meaning, or its exit code. */
function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|std::bad_alloc|Cannot allocate memory|out of memory/i.test(stderr)) return 'ran out of memory';
  switch (signal) {
    case 'SIGKILL': return 'was killed by SIGKILL (out of memory, or stopped from outside)';
    case 'SIGABRT': return 'aborted (SIGABRT: the native runtime hit a fatal error)';
    case 'SIGSEGV': return 'crashed (SIGSEGV: a memory access fault in native code)';
    case 'SIGBUS': return 'crashed (SIGBUS: a memory access fault in native code)';
    case 'SIGILL': return 'crashed (SIGILL: an instruction this CPU does not have)';
    case 'SIGFPE': return 'crashed (SIGFPE: an arithmetic fault in native code)';
    default: return signal ? `was killed by ${signal}` : code === 134 ? 'aborted (exit code 134)' : `exited with code ${code}`;
  }
}

/** Bytes of a model whose tensors keep data in external files carry that folder (see externalDataDirOf). */
function withDataDir(model: ModelSource): ModelSource {
  if ('path' in model || model.externalDataDir) return model;
  const dir = externalDataDirOf(model.bytes);
  return dir ? { ...model, externalDataDir: dir } : model;
}

function defaultEnginePath(): string {
  return bundledScript('engine-process.js', process.env.QUANTLENS_ENGINE);
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Kill the engine when a call takes longer (ms). */
  timeoutMs?: number;
  /** What the call does ("compiling model.onnx at level all"), for the message if the engine dies under it. */
  doing?: string;
}

/**
 * How the engine process's allocator treats freed memory. 'return-freed': a comparison creates and releases many
 * sessions with large buffers, and glibc's adaptive mmap threshold would keep freed buffers in the heap, so memory
 * would ratchet up with every chunk; a fixed threshold returns them. That costs every session creation (each
 * allocation above 128 KiB is its own mapping; measured: a session on an 8.5 MiB float model about 20x slower), so
 * 'runtime-default' keeps glibc's own behaviour for work of a few sessions (a compile).
 */
export type EngineHeap = 'return-freed' | 'runtime-default';

/**
 * The parent side of the engine process. One child at a time, started on first use and again after a crash or a
 * cancel. Messages use structured-clone serialization so typed arrays cross without JSON; large ones go
 * through a file (bulk-transfer.ts).
 */
export class EngineClient {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderrTail = '';

  /**
   * `callTimeoutMs`: stop the engine when any call runs longer (a call's own `timeoutMs` wins). `heap`: see EngineHeap
   * (a comparison's engines return freed buffers; a compile alone does not need to).
   */
  constructor(private readonly enginePath = defaultEnginePath(), private readonly memoryMb?: number, private readonly callTimeoutMs?: number, private readonly heap: EngineHeap = 'return-freed') {}

  /** The engine process's id while it runs (benchmarks sample its memory). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the engine process now, so that its start (Node and the runtime's library, ~0.2 s) overlaps the caller's work. */
  warm(): void {
    this.start();
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    // --expose-gc: the engine asks for young collections of its dead arrays (array-collector.ts).
    const execArgv = ['--expose-gc', ...(this.memoryMb ? [`--max-old-space-size=${this.memoryMb}`] : [])];
    const env = this.heap === 'return-freed' ? comparisonEnv(process.env) : process.env;
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
      // The answer to a call given up on (cancelled, timed out): its file is nobody's to read.
      if (!p) {
        if (msg.ok && msg.bulk) fs.rmSync(msg.bulk, { force: true });
        return;
      }
      this.pending.delete(msg.id);
      if (msg.ok) {
        let result: unknown;
        try {
          result = unpackBulk(msg.result, msg.bulk);
        } catch (err) {
          p.reject(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        p.resolve(result);
      }
      else p.reject(errorOfFailure(msg.error, p.doing));
    });
    child.on('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      // What the process printed while the last call ran (colour codes and source paths removed).
      const tail = plainRuntimeMessage(this.stderrTail.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n').filter((l) => l.trim()).slice(-2).join(' | ')).slice(0, 300);
      const why = describeExit(code, signal, this.stderrTail);
      // Each pending call says what it was doing: "the runtime crashed compiling model.onnx at level all".
      for (const p of this.pending.values()) {
        p.reject(new QuantLensError('engine-crashed', `the runtime crashed ${p.doing}: the engine process ${why}${tail ? `; its last words: ${tail}` : ''}`));
      }
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
    const doing = opts.doing ?? describeCall(method, params);
    const withModel = params as { model?: ModelSource };
    if (withModel.model) params = { ...params, model: withDataDir(withModel.model) };
    const child = this.start();
    this.stderrTail = '';
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
        if (this.pending.size === 0) {
          child.unref();
          child.channel?.unref();
        }
      };
      this.pending.set(id, {
        resolve: (v) => { done(); resolve(v as EngineMethods[M]['result']); },
        reject: (e) => { done(); reject(e); },
        doing,
      });
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      const timeoutMs = opts.timeoutMs ?? this.callTimeoutMs;
      if (timeoutMs) {
        timer = setTimeout(() => {
          const p = this.pending.get(id);
          this.pending.delete(id);
          this.kill();
          p?.reject(new QuantLensError('engine-crashed', `the runtime did not finish ${doing} within ${Math.round(timeoutMs / 1000)} s and was stopped`));
        }, timeoutMs);
      }
      // While a call is pending the child's handle keeps this process alive: if the child dies, its exit must be
      // seen (and the call rejected) before this process may end.
      child.ref();
      child.channel?.ref();
      // Large arrays (feeds, a model's bytes) go through a file the engine reads and deletes (bulk-transfer.ts).
      const packed = packBulk(params);
      // Read and deleted by the engine; deleted here too when the call ends first (a crash, a cancel), or is never sent.
      if (packed.file) {
        const file = packed.file;
        const p = this.pending.get(id)!;
        const [res, rej] = [p.resolve, p.reject];
        p.resolve = (v) => { fs.rmSync(file, { force: true }); res(v); };
        p.reject = (e) => { fs.rmSync(file, { force: true }); rej(e); };
      }
      child.send({ id, method, params: packed.message, bulk: packed.file });
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

