import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareModels } from '../src/engine/compare/compare';
import { writeNpy } from '../src/engine/io/npy';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { contentFromReport, sourceContent } from '../src/extension/ir-content';
import { errorOverlay, graphData } from '../src/extension/panels/graph-data';
import type { ErrorOverlay, GraphData, GraphViewState } from '../src/shared/protocol';
import { convTwin } from '../test/helpers/compare-models';
import { compileFor, saveModel, useEngine } from '../test/helpers/engine';
import { injectFault } from '../test/helpers/faults';
import { dynamicInt8Model } from '../test/helpers/dynamic-int8';
import { floatConvChain, qdqConvModel } from '../test/helpers/models';
import { generatedGraph } from './generated-graph';
import { GraphPage, graphPageSpec } from './graph-page';
import { THEMES, WebviewHarness } from './harness';

/**
 * The IR graph webview in headless Chromium, fed real engine output: models compiled by the engine, and a real
 * comparison for the error overlay. Checks what is drawn and what the page posts back; writes screenshots to
 * test-webview/artifacts/.
 */

/** The repository (dist/test-webview/ when built; QUANTLENS_REPO when the bundle runs from elsewhere). */
const REPO = process.env.QUANTLENS_REPO ?? path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.QUANTLENS_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test-webview', 'artifacts');
const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

