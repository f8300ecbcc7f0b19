import type { Fp16Range } from '../evidence/fp16-range';
import { fmtShare as pct } from '../report/report-format';

/**
 * Rounding to float16 keeps about 70 dB or more of values within its normal range (11 significant bits); values or
 * weights that keep less than this have left that range (below 6.1e-5, where fewer bits remain, or past 65504).
 */
export const FP16_ROUND_DB = 40;


/** Whether the layer's own values leave float16's range at the top (inf or nan, or past 65504): everything after is lost. */
function overflows(h: Fp16Range): boolean {
  return !h.inputsOverflow && (h.nonFinite > 0 || (h.values?.nonFinite ?? 0) > 0 || (h.values?.overflow ?? 0) > 0);
}

/** What float16's range did to a layer, as the culprit explanation says it: one clause per finding, worst first. */
export function fp16Findings(h: Fp16Range): string[] {
  const out: string[] = [];
  const v = h.values;
  if (h.infWeights > 0) out.push(`${h.infWeights} of its ${h.weights} float16 weights are stored as inf: their float values are larger than 65504, the largest number float16 can hold`);
  // Values past float16's range that arrive through the inputs are the producer's finding.
  if (overflows(h)) {
    if (h.nonFinite > 0) out.push(`${pct(h.nonFinite)} of its values are inf or nan: they grew past 65504, the largest number float16 can hold`);
    else if (v && v.overflow > 0) {
      // Values past 65504 that stayed finite: a side computed them in float32 (onnxruntime's CPU has no float16 kernel
      // for most ops and drops the Casts between them), while float16 storage or arithmetic makes them inf.
      const here = h.side === 'reference' ? '' : " (onnxruntime's CPU computed them in float32 between ops and kept them finite; float16 arithmetic does not)";
      out.push(`${pct(v.overflow)} of its values grow past 65504 (up to ${v.maxAbs.toExponential(2)}), the largest number float16 can hold: held as float16 they become inf${here}`);
    } else if (v) out.push(`${pct(v.nonFinite)} of its values are inf or nan: they grew past 65504, the largest number float16 can hold`);
  }
  if (h.weightDb !== null && h.weightDb < FP16_ROUND_DB && h.infWeights === 0) {
    const flushed = h.flushedWeights ? ` (${h.flushedWeights} of them as 0)` : '';
    out.push(`${h.subnormalWeights} of its ${h.weights} float16 weights are below 6.1e-5, float16's smallest normal number, and are stored with fewer significant bits${flushed}: as stored they keep ${h.weightDb.toFixed(1)} dB of the float weights`);
  }
  if (v && v.roundDb < FP16_ROUND_DB && v.nonFinite === 0 && v.overflow === 0) {
    out.push(`${pct(v.subnormal)} of its non-zero values are below 6.1e-5, float16's smallest normal number, and ${pct(v.flushed)} below 3e-8, where float16 makes them 0: rounded to float16 they keep ${v.roundDb.toFixed(1)} dB`);
  }
  return out;
}

/** The culprit explanation and fix for a layer whose float16 range explains its loss; null when it does not. */
export function explainFp16(h: Fp16Range | null | undefined, node: string): { explanation: string; fix: string } | null {
  if (!h) return null;
  const found = fp16Findings(h);
  if (found.length === 0) return null;
  const who = h.side === 'reference' ? 'The reference runs this layer in float16' : h.side === 'both' ? 'Both sides run this layer in float16' : 'This layer runs in float16';
  const lost = h.infWeights > 0 || overflows(h) ? 'Everything computed from them is lost.' : 'Its result loses that precision.';
  const keep = `keep this layer in float32 when converting (e.g. onnxconverter-common's convert_float_to_float16(..., node_block_list=['${node}']))`;
  const rescale = 'scale its weights and the next layer\'s inverse so its values stay within float16\'s normal range (6.1e-5 to 65504)';
  const fix = h.side === 'reference'
    ? `The loss is the reference's, not this model's: compare against the float32 model, or ${keep}.`
    : `${keep.charAt(0).toUpperCase()}${keep.slice(1)}, or ${rescale}.`;
  return { explanation: `${who}, and ${found.join('; ')}. ${lost}`, fix };
}
