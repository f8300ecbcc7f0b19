/**
 * Rounding to integers for the loops over every value of a tensor. The obvious forms branch on the fraction, which
 * is random in real data: the mispredicted branch cost ~10 ns a value here (Math.round's own code in V8 included),
 * as much as the rest of the metrics. These take the same results without that branch.
 */

/** 1.5 x 2^52: added to |x| < 2^51, it leaves no fraction bits, so the FPU's own rounding (to nearest, ties to even) rounds x. */
export const TO_EVEN = 6755399441055744;
/** At and past 2^51 a double's fraction is 0 or .5 and the shortcut does not apply (nor is it needed often). */
export const FAST_LIMIT = 2251799813685248;

/** Round to nearest, ties to even: what the runtime's float-to-int conversion does (and ONNX QuantizeLinear asks). */
export function roundHalfEven(x: number): number {
  if (Math.abs(x) < FAST_LIMIT) return x + TO_EVEN - TO_EVEN;
  return roundHalfEvenSlow(x);
}

function roundHalfEvenSlow(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Math.round (to nearest, ties up) without its branch on the fraction; a zero may come out +0 where Math.round gives
 * -0. Rounded half to even first; x - r is then exact, and only an exact tie rounded down is moved up (rare in
 * real data, so that branch predicts). An earlier form with two Math.floor took 14 ns a value in the metrics' loop,
 * this one 7.
 */
export function roundHalfUp(x: number): number {
  if (!(Math.abs(x) < FAST_LIMIT)) return Math.round(x);
  const r = x + TO_EVEN - TO_EVEN;
  return x - r === 0.5 ? r + 1 : r;
}
