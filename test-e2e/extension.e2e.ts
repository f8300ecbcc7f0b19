import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import { execFileSync } from 'child_process';
import * as path from 'path';
import { rowNames, shortLayerName } from '../src/extension/comparison-tree-model';
import { VSCodeSession } from './harness';
import { BIG, MODELS, SATURATING_CONV, SET_INPUTS, Workspace, writeWorkspace } from './workspace';

/**
 * QuantLens as a user meets it: the packaged .vsix installed in a real VS Code (code-server in headless Chromium),
 * driven through the explorer's context menu, the command palette, quick picks and the views. The steps run in order
 * on one window, as a user's session does. Every step leaves a screenshot in test-e2e/artifacts/.
 * Needs scripts/e2e-setup.sh and `npm run package` first (`npm run test:e2e` does the packaging).
 */

const REPO = path.resolve(__dirname, '..', '..');
const ARTIFACTS = process.env.QUANTLENS_E2E_ARTIFACTS ?? path.join(REPO, 'test-e2e', 'artifacts');
const FIXTURES = path.resolve(REPO, '..', 'shared', 'fixtures', 'real');

function vsixPath(): string {
  if (process.env.QUANTLENS_VSIX) return path.resolve(process.env.QUANTLENS_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(REPO, `${pkg.name}-${pkg.version}-${process.platform}-${process.arch}.vsix`);
}

/**
 * The NCHWc badge this CPU's runtime gives blocked float convs, from the same probe `quantlens targets` prints: the
 * block is 8 with AVX2 and 16 with AVX-512, so no spec may spell it out.
 */
function probeFacts(): { nchwcBlock: number | null; u8s8Saturates: boolean } {
  const out = execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'targets', '--json'], { encoding: 'utf8' });
  return (JSON.parse(out) as { cpu: { nchwcBlock: number | null; u8s8Saturates: boolean } }).cpu;
}

function nchwcBadge(): string {
  const block = probeFacts().nchwcBlock;
  if (block === null) throw new Error('the runtime probe found no NCHWc block on this CPU');
  return `NCHW${block}c`;
}

/** Milliseconds, named, printed at the end and written to artifacts/timings.json. */
const timings: Record<string, number> = {};

async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

