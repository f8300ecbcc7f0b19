import type { Fp16Range } from '../evidence/fp16-range';

/**
 * Rounding to float16 keeps about 70 dB or more of values within its normal range (11 significant bits); values or
 * weights that keep less than this have left that range (below 6.1e-5, where fewer bits remain, or past 65504).
 */
export const FP16_ROUND_DB = 40;

const pct = (x: number) => `${(100 * x).toFixed(x < 0.001 ? 3 : 1)}%`;

/** What float16's range did to a layer, as the culprit explanation says it: one clause per finding, worst first. */
export function fp16Findings(h: Fp16Range): string[] {
  const out: string[] = [];
  const v = h.values;
  if (h.infWeights > 0) out.push(`${h.infWeights} of its ${h.weights} float16 weights are stored as inf: their float values are larger than 65504, the largest number float16 can hold`);
  // Inf or nan that arrive through the inputs are the producer's finding.
  const nonFinite = h.inputsNonFinite ? 0 : Math.max(h.nonFinite, v?.nonFinite ?? 0);
  if (nonFinite > 0) out.push(`${pct(nonFinite)} of its values are inf or nan: they grew past 65504, the largest number float16 can hold`);
  if (h.weightDb !== null && h.weightDb < FP16_ROUND_DB && h.infWeights === 0) {
    const flushed = h.flushedWeights ? ` (${h.flushedWeights} of them as 0)` : '';
    out.push(`${h.subnormalWeights} of its ${h.weights} float16 weights are below 6.1e-5, float16's smallest normal number, and are stored with fewer significant bits${flushed}: as stored they keep ${h.weightDb.toFixed(1)} dB of the float weights`);
  }
  if (v && v.roundDb < FP16_ROUND_DB && v.nonFinite === 0) {
    out.push(`${pct(v.subnormal)} of its non-zero values are below 6.1e-5 (${pct(v.flushed)} so small that float16 makes them 0): rounded to float16 they keep ${v.roundDb.toFixed(1)} dB`);
  }
  return out;
}

/** The culprit explanation and fix for a layer whose float16 range explains its loss; null when it does not. */
export function explainFp16(h: Fp16Range | null | undefined, node: string): { explanation: string; fix: string } | null {
  if (!h) return null;
  const found = fp16Findings(h);
  if (found.length === 0) return null;
  const who = h.side === 'reference' ? 'The reference runs this layer in float16' : h.side === 'both' ? 'Both sides run this layer in float16' : 'This layer runs in float16';
  const lost = h.infWeights > 0 || (!h.inputsNonFinite && Math.max(h.nonFinite, h.values?.nonFinite ?? 0) > 0) ? 'Everything computed from them is lost.' : 'Its result loses that precision.';
  const keep = `keep this layer in float32 when converting (e.g. onnxconverter-common's convert_float_to_float16(..., node_block_list=['${node}']))`;
  const rescale = 'scale its weights and the next layer\'s inverse so its values stay within float16\'s normal range (6.1e-5 to 65504)';
  const fix = h.side === 'reference'
    ? `The loss is the reference's, not this model's: compare against the float32 model, or ${keep}.`
    : `${keep.charAt(0).toUpperCase()}${keep.slice(1)}, or ${rescale}.`;
  return { explanation: `${who}, and ${found.join('; ')}. ${lost}`, fix };
}
