import type { GraphData } from '../../src/shared/protocol';
import { IndexedGraph, indexGraph } from './indexed-graph';
import { buildScopeTree, defaultExpanded, effectiveScopes, ScopeTree } from './scope-tree';

/** One graph (compiled or source) as the view holds it: indexed, grouped, and what its legend lists. */
export interface ViewModel {
  graph: IndexedGraph;
  tree: ScopeTree;
  expanded: Set<string>;
  /** Lower-case names and ops, for search (made on the first search). */
  haystack: string[] | null;
  /** What the legend lists when the overlay is off. */
  dtypes: Array<[string, number]>;
  badges: string[];
  inserted: boolean;
}

/** Let the browser handle input and paint between long steps. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Index and group a graph in a few tasks rather than one: a 50,000-node graph costs some hundreds of milliseconds
 * here, and the page should keep answering input meanwhile.
 */
export async function prepareViewModel(data: GraphData): Promise<ViewModel> {
  await breathe();
  const graph = indexGraph(data);
  await breathe();
  const tree = buildScopeTree(data.nodes, effectiveScopes(graph));
  await breathe();
  const dtypes = new Map<string, number>();
  const badges = new Set<string>();
  for (const n of data.nodes) {
    dtypes.set(n.dtype ?? '?', (dtypes.get(n.dtype ?? '?') ?? 0) + 1);
    if (n.layout) badges.add(n.layout);
  }
  return {
    graph, tree, expanded: defaultExpanded(tree), haystack: null,
    dtypes: [...dtypes].sort((a, b) => b[1] - a[1]), badges: [...badges].sort(), inserted: data.nodes.some((n) => n.inserted),
  };
}
