import { ChildProcess, fork } from 'child_process';
import { PROGRESS_PREFIX } from '../cli/progress';
import { printedResult, readCliJson, toArgv, type CliOptions, type CliResult, type Verb } from '../shared/cli-contract';
import { comparisonEnv } from '../engine/process/comparison-env';

/** Enough of VS Code's CancellationToken to cancel a run (kept structural so this file needs no vscode import). */
export interface CancelToken {
  isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface CliOutcome<T> {
  code: number;
  /** The JSON the verb printed (with --json), when it printed any. */
  json: T | null;
  /** The CLI's error line ("quantlens: FILE: what is wrong"), without the prefix, when it failed. */
  error: string | null;
  cancelled: boolean;
}

export interface RunOptions {
  token?: CancelToken;
  onProgress?: (message: string) => void;
}

/**
 * Runs a QuantLens CLI verb in its own process (which starts the engine process under it): the extension host only
 * waits on a pipe, so nothing native or heavy runs on its threads; cancel is SIGINT (the CLI stops its engine), then a
 * kill if it does not exit.
 */
export class CliRunner {
  private readonly running = new Set<ChildProcess>();

  constructor(private readonly cliPath: string, private readonly env: () => NodeJS.ProcessEnv, private readonly log: (line: string) => void) {}

  /** Run `verb` with typed options (always with --json): the argv comes from the contract, and so does the reading. */
  run<V extends Verb, O extends CliOptions[V]>(verb: V, options: O, opts: RunOptions = {}): Promise<CliOutcome<CliResult<V, O>>> {
    return this.runArgv(toArgv(verb, { ...options, json: true }), opts, (stdout) => readCliJson<V, O>(verb, stdout));
  }

  private runArgv<T>(args: string[], opts: RunOptions, read: (stdout: string) => { result: T | null; error: { message: string } | null } | null): Promise<CliOutcome<T>> {
    return new Promise((resolve, reject) => {
      const t0 = Date.now();
      this.log(`quantlens ${args.join(' ')}`);
      // A comparison measures in the CLI's process: it starts as the engines do (see comparisonEnv).
      const env = { ...this.env(), QUANTLENS_PROGRESS: '1' };
      const child = fork(this.cliPath, args, { env: args[0] === 'compare' ? comparisonEnv(env) : env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      this.running.add(child);
      let stdout = '';
      let stderr = '';
      let cancelled = false;
      const errorLines: string[] = [];
      child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
      child.stderr?.on('data', (d: Buffer) => {
        stderr += d.toString();
        let nl: number;
        while ((nl = stderr.indexOf('\n')) >= 0) {
          const line = stderr.slice(0, nl);
          stderr = stderr.slice(nl + 1);
          if (line.startsWith(PROGRESS_PREFIX)) opts.onProgress?.(line.slice(PROGRESS_PREFIX.length));
          else if (line.trim()) errorLines.push(line);
        }
      });
      const sub = opts.token?.onCancellationRequested(() => {
        cancelled = true;
        child.kill('SIGINT');
        setTimeout(() => { if (child.exitCode === null) child.kill('SIGKILL'); }, 3000).unref();
      });
      child.on('error', (err) => {
        sub?.dispose();
        this.running.delete(child);
        reject(err);
      });
      child.on('exit', (code, signal) => {
        sub?.dispose();
        this.running.delete(child);
        if (stderr.trim()) errorLines.push(stderr.trim());
        const exit = code ?? (signal ? 128 : 1);
        this.log(`  exit ${exit}${signal ? ` (${signal})` : ''} after ${Date.now() - t0} ms`);
        for (const l of errorLines) this.log(`  ${l}`);
        const parsed = stdout.trim() ? read(stdout) : null;
        const json = parsed?.result ?? null;
        const err = parsed?.error?.message.replace(/\s*\n\s*/g, ' ') ?? errorLines.find((l) => l.startsWith('quantlens: '))?.slice('quantlens: '.length);
        resolve({ code: exit, json, error: err ?? (!printedResult(exit) ? errorLines.slice(-1)[0] ?? `exited with code ${exit}` : null), cancelled });
      });
    });
  }

  /** Stop everything still running (the extension is deactivating). */
  dispose(): void {
    for (const c of this.running) c.kill('SIGKILL');
    this.running.clear();
  }
}
