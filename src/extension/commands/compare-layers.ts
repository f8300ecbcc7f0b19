import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { isImageFileName } from '../../engine/inputs/image-decode';
import { PREPROCESS_FILE_NAME } from '../../engine/inputs/preprocess-spec';
import type { CompareOptions } from '../../shared/cli-contract';
import { UNTRUSTED, type QuantLens } from '../quantlens';
import { settings } from '../settings';
import { errorOrigin, firstBadRow } from '../comparison-summary';
import { modelFileProblem } from '../file-check';
import { askReference } from './ask-reference';
import { INPUT_FILES_GLOB, preprocessFor } from './input-files';
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

/** Input files listed in the picker; more are a Browse away. */
const LISTED_INPUTS = 30;

interface InputChoice extends vscode.QuickPickItem {
  id: 'random' | 'file' | 'browse';
  file?: string;
}

/** The workspace's input files, the model's folder first, then the folders under it, then the rest. */
async function workspaceInputs(model: string): Promise<InputChoice[]> {
  const found = await vscode.workspace.findFiles(INPUT_FILES_GLOB, '**/node_modules/**', 2000);
  const home = path.dirname(model);
  const near = (f: string) => (path.dirname(f) === home ? 0 : f.startsWith(home + path.sep) ? 1 : 2);
  return found.map((u) => u.fsPath).sort((a, b) => near(a) - near(b) || a.localeCompare(b)).slice(0, LISTED_INPUTS).map((f) => ({
    label: vscode.workspace.asRelativePath(f, false),
    description: !isImageFileName(f) ? 'tensor file' : fs.existsSync(path.join(path.dirname(f), PREPROCESS_FILE_NAME)) ? `image · ${PREPROCESS_FILE_NAME} beside it` : 'image · no preprocessing spec beside it',
    id: 'file' as const,
    file: f,
  }));
}

/**
 * The input of one comparison: random, a file of the workspace, or any file or folder; an image goes through the
 * preprocessing spec beside it, or one the user picks (see preprocessFor). Null when the user stops.
 */
async function askInput(model: string, title: string): Promise<{ input?: string; preprocess?: string } | null> {
  const pick = await vscode.window.showQuickPick<InputChoice>([
    { label: 'Random input', id: 'random', detail: 'A deterministic random input that fits each graph input.' },
    ...(await workspaceInputs(model)),
    { label: 'From a file…', id: 'browse', detail: '.npy, .npz (keyed by input name; a batch works), .pb, a folder of them, or a PNG/JPEG image (through a preprocessing spec).' },
  ], { title, matchOnDescription: true });
  if (!pick) return null;
  if (pick.id === 'random') return {};
  let input = pick.file;
  if (pick.id === 'browse') {
    const chosen = await vscode.window.showOpenDialog({ title: 'The input', canSelectFolders: true, canSelectFiles: true, filters: { Tensors: ['npy', 'npz', 'pb'], Images: ['png', 'jpg', 'jpeg'] }, defaultUri: vscode.Uri.file(path.dirname(model)) });
    input = chosen?.[0]?.fsPath;
  }
  if (!input) return null;
  if (!isImageFileName(input)) return { input };
  const pre = await preprocessFor(model, path.dirname(input));
  return pre ? { input, preprocess: pre.spec } : null;
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
  const chosen = await askInput(file, `Compare ${name}: input`);
  if (!chosen) return;
  const { input, preprocess } = chosen;
  const target = q.targets.current;
  const args: CompareOptions = { model: file, target, threshold: s.threshold, threads: s.threads, reference, input, preprocess };
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
  q.comparisonTree.description = `${name} · ${target}${input ? ` · ${path.basename(input)}` : ''}`;
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
