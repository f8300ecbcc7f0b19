/**
 * Arrays for the model side's normalized values of one row, recycled at the next row. Over a set, a row's values die
 * with its row (its metrics are read as they are measured), and a fresh array for every tensor of every input (tens
 * of MB an input) cost page faults on first write and collections after: normalizing and the garbage collector were a
 * fifth of the job's thread. Only for rows whose values nothing keeps (see measureRow).
 */
export class ScratchArrays {
  private readonly free = new Map<number, Float32Array[]>();
  private taken: Float32Array[] = [];

  /** An array of `n` values, new or one a row before this one used: its caller writes every value before reading. */
  readonly take = (n: number): Float32Array => {
    const a = this.free.get(n)?.pop() ?? new Float32Array(n);
    this.taken.push(a);
    return a;
  };

  /** Every array taken since the last call is free again: the row that held them is measured. */
  recycle(): void {
    for (const a of this.taken) {
      let list = this.free.get(a.length);
      if (!list) this.free.set(a.length, (list = []));
      list.push(a);
    }
    this.taken = [];
  }
}
