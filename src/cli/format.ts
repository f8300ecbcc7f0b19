import type { CompareReport } from '../engine/compare/compare-report';
import type { Diagnostic } from '../engine/findings/diagnostic';

/** Small helpers for the CLI's human output: aligned columns, counts, findings. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

export function counts(c: Record<string, number>, limit = 12): string {
  const entries = Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = entries.slice(0, limit).map(([k, v]) => `${k} ${v}`).join(', ');
  return entries.length > limit ? `${shown}, … (${entries.length - limit} more)` : shown;
}

export function findings(diags: readonly Diagnostic[]): string {
  if (!diags.length) return 'Findings: none';
  const lines = [`Findings (${diags.length}):`];
  for (const d of diags) {
    lines.push(`  ${d.severity.toUpperCase().padEnd(7)} ${d.code}  ${d.message}`);
    if (d.fix) lines.push(`          fix: ${d.fix}`);
  }
  return lines.join('\n');
}

/** Which input a result was measured on: random with its seed, or the files, with the preprocessing spec of an image. */
export function inputSource(i: CompareReport['input']): string {
  return `${i.source === 'random' ? `random (seed ${i.seed})` : i.paths.join(', ')}${i.preprocess ? ` (preprocessing ${i.preprocess})` : ''}`;
}

export function ms(v: number): string {
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
}
