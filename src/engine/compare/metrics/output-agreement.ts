/** Top-1 agreement of class scores: how often both sides pick the same class. */

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

/** Fraction of rows (over every output of the batch) whose top-1 class is the same in `acts` as in `refs`. */
export function outputAgreement(refs: Float32Array[], acts: Float32Array[], classes: number): number {
  if (refs.length !== acts.length) throw new Error(`${refs.length} reference outputs but ${acts.length} to compare`);
  if (!Number.isInteger(classes) || classes < 1) throw new Error(`class count must be a positive integer, got ${classes}`);
  let rows = 0;
  let same = 0;
  refs.forEach((ref, i) => {
    const act = acts[i];
    if (ref.length !== act.length) throw new Error(`output ${i}: ${ref.length} reference scores but ${act.length} to compare`);
    if (ref.length % classes !== 0) throw new Error(`output ${i}: ${ref.length} scores are not rows of ${classes} classes`);
    for (let r = 0; r < ref.length / classes; r++) {
      rows++;
      if (argmax(ref, r, classes) === argmax(act, r, classes)) same++;
    }
  });
  if (rows === 0) throw new Error('no outputs to compare');
  return same / rows;
}
