import { ResourceLimits, Worker } from 'worker_threads';
import { bundledScript } from '../../process/bundled-script';
import { SharedRing, type RingSlot } from '../../process/shared-ring';
import { fromThreadError, workerDeath, type ThreadError } from '../../process/thread-error';
import type { RangeState } from '../over-set/range-fold';
import type { ReferenceMeasurer, ReferenceRequest } from './reference-measurer';
import type { ReferenceResult } from './reference-pass';

/** The one protocol between a comparison and the thread that measures its reference values. */
export type ToReferenceThread =
  /** `values` are in the shared ring (a slot) or travel with the message (moved). */
  | { type: 'measure'; id: number; request: Omit<ReferenceRequest, 'values'>; values: RingSlot | Float32Array }
  | { type: 'folds'; id: number };

export type FromReferenceThread =
  | { type: 'measured'; id: number; result: ReferenceResult }
  | { type: 'folds'; id: number; folds: Array<[row: number, state: RangeState]> }
  | { type: 'failed'; id: number; error: ThreadError };

const MEASURING = 'measuring the reference values';

/** What the thread starts with: the ring its values come in. */
export interface ReferenceThreadData {
  ring: SharedArrayBuffer;
}

/**
 * Room for the values in flight to the thread. Over 100 photographs on MobileNetV2 (2026-12-07), 32 MiB took the CLI's
 * peak from 310 to 272 MiB, 16 MiB (too small for one input's values, the rest copied) to 305, 64 MiB to 270-274.
 */
const RING_BYTES = 32 * 2 ** 20;

interface Waiting {
  resolve: (m: FromReferenceThread) => void;
  reject: (err: Error) => void;
}

/**
 * Measures reference values in a worker thread of its own, beside the thread that measures the pairs: over a set, the
 * reference pass (the range fold, clipping and quantizing alone) was a quarter of the comparison's busiest thread, while
 * the second core mostly waited (the engines ran 13% of the time). Each value is copied once, into memory both threads
 * share (see SharedRing); one that does not fit there travels as a copy of its own.
 */
export class ThreadMeasurer implements ReferenceMeasurer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  private dead: Error | null = null;
  private readonly ring: SharedRing;

  /** `limits` bounds the thread's heap (Node's defaults otherwise); `ringBytes` is the room shared with it. */
  constructor(limits?: ResourceLimits, ringBytes = RING_BYTES) {
    this.ring = new SharedRing(ringBytes);
    const workerData: ReferenceThreadData = { ring: this.ring.buffer };
    this.worker = new Worker(bundledScript('reference-thread-main.js'), { resourceLimits: limits, workerData });
    this.worker.on('message', (m: FromReferenceThread) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.type === 'failed') w?.reject(fromThreadError(m.error));
      else w?.resolve(m);
    });
    this.worker.on('error', (err) => this.fail(workerDeath(err, 1, MEASURING)));
    this.worker.on('exit', (code) => this.fail(workerDeath(null, code, MEASURING)));
  }

  async measure(request: ReferenceRequest): Promise<ReferenceResult> {
    const { values: own, ...rest } = request;
    const slot = own.length ? this.ring.take(own.length) : null;
    // Outside the ring, the values alone are moved: a view's whole buffer (a capture's bulk file) would be cloned.
    const values = slot ?? own.slice();
    if (slot) SharedRing.view(this.ring.buffer, slot).set(own);
    try {
      const m = await this.call((id) => ({ type: 'measure', id, request: rest, values }), slot ? [] : [(values as Float32Array).buffer as ArrayBuffer]);
      if (m.type !== 'measured') throw new Error(`the reference values' thread answered '${m.type}' to a measure`);
      return m.result;
    } finally {
      if (slot) this.ring.release(slot);
    }
  }

  async takeFolds(): Promise<Array<[row: number, state: RangeState]>> {
    const m = await this.call((id) => ({ type: 'folds', id }));
    if (m.type !== 'folds') throw new Error(`the reference values' thread answered '${m.type}' to folds`);
    return m.folds;
  }

  close(): void {
    this.fail(new Error('the reference values\' thread was closed'));
    void this.worker.terminate();
  }

  private call(message: (id: number) => ToReferenceThread, transfer: ArrayBuffer[] = []): Promise<FromReferenceThread> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(message(id), transfer);
    });
  }

  /** Every call still waiting fails with the first error (the cause; an exit follows it), and so does every later one. */
  private fail(err: Error): void {
    const cause = (this.dead ??= err);
    for (const w of this.waiting.values()) w.reject(cause);
    this.waiting.clear();
  }
}
