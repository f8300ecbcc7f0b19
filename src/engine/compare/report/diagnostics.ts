import { diag, Diagnostic, sortDiagnostics } from '../../findings/diagnostic';
import type { CompareReport, Culprit } from '../compare-report';
import { weightFindings, WeightStat } from '../evidence/model-evidence';
import type { Side } from '../sides/sides';
import type { UnitFacts } from '../culprits/facts';
import { fp16RangeFindings } from './fp16-findings';

/** What the report's findings are made of, from the stages that found them. */
export interface FindingsInput {
  model: Side;
  /** The model file as the user named it (the repair command quotes it). */
  file: string;
  input: CompareReport['input'];
  weights: WeightStat[];
  localFailures: string[];
  culprits: Culprit[];
  /** Every compared layer's facts (float16 layers' ranges are reported beyond the culprits). */
  facts?: UnitFacts[];
}

/** The report's findings: repairs applied in memory, a random input, weight findings, layers that could not run alone, the top culprits. */
export function comparisonFindings(f: FindingsInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of f.model.repairs) {
    out.push(diag('QL-REPAIRED-IN-MEMORY', 'warning', `${f.model.target.id} cannot compile the model as written; compared with '${r.id}' applied in memory (${r.count} changes, same values): ${r.title}`, { fix: `Write a repaired copy with: quantlens repair ${f.file} --out FIXED.onnx` }));
  }
  if (f.input.source === 'random') {
    const dims = Object.entries(f.input.dims);
    out.push(diag('QL-RANDOM-INPUT', 'info', `compared on a deterministic random input (seed ${f.input.seed}${dims.length ? `, dims ${dims.map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}); real inputs show real activation ranges`, { fix: 'Pass --input with representative data.' }));
  }
  out.push(...weightFindings(f.weights));
  out.push(...fp16RangeFindings(f.facts ?? [], f.culprits));
  if (f.localFailures.length) {
    const shown = f.localFailures.slice(0, 3).join('; ');
    out.push(diag('QL-LOCAL-SKIPPED', 'info', `${f.localFailures.length} layers could not run alone on the reference's inputs, so they have no local SQNR: ${shown}${f.localFailures.length > 3 ? '; ...' : ''}`, { fix: 'Their propagated SQNR and the drop from their inputs still rank them.' }));
  }
  for (const c of f.culprits.slice(0, 5)) out.push(diag(`QL-CULPRIT-${c.kind.toUpperCase()}`, 'warning', `${c.node}: ${c.explanation}`, { node: c.node, tensor: c.tensor, fix: c.fix }));
  return sortDiagnostics(out);
}
