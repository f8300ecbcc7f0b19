import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { isImageFileName } from '../../engine/inputs/image-decode';
import { PREPROCESS_FILE_NAME } from '../../engine/inputs/preprocess-spec';
import type { CompareOptions, SetReport } from '../../shared/cli-contract';
import { modelFileProblem } from '../file-check';
import { UNTRUSTED, type QuantLens } from '../quantlens';
import { settings } from '../settings';
import { coverage, setSummary, worstInput, type SetState } from '../set-tree-model';
import { askReference } from './ask-reference';
import { INPUT_FILES_GLOB, preprocessFor } from './input-files';
import { compileModel } from './compile-model';
import { showSetInput } from './set-input-detail';

/** A folder of inputs the user can pick: where it is and what it holds. */
interface FolderChoice extends vscode.QuickPickItem { dir: string | null }

/** A folder as the workspace names it (`data/calib`); the workspace folder itself by its name. */
function folderLabel(dir: string): string {
  const rel = vscode.workspace.asRelativePath(dir, false);
  return rel && rel !== dir ? rel : path.basename(dir);
}

/** Folders of the workspace that hold input files, the model's own folder and those under it first. */
async function inputFolders(model: string): Promise<FolderChoice[]> {
  const found = await vscode.workspace.findFiles(INPUT_FILES_GLOB, '**/node_modules/**', 5000);
  const byDir = new Map<string, { tensors: number; images: number }>();
  for (const u of found) {
    const d = path.dirname(u.fsPath);
    const c = byDir.get(d) ?? { tensors: 0, images: 0 };
    if (isImageFileName(u.fsPath)) c.images++;
    else c.tensors++;
    byDir.set(d, c);
  }
  const home = path.dirname(model);
  const near = (d: string) => (d === home || d.startsWith(home + path.sep) ? 0 : 1);
  return [...byDir.entries()].sort(([a], [b]) => near(a) - near(b) || a.localeCompare(b)).map(([dir, c]) => ({
    label: folderLabel(dir),
    description: [c.tensors ? `${c.tensors} tensor file${c.tensors === 1 ? '' : 's'}` : '', c.images ? `${c.images} image${c.images === 1 ? '' : 's'}${fs.existsSync(path.join(dir, PREPROCESS_FILE_NAME)) ? ` · ${PREPROCESS_FILE_NAME}` : ''}` : ''].filter(Boolean).join(' · '),
    dir,
  }));
}


/** Which folder of inputs: one of the workspace's folders that hold inputs, or any folder. */
async function askFolder(model: string, title: string): Promise<string | null> {
  const browse: FolderChoice = { label: '$(folder-opened) Browse…', description: 'any folder of .npy, .npz, .pb, PNG or JPEG files', dir: null };
  const pick = await vscode.window.showQuickPick([...(await inputFolders(model)), browse], { title, placeHolder: 'The folder of inputs (each file is one input)', matchOnDescription: true });
  if (!pick) return null;
  if (pick.dir) return pick.dir;
  const chosen = await vscode.window.showOpenDialog({ title: 'The folder of inputs', canSelectFolders: true, canSelectFiles: false, defaultUri: vscode.Uri.file(path.dirname(model)) });
  return chosen?.[0]?.fsPath ?? null;
}

/** "input 3 of 10 (x.npy), 0.4 s an input, ETA 3 s": the share of the set one more input is, for the bar. */
function progressStep(message: string): number | undefined {
  const m = /^input \d+ of (\d+)\b/.exec(message);
  return m ? 100 / Number(m[1]) : undefined;
}

/**
 * Compare over a Folder of Inputs…: the reference (as Compare Layer by Layer asks it; the model itself or a float
 * model, since activations are one input's), then the folder; the CLI runs over the set with progress and an ETA.
 * The view shows the set's per-layer statistics and the worst input's own comparison. Cancelled, the inputs compared
 * so far are shown, and the message says how many.
 */
export async function compareFolder(q: QuantLens, file: string): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    vscode.window.showInformationMessage(`QuantLens: ${UNTRUSTED}`);
    return;
  }
  const name = path.basename(file);
  const problem = modelFileProblem(file);
  if (problem) {
    vscode.window.showErrorMessage(`QuantLens: cannot compare: ${problem}`);
    return;
  }
  const ref = await askReference(file, `Compare ${name} over a folder: reference`, { activations: false });
  if (!ref) return;
  const dir = await askFolder(file, `Compare ${name} over a folder: inputs`);
  if (!dir) return;
  const pre = await preprocessFor(file, dir);
  if (!pre) return;
  const s = settings();
  const target = q.targets.current;
  const options: CompareOptions = { model: file, target, threshold: s.threshold, threads: s.threads, reference: ref.reference, inputs: dir, preprocess: pre.spec, jobs: s.jobs > 1 ? s.jobs : undefined };
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: comparing ${name} over ${path.basename(dir)}`, cancellable: true }, (progress, token) =>
    q.cli.run('compare', { ...options, inputs: dir }, { token, onProgress: (m) => progress.report({ message: m, increment: progressStep(m) }) }));
  const r: SetReport | null = o.json && o.json.kind === 'input-set' ? o.json : null;
  // A stopped run still prints what it compared (marked partial): that is shown unless it covers nothing.
  if (!r || r.inputs.covered === 0 || (o.code !== 0 && !o.cancelled)) {
    q.reportFailure(`comparing ${name} over ${path.basename(dir)}`, o);
    return;
  }
  const input = worstInput(r)!;
  const state: SetState = { file, options, report: r, input, detail: null };
  q.comparison.culpritsFirst = true;
  q.comparison.showSet(state);
  q.comparisonTree.message = setSummary(state);
  q.comparisonTree.description = `${name} · ${target} · ${coverage(r)}`;
  q.out.appendLine(`compared ${name} ${coverage(r)}: ${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}; peak ${r.peakRssMb} MiB`);
  void vscode.commands.executeCommand('quantlens.comparison.focus');
  if (q.model !== file || !q.report) await compileModel(q, file);
  const c = r.culprits[0];
  const head = o.cancelled ? `stopped; the result covers ${r.inputs.covered} of ${r.inputs.files} inputs` : `compared ${coverage(r)}`;
  const msg = c ? `culprit ${c.node} (${c.kind}), a culprit alone on ${c.holdsOn} of ${c.of} inputs` : `no culprit on the aggregate`;
  vscode.window.showInformationMessage(`QuantLens: ${name}: ${head}; ${msg}. Showing the worst input, ${path.basename(input)}.`);
  await showSetInput(q, input);
}
