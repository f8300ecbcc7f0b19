import type { IRGraph, QuantParams } from '../../ir/ir-types';
import { Tensor, elementCount } from '../../onnx/tensor-codec';
import { dequantizedSqnrDb, pairMetrics, SQNR_CAP_DB } from '../metrics/pair-metrics';
import type { RowStats } from '../metrics/row-stats';
import { Normalized, normalizeTensor } from '../normalize/normalize';
import type { LocalResult } from './local-run';

const NCHW = { kind: 'NCHW', block: null, channels: null } as const;

/** Integer types whose values a typed array of numbers holds (not 64-bit, not packed). */
const SMALL_INTEGERS = new Set(['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32']);

/** A layer's output as integers on one scale (the usual int8 layer): its SQNR needs no dequantized copy. */
function onOneScale(t: Tensor, quant: QuantParams | null): quant is QuantParams {
  return !!quant && quant.scale.length === 1 && SMALL_INTEGERS.has(t.dtype) && !Array.isArray(t.data) && t.data.length === elementCount(t.dims);
}

/**
 * The local metric of one unit's copy, folded per input: the SQNR of the layer run alone against the reference (its
 * values, or the same copy run at the reference's target). An input whose sizes disagree is skipped.
 */
export function foldLocalSqnr(stats: RowStats, result: LocalResult, output: LocalResult['local']['outputs'][number], source: IRGraph, reference: (input: number) => Normalized | undefined): void {
  const quant = source.values.get(output.tensor)?.quant ?? null;
  result.atModel.outputs.forEach((outs, k) => {
    const t = outs[output.local];
    if (!result.atReference && onOneScale(t, quant)) {
      const theirs = reference(k);
      if (!theirs || t.data.length !== theirs.data.length) return;
      stats.local.add(dequantizedSqnrDb(theirs.data, t.data as ArrayLike<number>, quant.scale[0], quant.zeroPoint[0] ?? 0));
      return;
    }
    const mine = normalizeTensor(t, NCHW, quant);
    const theirs = result.atReference ? normalizeTensor(result.atReference.outputs[k][output.local], NCHW, quant) : reference(k);
    if (!theirs || mine.data.length !== theirs.data.length) return;
    stats.local.add(pairMetrics(theirs.data, mine.data, null).sqnrDb ?? SQNR_CAP_DB);
  });
}
