import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { QuantLens } from '../quantlens';
import { compileModel } from './compile-model';

/** Repair Model…: writes a repaired copy beside the model (never over it) and compiles the copy. */
export async function repairModel(q: QuantLens): Promise<void> {
  const file = q.model;
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
  const args = { model: file, out: dest.fsPath, force: fs.existsSync(dest.fsPath) };
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: repairing ${path.basename(file)}`, cancellable: true }, (progress, token) =>
    q.cli.run('repair', args, { token, onProgress: (m) => progress.report({ message: m }) }));
  if (o.code !== 0 || !o.json) {
    q.reportFailure(`repairing ${path.basename(file)}`, o);
    return;
  }
  if (!o.json.out) {
    vscode.window.showWarningMessage(`QuantLens: no repair helps ${path.basename(file)}; nothing was written.`);
    return;
  }
  vscode.window.showInformationMessage(`QuantLens: wrote ${path.basename(o.json.out)} (${o.json.applied.map((a) => `${a.id}: ${a.changes} changes`).join(', ')}; outputs unchanged at reference).`);
  await compileModel(q, o.json.out);
}
