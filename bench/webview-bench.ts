import * as path from 'path';
import { BENCH_GLOBAL, BenchApi, LoadTiming, PanTiming } from '../test-webview/bench-api';
import { graphPageSpec } from '../test-webview/graph-page';
import { WebviewHarness } from '../test-webview/harness';

/**
 * The graph view on large graphs, in headless Chromium (npm run bench:webview): generated QDQ transformers of
 * 1,000, 10,000 and 50,000 nodes with PyTorch-style scopes. For each: time to the first drawing and to an
 * interactive page (no main-thread task over 50 ms after it), the longest main-thread task, folded by default, and
 * the 10,000 one fully unfolded too; frame times while panning at 10,000. In the same run, a plain baseline of the
 * same graph: one dagre layout of every node on the main thread and one SVG group per node. dagre overflows the
 * default JS stack on graphs this deep, so the baseline's browser gets a larger stack to produce a number at all.
 */

const REPO = process.env.QUANTLENS_REPO ?? path.resolve(__dirname, '..');
const BENCH_PAGE = 'dist/test-webview/bench-page.js';
const BASELINE_CAP_MS = 240_000;

type Api = Record<string, BenchApi>;

async function oursLoad(h: WebviewHarness, nodes: number, unfoldAll: boolean, pan: boolean): Promise<{ load: LoadTiming; pan: PanTiming | null }> {
  const wp = await h.open(graphPageSpec(h, 'dark', [BENCH_PAGE]));
  try {
    await wp.waitForPosted('ready');
    const load = await wp.page.evaluate(([n, all, key]) => (globalThis as unknown as Api)[key].ours(n, all), [nodes, unfoldAll, BENCH_GLOBAL] as [number, boolean, string]);
    let panTiming: PanTiming | null = null;
    if (pan) {
      const box = (await wp.page.locator('svg.graph').boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height - 60];
      await wp.page.evaluate((key) => (globalThis as unknown as Api)[key].startFrames(), BENCH_GLOBAL);
      await wp.page.mouse.move(x, y);
      await wp.page.mouse.down();
      // Drag up through the graph in 3 strokes of 60 moves: the view pans down past many screens of nodes.
      for (let stroke = 0; stroke < 3; stroke++) {
        await wp.page.mouse.move(x + 40, box.y + 60, { steps: 60 });
        await wp.page.mouse.up();
        await wp.page.mouse.move(x, y);
        await wp.page.mouse.down();
      }
      await wp.page.mouse.up();
      panTiming = await wp.page.evaluate((key) => (globalThis as unknown as Api)[key].stopFrames(), BENCH_GLOBAL);
    }
    return { load, pan: panTiming };
  } finally {
    await wp.close();
  }
}

async function baselineLoad(h: WebviewHarness, nodes: number): Promise<LoadTiming | string> {
  const wp = await h.open({ title: 'baseline', scripts: [BENCH_PAGE], styles: [] });
  const run = wp.page.evaluate(([n, key]) => (globalThis as unknown as Api)[key].baseline(n), [nodes, BENCH_GLOBAL] as [number, string]);
  const capped = new Promise<string>((resolve) => setTimeout(() => resolve(`did not finish in ${BASELINE_CAP_MS / 1000} s`), BASELINE_CAP_MS));
  const out = await Promise.race([run, capped]);
  await wp.close().catch(() => undefined);
  return out;
}

const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const pad = (s: string, n: number) => s.padEnd(n);

