import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CompareReport, LayerRow } from '../../engine/compare/compare-report';
import { readNpz } from '../../engine/io/npz';
import { toFloat32 } from '../../engine/onnx/tensor-codec';
import type { TensorPairData } from '../../shared/protocol';
import { rowNames } from '../comparison-tree-model';
import { openDiffPanel } from '../panels/diff-panel';
import type { QuantLens } from '../quantlens';

interface PairIndexRow { tensor: string; file: string; dims: number[]; quant: TensorPairData['quant']; layoutNote: string | null }

/**
 * The values of `l` that a comparison wrote to `dir` (pairs.json and one .npz per pair), or undefined. `title` is the
 * row's name in the Comparison view, so the diff and the row it came from read the same.
 */
function readPair(dir: string, l: LayerRow, title: string): TensorPairData | undefined {
  const index = path.join(dir, 'pairs.json');
  if (!fs.existsSync(index)) return undefined;
  const pairs = JSON.parse(fs.readFileSync(index, 'utf8')) as PairIndexRow[];
  const p = pairs.find((x) => x.tensor === l.tensor);
  if (!p) return undefined;
  const file = path.join(dir, p.file);
  const arrays = readNpz(file);
  const ref = arrays.get('reference');
  const act = arrays.get('actual');
  if (!ref || !act) throw new Error(`${file} does not hold the pair's values (reference, actual)`);
  return {
    title, tensor: l.tensor, referenceTensor: l.referenceTensor, dims: p.dims,
    reference: toFloat32(ref), actual: toFloat32(act), quant: p.quant, layoutNote: p.layoutNote,
    metrics: { sqnrDb: l.sqnrDb, cosine: l.cosine, maxAbs: l.maxAbs, meanAbs: l.meanAbs, errSteps: l.errSteps, clippedFraction: l.clippedFraction, localSqnrDb: l.localSqnrDb },
    stale: null,
  };
}

/**
 * The tensor diff of one compared layer: its values as the comparison wrote them (every row below the threshold, the
 * culprits, the outputs, and the other rows within a memory budget), or, for a row beyond it, one more run that
 * captures just that pair.
 */
export async function openTensorDiff(q: QuantLens, layerIndex: number): Promise<void> {
  const r = q.comparison.current;
  const l = r?.layers[layerIndex];
  if (!r || !l || !q.lastCompare) return;
  const title = rowNames(r.layers)[layerIndex];
  const open = [...q.diffs].find((d) => d.pair.tensor === l.tensor && !d.pair.stale);
  if (open) {
    open.reveal();
    return;
  }
  let pair: TensorPairData | undefined;
  try {
    pair = readPair(q.lastCompare.pairsDir, l, title);
    if (!pair) {
      const dir = `${q.lastCompare.pairsDir}-${layerIndex}`;
      q.out.appendLine(`tensor diff: ${l.tensor} was not written by the comparison (beyond its memory budget for kept values); capturing it`);
      const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: capturing ${title}`, cancellable: true }, (progress, token) =>
        q.cli.run('compare', { ...q.lastCompare!.options, pairsOut: dir, pair: [l.tensor] }, { token, onProgress: (m) => progress.report({ message: m }) }));
      if (o.code !== 0) {
        q.reportFailure(`capturing ${l.tensor}`, o);
        return;
      }
      pair = readPair(dir, l, title);
    }
  } catch (err) {
    vscode.window.showErrorMessage(`QuantLens: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  if (!pair) {
    vscode.window.showErrorMessage(`QuantLens: no values were captured for ${l.tensor}.`);
    return;
  }
  q.diffs.add(openDiffPanel(q.context.extensionUri, pair, (line) => q.out.appendLine(line), (d) => q.diffs.delete(d)));
}

/**
 * After a new comparison, every open diff follows it: a pair the new comparison wrote is shown with its new values
 * (refreshed); any other keeps its numbers under a banner that says they are from the earlier comparison (stale).
 */
export function refreshDiffs(q: QuantLens, r: CompareReport, pairsDir: string, what: string): void {
  const names = rowNames(r.layers);
  for (const d of q.diffs) {
    const i = r.layers.findIndex((x) => x.tensor === d.pair.tensor);
    const l = i >= 0 ? r.layers[i] : undefined;
    let next: TensorPairData | undefined;
    try {
      next = l ? readPair(pairsDir, l, names[i]) : undefined;
    } catch (err) {
      q.out.appendLine(`tensor diff: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (next) {
      d.show(next);
      q.out.appendLine(`tensor diff ${d.pair.title}: refreshed from ${what}`);
    } else if (!d.pair.stale) {
      d.show({ ...d.pair, stale: `these values are from an earlier comparison; ${what} ${l ? 'did not keep this tensor\'s values' : 'has no such row'}. Open the row again from the Comparison view.` });
    }
  }
}
