import type { OverlayModel } from './overlay-model';
import type { Decor } from './scene';
import type { VisibleGraph } from './visible-graph';

/** What the view decorates, in graph node indices (-1: none). */
export interface DecorInput {
  selected: number;
  matches: number[];
  /** The index into `matches` of the current search hit. */
  current: number;
  /** The comparison's errors, when the overlay is on. */
  overlay: OverlayModel | null;
}

const EMPTY: Decor = { selected: -1, matches: new Set(), current: -1, overlay: null, pathItems: new Set(), pathEdges: new Set() };

/**
 * The decorations of the items on screen: a folded group shows its worst member's error and culprit rank, and the
 * error path runs through the items that hold its nodes.
 */
export function buildDecor(vg: VisibleGraph | null, d: DecorInput): Decor {
  if (!vg) return EMPTY;
  const items = vg.kinds.length;
  const pathItems = new Set<number>();
  const pathEdges = new Set<number>();
  let overlay: Decor['overlay'] = null;
  const o = d.overlay;
  if (o) {
    const sqnr = new Float64Array(items).fill(NaN);
    const rank = new Int32Array(items);
    for (let i = 0; i < items; i++) {
      if (vg.kinds[i] === 'leaf') {
        sqnr[i] = o.sqnr[vg.node[i]];
        rank[i] = o.rank[vg.node[i]];
      } else if (vg.kinds[i] === 'folded') {
        sqnr[i] = o.groupSqnr.get(vg.group[i]) ?? NaN;
        rank[i] = o.groupRank.get(vg.group[i]) ?? 0;
      }
    }
    overlay = { sqnr, rank };
    const edgeAt = new Map(vg.edges.map((e, i) => [e.from * items + e.to, i]));
    let prev = -1;
    for (const node of o.path) {
      const it = vg.nodeItem[node];
      pathItems.add(it);
      if (prev >= 0 && prev !== it) {
        const e = edgeAt.get(prev * items + it);
        if (e !== undefined) pathEdges.add(e);
      }
      prev = it;
    }
  }
  return {
    selected: d.selected >= 0 ? vg.nodeItem[d.selected] : -1,
    matches: new Set(d.matches.map((m) => vg.nodeItem[m])),
    current: d.current >= 0 ? vg.nodeItem[d.matches[d.current]] : -1,
    overlay,
    pathItems,
    pathEdges,
  };
}
