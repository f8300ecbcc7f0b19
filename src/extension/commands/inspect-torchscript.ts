import * as path from 'path';
import * as vscode from 'vscode';
import type { QuantLens } from '../quantlens';

/** Inspect TorchScript: the module tree of a .pt/.pth/.ptl file, read without PyTorch. */
export async function inspectTorchScript(q: QuantLens, file: string): Promise<void> {
  const name = path.basename(file);
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: inspecting ${name}`, cancellable: true }, (_p, token) => q.cli.run('inspect', { file }, { token }));
  if (!o.json || (o.code !== 0 && o.code !== 1)) {
    q.reportFailure(`inspecting ${name}`, o);
    return;
  }
  // The view shows only once a file was inspected (it holds nothing before).
  await vscode.commands.executeCommand('setContext', 'quantlens.hasTorchScript', true);
  q.torchscript.show(o.json);
  // The view says which file it shows (the tree alone does not).
  q.torchscriptTree.description = name;
  q.torchscriptTree.message = `${name} — ${path.dirname(file)}`;
  q.setProblems(file, o.json.diagnostics);
  void vscode.commands.executeCommand('quantlens.torchscript.focus');
}
