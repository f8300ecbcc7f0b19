import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { readNpz } from '../../engine/io/npz';
import { toFloat32 } from '../../engine/onnx/tensor-codec';
import type { TensorPairData } from '../../shared/protocol';
import { openDiffPanel } from '../panels/diff-panel';
import type { QuantLens } from '../quantlens';

/** The tensor diff of one compared layer: its values from the comparison's pairs, or a run that captures them. */
export async function openTensorDiff(q: QuantLens, layerIndex: number): Promise<void> {
  const r = q.comparison.current;
  const l = r?.layers[layerIndex];
  if (!r || !l || !q.lastCompare) return;
  const find = (dir: string) => {
    const index = path.join(dir, 'pairs.json');
    if (!fs.existsSync(index)) return undefined;
    const pairs = JSON.parse(fs.readFileSync(index, 'utf8')) as Array<{ tensor: string; file: string; dims: number[]; quant: TensorPairData['quant']; layoutNote: string | null }>;
    const p = pairs.find((x) => x.tensor === l.tensor);
    return p ? { ...p, file: path.join(dir, p.file) } : undefined;
  };
  let p = find(q.lastCompare.pairsDir);
  if (!p) {
    const dir = `${q.lastCompare.pairsDir}-${layerIndex}`;
    const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: capturing ${l.node ?? l.tensor}`, cancellable: true }, (progress, token) =>
      q.cli.run('compare', { ...q.lastCompare!.options, pairsOut: dir, pair: [l.tensor] }, { token, onProgress: (m) => progress.report({ message: m }) }));
    if (o.code !== 0) {
      q.reportFailure(`capturing ${l.tensor}`, o);
      return;
    }
    p = find(dir);
  }
  if (!p) {
    vscode.window.showErrorMessage(`QuantLens: no values were captured for ${l.tensor}.`);
    return;
  }
  const arrays = readNpz(p.file);
  const ref = arrays.get('reference');
  const act = arrays.get('actual');
  if (!ref || !act) {
    vscode.window.showErrorMessage(`QuantLens: ${p.file} does not hold the pair's values.`);
    return;
  }
  openDiffPanel(q.context.extensionUri, {
    title: l.node ?? l.tensor, tensor: l.tensor, referenceTensor: l.referenceTensor, dims: p.dims,
    reference: toFloat32(ref), actual: toFloat32(act), quant: p.quant, layoutNote: p.layoutNote,
    metrics: { sqnrDb: l.sqnrDb, cosine: l.cosine, maxAbs: l.maxAbs, meanAbs: l.meanAbs, errSteps: l.errSteps, clippedFraction: l.clippedFraction, localSqnrDb: l.localSqnrDb },
  }, (line) => q.out.appendLine(line));
}
