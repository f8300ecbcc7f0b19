import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseModel } from '../../engine/compare/sides/sides';
import { isImageFileName } from '../../engine/inputs/image-decode';
import { PREPROCESS_FILE_NAME } from '../../engine/inputs/preprocess-spec';

/** The files a comparison takes as inputs (tensor files and images), for the workspace's file search. */
export const INPUT_FILES_GLOB = '**/*.{npy,npz,pb,png,jpg,jpeg,NPY,NPZ,PB,PNG,JPG,JPEG}';

/** An example spec for this model's input (its height and width when the model fixes them), to start from. */
function exampleSpec(model: string): string {
  let hw: [number, number] = [224, 224];
  try {
    const g = parseModel(model).graph;
    const shape = g.values.get(g.inputs[0])?.shape;
    if (shape?.length === 4 && typeof shape[2] === 'number' && typeof shape[3] === 'number') hw = [shape[2], shape[3]];
  } catch {
    // The model is checked before; an example with the usual size still helps.
  }
  return JSON.stringify({ resize: Math.round(hw[0] * 256 / 224), centerCrop: hw, channelOrder: 'RGB', scale: 1 / 255, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225], layout: 'NCHW', dtype: 'float32' }, null, 2);
}

/**
 * Images need a preprocessing spec: the one beside them, or one the user picks. Without either, say what the file
 * holds and where it goes, and offer to pick one or open an example. Returns the spec to pass (undefined: the one
 * beside the images, or none needed), or null when the run cannot go on.
 */
export async function preprocessFor(model: string, dir: string): Promise<{ spec: string | undefined } | null> {
  const images = fs.readdirSync(dir).filter((n) => isImageFileName(n));
  if (!images.length || fs.existsSync(path.join(dir, PREPROCESS_FILE_NAME))) return { spec: undefined };
  const choose = 'Choose a Spec File…';
  const example = 'Open an Example';
  const a = await vscode.window.showWarningMessage(
    `QuantLens: ${path.basename(dir)} holds ${images.length} image${images.length === 1 ? '' : 's'} but no ${PREPROCESS_FILE_NAME} beside them. ` +
    `Images become the model's input through that file: a JSON object with resize, centerCrop [height, width], channelOrder (RGB, BGR, GRAY), ` +
    `scale (1/255 maps 0..255 to 0..1), mean and std per channel, layout (NCHW or NHWC) and dtype. Put it in ${dir}, or choose a spec file.`,
    { modal: true }, choose, example);
  if (a === choose) {
    const picked = await vscode.window.showOpenDialog({ title: 'The preprocessing spec', canSelectFiles: true, filters: { 'Preprocessing spec': ['json'] }, defaultUri: vscode.Uri.file(dir) });
    return picked?.[0] ? { spec: picked[0].fsPath } : null;
  }
  if (a === example) {
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: exampleSpec(model) });
    await vscode.window.showTextDocument(doc);
    vscode.window.showInformationMessage(`QuantLens: save this as ${path.join(dir, PREPROCESS_FILE_NAME)} (with your model's values), then compare again.`);
  }
  return null;
}
