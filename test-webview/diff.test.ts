/// <reference lib="dom" />
import { strict as assert } from 'assert';
import { color, interpolateInferno, interpolateViridis } from 'd3';
import * as fs from 'fs';
import * as path from 'path';
import { rng } from '../src/engine/builder/model-builder';
import { writeNpy } from '../src/engine/io/npy';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { sqnrText } from '../src/shared/sqnr-text';
import type { DiffViewState, TensorPairData } from '../src/shared/protocol';
import { convTwin } from '../test/helpers/compare-models';
import { saveModel, useEngine } from '../test/helpers/engine';
import { injectFault } from '../test/helpers/faults';
import { comparePairs } from './diff-engine-pair';
import { DiffPage } from './diff-page';
import { Theme, WebviewHarness } from './harness';

const CHROMIUM = process.env.QUANTLENS_CHROMIUM ?? '/usr/bin/chromium';
/** What the harness serves: the folder holding dist/ (and media/), two levels above this bundle. */
const webRoot = path.resolve(__dirname, '..', '..');
/** Screenshots go next to the test sources (the working directory is the repository when mocha runs). */
const artifacts = path.join(process.cwd(), 'test-webview', 'artifacts');
const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

const NO_METRICS: TensorPairData['metrics'] = { sqnrDb: null, cosine: null, maxAbs: null, meanAbs: null, errSteps: null, clippedFraction: null, localSqnrDb: null };

function pair(dims: number[], reference: ArrayLike<number>, actual: ArrayLike<number>, extra: Partial<TensorPairData> = {}): TensorPairData {
  return { title: 'test pair', tensor: 't', referenceTensor: 't', dims, reference: Float32Array.from(reference), actual: Float32Array.from(actual), quant: null, metrics: NO_METRICS, layoutNote: null, ...extra };
}

/** RGBA of a colour map at a level (d3's table, as the page builds it), or of a CSS colour. */
const rgba = (css: string) => {
  const c = color(css)!.rgb();
  return [c.r, c.g, c.b, 255];
};
const viridis = (level: number) => rgba(interpolateViridis(level / 255));
const inferno = (level: number) => rgba(interpolateInferno(level / 255));
/** The documented mapping: level = round((v - lo) * (255 / (hi - lo))), clamped to 0..255. */
const levelOf = (v: number, lo: number, hi: number) => Math.min(255, Math.max(0, Math.round((Math.fround(v) - lo) * (255 / (hi - lo)))));

interface HistBar { count: number; x0: number; x1: number }

async function histogram(p: DiffPage): Promise<{ kind: string; ref: HistBar[]; act: HistBar[]; gridLines: number | null; clip: Array<{ bound: string; value: number; drawn: boolean }> }> {
  return p.page.evaluate(() => {
    const bars = (cls: string) => Array.from(document.querySelectorAll(`svg.hist .${cls} rect`), (r) => ({ count: Number(r.getAttribute('data-count')), x0: Number(r.getAttribute('data-x0')), x1: Number(r.getAttribute('data-x1')) }));
    const svg = document.querySelector('svg.hist')!;
    const grid = svg.querySelector('.qgrid');
    return {
      kind: svg.getAttribute('data-kind') ?? '',
      ref: bars('bars-ref'),
      act: bars('bars-act'),
      gridLines: grid ? Number(grid.getAttribute('data-lines')) : null,
      clip: Array.from(svg.querySelectorAll('.clip [data-bound]'), (e) => ({ bound: e.getAttribute('data-bound')!, value: Number(e.getAttribute('data-value')), drawn: e.tagName === 'line' })),
    };
  });
}

/** Clip labels that cover a bar, or each other (boxes as the browser lays them out). */
async function clipLabelOverlaps(p: DiffPage): Promise<string[]> {
  return p.page.evaluate(() => {
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = Array.from(document.querySelectorAll('svg.hist .clip text'));
    const bars = Array.from(document.querySelectorAll('svg.hist rect.bar')).filter((r) => Number(r.getAttribute('data-count')) > 0);
    const out: string[] = [];
    labels.forEach((l, i) => {
      const box = l.getBoundingClientRect();
      if (bars.some((b) => hit(box, b.getBoundingClientRect()))) out.push(`${l.textContent} covers a bar`);
      labels.slice(i + 1).forEach((m) => hit(box, m.getBoundingClientRect()) && out.push(`${l.textContent} covers ${m.textContent}`));
    });
    return out;
  });
}

