/**
 * A worker thread's entry: one job of a comparison over a set (see set-job-thread.ts). It opens the comparison itself
 * (objects do not cross threads; the compile cache makes it quick), then measures the inputs the main thread hands it
 * with its own engine process pair, and reports each input's results as data.
 */
import { parentPort } from 'worker_threads';
import { EngineClient } from '../../process/engine-client';
import { toThreadError } from '../../process/thread-error';
import { RangeFold } from './range-fold';
import { openJob, runJob, SetJobOptions, startJobEngines } from './set-job';
import type { FromJobThread, ToJobThread } from './set-job-thread';
import { SideFiles } from './side-files';

const port = parentPort!;
const post = (m: FromJobThread) => port.postMessage(m);

async function serve(options: SetJobOptions): Promise<void> {
  const stop = new AbortController();
  const waiting: Array<(input: number | null) => void> = [];
  let go = () => undefined as void;
  const compiled = new Promise<void>((resolve) => (go = resolve));
  port.on('message', (m: ToJobThread) => {
    if (m.type === 'input') waiting.shift()?.(m.input);
    else if (m.type === 'go') go();
    else if (m.type === 'stop') {
      stop.abort();
      go();
      for (const w of waiting.splice(0)) w(null);
    }
  });
  const engine = new EngineClient();
  const pair = startJobEngines(engine);
  const files = new SideFiles();
  const ranges = new Map<number, RangeFold>();
  let last: FromJobThread;
  try {
    const setup = await openJob(options, engine, files, stop.signal, { compiled });
    const next = () => new Promise<number | null>((resolve) => {
      waiting.push(resolve);
      post({ type: 'next' });
    });
    const end = await runJob(setup, options, pair, { next, done: (result) => post({ type: 'result', result }), ranges, signal: stop.signal });
    last = { type: 'end', end, ranges: [...ranges].map(([row, r]) => [row, r.state()]) };
  } catch (err) {
    last = { type: 'failed', error: toThreadError(err) };
  } finally {
    files.dispose();
    pair.dispose();
    engine.dispose();
  }
  post(last);
  port.close();
}

port.once('message', (m: ToJobThread) => {
  if (m.type === 'start') void serve(m.options);
});
