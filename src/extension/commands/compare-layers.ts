import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CompareOptions } from '../../shared/cli-contract';
import { UNTRUSTED, type QuantLens } from '../quantlens';
import { settings } from '../settings';
import { errorOrigin, firstBadRow } from '../comparison-summary';
import { modelFileProblem } from '../file-check';
import { askReference } from './ask-reference';
import { compileModel } from './compile-model';
import { refreshDiffs } from './open-tensor-diff';

/** The repaired copy under the user's file name (in a folder of its own), so every view names the user's file. */
function comparedCopy(q: QuantLens, file: string, repaired: string): string | null {
  try {
    const dir = path.join(q.context.globalStorageUri.fsPath, 'compared', path.basename(path.dirname(repaired)) === 'repaired' ? path.basename(repaired, '.onnx') : String(Date.now()));
    const out = path.join(dir, path.basename(file));
    if (!fs.existsSync(out)) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(repaired, out);
    }
    return out;
  } catch (err) {
    q.out.appendLine(`compare: cannot copy the repaired model ${repaired}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** Compare Layer by Layer…: asks for the reference and the input, then fills the Comparison view and Problems. */
export async function compareLayers(q: QuantLens, file: string): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    vscode.window.showInformationMessage(`QuantLens: ${UNTRUSTED}`);
    return;
  }
  const name = path.basename(file);
  // The file is checked before the questions: a broken model is named at once.
  const problem = modelFileProblem(file);
  if (problem) {
    vscode.window.showErrorMessage(`QuantLens: cannot compare: ${problem}`);
    return;
  }
  const s = settings();
  const ref = await askReference(file, `Compare ${name}: reference`, { activations: true });
  if (!ref) return;
  const reference = ref.reference;
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
  const target = q.targets.current;
  const args: CompareOptions = { model: file, target, threshold: s.threshold, threads: s.threads, reference, input };
  const pairsDir = path.join(q.context.globalStorageUri.fsPath, 'pairs', `${Date.now()}`);
  fs.rmSync(path.join(q.context.globalStorageUri.fsPath, 'pairs'), { recursive: true, force: true });
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: comparing ${name} layer by layer`, cancellable: true }, (progress, token) =>
    q.cli.run('compare', { ...args, pairsOut: pairsDir }, { token, onProgress: (m) => progress.report({ message: m }) }));
  if (!o.json || o.code !== 0) {
    q.reportFailure(`comparing ${name}`, o);
    return;
  }
  const r = o.json;
  q.lastCompare = { file, options: args, pairsDir };
  refreshDiffs(q, r, pairsDir, `the comparison of ${name} at ${target}`);
  q.graph.setComparison(r);
  q.comparison.culpritsFirst = true;
  q.comparison.show(r);
  q.comparisonTree.message = q.comparison.summary();
  q.comparisonTree.description = `${name} · ${target}`;
  q.setProblems(file, [...(q.report && q.model === file ? q.report.diagnostics : []), ...r.diagnostics]);
  q.out.appendLine(`compared ${name}: ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${v} ms`).join(', ')}; peak ${r.peakRssMb} MiB`);
  void vscode.commands.executeCommand('quantlens.comparison.focus');
  // A model the target cannot compile as written was compared on a repaired copy: the IR shows that copy (under the
  // user's file name), not the failed original.
  const copy = r.repairedCopy ? comparedCopy(q, file, r.repairedCopy) : null;
  if (copy) await compileModel(q, file, copy);
  else if (q.model !== file || !q.report) await compileModel(q, file);
  const c = r.culprits[0];
  const bad = firstBadRow(r);
  const msg = c ? `culprit ${c.node} (${c.kind}): ${c.explanation}` : bad ? `first layer below ${r.threshold} dB: ${bad.node ?? bad.tensor}; no single culprit: ${errorOrigin(r)}` : `no layer below ${r.threshold} dB`;
  const repaired = r.repairs.length ? ` (compared on a copy repaired in memory: ${r.repairs.map((x) => x.title).join('; ')}; your file is unchanged)` : '';
  vscode.window.showInformationMessage(`QuantLens: ${name}: ${msg}${repaired}`, ...(c ? ['Reveal Culprit'] : bad?.node ? ['Reveal First Bad Layer'] : [])).then((a) => {
    if (a) void vscode.commands.executeCommand('quantlens.revealCulprit');
  });
}
