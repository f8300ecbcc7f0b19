import { anyAtLeast, Diagnostic } from '../engine/findings/diagnostic';
import { inspectTorchScript } from '../engine/torchscript/inspect';
import { InspectReport, QuantRange, QuantState } from '../engine/torchscript/inspect-report';
import type { Command } from './command';
import { counts } from './format';
import { EXIT_CODES } from '../shared/exit-codes';

const STATE_TEXT: Record<QuantState, string> = {
  float: 'no quantization',
  'qat-unconverted': 'fake-quantize or observers still in the model: saved before convert',
  converted: 'integer ops and quantized weights',
  mixed: 'integer parts and fake-quantize together',
};

function describeFormat(r: InspectReport): string {
  if (r.format === 'torchscript') return `TorchScript archive '${r.archive?.name}' (version ${r.archive?.version ?? '?'}, ${r.archive?.entries} entries)`;
  if (r.container === 'zip') return `torch.save zip archive '${r.archive?.name}' (pickled objects, not TorchScript)`;
  if (r.container === 'legacy-pickle') return 'legacy torch.save pickle (not TorchScript)';
  return 'Python pickle (not TorchScript)';
}

function formatRange(x: QuantRange): string {
  const range = x.qmin !== null && x.qmax !== null ? ` ${x.qmin}..${x.qmax}` : '';
  const bits = x.bits !== null ? ` (${x.bits}-bit${x.reduceRange ? ', reduce_range' : ''})` : '';
  const scheme = x.scheme ? ` ${x.scheme}${x.symmetric ? ' symmetric' : ''}` : '';
  return `${x.role} ${x.dtype ?? '?'}${range}${bits}${scheme} x${x.count}`;
}

function tally(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}

const BYTES: Record<string, number> = {
  float64: 8, int64: 8, complex64: 8, complex128: 16, float32: 4, int32: 4, qint32: 4, float16: 2, bfloat16: 2, int16: 2,
  int8: 1, uint8: 1, qint8: 1, quint8: 1, bool: 1,
};

function human(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(n);
}

function describeTensors(r: InspectReport): string {
  if (r.parameters.length === 0) return 'none';
  let elements = 0;
  let bytes = 0;
  for (const p of r.parameters) {
    const n = p.shape.reduce((a, b) => a * b, 1);
    elements += n;
    bytes += n * (BYTES[p.dtype] ?? 0);
  }
  const kinds = counts(tally(r.parameters.map((p) => p.kind)));
  return `${r.parameters.length} tensors (${kinds}); by dtype: ${counts(tally(r.parameters.map((p) => p.dtype)), 6)}; ${human(elements)} elements, ${human(bytes)}B`;
}

function findingLines(diags: readonly Diagnostic[]): string[] {
  if (diags.length === 0) return ['Findings: none'];
  const lines = [`Findings (${diags.length}):`];
  for (const d of diags) {
    lines.push(`  ${d.severity.toUpperCase().padEnd(7)} ${d.code}${d.module ? `  [${d.module}]` : ''}  ${d.message}`);
    if (d.fix) lines.push(`          fix: ${d.fix}`);
  }
  return lines;
}

/** The compact human summary: format, state, module and op counts, parameters, findings with fixes. */
export function summarizeInspection(r: InspectReport): string {
  const q = r.quantization;
  const lines = [`${r.file}: ${describeFormat(r)}`, `quantization: ${q.state} (${STATE_TEXT[q.state]})`];
  const found: Record<string, number> = {
    [`fake-quantize modules${q.fusedFakeQuantModules ? ` (${q.fusedFakeQuantModules} fused)` : ''}`]: q.fakeQuantModules,
    'observers': q.observerModules,
    'QAT modules': q.qatModules,
    'quantized modules': q.quantizedModules,
    'packed params': q.packedParams,
    'quantized tensors': q.quantizedTensors,
    'fake-quantize op calls': q.fakeQuantOpCalls,
    'quantized op calls': q.quantizedOpCalls,
  };
  const present = Object.entries(found).filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`);
  if (present.length) lines.push(`  ${present.join(', ')}`);
  if (q.ranges.length) lines.push(`  ranges: ${q.ranges.map(formatRange).join('; ')}`);
  const types = tally(r.modules.map((m) => m.type?.split('.').pop() ?? '(from state_dict keys)'));
  lines.push(`modules: ${r.modules.length}: ${counts(types, 8)}`);
  lines.push(r.opsCounted === 'forward' ? `ops per forward: ${counts(r.ops) || 'none'}` : 'ops: not known (no TorchScript code)');
  lines.push(`parameters: ${describeTensors(r)}`);
  if (Object.keys(r.placeholders).length) lines.push(`kept as inert placeholders: ${counts(r.placeholders, 6)}`);
  lines.push(...findingLines(r.diagnostics));
  return lines.join('\n');
}

export const inspectCommand: Command<'inspect'> = {
  async run(o) {
    const report = inspectTorchScript(o.file);
    process.stdout.write((o.json ? JSON.stringify(report, null, 2) : summarizeInspection(report)) + '\n');
    return o.failOn && anyAtLeast(report.diagnostics, o.failOn) ? EXIT_CODES.checkFailed : EXIT_CODES.ok;
  },
};
