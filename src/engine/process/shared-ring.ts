/** A place in a SharedRing: where a value starts (in bytes) and how many 4-byte elements it has. */
export interface RingSlot {
  at: number;
  length: number;
}

/**
 * Memory shared with another thread, handed out in order and given back in order: values on their way to a thread
 * that answers its messages one after another. A value copied into the ring travels as two numbers, where a copy of
 * its own would be a new buffer in this thread and garbage in the other, waiting there for a collection (over a set,
 * tens of MB an input). Out-of-order frees are allowed; space comes back when everything older is free.
 */
export class SharedRing {
  readonly buffer: SharedArrayBuffer;
  /** Slots in flight, oldest first. */
  private readonly slots: Array<{ at: number; free: boolean }> = [];
  private head = 0;

  constructor(bytes: number) {
    this.buffer = new SharedArrayBuffer(bytes - (bytes % 8));
  }

  /** A slot of `length` 4-byte elements, or null when the ring has no room for it now. */
  take(length: number): RingSlot | null {
    const bytes = length * 4;
    const at = this.placeFor(bytes);
    if (at === null) return null;
    this.slots.push({ at, free: false });
    this.head = at + bytes;
    return { at, length };
  }

  /** The slot is no longer read; its space returns once every older slot is free too. */
  release(slot: RingSlot): void {
    const s = this.slots.find((x) => x.at === slot.at && !x.free);
    if (s) s.free = true;
    while (this.slots[0]?.free) this.slots.shift();
    if (!this.slots.length) this.head = 0;
  }

  /** Float32 elements of a slot, in this thread or the one it was sent to. */
  static view(buffer: SharedArrayBuffer, slot: RingSlot): Float32Array {
    return new Float32Array(buffer, slot.at, slot.length);
  }

  private placeFor(bytes: number): number | null {
    const size = this.buffer.byteLength;
    if (bytes > size) return null;
    const tail = this.slots[0]?.at;
    if (tail === undefined) return 0;
    // In use: [tail, head) when it has not wrapped, [tail, size) and [0, head) when it has.
    const wrapped = this.head <= tail;
    if (!wrapped) {
      if (this.head + bytes <= size) return this.head;
      return bytes <= tail ? 0 : null;
    }
    return this.head + bytes <= tail ? this.head : null;
  }
}
