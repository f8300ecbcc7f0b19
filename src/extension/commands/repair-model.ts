import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ConvertResult } from '../../engine/convert/convert-model';
import type { QuantLens } from '../quantlens';
import { compileModel } from './compile-model';

const REPAIR = 'Repair: a copy that compiles';
const CONVERT = 'Convert a QAT export to int8';

/**
 * Repair Model…: writes a repaired copy (same values, now compiling) or, for a QAT export, a converted int8 copy (its
 * fused Conv+BatchNormalization folded as PyTorch's convert folds them); never over the model. Then compiles the copy.
 */
export async function repairModel(q: QuantLens): Promise<void> {
  const file = q.model;
  if (!file) {
    vscode.window.showInformationMessage('QuantLens: compile a model first; Repair Model… repairs the model the IR view shows.');
    return;
  }
  const name = path.basename(file);
  const how = await vscode.window.showQuickPick([
    { label: REPAIR, detail: 'Stores the parameters the runtime cannot take in a form it can; the outputs stay the same (checked at reference).' },
    { label: CONVERT, detail: 'Folds each Conv -> [Div ->] BatchNormalization into an int8 layer, as PyTorch\'s convert does, so the runtime runs it on integer kernels. The model changes: the result says by how much.' },
  ], { title: `Repair Model: ${name}` });
  if (!how) return;
  if (how.label === CONVERT) await convertCopy(q, file);
  else await repairedCopy(q, file);
}

async function repairedCopy(q: QuantLens, file: string): Promise<void> {
  const dest = await askSaveAs(file, 'repaired', 'Save the repaired model as');
  if (!dest) return;
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: repairing ${path.basename(file)}`, cancellable: true }, (progress, token) =>
    q.cli.run('repair', { model: file, out: dest.file, force: dest.replace }, { token, onProgress: (m) => progress.report({ message: m }) }));
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

async function convertCopy(q: QuantLens, file: string): Promise<void> {
  const dest = await askDestination(file, 'int8');
  if (!dest) return;
  const name = path.basename(file);
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: converting ${name}`, cancellable: true }, (progress, token) =>
    q.cli.run('repair', { model: file, out: dest.file, convert: true, force: dest.replace }, { token, onProgress: (m) => progress.report({ message: m }) }));
  // A converted model that does not compile at cpu still exits 1 with its result: it was written, and says why.
  if (!o.json) {
    q.reportFailure(`converting ${name}`, o);
    return;
  }
  const summary = `QuantLens: ${conversionSummary(o.json)}`;
  if (o.json.kernels.after.compiles) vscode.window.showInformationMessage(summary);
  else vscode.window.showWarningMessage(summary);
  await compileModel(q, o.json.out);
}

/** One line a user can act on: what was folded, what runs as integer kernels now, and how far the output moved. */
export function conversionSummary(c: ConvertResult): string {
  const kernels = (k: ConvertResult['kernels']['before']) => (k.compiles ? `${k.integer} integer and ${k.float} float linear ops at cpu` : 'does not compile at cpu');
  const f = c.fidelity;
  const input = c.input.source === 'random' ? 'a seeded random input' : path.basename(c.input.paths[0] ?? '');
  return `converted ${path.basename(c.model)} to ${path.basename(c.out)}: folded ${c.folded.length} BatchNormalization${c.folded.length === 1 ? '' : 's'}${c.skipped.length ? ` (${c.skipped.length} left)` : ''}; now ${kernels(c.kernels.after)} (before: ${kernels(c.kernels.before)}); output against the QAT export ${f.convertedAtCpuDb} dB as cpu computes it (folds alone ${f.foldsOnlyDb} dB), on ${input}. The model changed: this is a conversion, not a repair.`;
}

/** Where the converted copy goes: beside the model under a new name (the usual answer, one click), or anywhere. */
async function askDestination(file: string, suffix: string): Promise<{ file: string; replace: boolean } | null> {
  const beside = path.join(path.dirname(file), `${path.basename(file, path.extname(file))}.${suffix}.onnx`);
  const exists = fs.existsSync(beside);
  const pick = await vscode.window.showQuickPick([
    { label: `Beside the model: ${path.basename(beside)}`, description: exists ? 'replaces the file of that name' : '', id: 'beside' },
    { label: 'Choose where…', description: '', id: 'choose' },
  ], { title: `Save the ${suffix} copy of ${path.basename(file)}` });
  if (!pick) return null;
  if (pick.id === 'choose') return askSaveAs(file, suffix, `Save the ${suffix} model as`);
  if (exists) {
    const ok = await vscode.window.showWarningMessage(`${path.basename(beside)} exists. Replace it?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return null;
  }
  return { file: beside, replace: exists };
}

/** A save dialog for the copy, never the model itself (the dialog already asked before replacing another file). */
async function askSaveAs(file: string, suffix: string, title: string): Promise<{ file: string; replace: boolean } | null> {
  const ext = path.extname(file);
  const dest = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(path.join(path.dirname(file), `${path.basename(file, ext)}.${suffix}${ext}`)), filters: { 'ONNX model': ['onnx'] }, title });
  if (!dest) return null;
  if (path.resolve(dest.fsPath) === path.resolve(file)) {
    vscode.window.showErrorMessage('QuantLens: the copy must not replace the original; choose another file.');
    return null;
  }
  return { file: dest.fsPath, replace: fs.existsSync(dest.fsPath) };
}
