import type { GraphNodeData } from '../../src/shared/protocol';
import { scopeChain } from '../../src/shared/scopes';
import { IndexedGraph } from './indexed-graph';

/**
 * Groups by name scope (`/features/features.1/conv`), the way PyTorch's exporter names nodes after the module
 * path. A scope with a single member is not a group (its member takes its place). A group with more direct members
 * than a layout can take in one piece (a flat graph, `/model/layers` with 200 layers) is split into consecutive
 * chunks in graph order, so every container the view lays out stays small.
 */

export const ROOT = '';
/** Most direct members a group keeps before it is split into chunks. */
export const MAX_MEMBERS = 64;
const CHUNK = 32;
/** Chunk ids cannot collide with scopes: no node name contains this character. */
const CHUNK_MARK = '\u0000';

export type Member = { kind: 'node'; index: number } | { kind: 'group'; id: string };

export interface Group {
  id: string;
  label: string;
  parent: string | null;
  members: Member[];
  /** Nodes in the group, all levels. */
  size: number;
  /** Graph position of its first node (members are kept in graph order). */
  first: number;
  /** Op and output dtype counts over all levels, most frequent first. */
  ops: Array<[string, number]>;
  dtypes: Array<[string, number]>;
  chunk: boolean;
}

export interface ScopeTree {
  groups: Map<string, Group>;
  /** The group each node sits in directly. */
  nodeGroup: string[];
  /** Nodes under a group, all levels (filled on demand by nodesUnder). */
  under: Map<string, Int32Array>;
}

function newGroup(id: string, parent: string | null): Group {
  return { id, label: '', parent, members: [], size: 0, first: Number.MAX_SAFE_INTEGER, ops: [], dtypes: [], chunk: false };
}

const memberFirst = (tree: ScopeTree, m: Member) => (m.kind === 'node' ? m.index : tree.groups.get(m.id)!.first);

/** `/a/b` under `/a` reads `b`; a collapsed chain reads `b/c`. */
function relativeLabel(id: string, parent: string | null): string {
  if (parent && id.startsWith(`${parent}/`)) return id.slice(parent.length + 1);
  return id.replace(/^\/+/, '') || id;
}

function memberLabel(tree: ScopeTree, nodes: GraphNodeData[], m: Member): string {
  if (m.kind === 'group') return tree.groups.get(m.id)!.label;
  const n = nodes[m.index];
  return n.name.slice(n.name.lastIndexOf('/') + 1) || n.op;
}

/**
 * The scope each node is grouped under: its own, except that a node the compiler inserted without a scope (a layout
 * Transpose, a Reorder) joins the innermost scope holding all its neighbours, so that a group's data flow does not
 * leave it and come back through the top level.
 */
export function effectiveScopes(g: IndexedGraph): string[] {
  return g.nodes.map((n, i) => {
    if (n.scope || !n.inserted) return n.scope;
    const around: string[] = [];
    for (let k = g.inStart[i]; k < g.inStart[i + 1]; k++) around.push(g.nodes[g.edgeFrom[g.inList[k]]].scope);
    for (let k = g.outStart[i]; k < g.outStart[i + 1]; k++) around.push(g.nodes[g.edgeTo[g.outList[k]]].scope);
    if (!around.length || around.some((s) => !s)) return '';
    let common = scopeChain(around[0]);
    for (const s of around.slice(1)) {
      const chain = scopeChain(s);
      let k = 0;
      while (k < common.length && k < chain.length && common[k] === chain[k]) k++;
      common = common.slice(0, k);
    }
    return common[common.length - 1] ?? '';
  });
}

