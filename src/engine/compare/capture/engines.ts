import { EngineClient } from '../../process/engine-client';

/**
 * The engine processes of a comparison: the caller's, which runs the model side, the layers alone and the what-if,
 * and a second one for the reference side, started on first use, so both sides capture at once (two cores).
 */
export class EnginePair {
  private second: EngineClient | null = null;
  private modelPeak = 0;
  private referencePeak = 0;

  constructor(readonly model: EngineClient) {}

  reference(): EngineClient {
    return (this.second ??= new EngineClient());
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

  /** Ends the second process; the caller's engine stays the caller's. */
  dispose(): void {
    this.second?.dispose();
    this.second = null;
  }
}
