/**
 * The name scope of a node: its name up to the last `/`. PyTorch's exporter names nodes after the module path
 * (`/features/features.1/conv/conv.0/Conv`), so scopes group a graph the way its author wrote it. Compiled nodes
 * carry suffixes (`_token_12`, `_nchwc`) that stay in the last segment.
 */
export function nameScope(name: string): string {
  const i = name.lastIndexOf('/');
  return i > 0 ? name.slice(0, i) : '';
}

/** Every enclosing scope, outermost first: `/a/b` -> [`/a`, `/a/b`]. */
export function scopeChain(scope: string): string[] {
  if (!scope) return [];
  const parts = scope.split('/').filter(Boolean);
  const lead = scope.startsWith('/') ? '/' : '';
  return parts.map((_, i) => lead + parts.slice(0, i + 1).join('/'));
}
