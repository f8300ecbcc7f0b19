import { CompareOptions, compareModels, PairValues } from '../src/engine/compare/compare';
import { CompareReport } from '../src/engine/compare/compare-report';
import { integerRange } from '../src/engine/onnx/dtype';
import type { TensorPairData } from '../src/shared/protocol';

/**
 * Real engine output for the diff panel: run the comparison, keep the normalized values of the chosen layers (the
 * `pairs` option), and shape each into the protocol's TensorPairData with the metrics the report holds for it.
 */
export async function comparePairs(opts: Omit<CompareOptions, 'pairs'>, tensors: string[]): Promise<{ report: CompareReport; pairs: TensorPairData[] }> {
  let kept: PairValues[] = [];
  const report = await compareModels({ ...opts, pairs: { tensors, notable: false, onPairs: (p) => (kept = p) } });
  return { report, pairs: kept.map((p) => toPairData(report, p)) };
}

/** Per-channel grids have no single step to draw: the panel gets none (the metrics still use them). */
export function toPairData(report: CompareReport, p: PairValues): TensorPairData {
  const row = report.layers.find((l) => l.tensor === p.tensor);
  const q = p.quant;
  const range = q?.dtype ? integerRange(q.dtype) : null;
  const qmin = q?.qmin ?? range?.min ?? null;
  const qmax = q?.qmax ?? range?.max ?? null;
  return {
    title: row?.node ? `${row.node} (${row.opType ?? '?'})` : p.tensor,
    tensor: p.tensor,
    referenceTensor: p.referenceTensor,
    dims: p.dims,
    reference: p.reference,
    actual: p.actual,
    quant: q && q.scale.length === 1 && qmin !== null && qmax !== null ? { scale: q.scale[0], zeroPoint: q.zeroPoint[0] ?? 0, qmin, qmax } : null,
    metrics: {
      sqnrDb: row?.sqnrDb ?? null,
      cosine: row?.cosine ?? null,
      maxAbs: row?.maxAbs ?? null,
      meanAbs: row?.meanAbs ?? null,
      errSteps: row?.errSteps ?? null,
      clippedFraction: row?.clippedFraction ?? null,
      localSqnrDb: row?.localSqnrDb ?? null,
    },
    layoutNote: p.layoutNote,
  };
}
