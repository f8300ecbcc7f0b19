import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { QuantLens } from '../quantlens';
import { singleInputOptions } from '../set-input';
import { inputChoices, setSummary } from '../set-tree-model';
import { refreshDiffs } from './open-tensor-diff';

/**
 * Show one input of the set comparison: its own comparison (the single-input path, with `--input FILE` and its kept
 * pairs) fills the view's input row, and the tensor diffs open on it. Open diffs follow, as after any comparison.
 */
export async function showSetInput(q: QuantLens, input: string): Promise<void> {
  const s = q.comparison.set;
  if (!s) return;
  const storage = q.context.globalStorageUri.fsPath;
  const pairsDir = path.join(storage, 'pairs', `${Date.now()}`);
  fs.rmSync(path.join(storage, 'pairs'), { recursive: true, force: true });
  const options = singleInputOptions(s.options, s.report, input, pairsDir);
  const name = path.basename(input);
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: comparing ${path.basename(s.file)} on ${name}`, cancellable: true }, (progress, token) =>
    q.cli.run('compare', options, { token, onProgress: (m) => progress.report({ message: m }) }));
  // The set may have been replaced while this ran: only the set it belongs to takes it.
  if (q.comparison.set !== s) return;
  if (!o.json || o.code !== 0) {
    if (!s.detail) q.comparison.showSet({ ...s, detailFailed: true });
    q.reportFailure(`comparing ${path.basename(s.file)} on ${name}`, o);
    return;
  }
  const next = { ...s, input, detail: o.json };
  q.lastCompare = { file: s.file, options, pairsDir };
  refreshDiffs(q, o.json, pairsDir, `the comparison of ${path.basename(s.file)} on ${name}`);
  q.graph.setComparison(o.json);
  q.comparison.showSet(next);
  q.comparisonTree.message = setSummary(next);
  q.setProblems(s.file, [...(q.report && q.model === s.file ? q.report.diagnostics : []), ...o.json.diagnostics]);
}

/** Choose Input…: the inputs compared, worst first, each with its output SQNR; the chosen one's detail is shown. */
export async function chooseSetInput(q: QuantLens): Promise<void> {
  const s = q.comparison.set;
  if (!s) {
    vscode.window.showInformationMessage('QuantLens: no comparison over a set of inputs yet; run Compare over a Folder of Inputs… first.');
    return;
  }
  const items = inputChoices(s);
  const pick = await vscode.window.showQuickPick(items, { title: `The input whose layers and tensor diffs are shown (${items.length} compared)`, matchOnDescription: true });
  if (pick && (pick.file !== s.input || !s.detail)) await showSetInput(q, pick.file);
}