async function main(): Promise<void> {
  const cases: Array<{ label: string; nodes: number; unfoldAll: boolean; pan: boolean }> = [
    { label: '1,000 folded', nodes: 1_000, unfoldAll: false, pan: false },
    { label: '10,000 folded', nodes: 10_000, unfoldAll: false, pan: true },
    { label: '10,000 unfolded', nodes: 10_000, unfoldAll: true, pan: true },
    { label: '50,000 folded', nodes: 50_000, unfoldAll: false, pan: false },
  ];
  const ours = await WebviewHarness.start({ root: REPO });
  const results: Array<{ label: string; nodes: number; load: LoadTiming; pan: PanTiming | null }> = [];
  let noReuse: { ms: number; containers: number; laidOut: number };
  try {
    // A first page warms up the browser's caches and compilers; its numbers are not reported.
    await oursLoad(ours, 1_000, false, false);
    for (const c of cases) {
      process.stderr.write(`  ours: ${c.label}\n`);
      results.push({ label: c.label, nodes: c.nodes, ...(await oursLoad(ours, c.nodes, c.unfoldAll, c.pan)) });
    }
    process.stderr.write('  ours: 10,000 unfolded, layout without reuse\n');
    const wp = await ours.open({ title: 'layout', scripts: [BENCH_PAGE], styles: [] });
    noReuse = await wp.page.evaluate(([n, key]) => (globalThis as unknown as Api)[key].layoutWithoutReuse(n), [10_000, BENCH_GLOBAL] as [number, string]);
    await wp.close();
  } finally {
    await ours.close();
  }

  const baselines = new Map<number, LoadTiming | string>();
  const base = await WebviewHarness.start({ root: REPO, args: ['--js-flags=--stack-size=7000'] });
  try {
    for (const n of [1_000, 10_000, 50_000]) {
      process.stderr.write(`  baseline: ${n.toLocaleString('en-US')} nodes\n`);
      baselines.set(n, await baselineLoad(base, n));
    }
  } finally {
    await base.close().catch(() => undefined);
  }

  console.log('\nGraph view in headless Chromium (generated QDQ transformers, PyTorch-style scopes; times from posting the graph)\n');
  const head = ['graph', 'first drawing', 'interactive', 'longest task', 'layout (worker)', 'items', 'SVG elements', 'baseline interactive', 'baseline longest task', 'speed-up'];
  const widths = [17, 14, 12, 13, 16, 7, 13, 21, 22, 9];
  console.log(head.map((s, i) => pad(s, widths[i])).join(''));
  for (const r of results) {
    const b = baselines.get(r.nodes);
    const folded = !r.label.includes('unfolded');
    const bText = typeof b === 'string' || b === undefined ? b ?? '' : b.error ? `failed: ${b.error}` : ms(b.interactiveMs);
    const bLong = typeof b === 'object' && !b.error ? ms(b.longestTaskMs) : '';
    const ratio = typeof b === 'object' && !b.error && folded ? `${(b.interactiveMs / r.load.interactiveMs).toFixed(1)}x` : '';
    const row = [r.label, ms(r.load.firstDrawingMs), ms(r.load.interactiveMs), ms(r.load.longestTaskMs), r.load.layoutMs === null ? '' : ms(r.load.layoutMs), String(r.load.items), String(r.load.svgElements), folded ? bText : '', folded ? bLong : '', ratio];
    console.log(row.map((s, i) => pad(s, widths[i])).join(''));
  }
  console.log(`\nThe generated layers repeat, so the worker lays out each distinct block once. Without that reuse, the 10,000-node graph unfolded takes ${ms(noReuse.ms)} of layout (${noReuse.containers} containers, ${noReuse.laidOut} through dagre) - in the worker, with the page responsive.`);
  console.log('\nPanning (drag, 180 moves)');
  for (const r of results.filter((x) => x.pan)) {
    const p = r.pan!;
    console.log(`  ${pad(r.label, 17)}frames ${p.frames}, frame time mean ${p.meanMs.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms`);
  }
  console.log('\nBaseline: dagre over every node on the main thread (JS stack raised to 7 MB), one SVG group per node, nothing folded.');
  for (const [n, b] of baselines) {
    if (typeof b === 'string') console.log(`  ${n.toLocaleString('en-US')} nodes: ${b}`);
    else console.log(`  ${n.toLocaleString('en-US')} nodes: ${b.error ? `failed after ${ms(b.firstDrawingMs)}: ${b.error}` : `first drawing ${ms(b.firstDrawingMs)}, interactive ${ms(b.interactiveMs)}, longest task ${ms(b.longestTaskMs)}, ${b.svgElements} SVG elements`}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
