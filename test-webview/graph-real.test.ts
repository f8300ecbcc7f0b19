import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareModels } from '../src/engine/compare/compare';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { contentFromReport, sourceContent } from '../src/extension/ir-content';
import { errorOverlay, graphData } from '../src/extension/panels/graph-data';
import type { GraphData } from '../src/shared/protocol';
import { compileFor, realFixtures, requireRealFixtures, useEngine } from '../test/helpers/engine';
import { GraphPage } from './graph-page';
import { WebviewHarness } from './harness';

/**
 * The graph of real PyTorch exports (../shared/fixtures/real, see its README: a QAT export with fake-quant as QDQ,
 * and the converted int8 export whose every parameter is a Constant node). Pending where the fixtures are absent.
 */

const REPO = process.env.QUANTLENS_REPO ?? path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.QUANTLENS_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO, 'test-webview', 'artifacts');
const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

describe('graph webview on real exports (headless Chromium)', function () {
  this.timeout(180_000);
  const ctx = useEngine();
  let h: WebviewHarness;
  let qat: GraphData;
  let int8: GraphData;
  const pages: GraphPage[] = [];

  before(async function () {
    requireRealFixtures(this, 'mnv2_qat_qdq.onnx');
    if (!fs.existsSync(CHROMIUM)) this.skip();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    h = await WebviewHarness.start({ root: REPO });
    qat = graphData(sourceContent(path.join(realFixtures, 'mnv2_qat_qdq.onnx'), 'cpu', 'the model as written'));
    int8 = graphData(sourceContent(path.join(realFixtures, 'mnv2_int8.onnx'), 'cpu', 'the model as written'));
  });

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.wp.close();
  });

  after(async () => {
    await h?.close();
  });

  it('draws no parameter computations as boxes: no Constant, no zero-point Identity at the top level', () => {
    for (const g of [qat, int8]) {
      assert.equal(g.nodes.filter((n) => n.op === 'Constant' || n.op === 'ConstantOfShape').length, 0, g.model);
      assert.equal(g.nodes.filter((n) => n.op === 'Identity' && !n.scope).length, 0, g.model);
      assert.ok(g.nodes.some((n) => n.op === 'Conv' && n.params?.some((p) => p.via === 'DequantizeLinear' && /scale per channel/.test(p.quant ?? ''))), `${g.model}: a conv lists its per-channel weight`);
    }
  });

  for (const theme of ['dark', 'light'] as const) {
    it(`shows the QAT export's source graph readably, fitted to the view (${theme})`, async () => {
      const p = await GraphPage.open(h, theme);
      pages.push(p);
      await p.init({ type: 'init', compiled: null, source: qat, overlay: null, state: null });
      await p.wp.screenshot(path.join(ARTIFACTS, `graph-qat-${theme}.png`));
      const d = await p.data();
      assert.ok(Number(d.leaves) + Number(d.folded) >= 5, JSON.stringify(d));
    });
  }

  it('after a comparison of the QAT export, centres the worst layer, not a whole group', async () => {
    const report = await compareModels({ model: path.join(realFixtures, 'mnv2_qat_qdq.onnx'), reference: path.join(realFixtures, 'mnv2_float_qatw.onnx'), input: path.join(realFixtures, 'input.npy'), target: target('cpu'), referenceTarget: target('reference'), engine: ctx.engine() });
    const overlay = errorOverlay(report, qat);
    const p = await GraphPage.open(h, 'dark');
    pages.push(p);
    await p.init({ type: 'init', compiled: null, source: qat, overlay: null, state: null });
    const focus = report.culprits[0]?.node ?? report.firstBad?.node;
    assert.ok(focus, 'the comparison names a layer to look at');
    await p.wp.send({ type: 'overlay', overlay });
    // The overlay leads to that layer's node: unfolded, selected (details open) and centred.
    await p.page.waitForFunction((id) => document.querySelector('aside.details')?.getAttribute('data-node') === id, focus);
    await p.page.waitForFunction(() => document.getElementById('app')?.dataset.layout === 'done');
    await p.page.waitForTimeout(300);
    const idx = qat.nodes.findIndex((n) => n.id === focus);
    const box = await p.page.locator(`g.node.leaf[data-node="${idx}"] rect.body`).boundingBox();
    const area = await p.page.locator('svg.graph').boundingBox();
    assert.ok(box && area && Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < 4 && Math.abs(box.y + box.height / 2 - (area.y + area.height / 2)) < 4, `centred: ${JSON.stringify([box, area])}`);
    // No folded group that holds most of the model is painted by its worst member.
    const painted = await p.page.$$eval('g.node.group[data-sqnr]', (gs) => gs.map((g) => (g as SVGGElement).textContent ?? ''));
    for (const t of painted) assert.ok(Number(/(\d+) nodes/.exec(t)?.[1] ?? 0) <= qat.nodes.length / 4, `painted group: ${t}`);
    assert.match((await p.page.locator('.legend').textContent()) ?? '', report.culprits.length ? /culprit 1/ : /first layer below the threshold/);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-qat-overlay-dark.png'));
  });

  it('shows the int8 export (every parameter a Constant) fitted, without a row of Constant boxes', async () => {
    const p = await GraphPage.open(h, 'light');
    pages.push(p);
    await p.init({ type: 'init', compiled: null, source: int8, overlay: null, state: null });
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-int8-light.png'));
  });

  it('says why the QAT export is shown as written when the target cannot compile it', async () => {
    const file = path.join(realFixtures, 'mnv2_qat_qdq.onnx');
    const { report } = await compileFor(file, 'cpu', ctx.engine());
    assert.ok(report.failure, 'the README says cpu (level all) cannot compile the export as written');
    const g = graphData(contentFromReport(report, file));
    assert.equal(g.kind, 'source');
    assert.match(g.note ?? '', /^cpu cannot compile this model.*the graph shows it as written\. Repair Model… writes a copy that compiles\.$/);
    const p = await GraphPage.open(h, 'dark');
    pages.push(p);
    await p.init({ type: 'init', compiled: null, source: g, overlay: null, state: null });
    assert.equal(await p.page.locator('.graph-note').textContent(), g.note);
    await p.wp.screenshot(path.join(ARTIFACTS, 'graph-qat-not-compiled-dark.png'));
  });
});
