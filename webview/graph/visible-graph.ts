import { LayoutContainer, LayoutRequest, SIZES } from './layout-protocol';
import { IndexedGraph } from './indexed-graph';
import { nodesUnder, ROOT, ScopeTree } from './scope-tree';

/**
 * What is on screen for a set of open groups: leaf nodes, folded groups and the frames of open groups, and the
 * edges between what is visible (every edge of the model drawn once between the two visible things that hold its
 * ends; edges inside a folded group are not drawn). Also the layout request: one container per open group.
 */

export type ItemKind = 'root' | 'frame' | 'folded' | 'leaf';

export interface VisibleEdge {
  from: number;
  to: number;
  /** Model edges it stands for (indices into the graph's edges). */
  edges: number[];
  /** Where its route is in the layout result: container index and lifted edge index there. */
  container: number;
  local: number;
  /** The children of that container that hold its two ends (the ends themselves, or open groups around them). */
  outer: [number, number];
}

export interface VisibleGraph {
  kinds: ItemKind[];
  /** Stable across layouts: `n<index>` for a node, `g:<group id>` for a group (folded or open). */
  keys: string[];
  /** Node index for leaves, -1 otherwise. */
  node: Int32Array;
  /** Group id for groups ('' for the root). */
  group: string[];
  /** Item of the container that holds each item (-1 for the root). */
  parent: Int32Array;
  /** The visible item that shows each node (itself, or the folded group that holds it). */
  nodeItem: Int32Array;
  edges: VisibleEdge[];
  request: Omit<LayoutRequest, 'id'>;
}

export function visibleGraph(g: IndexedGraph, tree: ScopeTree, expanded: ReadonlySet<string>): VisibleGraph {
  const kinds: ItemKind[] = [];
  const keys: string[] = [];
  const node: number[] = [];
  const group: string[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const posInParent: number[] = [];
  const nodeItem = new Int32Array(g.nodes.length).fill(-1);
  const containers: LayoutContainer[] = [];
  const containerOf = new Map<number, number>();

  const add = (kind: ItemKind, key: string, n: number, grp: string, par: number, pos: number) => {
    kinds.push(kind);
    keys.push(key);
    node.push(n);
    group.push(grp);
    parent.push(par);
    depth.push(par < 0 ? 0 : depth[par] + 1);
    posInParent.push(pos);
    return kinds.length - 1;
  };
  const markFolded = (id: string, item: number) => {
    for (const i of nodesUnder(tree, id)) nodeItem[i] = item;
  };
  const open = (id: string, item: number) => {
    const children: number[] = [];
    for (const m of tree.groups.get(id)!.members) {
      if (m.kind === 'node') {
        const leaf = add('leaf', `n${m.index}`, m.index, '', item, children.length);
        nodeItem[m.index] = leaf;
        children.push(leaf);
      } else if (expanded.has(m.id)) {
        const frame = add('frame', `g:${m.id}`, -1, m.id, item, children.length);
        children.push(frame);
        open(m.id, frame);
      } else {
        const folded = add('folded', `g:${m.id}`, -1, m.id, item, children.length);
        children.push(folded);
        markFolded(m.id, folded);
      }
    }
    containerOf.set(item, containers.length);
    containers.push({ item, children, edges: [] });
  };
  open(ROOT, add('root', 'g:', -1, ROOT, -1, 0));

  // Each model edge is lifted to the container where its two ends' branches meet.
  const lifted = containers.map(() => new Map<number, number>());
  const byPair = new Map<number, VisibleEdge>();
  const n = kinds.length;
  for (let e = 0; e < g.edgeFrom.length; e++) {
    const ua = nodeItem[g.edgeFrom[e]];
    const ub = nodeItem[g.edgeTo[e]];
    if (ua === ub) continue;
    const pairKey = ua * n + ub;
    let ve = byPair.get(pairKey);
    if (!ve) {
      let x = ua;
      let y = ub;
      while (depth[x] > depth[y]) x = parent[x];
      while (depth[y] > depth[x]) y = parent[y];
      while (parent[x] !== parent[y]) {
        x = parent[x];
        y = parent[y];
      }
      const ci = containerOf.get(parent[x])!;
      const liftKey = posInParent[x] * n + posInParent[y];
      let local = lifted[ci].get(liftKey);
      if (local === undefined) {
        local = containers[ci].edges.length / 2;
        containers[ci].edges.push(posInParent[x], posInParent[y]);
        lifted[ci].set(liftKey, local);
      }
      ve = { from: ua, to: ub, edges: [], container: ci, local, outer: [x, y] };
      byPair.set(pairKey, ve);
    }
    ve.edges.push(e);
  }

  const sizes = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    if (kinds[i] === 'leaf') sizes.set([SIZES.leafW, SIZES.leafH], 2 * i);
    else if (kinds[i] === 'folded') sizes.set([SIZES.groupW, SIZES.groupH], 2 * i);
  }
  return {
    kinds, keys, node: Int32Array.from(node), group, parent: Int32Array.from(parent), nodeItem,
    edges: [...byPair.values()],
    request: { items: n, sizes, containers },
  };
}
