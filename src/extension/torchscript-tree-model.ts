import type { InspectReport } from '../shared/cli-contract';
import { escapeMd } from './ir-tree-model';

/**
 * The fields of `quantlens inspect --json` (the contract's InspectReport) the TorchScript view shows. A module's type
 * is null when it was inferred from state_dict keys (a `.pth` holds no classes), and a range's fields may be unknown.
 */
export type InspectJson = Pick<InspectReport, 'file' | 'format' | 'ops' | 'diagnostics'> & {
  modules: Array<Pick<InspectReport['modules'][number], 'name' | 'type' | 'kind'>>;
  parameters: Array<Pick<InspectReport['parameters'][number], 'name' | 'dtype' | 'shape' | 'kind'>>;
  quantization: Pick<InspectReport['quantization'], 'state'> & { ranges?: InspectReport['quantization']['ranges'] };
};

type Range = NonNullable<InspectJson['quantization']['ranges']>[number];
type Module = InspectJson['modules'][number];

/** `activation quint8 0..127 (7-bit, per-tensor)`, leaving out what the file does not say. */
function rangeText(r: Range): string {
  const range = r.qmin !== null && r.qmax !== null ? ` ${r.qmin}..${r.qmax}` : '';
  const how = [r.bits !== null ? `${r.bits}-bit` : '', r.scheme ?? ''].filter(Boolean).join(', ');
  return `${r.role} ${r.dtype ?? '?'}${range}${how ? ` (${how})` : ''}`;
}

function moduleEntry(m: Module): InspectEntry {
  const type = m.type;
  return { id: `module:${m.name}`, label: m.name, description: `${type ? type.split('.').pop() : '(from state_dict keys)'} · ${m.kind}`, tooltip: type ? `\`${type}\`` : 'No class in the file: a state_dict holds only tensors, so the type is not known.', icon: 'module' };
}

export interface InspectEntry {
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: 'state' | 'group' | 'module' | 'op' | 'param' | 'error' | 'warning' | 'info';
  children?: InspectEntry[];
}

const STATE_TEXT: Record<string, string> = {
  float: 'float (no quantization)',
  'qat-unconverted': 'QAT, not converted (fake-quantize still present)',
  converted: 'converted (quantized ops)',
  mixed: 'mixed',
};

/** The TorchScript view's rows: quantization state first, then findings, modules, ops and parameters. */
export function inspectEntries(j: InspectJson): InspectEntry[] {
  const kinds = new Map<string, number>();
  for (const m of j.modules) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  const ranges = (j.quantization.ranges ?? []).map(rangeText);
  return [
    { id: 'state', label: `Quantization: ${STATE_TEXT[j.quantization.state] ?? j.quantization.state}`, description: `${j.format}`, tooltip: ranges.map(escapeMd).join('  \n') || undefined, icon: 'state' },
    ...(j.diagnostics.length ? [{ id: 'findings', label: 'Findings', description: `${j.diagnostics.length}`, icon: 'group' as const, children: j.diagnostics.map((d, i) => ({ id: `finding:${i}`, label: d.code, description: d.message, tooltip: `${escapeMd(d.message)}${d.fix ? `\n\n**Fix:** ${escapeMd(d.fix)}` : ''}`, icon: d.severity })) }] : []),
    { id: 'modules', label: 'Modules', description: `${j.modules.length}: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`, icon: 'group', children: j.modules.filter((m) => m.name).map(moduleEntry) },
    { id: 'ops', label: 'Ops per forward', description: `${Object.keys(j.ops).length}`, icon: 'group', children: Object.entries(j.ops).sort((a, b) => b[1] - a[1]).map(([op, n]) => ({ id: `op:${op}`, label: op, description: `${n}`, icon: 'op' as const })) },
    { id: 'params', label: 'Parameters', description: `${j.parameters.length}`, icon: 'group', children: j.parameters.map((p) => ({ id: `param:${p.name}`, label: p.name, description: `${p.dtype} [${p.shape.join(',')}] · ${p.kind}`, icon: 'param' as const })) },
  ];
}