async function worstRows(p: DiffPage): Promise<Array<{ flat: number; index: string; cells: string[] }>> {
  return p.page.evaluate(() => Array.from(document.querySelectorAll('table.worst tr.worst-row'), (tr) => ({
    flat: Number((tr as HTMLElement).dataset.flat),
    index: tr.querySelector('.index')!.textContent!,
    cells: Array.from(tr.querySelectorAll('td'), (td) => td.textContent!),
  })));
}

async function lastState(p: DiffPage): Promise<unknown> {
  const posted = await p.posted();
  return posted[posted.length - 1];
}

describe('tensor diff webview (headless Chromium)', function () {
  this.timeout(180_000);
  let h: WebviewHarness;
  let page: DiffPage | undefined;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    (skipped: no Chromium at ${CHROMIUM}; set QUANTLENS_CHROMIUM)`);
      this.skip();
    }
    if (!fs.existsSync(path.join(webRoot, 'dist', 'webview', 'diff.js'))) throw new Error(`${webRoot}/dist/webview/diff.js is missing: npm run build`);
    h = await WebviewHarness.start({ root: webRoot });
  });
  after(async () => h?.close());
  afterEach(async function () {
    // Every test ends without a CSP violation or a page error.
    const p = page;
    page = undefined;
    if (!p) return;
    const csp = await p.cspViolations();
    const errors = p.console.filter((c) => c.startsWith('pageerror'));
    await p.close();
    assert.deepEqual(csp, [], `CSP violations: ${csp.join('\n')}`);
    assert.deepEqual(errors, []);
  });
  const open = async (theme: Theme = 'light') => (page = await DiffPage.open(h, theme));

  it('loads under the real CSP, says ready, and draws nothing before init', async () => {
    const p = await open();
    assert.deepEqual(await p.posted(), [{ type: 'ready' }]);
    assert.equal(await p.data('inits'), '0');
    const csp = await p.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'));
    assert.match(csp!, /script-src 'nonce-[A-Za-z0-9]+'/);
    assert.doesNotMatch(csp!, /unsafe-inline|unsafe-eval/);
  });

  /** Two channels of 3 x 4: channel 0 holds 0..11 with two known errors, channel 1 one NaN on the actual side. */
  const known = () => {
    const ref = Array.from({ length: 24 }, (_, i) => (i < 12 ? i : 100 + 10 * (i - 12)));
    const act = [...ref];
    act[5] = 7; // +2: the largest finite error
    act[11] = 9.5; // -1.5
    act[18] = Number.NaN;
    return pair([1, 2, 3, 4], ref, act);
  };

  it('draws the heatmap pixels of a known tensor: shared value scale, its own difference scale, NaN marked', async () => {
    const p = await open();
    await p.init(known());
    const info = await p.canvasInfo('reference');
    assert.deepEqual([info.width, info.height, info.kr, info.kc], [4, 3, 1, 1]);
    // Channel 0: the shared scale spans both sides (0..11); the difference scale spans 0..2.
    assert.deepEqual([info.lo, info.hi], [0, 11]);
    assert.deepEqual([(await p.canvasInfo('actual')).hi, (await p.canvasInfo('diff')).hi], [11, 2]);
    const [r00, r11, r32] = await p.pixels('reference', [[0, 0], [1, 1], [3, 2]]);
    assert.deepEqual(r00, [0x44, 0x01, 0x54, 255], 'the lowest value is viridis #440154');
    assert.deepEqual(r32, [0xfd, 0xe7, 0x25, 255], 'the highest value is viridis #fde725');
    assert.deepEqual(r11, viridis(levelOf(5, 0, 11)));
    const [a11, a32] = await p.pixels('actual', [[1, 1], [3, 2]]);
    assert.deepEqual(a11, viridis(levelOf(7, 0, 11)), 'the actual side uses the same scale');
    assert.deepEqual(a32, viridis(levelOf(9.5, 0, 11)));
    const [d00, d11, d32] = await p.pixels('diff', [[0, 0], [1, 1], [3, 2]]);
    assert.deepEqual(d00, [0, 0, 4, 255], 'no error is inferno #000004');
    assert.deepEqual(d11, [0xfc, 0xff, 0xa4, 255], 'the largest error is inferno #fcffa4');
    assert.deepEqual(d32, inferno(levelOf(1.5, 0, 2)));
    // Channel 1 (values 100..210, a NaN at h 1, w 2): its own scale, the NaN in the non-finite colour on both maps.
    await p.page.focus('section.heatmaps');
    await p.page.keyboard.press('ArrowRight');
    assert.equal(await p.data('channel'), '1');
    const c1 = await p.canvasInfo('reference');
    assert.deepEqual([c1.lo, c1.hi], [100, 210]);
    const [n12] = await p.pixels('actual', [[2, 1]]);
    const [dn12, d1] = await p.pixels('diff', [[2, 1], [0, 0]]);
    assert.deepEqual(n12, [255, 0, 255, 255]);
    assert.deepEqual(dn12, [255, 0, 255, 255]);
    assert.deepEqual(d1, [0, 0, 4, 255]);
    assert.match(await p.text('.legends'), /NaN or infinite \(1\)/);
  });

  it('lists the worst elements with full (n, c, h, w) indices, non-finite first, and opens one', async () => {
    const p = await open();
    await p.init(known());
    assert.equal(await p.text('table.worst tr:first-child th:nth-child(2)'), '(n, c, h, w)');
    const rows = await worstRows(p);
    assert.deepEqual(rows.map((r) => [r.flat, r.index]), [[18, '(0, 1, 1, 2)'], [5, '(0, 0, 1, 1)'], [11, '(0, 0, 2, 3)']]);
    assert.deepEqual(rows[1].cells.slice(2), ['5', '7', '2']);
    assert.equal(rows[0].cells[4], 'non-finite');
    await p.page.locator('tr.worst-row[data-flat="18"]').click();
    assert.equal(await p.data('channel'), '1');
    assert.deepEqual(await lastState(p), { type: 'state', state: { channel: 1, mode: 'single' } });
    assert.match(await p.text('.readout'), /^\(n, c, h, w\) = \(0, 1, 1, 2\): reference 160, actual NaN/);
    const mark = await p.page.evaluate(() => Array.from(document.querySelectorAll('.overlay rect.mark'), (r) => [r.getAttribute('x'), r.getAttribute('y')]));
    assert.deepEqual(mark, [['2', '1'], ['2', '1'], ['2', '1']]);
    // Keyboard: Enter on a focused row opens it too.
    await p.page.locator('tr.worst-row[data-flat="5"]').focus();
    await p.page.keyboard.press('Enter');
    assert.equal(await p.data('channel'), '0');
  });

  it('counts histogram bins per quantization step, with the grid and the clip bounds drawn', async () => {
    const p = await open();
    const ref = [0, 0.5, 0.5, 1.0, 1.2, 2.0, 2.0, 2.0, 3.1, -0.4];
    // What a grid of step 0.5 on integers 0..4 makes of them: rounded, and clipped to [0, 2].
    const act = ref.map((v) => Math.min(4, Math.max(0, Math.round(v / 0.5))) * 0.5);
    await p.init(pair([10], ref, act, { quant: { scale: 0.5, zeroPoint: 0, qmin: 0, qmax: 4 } }));
    const hist = await histogram(p);
    assert.equal(hist.kind, 'grid');
    // Bins centred on the steps -0.5 .. 3.0 (the values span steps -1 .. 6).
    assert.deepEqual(hist.ref.map((b) => (b.x0 + b.x1) / 2), [-0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3]);
    assert.deepEqual(hist.ref.map((b) => b.count), [1, 1, 2, 2, 0, 3, 0, 1]);
    assert.deepEqual(hist.act.map((b) => b.count), [0, 2, 2, 2, 0, 4, 0, 0], 'the actual side piles up at the clip bounds');
    assert.equal(hist.gridLines, 8);
    assert.deepEqual(hist.clip, [{ bound: 'qmin', value: 0, drawn: true }, { bound: 'qmax', value: 2, drawn: true }]);
    assert.deepEqual(await clipLabelOverlaps(p), [], 'the qmin/qmax labels sit above the bars, apart');
    // Bounds off the values' range are named at the edge, above the bars too; the scale is written as everywhere.
    await p.init(pair([10], ref.map((v) => v / 100), act.map((v) => v / 100), { quant: { scale: 0.124668, zeroPoint: 0, qmin: -2, qmax: 2 } }));
    assert.deepEqual((await histogram(p)).clip.map((c) => c.drawn), [false, false]);
    assert.deepEqual(await clipLabelOverlaps(p), []);
    assert.match(await p.text('.quant'), /scale 0\.1247, zero point 0, integers -2\.\.2 \(values -0\.2493 to 0\.2493\)/);
    // Without a grid: equal bins over the values' range, every value counted once.
    await p.init(pair([10], ref, act));
    const plain = await histogram(p);
    assert.equal(plain.kind, 'uniform');
    assert.equal(plain.ref.length, 64);
    assert.equal(plain.ref.reduce((a, b) => a + b.count, 0), 10);
    assert.equal(plain.act.reduce((a, b) => a + b.count, 0), 10);
    assert.equal(plain.ref[0].x0, Math.fround(-0.4));
    assert.equal(plain.ref[63].count, 1, 'the maximum falls in the last bin');
    assert.equal(plain.gridLines, null);
  });

  it('picks channels with the buttons, the dropdown and the keyboard, saving and posting the state', async () => {
    const p = await open();
    const n = 6 * 25;
    const r = rng(5);
    const ref = Array.from({ length: n }, () => r());
    await p.init(pair([1, 6, 5, 5], ref, ref.map((v, i) => v + (i % 7) * 0.01)));
    assert.equal(await p.data('channel'), '0');
    await p.page.locator('vscode-button[data-action="next"]').click();
    assert.equal(await p.data('channel'), '1');
    assert.deepEqual(await lastState(p), { type: 'state', state: { channel: 1, mode: 'single' } });
    assert.deepEqual(await p.savedState(), { channel: 1, mode: 'single' });
    assert.equal(await p.page.evaluate(() => (document.querySelector('vscode-dropdown') as HTMLElement & { value: string }).value), '1');
    await p.page.locator('vscode-dropdown').click();
    await p.page.locator('vscode-option', { hasText: /^c 4 / }).click();
    assert.equal(await p.data('channel'), '4');
    // The value legend follows the channel's own range.
    const c4 = ref.slice(100, 125).concat(ref.slice(100, 125).map((v, i) => v + ((100 + i) % 7) * 0.01)).map(Math.fround);
    const legend = await p.page.evaluate(() => (document.querySelector('[data-legend="value"]') as HTMLElement).dataset);
    assert.equal(Number(legend.lo), Math.min(...c4));
    assert.equal(Number(legend.hi), Math.max(...c4));
    await p.page.focus('section.heatmaps');
    for (const [key, expected] of [['ArrowRight', '5'], ['ArrowRight', '5'], ['Home', '0'], ['ArrowLeft', '0'], ['End', '5'], ['ArrowLeft', '4']] as const) {
      await p.page.keyboard.press(key);
      assert.equal(await p.data('channel'), expected, `after ${key}`);
    }
    await p.page.locator('vscode-button[data-action="prev"]').press('Enter');
    assert.equal(await p.data('channel'), '3', 'the buttons work from the keyboard');
    const states = (await p.posted()).filter((m) => (m as { type: string }).type === 'state').map((m) => (m as { state: DiffViewState }).state.channel);
    assert.deepEqual(states, [1, 4, 5, 0, 5, 4, 3], 'one state message per change, none when nothing changed');
  });

  it('shows every channel as a tile in grid mode, on one shared scale, and opens a tile', async () => {
    const p = await open();
    const ref = Array.from({ length: 6 * 25 }, (_, i) => i);
    await p.init(pair([1, 6, 5, 5], ref, ref));
    await p.page.focus('section.heatmaps');
    await p.page.keyboard.press('g');
    assert.equal(await p.data('mode'), 'grid');
    assert.deepEqual(await lastState(p), { type: 'state', state: { channel: 0, mode: 'grid' } });
    // 6 tiles of 5 x 5, 2 per row, 1-pixel gaps: 11 x 17.
    const info = await p.canvasInfo('reference');
    assert.deepEqual([info.width, info.height, info.lo, info.hi], [11, 17, 0, 149]);
    const [t1, gap, t5] = await p.pixels('reference', [[6, 0], [5, 0], [10, 16]]);
    assert.deepEqual(t1, viridis(levelOf(25, 0, 149)), 'tile 1 starts with channel 1\'s first value');
    assert.equal(gap[3], 0, 'gaps stay transparent');
    assert.deepEqual(t5, [0xfd, 0xe7, 0x25, 255]);
    assert.match(await p.text('.sampling-note'), /^6 channels, one colour scale for all$/);
    // Arrows move the focus mark (without redrawing); Enter opens the channel.
    const draws = await p.data('draws');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('ArrowDown');
    assert.equal(await p.data('channel'), '3');
    assert.equal(await p.data('draws'), draws);
    const focus = await p.page.evaluate(() => { const r = document.querySelector('.overlay rect.tile-focus')!; return [r.getAttribute('x'), r.getAttribute('y')]; });
    assert.deepEqual(focus, ['6', '6']);
    await p.page.keyboard.press('Enter');
    assert.deepEqual([await p.data('mode'), await p.data('channel')], ['single', '3']);
    // A click on a tile opens it: tile 4 is column 0, row 2 (canvas pixels 0..4, 12..16).
    await p.page.locator('vscode-checkbox.grid-toggle').click();
    assert.equal(await p.data('mode'), 'grid');
    const box = await p.page.evaluate(() => { const c = document.querySelector('canvas.heat[data-side="diff"]') as HTMLCanvasElement; return { cw: c.clientWidth, ch: c.clientHeight }; });
    const s = Math.min(box.cw / 11, box.ch / 17);
    await p.page.locator('canvas.heat[data-side="diff"]').click({ position: { x: (box.cw - 11 * s) / 2 + 2.5 * s, y: (box.ch - 17 * s) / 2 + 14.5 * s } });
    assert.deepEqual([await p.data('mode'), await p.data('channel')], ['single', '4']);
  });

  it('maps 1-D, 3-D and 5-D tensors (and trailing 1s) to planes as documented', async () => {
    const p = await open();
    const seq = (n: number) => Array.from({ length: n }, (_, i) => i);
    const withError = (n: number, at: number) => seq(n).map((v, i) => (i === at ? v + 100 : v));
    const shape = async () => ({ planes: await p.data('planes'), dropdown: await p.page.locator('vscode-dropdown').count(), ...(await p.canvasInfo('reference')), worst: (await worstRows(p))[0]?.index, head: await p.text('table.worst tr:first-child th:nth-child(2)') });

    await p.init(pair([10], seq(10), withError(10, 7)));
    const one = await shape();
    assert.deepEqual([one.planes, one.dropdown, one.width, one.height, one.worst, one.head], ['1', 0, 4, 3, '(7)', '(i)']);
    const [last, past] = await p.pixels('reference', [[1, 2], [2, 2]]);
    assert.deepEqual([last[3], past[3]], [255, 0], 'a wrapped vector pads its last row with empty cells');
    assert.match(await p.text('.sampling-note'), /a single row of 10 values, wrapped into rows of 4/);

    await p.init(pair([2, 3, 4], seq(24), withError(24, 13)));
    const three = await shape();
    assert.deepEqual([three.planes, three.dropdown, three.width, three.height, three.worst, three.head], ['2', 1, 4, 3, '(1, 0, 1)', '(n, c, l)']);

    await p.init(pair([1, 2, 3, 4, 5], seq(120), withError(120, 87)));
    const five = await shape();
    assert.deepEqual([five.planes, five.width, five.height, five.worst, five.head], ['6', 5, 4, '(0, 1, 1, 1, 2)', '(n, c, d, h, w)']);
    const options = await p.page.evaluate(() => Array.from(document.querySelectorAll('vscode-option'), (o) => o.textContent!.split(' \u00b7 ')[0]));
    assert.deepEqual(options, ['c 0, d 0', 'c 0, d 1', 'c 0, d 2', 'c 1, d 0', 'c 1, d 1', 'c 1, d 2']);

    await p.init(pair([1, 10, 1, 1], seq(10), withError(10, 3)));
    const pooled = await shape();
    assert.deepEqual([pooled.planes, pooled.width, pooled.height, pooled.worst], ['1', 4, 3, '(0, 3, 0, 0)']);

    await p.init(pair([2, 0, 3], [], []));
    assert.equal(await p.data('planes'), '0');
    assert.match(await p.text('#app'), /The tensor is empty \(dims \[2, 0, 3\]\): nothing to draw/);
  });

  it('samples a large tensor honestly: reduced heatmaps say so, and one bad element still shows', async () => {
    const p = await open();
    const [H, W] = [1100, 1300];
    const r = rng(9);
    const ref = Float32Array.from({ length: H * W }, () => r());
    const act = Float32Array.from(ref, (v) => v + 0.001);
    act[1000 * W + 1000] += 5;
    await p.init({ ...pair([1, 1, H, W], [], []), reference: ref, actual: act });
    const info = await p.canvasInfo('diff');
    assert.deepEqual([info.kr, info.kc, info.width, info.height], [3, 3, 434, 367]);
    assert.match(await p.text('.sampling-note'), /^shown at 1\/3 \(mean of 3x3 blocks; difference: block max\)$/);
    const [hot, near] = await p.pixels('diff', [[333, 333], [334, 333]]);
    assert.deepEqual(hot, [0xfc, 0xff, 0xa4, 255], 'the block holding the bad element shows the largest error');
    assert.notDeepEqual(near, hot);
    const caption = await p.page.evaluate(() => (document.querySelector('.scatter figcaption') as HTMLElement).textContent);
    assert.match(caption!, /^4,000 of 1,430,000 points \(a uniform random sample of 4,000\); +the 10 worst$/);
    assert.equal(await p.page.evaluate(() => document.querySelector('svg.scatter path.points')!.getAttribute('data-points')), '4000');
  });

  it('caps the grid at 1,024 channels and says so; a number field picks among thousands', async () => {
    const p = await open();
    const n = 1100 * 4;
    await p.init(pair([1, 1100, 2, 2], Array.from({ length: n }, (_, i) => i % 13), Array.from({ length: n }, (_, i) => i % 11)), { channel: 1099, mode: 'grid' });
    assert.equal(await p.page.locator('vscode-dropdown').count(), 0);
    assert.equal(await p.page.locator('vscode-text-field.channel-picker').count(), 1);
    assert.equal(await p.data('channel'), '1099');
    assert.match(await p.text('.sampling-note'), /^1,024 channels \(the first 1,024 of 1,100\), one colour scale for all/);
    assert.equal(await p.page.evaluate(() => (document.querySelector('.sampling-note') as HTMLElement).dataset.sampled), 'true');
  });

  it('restores the state the host kept, or the saved one after a reload, clamped to the tensor', async () => {
    const p = await open();
    const ref = Array.from({ length: 6 * 25 }, (_, i) => Math.sin(i));
    const data = pair([1, 6, 5, 5], ref, ref.map((v) => v * 1.01));
    await p.init(data, { channel: 3, mode: 'grid' });
    assert.deepEqual([await p.data('mode'), await p.data('channel')], ['grid', '3']);
    assert.equal(await p.page.evaluate(() => (document.querySelector('vscode-checkbox.grid-toggle') as HTMLElement & { checked: boolean }).checked), true);
    assert.equal((await p.posted()).length, 1, 'restoring posts nothing');
    await p.page.focus('section.heatmaps');
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('g');
    // The panel is hidden and shown again: a new page, the host sends no state, the saved one comes back.
    await p.reload();
    await p.init(data, null);
    assert.deepEqual([await p.data('mode'), await p.data('channel')], ['single', '4']);
    await p.init(data, { channel: 99, mode: 'grid' });
    assert.equal(await p.data('channel'), '5');
    await p.init(pair([3], [1, 2, 3], [1, 2, 3]), { channel: 2, mode: 'grid' });
    assert.deepEqual([await p.data('mode'), await p.data('channel')], ['single', '0'], 'a one-picture tensor has no grid');
  });

  it('ignores malformed messages and keeps working', async () => {
    const p = await open();
    await p.init(known());
    const bad: unknown[] = [
      'init',
      { type: 'bogus' },
      { type: 'init', pair: { ...known(), reference: Array.from(known().reference) } },
      { type: 'init', pair: { ...known(), dims: [1, 2, 3, 5] } },
      { type: 'init', pair: { ...known(), tensor: 7 }, state: null },
    ];
    for (const m of bad) await p.send(m);
    await p.page.waitForTimeout(200);
    assert.equal(await p.data('inits'), '1');
    assert.equal(p.console.filter((c) => /dropped a message/.test(c)).length, bad.length);
    await p.page.focus('section.heatmaps');
    await p.page.keyboard.press('ArrowRight');
    assert.equal(await p.data('channel'), '1');
  });

  it('says when its numbers are from an earlier comparison, and wraps tensor names without breaking the words between them', async () => {
    const p = await open();
    const long = `/features/7/conv/1/0/${'very_long_segment/'.repeat(6)}QuantizeLinear_output_0`;
    await p.init(pair([4], [1, 2, 3, 4], [1, 2, 3, 5], { tensor: long, referenceTensor: `${long}_ref` }));
    assert.equal(await p.page.locator('.stale').count(), 0, 'a fresh pair has no banner');
    assert.deepEqual(await p.page.evaluate(() => Array.from(document.querySelectorAll('.names .tensor-name'), (e) => e.textContent)), [long, `${long}_ref`]);
    // At a narrow width the words "vs reference" stay whole: each sits on one line box.
    await p.page.setViewportSize({ width: 320, height: 600 });
    const split = await p.page.evaluate(() => {
      const names = document.querySelector('.names')!;
      const text = Array.from(names.childNodes).find((n) => n.nodeType === Node.TEXT_NODE)!;
      const r = document.createRange();
      return ['vs', 'reference'].map((w) => {
        const i = text.textContent!.indexOf(w);
        r.setStart(text, i);
        r.setEnd(text, i + w.length);
        return r.getClientRects().length;
      });
    });
    assert.deepEqual(split, [1, 1]);
    await p.init(pair([4], [1, 2, 3, 4], [1, 2, 3, 5], { stale: 'a newer comparison did not keep this tensor' }));
    assert.equal(await p.text('.stale'), 'Old numbers: a newer comparison did not keep this tensor');
    assert.equal(await p.data('inits'), '2');
  });

  it('shows the layout note', async () => {
    const p = await open();
    await p.init(pair([1, 20, 1, 1], Array.from({ length: 20 }, (_, i) => i), Array.from({ length: 20 }, (_, i) => i), { layoutNote: 'NCHW8c, 24 padded channels -> 20' }));
    assert.equal(await p.text('.layout-note'), 'Normalized: NCHW8c, 24 padded channels -> 20');
    assert.equal(await p.page.locator('table.worst').count(), 0, 'identical tensors have no worst elements');
    assert.match(await p.text('.tables'), /No element differs/);
  });

  describe('real engine output', function () {
    const ctx = useEngine();

    it('an activation scale 8x too small: the culprit layer\'s pair, its clip bound and pile-up, screenshots', async () => {
      const twin = await convTwin(ctx.engine(), { depth: 6 });
      assert.ok(injectFault(twin.qdq, twin.convs[3], 'act-scale'));
      const quant = saveModel(ctx.dir(), 'twin-act.onnx', twin.qdq);
      const float = saveModel(ctx.dir(), 'twin-act-float.onnx', twin.float);
      const input = path.join(ctx.dir(), 'twin-act-input.npy');
      writeNpy(input, twin.input);
      const { report, pairs } = await comparePairs({ model: quant, reference: float, input, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() }, [twin.convs[3]]);
      assert.equal(report.culprits[0]?.node, twin.convs[3], 'the comparison finds the fault first');
      assert.equal(pairs.length, 1);
      const data = pairs[0];
      const row = report.layers.find((l) => l.tensor === data.tensor)!;
      assert.ok(data.quant, 'the layer output is quantized per tensor');
      assert.deepEqual(data.dims, [1, 16, 12, 12]);

      for (const theme of ['light', 'dark'] as const) {
        const p = await open(theme);
        await p.init(data);
        assert.equal(await p.data('planes'), '16');
        assert.equal(await p.text('tr[data-metric="sqnr"] td'), sqnrText(row.sqnrDb), 'worded as the Comparison view words it');
        // The clip bound sits inside the values' range; the actual side piles up in its bin, the reference runs past it.
        const hist = await histogram(p);
        const qmax = hist.clip.find((c) => c.bound === 'qmax')!;
        assert.ok(qmax.drawn, JSON.stringify(hist.clip));
        assert.ok(Math.abs(qmax.value - (data.quant.qmax - data.quant.zeroPoint) * data.quant.scale) < 1e-9);
        const at = hist.act.findIndex((b) => b.x0 <= qmax.value && qmax.value < b.x1);
        assert.ok(at >= 0 && hist.act[at].count > hist.ref[at].count, `pile-up at qmax: actual ${hist.act[at]?.count}, reference ${hist.ref[at]?.count}`);
        assert.ok(hist.ref.slice(at + 1).some((b) => b.count > 0) && hist.act.slice(at + 1).every((b) => b.count === 0), 'only the reference passes the bound');
        assert.equal(hist.ref.reduce((a, b) => a + b.count, 0), data.reference.length);
        // The worst element is the pair's largest difference, at its full index.
        let worst = 0;
        for (let i = 0; i < data.reference.length; i++) if (Math.abs(data.actual[i] - data.reference[i]) > Math.abs(data.actual[worst] - data.reference[worst])) worst = i;
        const rows = await worstRows(p);
        assert.equal(rows.length, 10);
        assert.equal(rows[0].flat, worst);
        const [c, y, x] = [Math.floor(worst / 144), Math.floor((worst % 144) / 12), worst % 12];
        assert.equal(rows[0].index, `(0, ${c}, ${y}, ${x})`);
        assert.ok(Math.abs(Math.abs(data.actual[worst] - data.reference[worst]) - row.maxAbs!) < 1e-3, `max |difference| ${row.maxAbs}`);
        await p.screenshot(path.join(artifacts, `diff-act-scale-${theme}.png`));
        await p.page.focus('section.heatmaps');
        await p.page.keyboard.press('g');
        await p.screenshot(path.join(artifacts, `diff-act-scale-grid-${theme}.png`));
        const csp = await p.cspViolations();
        assert.deepEqual(csp, []);
        if (theme === 'light') {
          page = undefined;
          await p.close();
        }
      }
    });

    it('an NCHWc tensor un-blocked by the comparison carries its layout note to the panel', async () => {
      const twin = await convTwin(ctx.engine(), { depth: 2, channels: 20, seed: 3 });
      const float = saveModel(ctx.dir(), 'twin20-float.onnx', twin.float);
      const input = path.join(ctx.dir(), 'twin20-input.npy');
      writeNpy(input, twin.input);
      const { pairs } = await comparePairs({ model: float, target: target('cpu'), referenceTarget: target('cpu-no-layout'), compareTargets: true, input, engine: ctx.engine() }, ['/layer0/relu/Relu_output_0', '/layer1/relu/Relu_output_0']);
      const blocked = pairs.find((x) => /NCHW\d+c/.test(x.layoutNote ?? ''));
      assert.ok(blocked, `an un-blocked pair: ${JSON.stringify(pairs.map((x) => [x.tensor, x.layoutNote]))}`);
      assert.match(blocked.layoutNote!, /^NCHW(8|16)c, (24|32) padded channels -> 20$/);
      const p = await open('high-contrast');
      await p.init(blocked);
      assert.equal(await p.text('.layout-note'), `Normalized: ${blocked.layoutNote}`);
      assert.equal(await p.data('planes'), '20');
      await p.screenshot(path.join(artifacts, 'diff-nchwc-high-contrast.png'));
    });
  });
});
