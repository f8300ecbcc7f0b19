/**
 * Heatmap benchmark: the tensor diff panel in headless Chromium (the real page, CSP and all, through the webview
 * harness) drawing a 1x256x56x56 pair. Per run: the panel opened on one channel and on the grid of all 256 channels
 * (the heatmaps alone, and from the message to the frame that shows the whole panel: statistics, histograms,
 * scatter, tables and controls included), switching channel, and switching to the grid. Medians of --runs (default
 * 7) after one warm-up. Goal: the heatmaps in at most 200 ms. Prints a table.
 * Usage: node dist/heatmap-bench.js [--runs N]   (needs dist/webview/diff.js: npm run build)
 */
import * as fs from 'fs';
import * as path from 'path';
import type { TensorPairData } from '../src/shared/protocol';
import { WebviewHarness } from '../test-webview/harness';

const runs = (() => {
  const i = process.argv.indexOf('--runs');
  return i > 0 ? Number(process.argv[i + 1]) : 7;
})();
const GOAL_MS = 200;
const DIMS = [1, 256, 56, 56];
/** The repository: this script runs from dist/. */
const root = path.resolve(__dirname, '..');
const PAGE = { title: 'Tensor diff', scripts: ['dist/webview/diff.js'], styles: ['media/webview.css', 'dist/webview/diff.css'] };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * A realistic pair: smooth positive activations (a ReLU layer) and their uint8 quantization, clipped at a bound that
 * a few percent of values pass, so every part of the panel has something to draw.
 */
function makePair(): TensorPairData {
  const n = DIMS.reduce((a, b) => a * b, 1);
  const reference = new Float32Array(n);
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(i / 3136);
    const y = Math.floor((i % 3136) / 56);
    const x = i % 56;
    reference[i] = Math.max(0, Math.sin(x / 7 + c) * Math.cos(y / 5 - c / 3) * (1 + (c % 5)) + (rnd() - 0.5));
  }
  const scale = 4 / 255;
  const actual = Float32Array.from(reference, (v) => Math.min(255, Math.max(0, Math.round(v / scale))) * scale);
  return {
    title: 'benchmark 1x256x56x56', tensor: 'act', referenceTensor: 'act', dims: DIMS, reference, actual,
    quant: { scale, zeroPoint: 0, qmin: 0, qmax: 255 },
    metrics: { sqnrDb: 30, cosine: 0.999, maxAbs: 1, meanAbs: 0.01, errSteps: 30, clippedFraction: 0.02, localSqnrDb: 30 },
    layoutNote: null,
  };
}

/** What the page code below sees (the benchmark is type-checked without DOM types). */
interface PageGlobals {
  document: { getElementById(id: string): { dataset: Record<string, string | undefined> } | null; querySelector(s: string): { dispatchEvent(e: unknown): boolean } | null };
  postMessage(m: unknown, target: string): void;
  atob(s: string): string;
  requestAnimationFrame(f: () => void): void;
  KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown;
}

interface Timing { heatmapMs: number; frameMs: number }

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist', 'webview', 'diff.js'))) throw new Error('dist/webview/diff.js is missing: npm run build');
  const pair = makePair();
  const wire = {
    ...pair,
    reference: Buffer.from(pair.reference.buffer).toString('base64'),
    actual: Buffer.from(pair.actual.buffer).toString('base64'),
  };
  const h = await WebviewHarness.start({ root });
  try {
    const wp = await h.open({ ...PAGE, theme: 'dark', viewport: { width: 1280, height: 900 } });
    await wp.waitForPosted('ready');
    // The pair is decoded in the page once; each run then posts it (a structured clone, as from the host) and times.
    await wp.page.evaluate((w) => {
      const g = globalThis as unknown as PageGlobals & { __pair: unknown };
      const f32 = (b: string) => {
        const bin = g.atob(b);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        return new Float32Array(bytes.buffer);
      };
      g.__pair = { ...w, reference: f32(w.reference), actual: f32(w.actual) };
    }, wire);

    const open = (mode: 'single' | 'grid') => wp.page.evaluate(async (mode): Promise<Timing> => {
      const g = globalThis as unknown as PageGlobals & { __pair: unknown };
      const app = g.document.getElementById('app')!;
      const before = app.dataset.inits;
      const t0 = performance.now();
      g.postMessage({ type: 'init', pair: g.__pair, state: { channel: 0, mode } }, '*');
      while (app.dataset.inits === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise<void>((r) => g.requestAnimationFrame(() => r()));
      return { heatmapMs: Number(app.dataset.heatmapMs), frameMs: performance.now() - t0 };
    }, mode);

    const key = (k: string) => wp.page.evaluate(async (k): Promise<Timing> => {
      const g = globalThis as unknown as PageGlobals;
      const app = g.document.getElementById('app')!;
      const t0 = performance.now();
      g.document.querySelector('section.heatmaps')!.dispatchEvent(new g.KeyboardEvent('keydown', { key: k, bubbles: true }));
      await new Promise<void>((r) => g.requestAnimationFrame(() => r()));
      return { heatmapMs: Number(app.dataset.heatmapMs), frameMs: performance.now() - t0 };
    }, k);

    const cases: Record<string, Timing[]> = { 'open, one channel': [], 'open, grid of 256': [], 'next channel': [], 'to the grid (key G)': [] };
    for (let r = -1; r < runs; r++) {
      const sample: Array<[string, Timing]> = [];
      sample.push(['open, one channel', await open('single')]);
      sample.push(['next channel', await key('ArrowRight')]);
      sample.push(['to the grid (key G)', await key('g')]);
      sample.push(['open, grid of 256', await open('grid')]);
      if (r >= 0) for (const [k, t] of sample) cases[k].push(t);
    }
    const violations = await wp.cspViolations();
    await wp.close();

    const rows = Object.entries(cases).map(([name, ts]) => {
      const heat = median(ts.map((t) => t.heatmapMs));
      const frame = median(ts.map((t) => t.frameMs));
      return [name, heat.toFixed(1), Math.max(...ts.map((t) => t.heatmapMs)).toFixed(1), frame.toFixed(1), heat <= GOAL_MS ? 'yes' : 'NO'];
    });
    const head = ['case', 'heatmaps ms (median)', 'heatmaps ms (max)', 'message to frame ms (median)', `heatmaps <= ${GOAL_MS} ms`];
    const widths = head.map((hd, i) => Math.max(hd.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
    console.log(`Tensor diff heatmaps, ${DIMS.join('x')} (${(pair.reference.length / 1e6).toFixed(2)} M values per side), headless Chromium, ${runs} runs:\n`);
    console.log(line(head));
    console.log(line(widths.map((w) => '-'.repeat(w))));
    for (const r of rows) console.log(line(r));
    if (violations.length) console.log(`\nCSP violations seen: ${violations.join('; ')}`);
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
