/** Top-1 agreement of class scores: how often both sides pick the same class, and how close the other picks were. */

/** Index of the largest score in row `row` (the first one on ties, as numpy's argmax). */
function argmax(scores: Float32Array, row: number, classes: number): number {
  let best = 0;
  let bestValue = scores[row * classes];
  for (let k = 1; k < classes; k++) {
    const v = scores[row * classes + k];
    if (v > bestValue) { bestValue = v; best = k; }
  }
  return best;
}

/** The largest absolute difference between the sides' scores in one row. */
function rowError(ref: Float32Array, act: Float32Array, row: number, classes: number): number {
  let e = 0;
  for (let k = row * classes; k < (row + 1) * classes; k++) e = Math.max(e, Math.abs(act[k] - ref[k]));
  return e;
}

export interface TopOne {
  /** Rows (samples) compared, over every output of the batch. */
  rows: number;
  /** Rows where both sides pick the same class. */
  same: number;
  /**
   * Rows picked differently where the reference scores the two picks closer than the sides differ in that row: a
   * near tie that the error decides, not a clearly wrong class (one input of a random-weight classifier at 40 dB
   * can agree on none).
   */
  withinError: number;
}

export function topOne(refs: Float32Array[], acts: Float32Array[], classes: number): TopOne {
  if (refs.length !== acts.length) throw new Error(`${refs.length} reference outputs but ${acts.length} to compare`);
  if (!Number.isInteger(classes) || classes < 1) throw new Error(`class count must be a positive integer, got ${classes}`);
  const t: TopOne = { rows: 0, same: 0, withinError: 0 };
  refs.forEach((ref, i) => {
    const act = acts[i];
    if (ref.length !== act.length) throw new Error(`output ${i}: ${ref.length} reference scores but ${act.length} to compare`);
    if (ref.length % classes !== 0) throw new Error(`output ${i}: ${ref.length} scores are not rows of ${classes} classes`);
    for (let r = 0; r < ref.length / classes; r++) {
      t.rows++;
      const a = argmax(ref, r, classes);
      const b = argmax(act, r, classes);
      if (a === b) t.same++;
      else if (ref[r * classes + a] - ref[r * classes + b] < rowError(ref, act, r, classes)) t.withinError++;
    }
  });
  if (t.rows === 0) throw new Error('no outputs to compare');
  return t;
}

/** Fraction of rows (over every output of the batch) whose top-1 class is the same in `acts` as in `refs`. */
export function outputAgreement(refs: Float32Array[], acts: Float32Array[], classes: number): number {
  const t = topOne(refs, acts, classes);
  return t.same / t.rows;
}
