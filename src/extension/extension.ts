import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CompareReport } from '../engine/compare/compare-report';
import type { CompileReport } from '../engine/compile/report';
import type { Diagnostic } from '../engine/findings/diagnostic';
import { CliOutcome, CliRunner } from './cli-runner';
import { ComparisonView } from './comparison-view';
import { contentFromReport, sourceContent } from './ir-content';
import { IRView } from './ir-view';
import { cliEnv, settings } from './settings';
import { TargetPicker } from './targets-ui';
import { GraphPanel } from './panels/graph-panel';
import { openDiffPanel } from './panels/diff-panel';
import { readNpz } from '../engine/io/npz';
import { toFloat32 } from '../engine/onnx/tensor-codec';
import type { TensorPairData } from '../shared/protocol';
import { TorchScriptView } from './torchscript-view';
import type { InspectJson } from './torchscript-tree-model';
import type { TreeEntry } from './ir-tree-model';

const UNTRUSTED = 'This workspace is not trusted: QuantLens shows the model as written (parsed without the runtime) and will not compile or run it, because compiling loads the model into a native runtime. Trust the workspace to compile.';

/** Everything the commands share: the CLI, the views, the Problems collection, the current model. */
class QuantLens {
  readonly out = vscode.window.createOutputChannel('QuantLens');
  readonly problems = vscode.languages.createDiagnosticCollection('quantlens');
  readonly ir = new IRView();
  readonly comparison = new ComparisonView();
  readonly torchscript = new TorchScriptView();
  readonly irTree: vscode.TreeView<TreeEntry>;
  readonly comparisonTree: vscode.TreeView<unknown>;
  readonly cli: CliRunner;
  readonly targets: TargetPicker;
  model: string | null = null;
  report: CompileReport | null = null;
  readonly graph: GraphPanel;
  /** The last comparison's arguments and where its pairs' values were written (the tensor diff reads them). */
  lastCompare: { file: string; args: string[]; pairsDir: string } | null = null;

  constructor(readonly context: vscode.ExtensionContext) {
    const dist = path.join(context.extensionPath, 'dist');
    this.cli = new CliRunner(path.join(dist, 'cli.js'), () => cliEnv(context.globalStorageUri.fsPath), (l) => this.out.appendLine(l));
    this.irTree = vscode.window.createTreeView('quantlens.ir', { treeDataProvider: this.ir, showCollapseAll: true });
    this.comparisonTree = vscode.window.createTreeView('quantlens.comparison', { treeDataProvider: this.comparison as vscode.TreeDataProvider<unknown> });
    context.subscriptions.push(vscode.window.createTreeView('quantlens.torchscript', { treeDataProvider: this.torchscript }));
    this.targets = new TargetPicker(context, this.cli, () => this.onTargetChanged());
    this.graph = new GraphPanel(context.extensionUri, (node) => void this.reveal(node), (l) => this.out.appendLine(l));
    context.subscriptions.push(this.irTree.onDidChangeSelection((e) => {
      const node = e.selection[0]?.node;
      if (node && this.graph.open) this.graph.select(node);
    }));
    context.subscriptions.push(this.out, this.problems, this.irTree, this.comparisonTree, { dispose: () => this.cli.dispose() });
  }

  /** A file from the explorer's context menu, the active editor, or the model already open. */
  fileArg(uri: unknown, exts: string[]): string | null {
    const u = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (u && u.scheme === 'file' && exts.includes(path.extname(u.fsPath).toLowerCase())) return u.fsPath;
    return exts.includes('.onnx') ? this.model : null;
  }

