/**
 * Arrays for the model side's normalized values of one row, recycled at the next row. Over a set, a row's values die
 * with its row (its metrics are read as they are measured), and a fresh array for every tensor of every input (tens
 * of MB an input) cost page faults on first write and collections after: normalizing and the garbage collector were a
 * fifth of the job's thread. Only for rows whose values nothing keeps (see measureRow). At most `maxBytes` of free
 * arrays are held: a model of many large tensors of many sizes (a 1024x1024 U-Net) would otherwise hold one of each
 * (measured on one such input: 665 against 464 MiB), where new arrays are collected.
 */
export class ScratchArrays {
  private readonly free = new Map<number, Float32Array[]>();
  private freeBytes = 0;
  private taken: Float32Array[] = [];

  constructor(private readonly maxBytes = 64 * 2 ** 20) {}

  /** An array of `n` values, new or one a row before this one used: its caller writes every value before reading. */
  readonly take = (n: number): Float32Array => {
    const reused = this.free.get(n)?.pop();
    if (reused) this.freeBytes -= reused.byteLength;
    const a = reused ?? new Float32Array(n);
    this.taken.push(a);
    return a;
  };

  /** Every array taken since the last call is free again (within maxBytes): the row that held them is measured. */
  recycle(): void {
    for (const a of this.taken) {
      if (this.freeBytes + a.byteLength > this.maxBytes) continue;
      let list = this.free.get(a.length);
      if (!list) this.free.set(a.length, (list = []));
      list.push(a);
      this.freeBytes += a.byteLength;
    }
    this.taken = [];
  }
}
