import { EngineClient } from '../../process/engine-client';
import type { ModelSource } from '../../process/engine-protocol';
import type { Samples } from './inputs';

/**
 * The engine processes of a comparison: the caller's, which runs the model side, the layers alone and the what-if,
 * and a second one for the reference side, started on first use, so both sides capture at once (two cores).
 */
export class EnginePair {
  private second: EngineClient | null = null;
  private modelPeak = 0;
  private referencePeak = 0;
  /** Names this comparison's capture streams (see segment-capture.ts) in both engine processes. */
  readonly streamKey = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

  constructor(readonly model: EngineClient) {}

  reference(): EngineClient {
    return (this.second ??= new EngineClient());
  }

  /** Starts the engine processes the capture will use (the reference's only when a reference side runs). */
  warm(withReference: boolean): void {
    this.model.warm();
    if (withReference) this.reference().warm();
  }

  /** Per capture stream, the model and feeds its engine holds (see CaptureParams.stream.held). */
  private readonly sent = new Map<string, { model: ModelSource; feeds: Samples }>();

  /**
   * Whether the stream's engine already holds this very model and these very feeds (the same objects its last call
   * sent); if not, they are noted as sent by this call.
   */
  sentBefore(key: string, model: ModelSource, feeds: Samples): boolean {
    const last = this.sent.get(key);
    if (last && last.model === model && last.feeds === feeds) return true;
    this.sent.set(key, { model, feeds });
    return false;
  }

  /** A call's peak resident memory, in MiB, on one of the two processes. */
  notePeak(which: 'model' | 'reference', mb: number): void {
    if (which === 'model') this.modelPeak = Math.max(this.modelPeak, mb);
    else this.referencePeak = Math.max(this.referencePeak, mb);
  }

  /** The peaks of both engine processes added up (each had its own). */
  peakMb(): number {
    return this.modelPeak + this.referencePeak;
  }

  /** Lets the capture streams' live tensors go in the caller's engine (the second process ends with dispose). */
  async endStreams(): Promise<void> {
    await this.model.call('capture', { model: { bytes: new Uint8Array() }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds: [], fetch: [], stream: { key: `${this.streamKey}:model`, end: true } });
  }

  /** Ends the second process; the caller's engine stays the caller's. */
  dispose(): void {
    this.second?.dispose();
    this.second = null;
  }
}