  setProblems(file: string, diags: Diagnostic[]): void {
    const items = diags.map((d) => {
      const sev = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
      const where = [d.node && `node ${d.node}`, d.tensor && `tensor ${d.tensor}`, d.module && `module ${d.module}`].filter(Boolean).join(', ');
      const diag = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `${d.message}${where ? ` (${where})` : ''}${d.fix ? `\nFix: ${d.fix}` : ''}`, sev);
      diag.code = d.code;
      diag.source = 'QuantLens';
      return diag;
    });
    this.problems.set(vscode.Uri.file(file), items);
  }

  /** A failed run tells the user what and where; a bad file names the file. */
  reportFailure(what: string, o: CliOutcome<unknown>): void {
    if (o.cancelled) {
      vscode.window.showInformationMessage(`QuantLens: ${what} cancelled.`);
      return;
    }
    const msg = o.error ?? `${what} failed (exit ${o.code}); see the QuantLens output`;
    this.out.appendLine(`error: ${msg}`);
    vscode.window.showErrorMessage(`QuantLens: ${msg}`, 'Show Output').then((a) => a && this.out.show());
  }

  async compile(file: string): Promise<void> {
    this.model = file;
    const name = path.basename(file);
    if (!vscode.workspace.isTrusted) {
      try {
        this.ir.show(sourceContent(file, this.targets.current, UNTRUSTED));
        this.irTree.description = `${name} · as written (untrusted workspace)`;
        vscode.window.showInformationMessage(`QuantLens: ${UNTRUSTED}`);
      } catch (err) {
        vscode.window.showErrorMessage(`QuantLens: ${err instanceof Error ? err.message : String(err)}`);
      }
      return;
    }
    const target = this.targets.current;
    const t0 = Date.now();
    const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: compiling ${name} for ${target}`, cancellable: true }, (progress, token) =>
      this.cli.run<CompileReport>(['compile', file, '--json', '--target', target, '--threads', String(settings().threads)], { token, onProgress: (m) => progress.report({ message: m }) }));
    if (!o.json || (o.code !== 0 && o.code !== 1 && o.code !== 3)) {
      this.reportFailure(`compiling ${name}`, o);
      return;
    }
    const r = o.json;
    this.report = r;
    this.ir.show(contentFromReport(r, file));
    this.irTree.description = `${name} · ${r.compiled ? target : `${target} (failed: as written)`}`;
    // An open graph follows the IR; a comparison of another model no longer applies to it.
    if (this.graph.open) {
      if (this.lastCompare?.file !== file) this.graph.setComparison(null);
      this.openGraph();
    }
    this.setProblems(file, r.diagnostics);
    this.out.appendLine(`compiled ${name} for ${target}: load ${r.timingsMs.load.toFixed(0)} ms, compile ${r.timingsMs.compile.toFixed(0)} ms, IR ${r.timingsMs.ir.toFixed(0)} ms; shown after ${Date.now() - t0} ms${r.cached ? ' (from cache)' : ''}`);
    void vscode.commands.executeCommand('quantlens.ir.focus');
    if (r.failure) {
      const f = r.failure;
      const actions = f.repairs.length ? ['Repair Model…'] : [];
      vscode.window.showErrorMessage(`QuantLens: ${target} cannot compile ${name}: failed at level ${f.level}${f.optimizer ? ` in ${f.optimizer}` : ''}${f.node ? ` (node ${f.node})` : ''}. ${f.cause}${f.workingTargets.length ? ` Targets that work: ${f.workingTargets.join(', ')}.` : ''}`, ...actions).then((a) => {
        if (a === 'Repair Model…') void vscode.commands.executeCommand('quantlens.repairModel');
      });
    }
  }

  async onTargetChanged(): Promise<void> {
    if (this.model) await this.compile(this.model);
  }

  async repair(): Promise<void> {
    const file = this.model;
    if (!file) {
      vscode.window.showInformationMessage('QuantLens: compile a model first; Repair Model… repairs the model the IR view shows.');
      return;
    }
    const ext = path.extname(file);
    const dest = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(path.dirname(file), `${path.basename(file, ext)}.repaired${ext}`)), filters: { 'ONNX model': ['onnx'] }, title: 'Save the repaired model as' });
    if (!dest) return;
    if (path.resolve(dest.fsPath) === path.resolve(file)) {
      vscode.window.showErrorMessage('QuantLens: the repaired model must not replace the original; choose another file.');
      return;
    }
    // The save dialog already asked before replacing an existing file.
    const args = ['repair', file, '--out', dest.fsPath, '--json', ...(fs.existsSync(dest.fsPath) ? ['--force'] : [])];
    const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: repairing ${path.basename(file)}`, cancellable: true }, (progress, token) =>
      this.cli.run<{ out: string | null; applied: Array<{ id: string; changes: number }>; failingAfter: string[] }>(args, { token, onProgress: (m) => progress.report({ message: m }) }));
    if (o.code !== 0 || !o.json) {
      this.reportFailure(`repairing ${path.basename(file)}`, o);
      return;
    }
    if (!o.json.out) {
      vscode.window.showWarningMessage(`QuantLens: no repair helps ${path.basename(file)}; nothing was written.`);
      return;
    }
    vscode.window.showInformationMessage(`QuantLens: wrote ${path.basename(o.json.out)} (${o.json.applied.map((a) => `${a.id}: ${a.changes} changes`).join(', ')}; outputs unchanged at reference).`);
    await this.compile(o.json.out);
  }

  async compare(file: string): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      vscode.window.showInformationMessage(`QuantLens: ${UNTRUSTED}`);
      return;
    }
    const name = path.basename(file);
    const s = settings();
    let reference: string | undefined;
    if (s.defaultReference === 'ask') {
      const pick = await vscode.window.showQuickPick([
        { label: 'The model as written (exact reference)', id: 'exact', detail: 'Compiled at the target against the same model with integer ops computed exactly: compiler and kernel errors.' },
        { label: 'A float model…', id: 'float', detail: 'Its float twin (.onnx): quantization errors, layer by layer.' },
        { label: 'An activations file…', id: 'acts', detail: 'Activations dumped from the framework (.npz, .npy, .pb, or a folder), e.g. by scripts/record_activations.py.' },
      ], { title: `Compare ${name}: reference`, placeHolder: 'What should the model be compared with?' });
      if (!pick) return;
      if (pick.id !== 'exact') {
        const chosen = await vscode.window.showOpenDialog({ title: pick.id === 'float' ? 'The float model' : 'The activations', canSelectFolders: pick.id === 'acts', canSelectFiles: true, filters: pick.id === 'float' ? { 'ONNX model': ['onnx'] } : { Activations: ['npz', 'npy', 'pb'] }, defaultUri: vscode.Uri.file(path.dirname(file)) });
        if (!chosen?.[0]) return;
        reference = chosen[0].fsPath;
      }
    }
    const inputPick = await vscode.window.showQuickPick([
      { label: 'Random input', id: 'random', detail: 'A deterministic random input that fits each graph input.' },
      { label: 'From a file…', id: 'file', detail: '.npy, .npz (keyed by input name; a batch works), .pb, or a folder of them.' },
    ], { title: `Compare ${name}: input` });
    if (!inputPick) return;
    let input: string | undefined;
    if (inputPick.id === 'file') {
      const chosen = await vscode.window.showOpenDialog({ title: 'The input', canSelectFolders: true, canSelectFiles: true, filters: { Tensors: ['npy', 'npz', 'pb'] }, defaultUri: vscode.Uri.file(path.dirname(file)) });
      if (!chosen?.[0]) return;
      input = chosen[0].fsPath;
    }
    const target = this.targets.current;
    const args = ['compare', file, '--json', '--target', target, '--threshold', String(s.threshold), '--threads', String(s.threads), ...(reference ? ['--reference', reference] : []), ...(input ? ['--input', input] : [])];
    const pairsDir = path.join(this.context.globalStorageUri.fsPath, 'pairs', `${Date.now()}`);
    fs.rmSync(path.join(this.context.globalStorageUri.fsPath, 'pairs'), { recursive: true, force: true });
    const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: comparing ${name} layer by layer`, cancellable: true }, (progress, token) =>
      this.cli.run<CompareReport>([...args, '--pairs-out', pairsDir], { token, onProgress: (m) => progress.report({ message: m }) }));
    if (!o.json || o.code !== 0) {
      this.reportFailure(`comparing ${name}`, o);
      return;
    }
    const r = o.json;
    this.lastCompare = { file, args, pairsDir };
    this.graph.setComparison(r);
    this.comparison.culpritsFirst = true;
    this.comparison.show(r);
    this.comparisonTree.message = this.comparison.summary();
    this.comparisonTree.description = `${name} · ${target}`;
    this.setProblems(file, [...(this.report && this.model === file ? this.report.diagnostics : []), ...r.diagnostics]);
    this.out.appendLine(`compared ${name}: ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${v} ms`).join(', ')}; peak ${r.peakRssMb} MiB`);
    void vscode.commands.executeCommand('quantlens.comparison.focus');
    if (this.model !== file || !this.report) await this.compile(file);
    const c = r.culprits[0];
    const msg = c ? `culprit ${c.node} (${c.kind}): ${c.explanation}` : r.firstBad ? `first layer below ${r.threshold} dB: ${r.firstBad.node ?? r.firstBad.tensor}; no single culprit` : `no layer below ${r.threshold} dB`;
    vscode.window.showInformationMessage(`QuantLens: ${name}: ${msg}`, ...(c ? ['Reveal Culprit'] : [])).then((a) => {
      if (a) void vscode.commands.executeCommand('quantlens.revealCulprit');
    });
  }

  async reveal(node: string): Promise<void> {
    const rows = this.ir.rowsFor(node);
    if (!rows.length) {
      vscode.window.showInformationMessage(`QuantLens: ${node} is not in the IR view (${this.ir.content ? `it shows ${path.basename(this.ir.content.model)} at ${this.ir.content.target}` : 'no model is compiled'}).`);
      return;
    }
    await vscode.commands.executeCommand('quantlens.ir.focus');
    await this.irTree.reveal(rows[0], { select: true, focus: true, expand: true });
  }

  openGraph(): void {
    const c = this.ir.content;
    if (!c) {
      vscode.window.showInformationMessage('QuantLens: compile a model first; the graph shows the IR the IR view shows.');
      return;
    }
    let source = null;
    if (c.kind === 'compiled') {
      try {
        source = sourceContent(c.model, c.target, 'the model as written');
      } catch (err) {
        this.out.appendLine(`graph: no source view: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    this.graph.show(c, source);
  }

  /** The tensor diff of one compared layer: its values from the comparison's pairs, or a run that captures them. */
  async openDiff(layerIndex: number): Promise<void> {
    const r = this.comparison.current;
    const l = r?.layers[layerIndex];
    if (!r || !l || !this.lastCompare) return;
    const find = (dir: string) => {
      const index = path.join(dir, 'pairs.json');
      if (!fs.existsSync(index)) return undefined;
      const pairs = JSON.parse(fs.readFileSync(index, 'utf8')) as Array<{ tensor: string; file: string; dims: number[]; quant: TensorPairData['quant']; layoutNote: string | null }>;
      const p = pairs.find((x) => x.tensor === l.tensor);
      return p ? { ...p, file: path.join(dir, p.file) } : undefined;
    };
    let p = find(this.lastCompare.pairsDir);
    if (!p) {
      const dir = `${this.lastCompare.pairsDir}-${layerIndex}`;
      const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: capturing ${l.node ?? l.tensor}`, cancellable: true }, (progress, token) =>
        this.cli.run<CompareReport>([...this.lastCompare!.args, '--pairs-out', dir, '--pair', l.tensor], { token, onProgress: (m) => progress.report({ message: m }) }));
      if (o.code !== 0) {
        this.reportFailure(`capturing ${l.tensor}`, o);
        return;
      }
      p = find(dir);
    }
    if (!p) {
      vscode.window.showErrorMessage(`QuantLens: no values were captured for ${l.tensor}.`);
      return;
    }
    const arrays = readNpz(p.file);
    const ref = arrays.get('reference');
    const act = arrays.get('actual');
    if (!ref || !act) {
      vscode.window.showErrorMessage(`QuantLens: ${p.file} does not hold the pair's values.`);
      return;
    }
    openDiffPanel(this.context.extensionUri, {
      title: l.node ?? l.tensor, tensor: l.tensor, referenceTensor: l.referenceTensor, dims: p.dims,
      reference: toFloat32(ref), actual: toFloat32(act), quant: p.quant, layoutNote: p.layoutNote,
      metrics: { sqnrDb: l.sqnrDb, cosine: l.cosine, maxAbs: l.maxAbs, meanAbs: l.meanAbs, errSteps: l.errSteps, clippedFraction: l.clippedFraction, localSqnrDb: l.localSqnrDb },
    }, (line) => this.out.appendLine(line));
  }

  async inspect(file: string): Promise<void> {
    const name = path.basename(file);
    const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: inspecting ${name}`, cancellable: true }, (_p, token) => this.cli.run<InspectJson>(['inspect', file, '--json'], { token }));
    if (!o.json || (o.code !== 0 && o.code !== 1)) {
      this.reportFailure(`inspecting ${name}`, o);
      return;
    }
    this.torchscript.show(o.json);
    this.setProblems(file, o.json.diagnostics);
    void vscode.commands.executeCommand('quantlens.torchscript.focus');
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const t0 = Date.now();
  const q = new QuantLens(context);
  const reg = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('quantlens.compileModel', (uri) => {
    const file = q.fileArg(uri, ['.onnx']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click an .onnx file and choose Compile Model.');
    return q.compile(file);
  });
  reg('quantlens.compareLayers', (uri) => {
    const file = q.fileArg(uri, ['.onnx']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click an .onnx file and choose Compare Layer by Layer….');
    return q.compare(file);
  });
  reg('quantlens.selectTarget', () => q.targets.pick());
  reg('quantlens.filterIR', async () => {
    const text = await vscode.window.showInputBox({ title: 'Filter IR', prompt: 'Show nodes whose name, op, dtype or layout contains this text (empty: show the scope tree)', value: q.ir.filter });
    if (text !== undefined) q.ir.setFilter(text);
  });
  reg('quantlens.repairModel', () => q.repair());
  reg('quantlens.revealLayer', (node) => (typeof node === 'string' ? q.reveal(node) : undefined));
  reg('quantlens.revealCulprit', () => {
    const c = q.comparison.current?.culprits[0];
    if (!c) return vscode.window.showInformationMessage('QuantLens: no culprit to reveal; run Compare Layer by Layer… first.');
    return q.reveal(c.node);
  });
  reg('quantlens.toggleCulpritsFirst', () => q.comparison.toggleOrder());
  reg('quantlens.openGraph', () => q.openGraph());
  reg('quantlens.openTensorDiff', (entry) => {
    const index = typeof entry === 'object' && entry !== null && typeof (entry as { layerIndex?: unknown }).layerIndex === 'number' ? (entry as { layerIndex: number }).layerIndex : null;
    if (index === null) return vscode.window.showInformationMessage('QuantLens: choose a row of the Comparison view to open its tensor diff.');
    return q.openDiff(index);
  });
  reg('quantlens.showInGraph', (entry) => {
    const node = typeof entry === 'object' && entry !== null ? (entry as { node?: unknown }).node : undefined;
    q.openGraph();
    if (typeof node === 'string') q.graph.select(node);
  });
  reg('quantlens.inspectTorchScript', (uri) => {
    const file = q.fileArg(uri, ['.pt', '.pth', '.ptl']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click a .pt, .pth or .ptl file and choose Inspect TorchScript.');
    return q.inspect(file);
  });
  q.out.appendLine(`QuantLens activated in ${Date.now() - t0} ms (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'not trusted: source IR only'})`);
}

export function deactivate(): void {
  // Subscriptions (the CLI runner included) are disposed by VS Code.
}
