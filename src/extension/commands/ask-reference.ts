import * as path from 'path';
import * as vscode from 'vscode';
import { settings } from '../settings';
import { modelFileProblem } from '../file-check';

/**
 * What the model is compared with: `{ reference: undefined }` is the model as written (exact reference), a path is a
 * float model or an activations file; null when the user backed out (or a float model that is not one was named).
 * Over a set of inputs the reference must run on each input, so `activations: false` leaves the activations file out.
 */
export async function askReference(file: string, title: string, opts: { activations: boolean }): Promise<{ reference: string | undefined } | null> {
  if (settings().defaultReference !== 'ask') return { reference: undefined };
  const picks = [
    { label: 'The model as written (exact reference)', id: 'exact', detail: 'Compiled at the target against the same model with integer ops computed exactly: compiler and kernel errors.' },
    { label: 'A float model…', id: 'float', detail: 'Its float twin (.onnx): quantization errors, layer by layer.' },
  ];
  if (opts.activations) picks.push({ label: 'An activations file…', id: 'acts', detail: 'Activations dumped from the framework (.npz, .npy, .pb, or a folder), e.g. by scripts/record_activations.py.' });
  const pick = await vscode.window.showQuickPick(picks, { title, placeHolder: 'What should the model be compared with?' });
  if (!pick) return null;
  if (pick.id === 'exact') return { reference: undefined };
  const chosen = await vscode.window.showOpenDialog({ title: pick.id === 'float' ? 'The float model' : 'The activations', canSelectFolders: pick.id === 'acts', canSelectFiles: true, filters: pick.id === 'float' ? { 'ONNX model': ['onnx'] } : { Activations: ['npz', 'npy', 'pb'] }, defaultUri: vscode.Uri.file(path.dirname(file)) });
  if (!chosen?.[0]) return null;
  const reference = chosen[0].fsPath;
  const bad = pick.id === 'float' ? modelFileProblem(reference) : null;
  if (bad) {
    vscode.window.showErrorMessage(`QuantLens: the float model: ${bad}`);
    return null;
  }
  return { reference };
}
