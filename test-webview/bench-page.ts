import { Graph, layout } from '@dagrejs/dagre';
import { select } from 'd3';
import type { GraphViewState } from '../src/shared/protocol';
import { indexGraph } from '../webview/graph/indexed-graph';
import { LayoutCache, layoutNested } from '../webview/graph/nested-layout';
import { buildScopeTree, effectiveScopes } from '../webview/graph/scope-tree';
import { visibleGraph } from '../webview/graph/visible-graph';
import { BENCH_GLOBAL, BenchApi, LoadTiming, PanTiming } from './bench-api';
import { generatedGraph } from './generated-graph';

/**
 * The benchmark's page script (browser). Loaded before the graph view's bundle, it watches the main thread's long
 * tasks from the start, posts generated graphs to the view as the host would and times them; in a page of its own
 * it draws the plain baseline: one dagre layout of every node on the main thread, one SVG group per node.
 */

const longTasks: Array<{ start: number; end: number }> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

/**
 * After the first painted frame: wait for 600 ms without long tasks, then read when the last one ended. Counted:
 * tasks that end after `t0`, except one running at `skipAt` (the benchmark's own task that posts the graph: the
 * host's serialization, which VS Code does in the extension host's process).
 */
async function finish(t0: number, firstDrawingAt: number, skipAt: number | null, error: string | null, extra: Pick<LoadTiming, 'items' | 'layoutMs'>): Promise<LoadTiming> {
  for (let quiet = 0; quiet < 600; ) {
    const before = longTasks.length;
    await sleep(100);
    quiet = longTasks.length === before ? quiet + 100 : 0;
  }
  const mine = longTasks.filter((t) => t.end > t0 && !(skipAt !== null && t.start <= skipAt && t.end >= skipAt));
  const lastEnd = Math.max(firstDrawingAt, ...mine.map((t) => t.end));
  return {
    firstDrawingMs: firstDrawingAt - t0,
    interactiveMs: lastEnd - t0,
    longestTaskMs: Math.max(0, ...mine.map((t) => t.end - t.start)),
    svgElements: document.querySelectorAll('svg *').length,
    error,
    ...extra,
  };
}

/** The first frame painted after the DOM changed: the frame whose rAF ran next has been drawn by the one after. */
async function paintedAt(): Promise<number> {
  await nextFrame();
  return nextFrame();
}

function waitForMark(name: string, count: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name).length >= count) return resolve();
    const obs = new PerformanceObserver(() => {
      if (performance.getEntriesByName(name).length >= count) {
        obs.disconnect();
        resolve();
      }
    });
    obs.observe({ type: 'mark' });
  });
}

let frames: number[] = [];
let recording = false;

const api: BenchApi = {
  async ours(nodes, unfoldAll) {
    const g = generatedGraph(nodes);
    let state: GraphViewState | null = null;
    if (unfoldAll) {
      // The host would send this as the saved state of a view where the user unfolded everything.
      const tree = buildScopeTree(g.nodes, effectiveScopes(indexGraph(g)));
      state = { model: g.model, view: 'compiled', expanded: [...tree.groups.keys()], selected: null, transform: null, search: '' };
    }
    await sleep(200);
    const marks = performance.getEntriesByName('quantlens-graph-drawn').length;
    const t0 = performance.now();
    window.postMessage({ type: 'init', compiled: g, source: null, overlay: null, state }, '*');
    const sent = performance.now();
    await waitForMark('quantlens-graph-drawn', marks + 1);
    const first = await paintedAt();
    const d = document.getElementById('app')!.dataset;
    return finish(t0, first, sent, null, { items: Number(d.leaves) + Number(d.folded) + Number(d.frames), layoutMs: Number(d.layoutMs) });
  },

  startFrames() {
    frames = [];
    recording = true;
    const tick = (t: number) => {
      frames.push(t);
      if (recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  stopFrames(): PanTiming {
    recording = false;
    const d = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
    return {
      frames: d.length,
      meanMs: d.reduce((a, b) => a + b, 0) / Math.max(1, d.length),
      p95Ms: d[Math.floor(d.length * 0.95)] ?? 0,
      maxMs: d[d.length - 1] ?? 0,
    };
  },

  layoutWithoutReuse(nodes) {
    const g = generatedGraph(nodes);
    const tree = buildScopeTree(g.nodes, effectiveScopes(indexGraph(g)));
    const vg = visibleGraph(indexGraph(g), tree, new Set(tree.groups.keys()));
    const t0 = performance.now();
    const r = layoutNested({ id: 0, ...vg.request }, new LayoutCache(0));
    return { ms: performance.now() - t0, containers: vg.request.containers.length, laidOut: r.laidOut };
  },

  async baseline(nodes) {
    const g = generatedGraph(nodes);
    await sleep(200);
    const t0 = performance.now();
    let error: string | null = null;
    try {
      const G = new Graph();
      G.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: 34 });
      G.setDefaultEdgeLabel(() => ({}));
      for (const n of g.nodes) G.setNode(n.id, { width: 168, height: 40 });
      for (const e of g.edges) G.setEdge(e.from, e.to);
      layout(G);
      const w = (G.graph() as { width?: number }).width ?? 1;
      const h = (G.graph() as { height?: number }).height ?? 1;
      const svg = select(document.body).append('svg').attr('width', 1280).attr('height', 800);
      const root = svg.append('g').attr('transform', `scale(${Math.min(1280 / w, 800 / h)})`);
      for (const e of G.edges()) {
        const pts = (G.edge(e) as { points?: Array<{ x: number; y: number }> }).points ?? [];
        root.append('path').attr('d', `M${pts.map((p) => `${p.x},${p.y}`).join('L')}`).attr('fill', 'none').attr('stroke', '#888');
      }
      for (const n of g.nodes) {
        const p = G.node(n.id) as { x: number; y: number };
        const node = root.append('g').attr('transform', `translate(${p.x - 84},${p.y - 20})`);
        node.append('rect').attr('width', 168).attr('height', 40).attr('fill', '#dde').attr('stroke', '#448');
        node.append('text').attr('x', 8).attr('y', 16).text(n.op);
        node.append('text').attr('x', 8).attr('y', 31).text(`${n.dtype} ${n.shape?.join('×')}`);
      }
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const first = await paintedAt();
    return finish(t0, first, null, error, { items: g.nodes.length, layoutMs: null });
  },
};

(globalThis as unknown as Record<string, BenchApi>)[BENCH_GLOBAL] = api;