/** `scopes`: the scope to group each node under (default: its own). */
export function buildScopeTree(nodes: GraphNodeData[], scopes: string[] = nodes.map((n) => n.scope)): ScopeTree {
  const tree: ScopeTree = { groups: new Map([[ROOT, newGroup(ROOT, null)]]), nodeGroup: new Array(nodes.length), under: new Map() };
  const { groups } = tree;
  // Many nodes share a scope: each distinct scope's chain is walked once.
  const byScope = new Map<string, number[]>();
  scopes.forEach((scope, i) => {
    const list = byScope.get(scope);
    if (list) list.push(i);
    else byScope.set(scope, [i]);
  });
  // A scope's parent is its name up to the last `/` (as nameScope cuts node names), so each scope costs one slice.
  const ensure = (scope: string): Group => {
    let g = groups.get(scope);
    if (g) return g;
    const cut = scope.lastIndexOf('/');
    const parent = ensure(cut > 0 ? scope.slice(0, cut) : ROOT);
    g = newGroup(scope, parent.id);
    groups.set(scope, g);
    parent.members.push({ kind: 'group', id: scope });
    return g;
  };
  for (const [scope, list] of byScope) {
    const g = ensure(scope);
    for (const i of list) {
      g.members.push({ kind: 'node', index: i });
      tree.nodeGroup[i] = g.id;
    }
  }
  const postOrder: Group[] = [];
  const visit = (g: Group) => {
    for (const m of g.members) if (m.kind === 'group') visit(groups.get(m.id)!);
    postOrder.push(g);
  };
  visit(groups.get(ROOT)!);
  // Single-member scopes dissolve into their parent, bottom-up, so chains of them dissolve too.
  for (const g of postOrder) {
    g.members.forEach((m, k) => {
      if (m.kind !== 'group') return;
      const c = groups.get(m.id)!;
      if (c.members.length !== 1) return;
      groups.delete(c.id);
      const only = c.members[0];
      if (only.kind === 'node') tree.nodeGroup[only.index] = g.id;
      else groups.get(only.id)!.parent = g.id;
      g.members[k] = only;
    });
  }
  for (const g of postOrder) {
    if (!groups.has(g.id)) continue;
    g.label = g.id === ROOT ? '' : relativeLabel(g.id, g.parent);
  }
  // Aggregates, bottom-up (postOrder still lists children first).
  for (const g of postOrder) {
    if (!groups.has(g.id)) continue;
    const ops = new Map<string, number>();
    const dtypes = new Map<string, number>();
    for (const m of g.members) {
      if (m.kind === 'node') {
        const n = nodes[m.index];
        g.size++;
        g.first = Math.min(g.first, m.index);
        ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
        const d = n.dtype ?? '?';
        dtypes.set(d, (dtypes.get(d) ?? 0) + 1);
      } else {
        const c = groups.get(m.id)!;
        g.size += c.size;
        g.first = Math.min(g.first, c.first);
        for (const [k, v] of c.ops) ops.set(k, (ops.get(k) ?? 0) + v);
        for (const [k, v] of c.dtypes) dtypes.set(k, (dtypes.get(k) ?? 0) + v);
      }
    }
    g.ops = [...ops].sort((a, b) => b[1] - a[1]);
    g.dtypes = [...dtypes].sort((a, b) => b[1] - a[1]);
    g.members.sort((a, b) => memberFirst(tree, a) - memberFirst(tree, b));
  }
  for (const g of [...groups.values()]) chunk(tree, nodes, g);
  return tree;
}

/** Split a group with too many direct members into chunks of consecutive members (chunks of chunks if needed). */
function chunk(tree: ScopeTree, nodes: GraphNodeData[], g: Group): void {
  let level = 0;
  while (g.members.length > MAX_MEMBERS) {
    const chunks: Member[] = [];
    for (let s = 0; s < g.members.length; s += CHUNK) {
      const part = g.members.slice(s, s + CHUNK);
      const id = `${g.id}${CHUNK_MARK}${level}.${s / CHUNK}`;
      const c = newGroup(id, g.id);
      c.chunk = true;
      c.members = part;
      const first = memberLabel(tree, nodes, part[0]);
      const last = memberLabel(tree, nodes, part[part.length - 1]);
      c.label = `${first} … ${last}`;
      const ops = new Map<string, number>();
      const dtypes = new Map<string, number>();
      for (const m of part) {
        if (m.kind === 'node') {
          tree.nodeGroup[m.index] = id;
          const n = nodes[m.index];
          c.size++;
          ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
          dtypes.set(n.dtype ?? '?', (dtypes.get(n.dtype ?? '?') ?? 0) + 1);
        } else {
          const sub = tree.groups.get(m.id)!;
          sub.parent = id;
          c.size += sub.size;
          for (const [k, v] of sub.ops) ops.set(k, (ops.get(k) ?? 0) + v);
          for (const [k, v] of sub.dtypes) dtypes.set(k, (dtypes.get(k) ?? 0) + v);
        }
        c.first = Math.min(c.first, memberFirst(tree, m));
      }
      c.ops = [...ops].sort((a, b) => b[1] - a[1]);
      c.dtypes = [...dtypes].sort((a, b) => b[1] - a[1]);
      tree.groups.set(id, c);
      chunks.push({ kind: 'group', id });
    }
    g.members = chunks;
    level++;
  }
}

/** Every node under a group, all levels. */
export function nodesUnder(tree: ScopeTree, id: string): Int32Array {
  let out = tree.under.get(id);
  if (out) return out;
  const list: number[] = [];
  const stack = [id];
  while (stack.length) {
    for (const m of tree.groups.get(stack.pop()!)!.members) {
      if (m.kind === 'node') list.push(m.index);
      else stack.push(m.id);
    }
  }
  out = Int32Array.from(list);
  tree.under.set(id, out);
  return out;
}

/** Group ids from the root down to (not including) the group a node sits in, then that group. */
export function groupPath(tree: ScopeTree, node: number): string[] {
  const out: string[] = [];
  for (let g: string | null = tree.nodeGroup[node]; g !== null && g !== ROOT; g = tree.groups.get(g)?.parent ?? null) out.push(g);
  return out.reverse();
}

/**
 * The groups open at first: breadth-first, a whole level at a time while the visible count (nodes and folded
 * groups) stays within the budget. Siblings are alike: all 200 layers folded, not the first ten open.
 */
export function defaultExpanded(tree: ScopeTree, budget = 300): Set<string> {
  const open = new Set<string>();
  const groupsOf = (g: Group) => g.members.flatMap((m) => (m.kind === 'group' ? [tree.groups.get(m.id)!] : []));
  let visible = tree.groups.get(ROOT)!.members.length;
  let level = groupsOf(tree.groups.get(ROOT)!);
  while (level.length) {
    const grows = level.reduce((a, g) => a + g.members.length - 1, 0);
    if (visible + grows > budget) break;
    visible += grows;
    for (const g of level) open.add(g.id);
    level = level.flatMap(groupsOf);
  }
  return open;
}
