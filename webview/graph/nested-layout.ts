import { Graph, layout } from '@dagrejs/dagre';
import { LayoutRequest, LayoutResult, SIZES } from './layout-protocol';

/**
 * Nested layered layout: each container is laid out by dagre over its direct children only, bottom-up (a child
 * container's size is known before its parent is laid out), then placed top-down. dagre lays out one graph of n
 * nodes in about 0.7 n ms here and overflows the JS stack on chains of ~2,000 nodes, so one layout of a whole large
 * model is both slow and unsafe; containers of at most a few dozen children are neither.
 */

const GAP = { node: 22, rank: 34, edge: 12 } as const;
/** Space around the root's content (it has no frame). */
const ROOT_MARGIN = 20;
const CACHE_LIMIT = 20_000;

/** One container's layout relative to its content's top-left corner. */
interface LocalLayout {
  w: number;
  h: number;
  xs: Float64Array;
  ys: Float64Array;
  routes: Float64Array[];
}

/** Layouts by container structure (children's sizes and edges): identical blocks are laid out once. */
export class LayoutCache {
  private map = new Map<string, LocalLayout>();
  /** `limit` 0 keeps nothing (the benchmark measures layouts without reuse). */
  constructor(private readonly limit = CACHE_LIMIT) {}
  get(key: string): LocalLayout | undefined {
    return this.map.get(key);
  }
  set(key: string, l: LocalLayout): void {
    if (this.limit === 0) return;
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, l);
  }
}

/** A path a -> b -> c ... through every child: stacked, no layout library needed. */
function chainOrder(n: number, edges: number[]): number[] | null {
  if (edges.length !== 2 * (n - 1)) return null;
  const next = new Int32Array(n).fill(-1);
  const indeg = new Int32Array(n);
  for (let e = 0; e < edges.length; e += 2) {
    if (next[edges[e]] !== -1) return null;
    next[edges[e]] = edges[e + 1];
    indeg[edges[e + 1]]++;
  }
  const start = indeg.indexOf(0);
  if (start < 0 || indeg.some((d) => d > 1)) return null;
  const order: number[] = [];
  for (let k = start; k !== -1 && order.length <= n; k = next[k]) order.push(k);
  return order.length === n ? order : null;
}

function stacked(ws: number[], hs: number[], edges: number[], order: number[]): LocalLayout {
  const n = ws.length;
  const w = Math.max(...ws);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let y = 0;
  for (const k of order) {
    xs[k] = (w - ws[k]) / 2;
    ys[k] = y;
    y += hs[k] + GAP.rank;
  }
  const routes: Float64Array[] = [];
  for (let e = 0; e < edges.length; e += 2) {
    const [a, b] = [edges[e], edges[e + 1]];
    routes.push(Float64Array.of(w / 2, ys[a] + hs[a], w / 2, ys[b]));
  }
  return { w, h: Math.max(0, y - GAP.rank), xs, ys, routes };
}

function layered(ws: number[], hs: number[], edges: number[]): LocalLayout {
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: GAP.node, ranksep: GAP.rank, edgesep: GAP.edge, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  ws.forEach((w, k) => g.setNode(String(k), { width: w, height: hs[k] }));
  for (let e = 0; e < edges.length; e += 2) g.setEdge(String(edges[e]), String(edges[e + 1]));
  layout(g);
  const n = ws.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  let w = 0;
  let h = 0;
  for (let k = 0; k < n; k++) {
    const p = g.node(String(k)) as { x: number; y: number };
    xs[k] = p.x - ws[k] / 2;
    ys[k] = p.y - hs[k] / 2;
    w = Math.max(w, xs[k] + ws[k]);
    h = Math.max(h, ys[k] + hs[k]);
  }
  const routes: Float64Array[] = [];
  for (let e = 0; e < edges.length; e += 2) {
    const pts = (g.edge(String(edges[e]), String(edges[e + 1])) as { points?: Array<{ x: number; y: number }> } | undefined)?.points ?? [];
    routes.push(Float64Array.from(pts.flatMap((p) => [p.x, p.y])));
  }
  return { w, h, xs, ys, routes };
}

export function layoutNested(req: LayoutRequest, cache: LayoutCache): LayoutResult {
  const t0 = performance.now();
  const w = new Float64Array(req.items);
  const h = new Float64Array(req.items);
  for (let i = 0; i < req.items; i++) {
    w[i] = req.sizes[2 * i];
    h[i] = req.sizes[2 * i + 1];
  }
  let laidOut = 0;
  let reused = 0;
  const locals: LocalLayout[] = [];
  for (const c of req.containers) {
    const ws = c.children.map((i) => w[i]);
    const hs = c.children.map((i) => h[i]);
    const key = `${ws.join(',')}|${hs.join(',')}|${c.edges.join(',')}`;
    let l = cache.get(key);
    if (l) reused++;
    else {
      const order = c.children.length ? chainOrder(c.children.length, c.edges) : [];
      if (order) reused++;
      else laidOut++;
      l = order ? stacked(ws, hs, c.edges, order) : layered(ws, hs, c.edges);
      cache.set(key, l);
    }
    locals.push(l);
    if (c.item === 0) {
      w[0] = l.w + 2 * ROOT_MARGIN;
      h[0] = l.h + 2 * ROOT_MARGIN;
    } else {
      w[c.item] = Math.max(l.w, SIZES.groupW) + 2 * SIZES.pad;
      h[c.item] = l.h + SIZES.header + 2 * SIZES.pad;
    }
  }
  const x = new Float64Array(req.items);
  const y = new Float64Array(req.items);
  const routes: Float64Array[][] = new Array(req.containers.length);
  for (let ci = req.containers.length - 1; ci >= 0; ci--) {
    const c = req.containers[ci];
    const l = locals[ci];
    const ox = c.item === 0 ? ROOT_MARGIN : x[c.item] + SIZES.pad + (w[c.item] - 2 * SIZES.pad - l.w) / 2;
    const oy = c.item === 0 ? ROOT_MARGIN : y[c.item] + SIZES.header + SIZES.pad;
    c.children.forEach((child, k) => {
      x[child] = ox + l.xs[k];
      y[child] = oy + l.ys[k];
    });
    routes[ci] = l.routes.map((r) => r.map((v, j) => v + (j % 2 ? oy : ox)));
  }
  const rects = new Float64Array(4 * req.items);
  for (let i = 0; i < req.items; i++) rects.set([x[i], y[i], w[i], h[i]], 4 * i);
  return { id: req.id, rects, routes, ms: performance.now() - t0, laidOut, reused };
}
