import * as path from 'path';
import * as vscode from 'vscode';
import type { CompileReport } from '../engine/compile/report';
import type { Diagnostic } from '../engine/findings/diagnostic';
import type { CompareOptions } from '../shared/cli-contract';
import { CliOutcome, CliRunner } from './cli-runner';
import { ComparisonView } from './comparison-view';
import { sourceContent } from './ir-content';
import { IRView } from './ir-view';
import type { TreeEntry } from './ir-tree-model';
import type { DiffPanel } from './panels/diff-panel';
import { GraphPanel } from './panels/graph-panel';
import { cliEnv } from './settings';
import { TargetPicker } from './targets-ui';
import { TorchScriptView } from './torchscript-view';

export const UNTRUSTED = 'This workspace is not trusted: QuantLens shows the model as written (parsed without the runtime) and will not compile or run it, because compiling loads the model into a native runtime. Trust the workspace to compile.';

/** Everything the commands share: the CLI, the views, the Problems collection, the current model. */
export class QuantLens {
  readonly out = vscode.window.createOutputChannel('QuantLens');
  readonly problems = vscode.languages.createDiagnosticCollection('quantlens');
  readonly ir = new IRView();
  readonly comparison = new ComparisonView();
  readonly torchscript = new TorchScriptView();
  readonly irTree: vscode.TreeView<TreeEntry>;
  readonly comparisonTree: vscode.TreeView<unknown>;
  readonly torchscriptTree: vscode.TreeView<unknown>;
  readonly cli: CliRunner;
  readonly targets: TargetPicker;
  model: string | null = null;
  report: CompileReport | null = null;
  readonly graph: GraphPanel;
  /** The last comparison's options and where its pairs' values were written (the tensor diff reads them). */
  lastCompare: { file: string; options: CompareOptions; pairsDir: string } | null = null;
  /** Open tensor diffs: a new comparison refreshes them or marks them stale. */
  readonly diffs = new Set<DiffPanel>();

  constructor(readonly context: vscode.ExtensionContext, onTargetChanged: () => Promise<void>) {
    const dist = path.join(context.extensionPath, 'dist');
    this.cli = new CliRunner(path.join(dist, 'cli.js'), () => cliEnv(context.globalStorageUri.fsPath), (l) => this.out.appendLine(l));
    this.irTree = vscode.window.createTreeView('quantlens.ir', { treeDataProvider: this.ir, showCollapseAll: true });
    this.comparisonTree = vscode.window.createTreeView('quantlens.comparison', { treeDataProvider: this.comparison as vscode.TreeDataProvider<unknown> });
    this.torchscriptTree = vscode.window.createTreeView('quantlens.torchscript', { treeDataProvider: this.torchscript });
    context.subscriptions.push(this.torchscriptTree);
    this.targets = new TargetPicker(context, this.cli, onTargetChanged);
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
}
