import type { VisibleGraph } from './visible-graph';

/** After a layout: what the status line tells the user, and counts for the page's data attributes (tests, benches). */
export function layoutSummary(vg: VisibleGraph, total: number): { status: string; counts: { leaves: string; folded: string; frames: string; edges: string } } {
  const counts = { leaf: 0, folded: 0, frame: 0 };
  for (const k of vg.kinds) if (k !== 'root') counts[k]++;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
  // What the user sees, in words; how the layout ran (worker, reuse, timings) stays in the data attributes.
  const status = counts.folded
    ? `${plural(total, 'node', 'nodes')} · showing ${plural(counts.leaf, 'node', 'nodes')} and ${plural(counts.folded, 'folded group', 'folded groups')}`
    : `${plural(total, 'node', 'nodes')}, all shown`;
  return { status, counts: { leaves: String(counts.leaf), folded: String(counts.folded), frames: String(counts.frame), edges: String(vg.edges.length) } };
}
