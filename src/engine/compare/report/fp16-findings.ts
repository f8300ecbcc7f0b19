import { diag, Diagnostic } from '../../findings/diagnostic';
import type { Culprit } from '../compare-report';
import { FP16_ROUND_DB } from '../culprits/explain-fp16';
import type { UnitFacts } from '../culprits/facts';
import type { Fp16Values } from '../evidence/fp16-range';
import { fmtShare as pct } from './report-format';

const num = (x: number) => (Math.abs(x) >= 0.01 && Math.abs(x) < 1e4 ? x.toPrecision(4) : x.toExponential(2));

function layers(facts: UnitFacts[], culprits: Culprit[], keep: (v: Fp16Values, f: UnitFacts) => boolean): Array<{ node: string; tensor: string; v: Fp16Values }> {
  // A layer already reported as an fp16-range culprit says it there.
  const blamed = new Set(culprits.filter((c) => c.kind === 'fp16-range').map((c) => c.node));
  return facts.flatMap((f) => (f.fp16?.values && !blamed.has(f.node) && keep(f.fp16.values, f) ? [{ node: f.node, tensor: f.tensor, v: f.fp16.values }] : []));
}

function named(ls: Array<{ node: string }>): string {
  return `${ls.slice(0, 3).map((l) => l.node).join(', ')}${ls.length > 3 ? `, ... (${ls.length} layers)` : ''}`;
}

/**
 * What float16's range would do where this comparison did not see it: onnxruntime's CPU computes many float16 ops in
 * float32, so float16 layers whose values pass 65504, or fall below its normal range, can compare well here and still
 * overflow or lose precision on hardware that computes in float16.
 */
export function fp16RangeFindings(facts: UnitFacts[], culprits: Culprit[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const over = layers(facts, culprits, (v, f) => v.overflow > 0 && v.nonFinite === 0 && (f.fp16?.nonFinite ?? 0) === 0);
  if (over.length) {
    const first = over[0];
    out.push(diag('QL-FP16-OVERFLOW', 'warning', `Float16 layers hold values past 65504, the largest number float16 can hold: ${named(over)}. ${first.node}: ${pct(first.v.overflow)} of its values, up to ${num(first.v.maxAbs)}. They stayed finite in this comparison, which computed them in float32; float16 arithmetic (GPUs, NPUs, CPUs with float16 kernels) turns them into inf.`, {
      node: first.node, tensor: first.tensor,
      fix: `Keep ${first.node} in float32 when converting (convert_float_to_float16(..., node_block_list=['${first.node}'])), or scale its weights down and the next layer's up so its values stay below 65504.`,
    }));
  }
  const small = layers(facts, culprits, (v) => v.nonFinite === 0 && v.roundDb < FP16_ROUND_DB);
  if (small.length) {
    const first = small[0];
    out.push(diag('QL-FP16-SUBNORMAL', 'info', `Float16 layers hold values below float16's smallest normal number (6.1e-5), where it keeps fewer significant bits: ${named(small)}. ${first.node}: ${pct(first.v.subnormal)} of its non-zero values, ${pct(first.v.flushed)} below 3e-8, where float16 makes them 0; rounded to float16 they keep ${first.v.roundDb.toFixed(1)} dB. Where they are computed in float16 they lose that precision.`, {
      node: first.node, tensor: first.tensor,
      fix: `Keep ${first.node} in float32 when converting (node_block_list=['${first.node}']), or scale its weights up and the next layer's down so its values stay above 6.1e-5.`,
    }));
  }
  return out;
}
