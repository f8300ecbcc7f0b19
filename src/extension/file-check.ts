import * as fs from 'fs';
import * as path from 'path';
import { readModel } from '../engine/onnx/model-file';

/** Above this a model is not parsed in the extension host just to check it (the CLI still checks it, in its process). */
const CHECK_BYTES = 256 * 1024 * 1024;

/**
 * Why `file` is not an ONNX model a command can use, or null: checked before any question is asked, so a broken file
 * (or an activations file picked as the float model) is named at once instead of after the questions. Parsing is plain
 * JavaScript; nothing of the model runs.
 */
export function modelFileProblem(file: string): string | null {
  const name = path.basename(file);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return `${name} is not a file`;
    size = st.size;
  } catch {
    return `${file} does not exist or cannot be read`;
  }
  const ext = path.extname(file).toLowerCase();
  if (['.npy', '.npz', '.pb', '.pt', '.pth', '.ptl'].includes(ext)) return `${name} is not an ONNX model (a ${ext} file holds ${ext === '.pt' || ext === '.pth' || ext === '.ptl' ? 'a PyTorch model' : 'tensors'}); choose an .onnx file`;
  if (size > CHECK_BYTES) return null;
  try {
    readModel(file);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