describe('QuantLens in a real VS Code', function () {
  this.timeout(300_000);
  let vs: VSCodeSession;
  let ws: Workspace;
  const badge = nchwcBadge();
  const blockedConv = new RegExp(`nchwc:Conv · float32 \\[1,16,12,12\\] · ${badge}`);

  before(async function () {
    this.timeout(180_000);
    fs.rmSync(ARTIFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    console.log(`    screenshots and logs: ${ARTIFACTS}`);
    ws = writeWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'quantlens-e2e-ws-')), FIXTURES);
    vs = await timed('startWorkbenchMs', () => VSCodeSession.start({ vsix: vsixPath(), workspace: ws.dir, artifacts: ARTIFACTS }));
    await vs.screenshot('workbench');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && vs) {
      const shot = await vs.screenshot(`FAILED-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => null);
      if (shot) console.log(`    failure screenshot: ${shot}`);
    }
  });

  after(async function () {
    this.timeout(30_000);
    await vs?.stop();
    if (ws) fs.rmSync(ws.dir, { recursive: true, force: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'timings.json'), JSON.stringify(timings, null, 2));
    console.log('    timings (ms):');
    for (const [k, v] of Object.entries(timings)) console.log(`      ${k.padEnd(36)} ${String(v).padStart(7)}`);
    console.log(`    screenshots and logs: ${ARTIFACTS}`);
  });

  type RowMatch = string | RegExp | { label: string };

  /** Right-click -> Compile Model, then wait for rows only that model's IR has, and for the progress to end. */
  async function compileFromExplorer(model: string, rows: RowMatch[], timeoutMs = 60_000): Promise<void> {
    await vs.contextMenu(model, 'Compile Model');
    for (const r of rows) await vs.waitForRow('IR', r, timeoutMs);
    await vs.waitForNotificationGone(`compiling ${model}`, timeoutMs);
  }

  const compiledFor = (target: string) => ({ label: `Nodes (compiled for ${target})` });

  /**
   * A README screen: the window in the dark theme, then in the light one (the steps after it run in light). Both land in the
   * artifacts; with QUANTLENS_SCREENSHOTS set to a folder (media/screenshots for the README) they are copied there.
   */
  async function readmeShot(name: string): Promise<void> {
    // What the screen shows, not the pointer's last hover or the toasts of the steps before.
    await vs.clearNotifications();
    await vs.setTheme('dark');
    await vs.page.mouse.move(300, 16);
    await vs.page.waitForTimeout(800);
    const dark = await vs.screenshot(`${name}-dark`);
    await vs.setTheme('light');
    await vs.page.mouse.move(300, 16);
    await vs.page.waitForTimeout(800);
    const light = await vs.screenshot(`${name}-light`);
    const to = process.env.QUANTLENS_SCREENSHOTS;
    if (!to) return;
    fs.mkdirSync(to, { recursive: true });
    fs.copyFileSync(dark, path.join(to, `${name}-dark.png`));
    fs.copyFileSync(light, path.join(to, `${name}-light.png`));
  }

  it('Compile Model from the explorer shows IR rows with dtypes and NCHWc layout badges', async () => {
    assert.equal(await vs.activationTimeMs('QuantLens'), null, 'QuantLens must not activate when VS Code starts');
    // Views show once they hold something: the IR view has the side bar to itself until a comparison or inspection.
    await vs.view('IR');
    assert.equal(await vs.viewShown('Comparison'), false, 'no Comparison view before a comparison');
    assert.equal(await vs.viewShown('TorchScript'), false, 'no TorchScript view before an inspection');
    await timed('firstCompileWithActivationMs', () => compileFromExplorer(MODELS.float, [compiledFor('cpu'), { label: 'block1' }]));
    await vs.expand('IR', 'block1');
    await vs.waitForRow('IR', blockedConv);
    await vs.screenshot('float-compiled-cpu');
    const rows = await vs.rows('IR');
    assert.ok(rows.some((r) => r.level === 3 && blockedConv.test(r.description)), `block1's conv runs blocked (${badge} on this CPU): ${JSON.stringify(rows)}`);
    // Which conversions the compiler inserts depends on the block: a conv whose input channels are fewer than the
    // block reads plain NCHW (no ReorderInput), so only "some reorder is listed" holds on every CPU.
    assert.ok(rows.some((r) => /Reorder(Input|Output)/.test(r.description)), `the compiler's layout conversions are listed: ${JSON.stringify(rows)}`);
    assert.match(await vs.statusBarText(), /QuantLens: cpu$/);

    const activation = await vs.activationTimeMs('QuantLens');
    assert.ok(activation !== null, 'the command activated the extension');
    timings.activationMs = activation;
  });

  it('Compile Model on a QDQ model shows integer kernels in NHWC', async () => {
    // The extension is active now: this is the compile alone.
    await timed('qdqCompileToTreeMs', () => compileFromExplorer(MODELS.qdq, [compiledFor('cpu'), { label: 'conv1' }]));
    await vs.expand('IR', 'conv1');
    const row = await vs.waitForRow('IR', /QLinearConv · uint8 \[1,8,8,16\] · NHWC/);
    const tip = await vs.hoverText(row);
    assert.match(tip, /scale .*zero point/, `the tooltip shows quantization parameters: ${tip}`);
    assert.match(tip, /from source: .*\/conv1\/Conv/, `and where the node came from: ${tip}`);
    await readmeShot('compile');
  });

  it('Select Target from F1 changes the status bar and the IR: no NCHWc at cpu-no-layout', async () => {
    await compileFromExplorer(MODELS.float, [compiledFor('cpu'), { label: 'block1' }]);
    await vs.runCommand('QuantLens: Select Target');
    // The picker says when a target computes what cpu computes on this CPU, from the runtime probe (not the CPU's name).
    const picks = await vs.quickPickRows();
    const precise = picks.find((r) => r.label === 'cpu-int8-precise');
    assert.ok(precise, JSON.stringify(picks));
    assert.equal(/same as cpu/i.test(precise.text), !probeFacts().u8s8Saturates, precise.text);
    await vs.screenshot('target-picker');
    await vs.quickPick('cpu-no-layout');
    await vs.waitForRow('IR', compiledFor('cpu-no-layout'));
    await vs.waitForNotificationGone('compiling float-convs.onnx');
    assert.match(await vs.statusBarText(), /QuantLens: cpu-no-layout$/);
    await vs.expand('IR', 'block1');
    // Conv + Relu still fuse (level extended), in plain NCHW.
    await vs.waitForRow('IR', /FusedConv · float32 \[1,16,12,12\]/);
    const rows = await vs.rows('IR');
    assert.ok(!rows.some((r) => /NCHW\d+c|Reorder/.test(r.description)), `no blocked layout and no reorders at cpu-no-layout: ${JSON.stringify(rows)}`);
    await vs.screenshot('float-compiled-cpu-no-layout');

    // The filter searches every node, not only the rows in sight.
    await vs.runCommand('QuantLens: Filter IR…');
    await vs.inputBox(badge);
    await vs.waitForRow('IR', `No node matches "${badge.toLowerCase()}"`);
    await vs.screenshot('filter-nchwc-none');
    await vs.runCommand('QuantLens: Filter IR…');
    await vs.inputBox('');

    await vs.runCommand('QuantLens: Select Target');
    await vs.quickPick('cpu');
    await vs.waitForRow('IR', compiledFor('cpu'));
    await vs.waitForNotificationGone('compiling float-convs.onnx');
    assert.match(await vs.statusBarText(), /QuantLens: cpu$/);
  });

  /** The culprit row's label as the Comparison view shows it (read once, used by the row actions below). */
  let culpritLabel = '';

  it('Compare Layer by Layer… on a saturating model puts the culprit first', async () => {
    // Saturation is what x64 without VNNI computes; this CPU may be exact, so the comparison runs at the emulated
    // x64-avx2 target, which computes those kernels on any machine.
    await vs.runCommand('QuantLens: Select Target');
    await vs.quickPick('x64-avx2');
    await vs.waitForRow('IR', compiledFor('x64-avx2'));
    await vs.waitForNotificationGone('compiling float-convs.onnx');
    assert.match(await vs.statusBarText(), /QuantLens: x64-avx2$/);
    await timed('compareSaturatingMs', async () => {
      await vs.contextMenu(MODELS.saturating, 'Compare Layer by Layer…');
      await vs.quickPick('The model as written (exact reference)');
      await vs.quickPick('Random input');
      await vs.waitForRow('Comparison', /^#1 /, 120_000);
    });
    const rows = await vs.rows('Comparison');
    assert.ok(rows.length > 1, JSON.stringify(rows));
    // The label leads with the short layer name and the figure, so the figure is never cut off.
    // (the layer's output row, or the row of the tensor after it that carries the culprit: `conv › y`).
    const layerName = rowNames([{ tensor: 'x', node: SATURATING_CONV }])[0].replace(/ › .*$/, '');
    assert.match(rows[0].label, new RegExp(`^#1 (${shortLayerName(SATURATING_CONV)}|${layerName} › .+) · -?\\d+\\.\\d dB$`), JSON.stringify(rows));
    culpritLabel = rows[0].label;
    assert.match(rows[0].description, /saturation/);
    await vs.waitForNotification(`culprit ${SATURATING_CONV}`);
    const tip = await vs.hoverText(await vs.waitForRow('Comparison', { label: culpritLabel }));
    assert.ok(tip.includes(SATURATING_CONV), tip);
    assert.match(tip, /Why:.*pair sums leave int16.*without VNNI/si, tip);
    assert.match(tip, /Fix:.*cpu-int8-precise/s, tip);
    // The Comparison view, shown now, gets the larger share: it is the list a user walks.
    assert.ok(await vs.viewHeight('Comparison') >= await vs.viewHeight('IR'), `Comparison ${await vs.viewHeight('Comparison')} px, IR ${await vs.viewHeight('IR')} px`);
    await readmeShot('comparison');
  });

  /** The page inside the webview whose document has `selector` (each webview is two nested iframes). */
  async function webviewWith(selector: string, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const outer = vs.page.locator('iframe.webview.ready');
      for (let i = 0, n = await outer.count(); i < n; i++) {
        const inner = outer.nth(i).contentFrame().locator('#active-frame').contentFrame();
        if ((await inner.locator(selector).count().catch(() => 0)) > 0) return inner;
      }
      await vs.page.waitForTimeout(250);
    }
    throw new Error(`no webview shows ${selector}`);
  }

  /** Click a Comparison row's inline action (they show on hover, as for a user). */
  async function rowAction(label: string, action: string) {
    const row = await vs.waitForRow('Comparison', { label });
    await row.hover();
    await row.locator(`.actions a[aria-label="${action}"]`).click();
  }

  it('Open Tensor Diff on the culprit row shows reference, actual and difference heatmaps', async () => {
    await timed('openTensorDiffMs', async () => {
      await rowAction(culpritLabel, 'Open Tensor Diff');
      const diff = await webviewWith('canvas.heat');
      await diff.locator('canvas.heat[data-side]').first().waitFor({ state: 'visible', timeout: 60_000 });
      const sides = await diff.locator('canvas.heat[data-side]').evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
      assert.ok(['reference', 'actual'].every((s) => sides.some((x) => x?.includes(s))), JSON.stringify(sides));
    });
    await readmeShot('tensor-diff');
  });

  it('Show in Graph on the culprit row opens the graph with the error overlay', async () => {
    await timed('openGraphMs', async () => {
      await rowAction(culpritLabel, 'Show in Graph');
      const graph = await webviewWith('#app[data-renders]');
      await graph.locator('.graph-canvas').first().waitFor({ state: 'visible', timeout: 60_000 });
      await graph.getByText('SQNR', { exact: false }).first().waitFor({ timeout: 60_000 });
    });
    // The README's graph: the graph given the editor area (the diff beside it would leave it a strip).
    await vs.runCommand('View: Close Editors in Other Groups');
    const wide = await webviewWith('#app[data-renders]');
    await wide.locator('.graph-canvas').first().waitFor({ state: 'visible' });
    await wide.getByText('Fit', { exact: true }).first().click();
    await readmeShot('graph');
    // Back to this CPU's own target for the steps that follow.
    await vs.runCommand('QuantLens: Select Target');
    await vs.quickPick('cpu');
    await vs.waitForStatusBar(/QuantLens: cpu$/);
    await vs.waitForNotificationGone(/compiling/);
  });

  it('Compare over a Folder of Inputs… shows the set (mean SQNR, the culprit on K of N inputs), the worst input\'s layers, and Choose Input… switches the input', async () => {
    // The emulated x64-avx2 target saturates on any machine (see the single comparison above).
    await vs.clearNotifications();
    await vs.runCommand('QuantLens: Select Target');
    await vs.quickPick('x64-avx2');
    await vs.waitForStatusBar(/QuantLens: x64-avx2$/);
    await vs.waitForNotificationGone(/compiling/);
    await timed('compareFolderMs', async () => {
      await vs.contextMenu(MODELS.saturating, 'Compare over a Folder of Inputs…');
      await vs.quickPick('The model as written (exact reference)');
      await vs.quickPick(MODELS.setInputs);
      await vs.waitForRow('Comparison', /^Input sample\d\.npy \(worst\) · /, 120_000);
    });
    const done = await vs.waitForNotification(`compared over ${SET_INPUTS} inputs; culprit ${SATURATING_CONV} (saturation), a culprit alone on`);
    console.log(`      result: ${done.message}`);
    // The worst input's own comparison runs next; its rows go under the input's row.
    await vs.waitForRow('Comparison', /^Input sample\d\.npy \(worst\) · .*per-layer detail/, 120_000);
    const rows = await vs.rows('Comparison');
    const group = rows[0];
    const worst = /^Input (sample\d\.npy) \(worst\)/.exec(group.label)![1];
    assert.match(group.description, /per-layer detail/, JSON.stringify(rows));
    // The culprit ranked on the aggregate: its mean SQNR in the label; on how many inputs, min, p5 and the worst input after it.
    const layerName = rowNames([{ tensor: 'x', node: SATURATING_CONV }])[0].replace(/ › .*$/, '');
    assert.match(rows[1].label, new RegExp(`^#1 (${shortLayerName(SATURATING_CONV)}|${layerName} › .+) · -?\\d+\\.\\d dB$`), JSON.stringify(rows));
    assert.match(rows[1].description, new RegExp(`^saturation on \\d of ${SET_INPUTS} inputs · min -?\\d+\\.\\d dB · p5 -?\\d+\\.\\d dB · worst sample\\d\\.npy$`), JSON.stringify(rows));
    const message = await (await vs.view('Comparison')).locator('.message').first().innerText();
    assert.match(message, new RegExp(`over ${SET_INPUTS} inputs: output mean .*Per-layer detail: ${worst.replace('.', '\\.')} \\(the worst input\\)`), message);
    await vs.expand('Comparison', group.label);
    await vs.waitForRow('Comparison', new RegExp(`^#1 (${shortLayerName(SATURATING_CONV)}|${layerName} › .+) · `));
    assert.ok((await vs.rows('Comparison')).some((r) => r.level === 2 && r.label.startsWith('#1 ')), 'the input\'s own rows, culprit first, under its row');
    await vs.screenshot('set-compared-worst-input');

    // Choose Input… in the view's title bar: every input with its output SQNR, worst first.
    const other = `sample${(Number(/\d/.exec(worst)![0]) + 1) % SET_INPUTS}.npy`;
    const pane = await vs.view('Comparison');
    await pane.locator('.pane-header').first().hover();
    await pane.locator('.pane-header .actions a[aria-label="Choose Input…"]').click();
    await vs.quickPick(other);
    await vs.waitForRow('Comparison', new RegExp(`^Input ${other.replace('.', '\\.')} · -?\\d+\\.\\d dB`), 120_000);
    await vs.screenshot('set-chosen-input');
    // Its rows are the input's own; the aggregate's rows follow (collapsed, so a row's action is the aggregate row's).
    const chosen = await vs.waitForRow('Comparison', new RegExp(`^Input ${other.replace('.', '\\.')} · `));
    if ((await chosen.getAttribute('aria-expanded')) === 'true') await chosen.click();
    // The aggregate row's tensor diff opens on the chosen input.
    const culprit = (await vs.rows('Comparison')).find((r) => r.level === 1 && r.label.startsWith('#1 '))!;
    await rowAction(culprit.label, 'Open Tensor Diff');
    const diff = await webviewWith('canvas.heat');
    await diff.locator('canvas.heat[data-side]').first().waitFor({ state: 'visible', timeout: 60_000 });
    await vs.screenshot('set-tensor-diff');
    await vs.runCommand('QuantLens: Select Target');
    await vs.quickPick('cpu');
    await vs.waitForStatusBar(/QuantLens: cpu$/);
    await vs.waitForNotificationGone(/compiling/);
  });

  it('Compare over a Folder of Inputs… on images without a preprocessing spec says what the spec holds, and opens an example', async () => {
    await vs.clearNotifications();
    await vs.contextMenu(MODELS.saturating, 'Compare over a Folder of Inputs…');
    await vs.quickPick('The model as written (exact reference)');
    await vs.quickPick(MODELS.setImages);
    const dialog = vs.page.locator('.monaco-dialog-box').first();
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    const text = await dialog.innerText();
    assert.match(text, /set-images holds 2 images but no quantlens\.preprocess\.json beside them/, text);
    assert.match(text, /resize, centerCrop .*channelOrder .*scale .*mean and std .*layout .*dtype/s, text);
    await vs.screenshot('set-images-no-spec');
    await dialog.getByRole('button', { name: 'Open an Example' }).click();
    await vs.page.locator('.editor-instance .view-lines', { hasText: 'centerCrop' }).first().waitFor({ timeout: 30_000 });
    await vs.waitForNotification('save this as');
    await vs.screenshot('set-images-example-spec');
    // The example is an unsaved editor: closed without saving, as a user who read it would.
    await vs.runCommand('View: Revert and Close Editor');
    await vs.page.locator('.tabs-container .tab', { hasText: 'Untitled' }).first().waitFor({ state: 'detached', timeout: 10_000 });
    // Nothing ran: the Comparison view still shows the set compared before.
    await vs.waitForRow('Comparison', /^Input sample\d\.npy/);
  });

  it('Inspect TorchScript on a QAT model saved before convert shows its state', async function () {
    if (!ws.hasTorchScript) this.skip();
    await vs.clearNotifications();
    await vs.contextMenu(MODELS.torchscript, 'Inspect TorchScript');
    await vs.waitForRow('TorchScript', /QAT, not converted/, 120_000);
    await vs.screenshot('torchscript-qat');
  });

  it('Compile Model on a truncated file names the file in an error notification', async () => {
    await vs.clearNotifications();
    await vs.contextMenu(MODELS.bad, 'Compile Model');
    const n = await vs.waitForNotification(MODELS.bad, 'error');
    assert.match(n.message, /truncated|not an ONNX model/);
    await vs.waitForNotificationGone(`compiling ${MODELS.bad}`);
    console.log(`      error shown: ${n.message}`);
    await vs.screenshot('bad-file-error');
  });

  it('Repair Model… converts a QAT export to int8 beside it, says what changed, and shows the integer layers', async () => {
    await vs.clearNotifications();
    await compileFromExplorer(MODELS.qatExport, [/^Nodes \(compiled for /, { label: 'features.0' }]);
    await vs.runCommand('QuantLens: Repair Model…');
    await vs.quickPick('Convert a QAT export to int8');
    await vs.quickPick('Beside the model: qat-export.int8.onnx');
    const done = await vs.waitForNotification(/converted qat-export\.onnx to qat-export\.int8\.onnx: folded 2 BatchNormalizations; now 2 integer and 0 float linear ops at cpu \(before: 0 integer and 2 float linear ops at cpu\); output against the QAT export -?\d+(\.\d+)? dB as cpu computes it/, 'info', 120_000);
    console.log(`      result: ${done.message}`);
    assert.ok(fs.existsSync(ws.file('qat-export.int8.onnx')), 'the converted copy is beside the model');
    // The IR now shows the converted copy: its layer groups count integer kernels (before, none).
    await vs.waitForRow('IR', /features\.0.*QLinearConv/, 120_000);
    await vs.screenshot('qat-converted');
  });

  it('Compare Layer by Layer… on a photograph of the workspace: through the spec beside it, the input named in the view', async () => {
    await vs.clearNotifications();
    await vs.contextMenu(MODELS.rgbModel, 'Compare Layer by Layer…');
    await vs.quickPick('The model as written (exact reference)');
    const picks = await vs.quickPickRows();
    const photo = picks.find((p) => p.label === `${MODELS.photos}/photo.png`);
    assert.ok(photo && /image · quantlens\.preprocess\.json beside it/.test(photo.text), JSON.stringify(picks));
    await vs.quickPick(`${MODELS.photos}/photo.png`);
    const done = await vs.waitForNotification(/rgb-model\.onnx: /, 'info', 120_000);
    console.log(`      result: ${done.message}`);
    const header = await (await vs.view('Comparison')).locator('.pane-header .description').first().innerText();
    assert.match(header, /rgb-model\.onnx · .* · photo\.png/, header);
    await vs.screenshot('compare-photo');
  });

  it('MobileNetV2 QAT export: time from Compile Model to a populated tree', async function () {
    if (!ws.hasMnv2) this.skip();
    await vs.clearNotifications();
    // At cpu this export does not compile (shape-[1] quantization parameters): the tree shows the diagnosis.
    await timed('mnv2CompileToTreeMs', () => compileFromExplorer(MODELS.mnv2, [{ label: 'Nodes (source, not compiled)' }, { label: 'Compile failed at level extended' }], 120_000));
    await vs.waitForNotification('cpu cannot compile mnv2_qat_qdq.onnx', 'error');
    await vs.expand('IR', 'Compile failed at level extended');
    await vs.waitForRow('IR', { label: 'Repair Model…' });
    await vs.screenshot('mnv2-compiled-cpu');
  });

  it('MobileNetV2 QAT export: Compare on the repaired copy shows the result, problem rows first, and the IR of what was compared', async function () {
    if (!ws.hasMnv2) this.skip();
    await vs.clearNotifications();
    await vs.contextMenu(MODELS.mnv2, 'Compare Layer by Layer…');
    await vs.quickPick('The model as written (exact reference)');
    await vs.quickPick('Random input');
    const done = await vs.waitForNotification(/mnv2_qat_qdq\.onnx: .*repaired in memory/, 'info', 240_000);
    console.log(`      result: ${done.message}`);
    // The IR shows the repaired copy that was compared (it compiles), not the failed original; no compile error toast.
    await vs.waitForRow('IR', compiledFor('cpu'), 60_000);
    assert.ok(!(await vs.notifications()).some((n) => /cannot compile/.test(n.message)), JSON.stringify(await vs.notifications()));
    const rows = await vs.rows('Comparison');
    assert.ok(rows.length > 1, JSON.stringify(rows.slice(0, 3)));
    // Labels lead with a short layer name and the figure (a tensor the target fused away says "fused"); rows below the
    // threshold (if any) come before the others, fused ones last.
    const bad = rows.filter((r) => !/ · (-?\d+\.\d dB|identical|fused)$/.test(r.label) || r.label.startsWith('/'));
    assert.deepEqual(bad, [], JSON.stringify(rows.slice(0, 5)));
    const figure = (label: string) => (/ · identical$/.test(label) ? 200 : Number(/ · (-?\d+\.\d) dB$/.exec(label)![1]));
    const kinds = rows.map((r) => (r.label.startsWith('#') ? 0 : / · fused$/.test(r.label) ? 3 : figure(r.label) < 20 ? 1 : 2));
    assert.deepEqual(kinds, [...kinds].sort((a, b) => a - b), 'culprits, then rows below 20 dB, then the rest');
    await vs.screenshot('mnv2-compared-repaired');
  });

  it(`${BIG.stages * BIG.blocks * BIG.ops} nodes: populated tree, expanding groups and filtering stay quick`, async () => {
    await vs.clearNotifications();
    await timed('big10kCompileToTreeMs', () => compileFromExplorer(MODELS.big, [compiledFor('cpu'), { label: 'encoder' }], 120_000));
    await timed('big10kExpandEncoderMs', async () => {
      await vs.expand('IR', 'encoder');
      await vs.waitForRow('IR', { label: 'stage7' });
    });
    await timed('big10kExpandStageMs', async () => {
      await vs.expand('IR', 'stage7');
      await vs.waitForRow('IR', { label: 'block3' });
    });
    await timed('big10kExpandBlockMs', async () => {
      await vs.expand('IR', 'block3');
      await vs.waitForRow('IR', { label: 'Tanh_2' });
    });
    await vs.screenshot('big10k-expanded');
    await vs.runCommand('QuantLens: Filter IR…');
    await timed('big10kFilterNarrowMs', async () => {
      await vs.inputBox('block3/Tanh_47');
      await vs.waitForRow('IR', 'filter "block3/tanh_47"');
      await vs.waitForRow('IR', /\/block3\/Tanh_47(?!\d)/);
    });
    // Filter hits show full names: every stage's block3/Tanh_47 matches, and each row says which it is.
    const narrow = (await vs.rows('IR')).filter((r) => /\/block3\/Tanh_47$/.test(r.label));
    assert.ok(narrow.length > 1 && new Set(narrow.map((r) => r.label)).size === narrow.length, `distinct full names: ${JSON.stringify(narrow)}`);
    await vs.screenshot('big10k-filter-narrow');
    await vs.runCommand('QuantLens: Filter IR…');
    await timed('big10kFilterWideMs', async () => {
      await vs.inputBox('Tanh');
      await vs.waitForRow('IR', 'filter "tanh"');
      await vs.waitForRow('IR', /\/Tanh_2(?!\d)/);
    });
    await vs.screenshot('big10k-filter-wide');
  });
});
