import { CaptureResult } from '../../process/engine-protocol';
import type { Samples } from './inputs';
import type { EnginePair } from './engines';
import type { Side } from '../sides/sides';

/** What one chunk captured: the model side, and the reference side when the reference runs (not a file). */
export interface ChunkCapture {
  model: CaptureResult;
  reference: CaptureResult | null;
}

/** One side of a capture: what runs, on which inputs, and the tensors to expose. */
export interface CaptureRequest {
  side: Side;
  feeds: Samples;
  fetch: string[];
  /** What later chunks fetch from this side: the capture stream keeps those tensors until then. */
  later: string[];
  /** Keep the fetched tensors in the engine process under this name (the layers alone are fed from them). */
  keep?: string;
}

/**
 * The capture stage for one chunk: both sides run every input with the chunk's tensors exposed, at once, each in its
 * own engine process. A side's saved graph runs with optimizations off, so looking changes nothing it computes.
 */
export async function captureChunk(engines: EnginePair, model: CaptureRequest, reference: CaptureRequest | null, signal?: AbortSignal): Promise<ChunkCapture> {
  // Each side continues its stream: only the nodes up to this chunk's tensors run (segment-capture.ts).
  const run = (engine: EnginePair['model'], r: CaptureRequest, side: string) => {
    const key = `${engines.streamKey}:${side}`;
    // The stream's engine keeps the model and feeds its first call sent: they cross the pipe once, not once per chunk.
    const held = engines.sentBefore(key, r.side.run.model, r.feeds);
    const model = held ? { bytes: new Uint8Array() } : r.side.run.model;
    return engine.call('capture', { model, session: r.side.run.session, feeds: held ? [] : r.feeds, fetch: r.fetch, keep: r.keep, stream: { key, later: r.later, held } }, { signal });
  };
  const [m, r] = await Promise.all([run(engines.model, model, 'model'), reference ? run(engines.reference(), reference, 'reference') : Promise.resolve(null)]);
  engines.notePeak('model', m.peakRssMb);
  if (r) engines.notePeak('reference', r.peakRssMb);
  return { model: m, reference: r };
}
