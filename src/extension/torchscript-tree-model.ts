import type { Diagnostic } from '../engine/findings/diagnostic';
import { escapeMd } from './ir-tree-model';

/** The fields of `quantlens inspect --json` the TorchScript view shows. */
export interface InspectJson {
  file: string;
  format: string;
  modules: Array<{ name: string; type: string; kind: string }>;
  ops: Record<string, number>;
  parameters: Array<{ name: string; dtype: string; shape: number[]; kind: string }>;
  quantization: { state: string; ranges?: Array<{ role: string; dtype: string; qmin: number; qmax: number; bits: number; scheme: string }> };
  diagnostics: Diagnostic[];
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
  const ranges = (j.quantization.ranges ?? []).map((r) => `${r.role} ${r.dtype} ${r.qmin}..${r.qmax} (${r.bits}-bit, ${r.scheme})`);
  return [
    { id: 'state', label: `Quantization: ${STATE_TEXT[j.quantization.state] ?? j.quantization.state}`, description: `${j.format}`, tooltip: ranges.map(escapeMd).join('  \n') || undefined, icon: 'state' },
    ...(j.diagnostics.length ? [{ id: 'findings', label: 'Findings', description: `${j.diagnostics.length}`, icon: 'group' as const, children: j.diagnostics.map((d, i) => ({ id: `finding:${i}`, label: d.code, description: d.message, tooltip: `${escapeMd(d.message)}${d.fix ? `\n\n**Fix:** ${escapeMd(d.fix)}` : ''}`, icon: d.severity })) }] : []),
    { id: 'modules', label: 'Modules', description: `${j.modules.length}: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`, icon: 'group', children: j.modules.filter((m) => m.name).map((m) => ({ id: `module:${m.name}`, label: m.name, description: `${m.type.split('.').pop()} · ${m.kind}`, tooltip: `\`${m.type}\``, icon: 'module' as const })) },
    { id: 'ops', label: 'Ops per forward', description: `${Object.keys(j.ops).length}`, icon: 'group', children: Object.entries(j.ops).sort((a, b) => b[1] - a[1]).map(([op, n]) => ({ id: `op:${op}`, label: op, description: `${n}`, icon: 'op' as const })) },
    { id: 'params', label: 'Parameters', description: `${j.parameters.length}`, icon: 'group', children: j.parameters.map((p) => ({ id: `param:${p.name}`, label: p.name, description: `${p.dtype} [${p.shape.join(',')}] · ${p.kind}`, icon: 'param' as const })) },
  ];
}
