import type { ErrorOverlay } from '../../src/shared/protocol';
import { IndexedGraph } from './indexed-graph';
import { ROOT, ScopeTree } from './scope-tree';

/**
 * The error overlay on a graph: each node's SQNR (the error accumulated up to its output) and its own local SQNR,
 * culprit ranks, a folded group's worst SQNR and best culprit rank, and the path the error takes from the graph's
 * input to the top culprit.
 */
export interface OverlayModel {
  threshold: number;
  /** NaN where the comparison has no value for the node. */
  sqnr: Float64Array;
  local: Float64Array;
  /** Culprit rank (1 = top), 0 for none. */
  rank: Int32Array;
  kind: Map<number, string>;
  groupSqnr: Map<string, number>;
  groupRank: Map<string, number>;
  /** Node indices from a graph input to the focus; empty without one. */
  path: number[];
  /** The node the overlay leads to: the top culprit, else the first layer below the threshold; -1 for none. */
  focus: number;
}

/**
 * A folded group holding more than this share of the graph (an umbrella scope such as `features`) is not coloured by
 * its worst member: painting most of the model red says nothing about where the error is.
 */
const GROUP_COLOUR_SHARE = 0.25;

export function overlayModel(g: IndexedGraph, tree: ScopeTree, o: ErrorOverlay): OverlayModel {
  const n = g.nodes.length;
  const sqnr = new Float64Array(n).fill(NaN);
  const local = new Float64Array(n).fill(NaN);
  const rank = new Int32Array(n);
  const kind = new Map<number, string>();
  for (const [id, v] of Object.entries(o.byNode)) {
    const i = g.byId.get(id);
    if (i === undefined || !v) continue;
    if (typeof v.sqnrDb === 'number') sqnr[i] = v.sqnrDb;
    if (typeof v.localSqnrDb === 'number') local[i] = v.localSqnrDb;
  }
  for (const c of o.culprits) {
    const i = g.byId.get(c.node);
    if (i === undefined || !(c.rank > 0)) continue;
    if (rank[i] === 0 || c.rank < rank[i]) {
      rank[i] = c.rank;
      kind.set(i, c.kind);
    }
  }
  const groupSqnr = new Map<string, number>();
  const groupRank = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(sqnr[i]) && rank[i] === 0) continue;
    for (let grp: string | null = tree.nodeGroup[i]; grp !== null && grp !== ROOT; grp = tree.groups.get(grp)?.parent ?? null) {
      if (!Number.isNaN(sqnr[i]) && (tree.groups.get(grp)?.size ?? 0) <= GROUP_COLOUR_SHARE * n) groupSqnr.set(grp, Math.min(groupSqnr.get(grp) ?? Infinity, sqnr[i]));
      if (rank[i] > 0) groupRank.set(grp, Math.min(groupRank.get(grp) ?? Infinity, rank[i]));
    }
  }
  let focus = -1;
  for (let i = 0; i < n; i++) if (rank[i] > 0 && (focus < 0 || rank[i] < rank[focus])) focus = i;
  if (focus < 0 && o.firstBad) focus = g.byId.get(o.firstBad) ?? -1;
  return { threshold: o.threshold, sqnr, local, rank, kind, groupSqnr, groupRank, path: focus >= 0 ? errorPath(g, sqnr, focus) : [], focus };
}

/**
 * Walk back from the focus (the top culprit) to a node with no producer, each step to the producer whose output is worst (the
 * branch the error comes down); a producer the comparison did not measure counts as error-free.
 */
function errorPath(g: IndexedGraph, sqnr: Float64Array, top: number): number[] {
  const path = [top];
  const seen = new Set(path);
  for (let cur = top; ;) {
    let best = -1;
    for (let k = g.inStart[cur]; k < g.inStart[cur + 1]; k++) {
      const p = g.edgeFrom[g.inList[k]];
      if (seen.has(p)) continue;
      const s = Number.isNaN(sqnr[p]) ? Infinity : sqnr[p];
      const b = best < 0 ? Infinity : Number.isNaN(sqnr[best]) ? Infinity : sqnr[best];
      if (best < 0 || s < b) best = p;
    }
    if (best < 0) break;
    path.push(best);
    seen.add(best);
    cur = best;
  }
  return path.reverse();
}