/** `#rrggbb` to the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);

describe('graph webview (headless Chromium)', function () {
  this.timeout(180_000);
  const ctx = useEngine();
  let h: WebviewHarness;
  let qdq: { compiled: GraphData; source: GraphData };
  let floats: GraphData;
  let dynamic: { compiled: GraphData; source: GraphData };
  let faulty: { graph: GraphData; overlay: ErrorOverlay; culprit: string };
  const pages: GraphPage[] = [];
  /** PyTorch-style scopes, 175 transformer layers: folded by default. */
  const big = generatedGraph(10_000);
  const open = async (theme: 'light' | 'dark' | 'high-contrast' = 'light') => {
    const p = await GraphPage.open(h, theme);
    pages.push(p);
    return p;
  };
  const init = (p: GraphPage, compiled: GraphData | null, extra: { source?: GraphData | null; overlay?: ErrorOverlay | null; state?: GraphViewState | null } = {}) =>
    p.init({ type: 'init', compiled, source: extra.source ?? null, overlay: extra.overlay ?? null, state: extra.state ?? null });

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    skipped: no Chromium at ${CHROMIUM} (set QUANTLENS_CHROMIUM)`);
      this.skip();
    }
    for (const f of ['graph.js', 'graph.css', 'graph-layout-worker.js']) {
      assert.ok(fs.existsSync(path.join(REPO, 'dist', 'webview', f)), `dist/webview/${f} is missing: npm run build`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await WebviewHarness.start({ root: REPO });

    const qdqFile = saveModel(ctx.dir(), 'qdq.onnx', qdqConvModel({ perChannel: true }));
    const compiledQdq = await compileFor(qdqFile, 'cpu', ctx.engine());
    qdq = { compiled: graphData(contentFromReport(compiledQdq.report, qdqFile)), source: graphData(sourceContent(qdqFile, 'cpu', 'the model as written')) };

    const floatFile = saveModel(ctx.dir(), 'floats.onnx', floatConvChain());
    floats = graphData(contentFromReport((await compileFor(floatFile, 'cpu', ctx.engine())).report, floatFile));

    const dynFile = saveModel(ctx.dir(), 'dynamic.onnx', dynamicInt8Model());
    dynamic = { compiled: graphData(contentFromReport((await compileFor(dynFile, 'cpu', ctx.engine())).report, dynFile)), source: graphData(sourceContent(dynFile, 'cpu', 'the model as written')) };

    // A QDQ twin whose layer 3 has an activation scale 8x too small: the comparison blames it (clipping).
    const twin = await convTwin(ctx.engine(), { depth: 6 });
    assert.ok(injectFault(twin.qdq, twin.convs[3], 'act-scale'));
    const quant = saveModel(ctx.dir(), 'twin.onnx', twin.qdq);
    const float = saveModel(ctx.dir(), 'twin-float.onnx', twin.float);
    const input = path.join(ctx.dir(), 'twin-input.npy');
    writeNpy(input, twin.input);
    const graph = graphData(contentFromReport((await compileFor(quant, 'cpu', ctx.engine())).report, quant));
    const report = await compareModels({ model: quant, reference: float, input, target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
    assert.equal(report.culprits[0]?.node, twin.convs[3], 'the comparison finds the injected fault');
    faulty = { graph, overlay: errorOverlay(report, graph), culprit: twin.convs[3] };
  });

  afterEach(async function () {
    for (const p of pages.splice(0)) {
      const csp = await p.wp.cspViolations();
      const errors = p.wp.errors;
      await p.wp.close();
      if (this.currentTest?.state !== 'failed') {
        assert.deepEqual(csp, [], `CSP violations: ${csp.join('; ')}`);
        assert.deepEqual(errors, [], `page errors: ${errors.join('; ')}`);
      }
    }
  });

  after(async () => {
    await h?.close();
  });

  it('detects a CSP violation (the check the other tests rely on)', async () => {
    const p = await GraphPage.open(h);
    await p.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.appendChild(s);
    });
    await p.page.waitForTimeout(100);
    assert.ok((await p.wp.cspViolations()).some((v) => /script-src/.test(v)), 'an inline script without the nonce is reported');
    assert.equal(await p.page.evaluate(() => (window as unknown as { __inline?: number }).__inline), undefined);
    await p.wp.close();
  });

  it('draws a compiled QDQ model: every node, fill by dtype, NHWC badges, edges with tensor, dtype and shape on hover', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    const d = await p.data();
    assert.equal(d.layoutIn, 'worker', 'the layout ran in the web worker');
    assert.equal(Number(d.leaves), qdq.compiled.nodes.length, 'a small graph is shown unfolded');
    assert.equal(Number(d.folded), 0);
    assert.equal(await p.page.locator('g.node.leaf').count(), qdq.compiled.nodes.length);
    const stripes = await p.page.$$eval('g.node.leaf', (gs) => gs.map((g) => ({ dtype: (g as SVGGElement).dataset.dtype ?? null, fill: getComputedStyle(g.querySelector('rect.stripe')!).fill, badge: g.querySelector('.badge text')?.textContent ?? null })));
    const byDtype = (dt: string) => stripes.filter((s) => s.dtype === dt);
    assert.ok(byDtype('uint8').length > 0 && byDtype('float32').length > 0, JSON.stringify(stripes));
    for (const s of byDtype('uint8')) assert.equal(s.fill, rgb(THEMES.light['charts-green']), 'uint8 outputs are green');
    for (const s of byDtype('float32')) assert.equal(s.fill, rgb(THEMES.light['charts-blue']), 'float32 outputs are blue');
    const nhwc = qdq.compiled.nodes.filter((n) => n.layout === 'NHWC');
    assert.ok(nhwc.length >= 2, 'QLinearConv runs in NHWC at cpu');
    assert.equal(stripes.filter((s) => s.badge === 'NHWC').length, nhwc.length);
    assert.ok(await p.page.locator('.legend [data-key="dtype:uint8"]').count(), 'the legend lists uint8');
    assert.ok(await p.page.locator('.legend [data-key="badge:NHWC"]').count(), 'the legend explains NHWC');

    const edges = await p.page.locator('g.edge').count();
    assert.equal(edges, Number(d.edges));
    assert.equal(edges, new Set(qdq.compiled.edges.map((e) => `${e.from}>${e.to}`)).size, 'one drawn edge per connected pair');
    const conv = qdq.compiled.nodes.find((n) => n.op === 'QLinearConv')!;
    const into = qdq.compiled.edges.find((e) => e.to === conv.id)!;
    const fromIdx = qdq.compiled.nodes.findIndex((n) => n.id === into.from);
    const toIdx = qdq.compiled.nodes.findIndex((n) => n.id === conv.id);
    await p.page.locator(`g.edge[data-key="n${fromIdx}>n${toIdx}"] path.hit`).hover({ force: true });
    const tip = await p.page.locator('.tooltip').textContent();
    assert.ok(tip?.includes(into.tensor) && tip.includes(into.dtype!) && tip.includes(into.shape!.join('×')), `edge tooltip: ${tip}`);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-qdq-light.png'));
  });

  it('shows NCHWc-blocked float convs with their badge, in the dark theme', async () => {
    const p = await open('dark');
    await init(p, floats);
    const badges = await p.page.$$eval('g.node .badge text', (ts) => ts.map((t) => t.textContent));
    assert.ok(badges.length >= 2 && badges.every((b) => /^NCHW\d+c$/.test(b ?? '')), JSON.stringify(badges));
    const fill = await p.page.$eval('g.node.leaf[data-dtype="float32"] rect.stripe', (r) => getComputedStyle(r).fill);
    assert.equal(fill, rgb(THEMES.dark['charts-blue']));
    const inserted = floats.nodes.filter((n) => n.inserted).length;
    assert.equal(await p.page.locator('g.node.inserted').count(), inserted, 'inserted layout nodes are marked');
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-nchwc-dark.png'));
  });

  it('lays out on the page when the worker cannot start, with a warning', async () => {
    const wp = await h.open({ ...graphPageSpec(h), data: { worker: h.url('dist/webview/no-such-worker.js') } });
    const p = new GraphPage(wp);
    pages.push(p);
    await wp.waitForPosted('ready');
    await init(p, qdq.compiled);
    const d = await p.data();
    assert.equal(d.layoutIn, 'page');
    assert.equal(Number(d.leaves), qdq.compiled.nodes.length);
    assert.ok(wp.console.some((c) => /layout worker could not start \(HTTP 404\)/.test(c)), wp.console.join('\n'));
    assert.deepEqual(wp.errors, ['Failed to load resource: the server responded with a status of 404 (Not Found)'], 'the missing worker file, nothing else');
    wp.errors.length = 0;
  });

  it('toggles between the compiled and the source graph', async () => {
    const p = await open();
    await init(p, qdq.compiled, { source: qdq.source });
    assert.equal((await p.data()).view, 'compiled');
    await p.afterRender(async () => {
      await p.page.locator('vscode-dropdown.view-toggle').click();
      await p.page.locator('vscode-option[value="source"]').click();
    });
    const d = await p.data();
    assert.equal(d.view, 'source');
    assert.equal(Number(d.leaves), qdq.source.nodes.length);
    assert.ok(qdq.source.nodes.length > qdq.compiled.nodes.length, 'the source has the unfused Q/DQ nodes');
    assert.equal(await p.page.locator('g.node .badge').count(), 0, 'the source graph has no layout changes');
  });

  it('selects a node on click and on Enter: details panel, selectNode posted', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    const idx = qdq.compiled.nodes.findIndex((n) => n.op === 'QLinearConv');
    const node = qdq.compiled.nodes[idx];
    await p.page.locator(`g.node[data-key="n${idx}"]`).click();
    const posted = await p.wp.waitForPosted<{ type: string; node: string; view: string }>('selectNode');
    assert.deepEqual(posted, { type: 'selectNode', node: node.id, view: 'compiled' });
    assert.equal(await p.page.locator('aside.details').getAttribute('data-node'), node.id);
    assert.ok((await p.page.locator('aside.details').textContent())?.includes('NHWC'));
    assert.equal(await p.page.locator(`g.node[data-key="n${idx}"]`).getAttribute('class').then((c) => c?.includes('selected')), true);

    // Keyboard: focus another node and press Enter.
    const other = qdq.compiled.nodes.findIndex((n, i) => i !== idx && n.op === 'QLinearConv');
    await p.page.locator(`g.node[data-key="n${other}"]`).focus();
    await p.page.keyboard.press('Enter');
    const second = await p.wp.waitForPosted<{ node: string }>('selectNode', 2);
    assert.equal(second.node, qdq.compiled.nodes[other].id);
  });

  it('reaches the controls and the nodes with Tab', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    const seen: string[] = [];
    for (let i = 0; i < 14; i++) {
      await p.page.keyboard.press('Tab');
      seen.push(await p.page.evaluate(() => {
        const a = document.activeElement;
        return a ? `${a.tagName.toLowerCase()}${a.classList.contains('node') ? '.node' : ''}` : '';
      }));
    }
    assert.ok(seen.includes('vscode-text-field'), `search reachable: ${seen.join(' ')}`);
    assert.ok(seen.filter((s) => s === 'vscode-button').length >= 4, `buttons reachable: ${seen.join(' ')}`);
    assert.ok(seen.includes('g.node'), `nodes reachable: ${seen.join(' ')}`);
  });

  it('folds a large scoped graph by default, unfolds and folds groups on click', async () => {
    const p = await open();
    await init(p, big);
    let d = await p.data();
    assert.ok(Number(d.leaves) + Number(d.folded) <= 300, `visible ${d.leaves} nodes + ${d.folded} groups`);
    assert.ok(Number(d.folded) > 100, 'groups are folded');
    assert.ok(Number(await p.page.locator('.graph-canvas').getAttribute('data-drawn-nodes')) < Number(d.leaves) + Number(d.folded), 'only what is in view is in the DOM');
    const layerText = await p.page.$$eval('g.node.group', (gs) => gs.filter((g) => /^\/model\/layers\.\d+$/.test((g as SVGGElement).dataset.group ?? '')).map((g) => g.textContent));
    assert.ok(layerText.length, 'whole layers are drawn folded');
    assert.match(layerText[0] ?? '', /57 nodes/, 'a folded layer shows its node count');
    assert.match(layerText[0] ?? '', /DQ 12 · MatMul 8 · Add 6/, `and its op counts: ${layerText[0]}`);
    const id = await p.groupInView();
    const layer = p.page.locator(`g.node.group[data-group="${id}"]`);
    const screenBefore = await layer.locator('rect.body').boundingBox();
    await p.afterRender(() => layer.click());
    d = await p.data();
    assert.equal(await p.page.locator(`g.frame[data-key="g:${id}"]`).count(), 1, 'unfolded: drawn as an open frame');
    assert.ok(Number(d.frames) > 0 && (await p.page.locator(`g.node[data-key^="n"], g.node.group[data-group^="${id}/"]`).count()) > 0, 'its members are drawn');
    const frameBox = await p.page.locator(`g.frame[data-key="g:${id}"] rect.frame-box`).boundingBox();
    assert.ok(screenBefore && frameBox && Math.abs(frameBox.y - screenBefore.y) < 2, `the unfolded group stays where it was on screen: ${JSON.stringify([screenBefore, frameBox])}`);
    await p.afterRender(() => p.page.locator(`g.frame[data-key="g:${id}"] .frame-header`).click());
    assert.equal(await p.page.locator(`g.node.group[data-group="${id}"]`).count(), 1, 'folded again');
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-folded-light.png'));
  });

  it('draws a fully unfolded large graph, zoomed out, as a canvas overview; a click there zooms in', async () => {
    const p = await open('dark');
    await init(p, big);
    await p.afterRender(() => p.page.locator('vscode-button', { hasText: 'Unfold all' }).click());
    const d = await p.data();
    assert.equal(Number(d.leaves), big.nodes.length, 'every node is shown');
    assert.equal(Number(d.folded), 0);
    const canvas = p.page.locator('.graph-canvas');
    assert.equal(await canvas.getAttribute('data-mode'), 'svg', 'at a readable zoom only what is in view is in the DOM');
    assert.ok(Number(await canvas.getAttribute('data-drawn-nodes')) < 100);
    await p.page.locator('vscode-button', { hasText: 'Fit' }).click();
    await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.mode === 'canvas');
    assert.equal(await p.page.locator('g.node').count(), 0, 'no SVG nodes in the overview');
    assert.ok(Number(await canvas.getAttribute('data-drawn-nodes')) > 1500);
    const lit = await p.page.$eval('canvas.overview', (c) => {
      const cv = c as HTMLCanvasElement;
      const px = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0) n++;
      return n;
    });
    assert.ok(lit > 1000, `the overview is drawn (${lit} pixels)`);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-overview-dark.png'));
    const box = (await p.page.locator('svg.graph').boundingBox())!;
    await p.page.mouse.click(box.x + box.width / 2, box.y + 40);
    await p.page.waitForFunction(() => document.querySelector<HTMLElement>('.graph-canvas')?.dataset.mode === 'svg');
    assert.ok((await p.page.locator('g.node').count()) > 0, 'zoomed in: SVG again');
  });

  it('on select from the host, unfolds to the node and centres it, without posting selectNode', async () => {
    const g = big;
    const p = await open();
    await init(p, g);
    const id = '/model/layers.20/self_attn/Softmax';
    assert.equal(await p.page.locator(`g.node.leaf[data-node="${g.nodes.findIndex((n) => n.id === id)}"]`).count(), 0, 'hidden at first');
    await p.afterRender(() => p.wp.send({ type: 'select', node: id }));
    const idx = g.nodes.findIndex((n) => n.id === id);
    const box = await p.page.locator(`g.node.leaf[data-node="${idx}"] rect.body`).boundingBox();
    const area = await p.page.locator('svg.graph').boundingBox();
    assert.ok(box && area, 'drawn');
    assert.ok(Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < 4 && Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) < 4, 'centred');
    assert.equal(await p.page.locator('aside.details').getAttribute('data-node'), id);
    await p.page.waitForTimeout(400);
    assert.equal((await p.wp.posted<{ type: string }>()).filter((m) => m.type === 'selectNode').length, 0);
  });

  it('searches: highlights matches and jumps to them', async () => {
    const g = big;
    const p = await open();
    await init(p, g);
    await p.page.locator('vscode-text-field.search input').fill('softmax');
    await p.page.waitForFunction(() => /\d+$/.test(document.querySelector('.search-count')?.textContent ?? ''));
    const count = await p.page.locator('.search-count').textContent();
    const expected = g.nodes.filter((n) => n.op === 'Softmax').length;
    assert.equal(count, `– / ${expected}`);
    assert.ok((await p.page.locator('g.node.group.match').count()) >= 1, 'folded groups holding matches are highlighted');
    await p.page.locator('vscode-text-field.search input').press('Enter');
    await p.page.waitForSelector('g.node.leaf.current');
    assert.equal(await p.page.locator('.search-count').textContent(), `1 / ${expected}`);
    const current = p.page.locator('g.node.leaf.current');
    assert.equal(await current.count(), 1);
    assert.equal(await current.getAttribute('data-node'), String(g.nodes.findIndex((n) => n.op === 'Softmax')));
  });

  it('posts its state and restores it from init.state', async () => {
    const g = big;
    const p = await open();
    await init(p, g);
    const opened = await p.groupInView();
    await p.afterRender(() => p.page.locator(`g.node.group[data-group="${opened}"]`).click());
    await p.page.locator('g.node.leaf').first().click();
    await p.page.locator('vscode-text-field.search input').fill('Gelu');
    await p.page.waitForTimeout(500);
    const state = (await p.lastState())!;
    assert.ok(state.expanded.includes(opened));
    assert.ok(state.selected, 'selection saved');
    assert.equal(state.search, 'Gelu');
    assert.ok(state.transform && state.transform.k > 0);
    const saved = await p.page.evaluate(() => (window as unknown as { __quantlensHost: { getState(): unknown } }).__quantlensHost.getState());
    assert.deepEqual(saved, state, 'setState holds the same state');
    const before = await p.data();
    const transformBefore = await p.page.locator('g.viewport').getAttribute('transform');

    const q = await open();
    await init(q, g, { state });
    const after = await q.data();
    assert.deepEqual([after.leaves, after.folded, after.frames], [before.leaves, before.folded, before.frames]);
    assert.equal(await q.page.locator('g.viewport').getAttribute('transform'), transformBefore);
    assert.equal(await q.page.locator('aside.details').getAttribute('data-node'), state.selected);
    assert.equal(await q.page.locator('vscode-text-field.search').evaluate((f) => (f as HTMLElement & { value: string }).value), 'Gelu');
  });

  it('ignores malformed messages', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    const before = await p.data();
    for (const m of [{ type: 'init', compiled: 42, source: null, overlay: null, state: null }, { type: 'select' }, { type: 'overlay', overlay: { byNode: 3 } }, 'init', null, { type: 'eval', code: 'x' }]) await p.wp.send(m);
    await p.page.waitForTimeout(300);
    assert.deepEqual(await p.data(), before, 'nothing changed');
    assert.equal(p.wp.console.filter((c) => /dropped a message/.test(c)).length, 6);
  });

  it('overlays a real comparison: SQNR colours, the culprit marked, the path from the input to it', async () => {
    const p = await open();
    await init(p, faulty.graph);
    assert.equal(await p.page.locator('g.node[data-sqnr]').count(), 0, 'no overlay before a comparison');
    await p.wp.send({ type: 'overlay', overlay: faulty.overlay });
    await p.page.waitForSelector('g.node[data-culprit]');
    const culprits = faulty.overlay.culprits.filter((c) => c.rank === 1);
    assert.ok(culprits.length >= 1, 'the culprit maps to a compiled node');
    const marked = await p.page.$$eval('g.node[data-culprit]', (gs) => gs.map((g) => ({ node: Number((g as SVGGElement).dataset.node), rank: (g as SVGGElement).dataset.culprit })));
    const culpritIdx = faulty.graph.nodes.findIndex((n) => n.id === culprits[0].node);
    assert.ok(marked.some((m) => m.node === culpritIdx && m.rank === '1'), JSON.stringify(marked));
    assert.ok(faulty.graph.nodes[culpritIdx].origin.includes(faulty.culprit) || faulty.graph.nodes[culpritIdx].id === faulty.culprit, 'the marked node is the faulty layer');

    const fills = await p.page.$$eval('g.node.leaf[data-sqnr]', (gs) => gs.map((g) => ({ sqnr: Number((g as SVGGElement).dataset.sqnr), fill: getComputedStyle(g.querySelector('rect.body')!).fill })));
    assert.ok(fills.length >= 4, `nodes with SQNR: ${fills.length}`);
    const t = faulty.overlay.threshold;
    const bad = fills.filter((f) => f.sqnr < t - 6);
    const good = fills.filter((f) => f.sqnr > t + 15);
    assert.ok(bad.length && good.length, JSON.stringify(fills));
    for (const f of bad) assert.ok(channels(f.fill)[0] > channels(f.fill)[1], `below the threshold is red: ${JSON.stringify(f)}`);
    for (const f of good) assert.ok(channels(f.fill)[1] > channels(f.fill)[0], `well above is green: ${JSON.stringify(f)}`);

    // The path: consecutive highlighted nodes from one without producers to the culprit.
    const pathNodes = await p.page.$$eval('g.node.on-path', (gs) => gs.map((g) => Number((g as SVGGElement).dataset.node)));
    assert.ok(pathNodes.includes(culpritIdx));
    assert.ok(pathNodes.length >= 3, `path: ${pathNodes}`);
    const producers = new Set(faulty.graph.edges.map((e) => e.to));
    assert.ok(pathNodes.some((i) => !producers.has(faulty.graph.nodes[i].id)), 'the path starts at a node fed by the graph input');
    assert.equal(await p.page.locator('g.edge.path').count(), pathNodes.length - 1, 'the edges between them are highlighted');
    assert.ok(await p.page.locator('.legend svg.sqnr-scale').count(), 'the legend shows the SQNR scale');
    assert.match((await p.page.locator('.legend').textContent()) ?? '', new RegExp(`threshold ${t} dB`));

    await p.page.locator(`g.node[data-key="n${culpritIdx}"]`).click();
    assert.match((await p.page.locator('aside.details').textContent()) ?? '', /Culprit#1 \(clipping\)/);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-overlay-light.png'));
    await p.wp.setTheme('dark');
    await p.page.waitForTimeout(200);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-overlay-dark.png'));
    await p.wp.setTheme('high-contrast');
    await p.page.waitForTimeout(200);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-overlay-hc.png'));

    // Overlay off: back to dtype colours.
    await p.page.locator('vscode-checkbox.overlay-toggle').click();
    assert.equal(await p.page.locator('g.node[data-sqnr]').count(), 0);
  });

  it('shows a dynamic-int8 model: run-time quantized tensors say so, no raw "?" anywhere', async () => {
    const p = await open('dark');
    await init(p, dynamic.compiled, { source: dynamic.source });
    await p.afterRender(async () => {
      await p.page.locator('vscode-dropdown.view-toggle').click();
      await p.page.locator('vscode-option[value="source"]').click();
    });
    assert.match((await p.page.locator('.graph-title').textContent()) ?? '', /dynamic\.onnx · as written/, 'the title names the graph shown');
    assert.ok(await p.page.locator('.graph-note').isHidden(), 'the source beside a compiled graph needs no note');
    const idx = dynamic.source.nodes.findIndex((n) => n.op === 'DynamicQuantizeLinear');
    await p.page.locator(`g.node[data-key="n${idx}"]`).click();
    const details = (await p.page.locator('aside.details').textContent()) ?? '';
    assert.match(details, /Quantizationquantized at run time/, details);
    const mm = dynamic.source.nodes.findIndex((n) => n.op === 'MatMulInteger');
    await p.page.locator(`g.node[data-key="n${mm}"]`).click();
    assert.match((await p.page.locator('aside.details').textContent()) ?? '', /f_q.*quantized at run time/);
    const legend = (await p.page.locator('.legend').textContent()) ?? '';
    const foot = (await p.page.locator('.status').textContent()) ?? '';
    assert.doesNotMatch(`${legend} ${details}`, /\?/, `legend: ${legend}; details: ${details}`);
    assert.doesNotMatch(foot, /worker|laid out|reused|ms/, foot);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-dynamic-dark.png'));
  });

  it('says so when compiling the next model failed, and shows a model again on the next init', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    await p.wp.send({ type: 'failure', model: '/work/models/broken.onnx', message: 'broken.onnx: not an ONNX model (the file ends inside field 7)' });
    await p.page.waitForSelector('.graph-failure:not([hidden])');
    assert.match((await p.page.locator('.graph-failure').textContent()) ?? '', /could not compile broken\.onnx.*not an ONNX model/);
    assert.ok(await p.page.locator('.graph-area').isHidden(), 'the previous model is not on screen');
    assert.equal(await p.page.locator('.graph-title').textContent(), 'broken.onnx');
    assert.equal(await p.page.locator('.legend').textContent(), '');
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-failure-light.png'));
    // A model the target cannot compile is shown as written, and says why.
    await init(p, null, { source: { ...qdq.source, note: 'cpu cannot compile this model: the graph shows it as written.' } });
    assert.ok(await p.page.locator('.graph-failure').isHidden());
    assert.equal(await p.page.locator('.graph-note').textContent(), 'cpu cannot compile this model: the graph shows it as written.');
    await init(p, floats);
    assert.ok(await p.page.locator('.graph-failure').isHidden());
    assert.equal(Number((await p.data()).leaves), floats.nodes.length);
  });

  it('selects and centres a node sent right behind init (Show in Graph with no graph open)', async () => {
    const p = await open();
    const id = '/model/layers.20/self_attn/Softmax';
    const idx = big.nodes.findIndex((n) => n.id === id);
    // The host flushes its queue the moment the page is ready: init and select arrive back to back.
    await p.wp.send({ type: 'init', compiled: big, source: null, overlay: null, state: null });
    await p.wp.send({ type: 'select', node: id });
    await p.page.waitForSelector(`g.node.leaf.selected[data-node="${idx}"]`);
    await p.page.waitForFunction(() => document.getElementById('app')?.dataset.layout === 'done');
    const box = await p.page.locator(`g.node.leaf[data-node="${idx}"] rect.body`).boundingBox();
    const area = await p.page.locator('svg.graph').boundingBox();
    assert.ok(box && area && Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < 4 && Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) < 4, `centred: ${JSON.stringify([box, area])}`);
    assert.equal(await p.page.locator('aside.details').getAttribute('data-node'), id);
  });

  it('keeps the search per model: another model starts with an empty search', async () => {
    const p = await open();
    await init(p, qdq.compiled);
    await p.page.locator('vscode-text-field.search input').fill('Conv');
    await p.page.waitForTimeout(500);
    assert.equal((await p.lastState())?.search, 'Conv');
    await init(p, floats);
    assert.equal(await p.page.locator('vscode-text-field.search').evaluate((f) => (f as HTMLElement & { value: string }).value), '');
    assert.equal(await p.page.locator('g.node.match').count(), 0);
  });

  it('says "identical" for a layer at the engine\'s SQNR cap, as the Comparison view does', async () => {
    const p = await open();
    const conv = qdq.compiled.nodes.find((n) => n.op === 'QLinearConv')!;
    await init(p, qdq.compiled, { overlay: { threshold: 20, byNode: { [conv.id]: { sqnrDb: 200, localSqnrDb: 200 } }, culprits: [], firstBad: null } });
    await p.page.locator(`g.node[data-key="n${qdq.compiled.nodes.indexOf(conv)}"]`).click();
    const details = (await p.page.locator('aside.details').textContent()) ?? '';
    assert.match(details, /SQNRidenticalLocal SQNRidentical/, details);
    assert.doesNotMatch(details, /200\.0/);
  });

  it('wraps the toolbar by groups of controls in a narrow panel: ▶ stays beside ◀ and the search field', async () => {
    for (const width of [420, 560, 700]) {
      const wp = await h.open({ ...graphPageSpec(h, 'dark'), viewport: { width, height: 600 } });
      const p = new GraphPage(wp);
      pages.push(p);
      await wp.waitForPosted('ready');
      await init(p, qdq.compiled, { source: qdq.source });
      const prev = (await p.page.locator('vscode-button', { hasText: '◀' }).boundingBox())!;
      const next = (await p.page.locator('vscode-button', { hasText: '▶' }).boundingBox())!;
      const field = (await p.page.locator('vscode-text-field.search').boundingBox())!;
      assert.ok(Math.abs(prev.y - next.y) < 2 && Math.abs(field.y + field.height / 2 - (next.y + next.height / 2)) < 4, `${width}px: ${JSON.stringify([field, prev, next])}`);
      if (width === 560) await wp.screenshot(path.join(ARTIFACTS, 'graph-narrow-dark.png'));
    }
  });

  it('opened after a comparison, starts at the top culprit: selected and centred', async () => {
    const p = await open('dark');
    const culprit = faulty.overlay.culprits.find((c) => c.rank === 1)!.node;
    await init(p, faulty.graph, { overlay: faulty.overlay });
    await p.page.waitForFunction((id) => document.querySelector('aside.details')?.getAttribute('data-node') === id, culprit);
    const idx = faulty.graph.nodes.findIndex((n) => n.id === culprit);
    await p.page.waitForTimeout(300);
    const box = await p.page.locator(`g.node.leaf[data-node="${idx}"] rect.body`).boundingBox();
    const area = await p.page.locator('svg.graph').boundingBox();
    assert.ok(box && area && Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < 4 && Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) < 4, `centred: ${JSON.stringify([box, area])}`);
    assert.equal((await p.wp.posted<{ type: string }>()).filter((m) => m.type === 'selectNode').length, 0, 'a selection the page made itself is not posted');
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-culprit-dark.png'));
  });
});
