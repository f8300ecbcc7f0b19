/** A finding: a stable code, how bad it is, where, what, and what to do about it. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: string;
  severity: Severity;
  node: string | null;
  tensor: string | null;
  message: string;
  fix: string | null;
  /** TorchScript inspection names the module path too. */
  module?: string | null;
}

export function diag(code: string, severity: Severity, message: string, where: { node?: string | null; tensor?: string | null; fix?: string | null; module?: string | null } = {}): Diagnostic {
  const d: Diagnostic = { code, severity, node: where.node ?? null, tensor: where.tensor ?? null, message, fix: where.fix ?? null };
  if (where.module !== undefined) d.module = where.module;
  return d;
}

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** True when some finding is at least as severe as `level` (for `--fail-on`). */
export function anyAtLeast(diags: readonly Diagnostic[], level: Severity): boolean {
  return diags.some((d) => RANK[d.severity] >= RANK[level]);
}

export function sortDiagnostics(diags: Diagnostic[]): Diagnostic[] {
  return diags.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.code.localeCompare(b.code));
}
