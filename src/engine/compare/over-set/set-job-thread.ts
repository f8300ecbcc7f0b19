import { ResourceLimits, Worker } from 'worker_threads';
import { bundledScript } from '../../process/bundled-script';
import { fromThreadError, workerDeath, type ThreadError } from '../../process/thread-error';
import { mergeRanges, type RangeState } from './range-fold';
import { InputResult, JobEnd, JobIo, SetJobOptions, stoppedBy } from './set-job';

/** The one protocol between the thread that folds a set's results and a job running in a worker thread. */
export type ToJobThread =
  | { type: 'start'; options: SetJobOptions }
  /** The first job has compiled both sides: this one may open them (from the compile cache). */
  | { type: 'go' }
  | { type: 'input'; input: number | null }
  | { type: 'stop' };

export type FromJobThread =
  | { type: 'next' }
  | { type: 'result'; result: InputResult }
  | { type: 'end'; end: JobEnd; ranges: Array<[row: number, state: RangeState]> }
  | { type: 'failed'; error: ThreadError };

/**
 * A job of a comparison over a set in a worker thread, with its own engine process pair: the measuring of its inputs
 * (the CLI's busiest work) runs beside this thread's. It asks `io.next` for inputs, hands each result to `io.done`,
 * and at its end merges its observed ranges into `io.ranges`. Stopped by `io.signal`, it ends with what it measured.
 * It starts at once (thread, engines, parsing) and opens the sides once `compiled` resolves; `limits` bounds the
 * thread's heap (Node's defaults, and --max-old-space-size, otherwise).
 */
export function runThreadJob(options: SetJobOptions, io: JobIo, o: { compiled?: Promise<void>; limits?: ResourceLimits } = {}): Promise<JobEnd> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bundledScript('set-job-thread-main.js'), { resourceLimits: o.limits });
    // Never rejects: a first job that fails to open stops this one through the signal instead.
    void (o.compiled ?? Promise.resolve()).then(() => worker.postMessage({ type: 'go' } satisfies ToJobThread));
    let last: FromJobThread | null = null;
    const onAbort = () => worker.postMessage({ type: 'stop' } satisfies ToJobThread);
    io.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromJobThread) => {
      if (m.type === 'next') void io.next().then((input) => worker.postMessage({ type: 'input', input } satisfies ToJobThread));
      else if (m.type === 'result') io.done(m.result);
      else last = m;
    });
    let thrown: Error | null = null;
    worker.on('error', (err) => (thrown = err));
    // The thread posts its last message after closing its engines, then exits: settled on exit, nothing is left running.
    worker.on('exit', (code) => {
      io.signal.removeEventListener('abort', onAbort);
      const m = last as FromJobThread | null;
      if (m?.type === 'end') {
        mergeRanges(io.ranges, m.ranges);
        resolve(m.end);
      } else if (m?.type === 'failed') {
        const err = fromThreadError(m.error);
        if (stoppedBy(io.signal, err)) resolve({ sessions: { created: 0, reused: 0 }, peakMb: 0 });
        else reject(err);
      } else {
        reject(workerDeath(thrown, code, 'a comparison job'));
      }
    });
    worker.postMessage({ type: 'start', options } satisfies ToJobThread);
  });
}
