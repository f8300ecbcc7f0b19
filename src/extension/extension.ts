import * as vscode from 'vscode';
import { compareFolder } from './commands/compare-folder';
import { compareLayers } from './commands/compare-layers';
import { compileModel } from './commands/compile-model';
import { inspectTorchScript } from './commands/inspect-torchscript';
import { openTensorDiff } from './commands/open-tensor-diff';
import { repairModel } from './commands/repair-model';
import { chooseSetInput } from './commands/set-input-detail';
import { revealTarget } from './comparison-tree-model';
import { QuantLens } from './quantlens';
import { setRevealTarget } from './set-tree-model';

/** Registers every command; each command's work lives in its own file under commands/. */
export function activate(context: vscode.ExtensionContext): void {
  const t0 = Date.now();
  const q: QuantLens = new QuantLens(context, async () => {
    if (q.model) await compileModel(q, q.model);
  });
  const reg = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('quantlens.compileModel', (uri) => {
    const file = q.fileArg(uri, ['.onnx']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click an .onnx file and choose Compile Model.');
    return compileModel(q, file);
  });
  reg('quantlens.compareLayers', (uri) => {
    const file = q.fileArg(uri, ['.onnx']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click an .onnx file and choose Compare Layer by Layer….');
    return compareLayers(q, file);
  });
  reg('quantlens.compareFolder', (uri) => {
    const file = q.fileArg(uri, ['.onnx']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click an .onnx file and choose Compare over a Folder of Inputs….');
    return compareFolder(q, file);
  });
  reg('quantlens.chooseInput', () => chooseSetInput(q));
  reg('quantlens.selectTarget', () => q.targets.pick());
  reg('quantlens.filterIR', async () => {
    const text = await vscode.window.showInputBox({ title: 'Filter IR', prompt: 'Show nodes whose name, op, dtype or layout contains this text (empty: show the scope tree)', value: q.ir.filter });
    if (text !== undefined) q.ir.setFilter(text);
  });
  reg('quantlens.repairModel', () => repairModel(q));
  reg('quantlens.revealLayer', (node) => (typeof node === 'string' ? q.reveal(node) : undefined));
  reg('quantlens.revealCulprit', () => {
    const r = q.comparison.current;
    const set = q.comparison.set?.report;
    if (!r && !set) return vscode.window.showInformationMessage('QuantLens: no comparison yet; run Compare Layer by Layer… first.');
    // No culprit still leaves a place to look: the first layer below the threshold (over a set: on the mean).
    const t = set ? setRevealTarget(set) : revealTarget(r!);
    if (!t) return vscode.window.showInformationMessage(`QuantLens: every layer stays above ${(set ?? r!).threshold} dB; nothing to reveal.`);
    return q.reveal(t.node);
  });
  reg('quantlens.toggleCulpritsFirst', () => q.comparison.toggleOrder());
  reg('quantlens.openGraph', () => q.openGraph());
  reg('quantlens.openTensorDiff', (entry) => {
    const index = typeof entry === 'object' && entry !== null && typeof (entry as { layerIndex?: unknown }).layerIndex === 'number' ? (entry as { layerIndex: number }).layerIndex : null;
    if (index === null) return vscode.window.showInformationMessage('QuantLens: choose a row of the Comparison view to open its tensor diff.');
    return openTensorDiff(q, index);
  });
  reg('quantlens.showInGraph', (entry) => {
    const node = typeof entry === 'object' && entry !== null ? (entry as { node?: unknown }).node : undefined;
    q.openGraph();
    if (typeof node === 'string') q.graph.select(node);
  });
  reg('quantlens.inspectTorchScript', (uri) => {
    const file = q.fileArg(uri, ['.pt', '.pth', '.ptl']);
    if (!file) return vscode.window.showInformationMessage('QuantLens: right-click a .pt, .pth or .ptl file and choose Inspect TorchScript.');
    return inspectTorchScript(q, file);
  });
  q.out.appendLine(`QuantLens activated in ${Date.now() - t0} ms (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'not trusted: source IR only'})`);
}

export function deactivate(): void {
  // Subscriptions (the CLI runner included) are disposed by VS Code.
}
