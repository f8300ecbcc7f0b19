import type { IRGraph } from '../../ir/ir-types';
import { pairMetrics, SQNR_CAP_DB } from '../metrics/pair-metrics';
import type { RowStats } from '../metrics/row-stats';
import { Normalized, normalizeTensor } from '../normalize/normalize';
import type { LocalResult } from './local-run';

const NCHW = { kind: 'NCHW', block: null, channels: null } as const;

/**
 * The local metric of one unit's copy, folded per input: the SQNR of the layer run alone against the reference (its
 * values, or the same copy run at the reference's target). An input whose sizes disagree is skipped.
 */
export function foldLocalSqnr(stats: RowStats, result: LocalResult, output: LocalResult['local']['outputs'][number], source: IRGraph, reference: (input: number) => Normalized | undefined): void {
  const quant = source.values.get(output.tensor)?.quant ?? null;
  result.atModel.outputs.forEach((outs, k) => {
    const mine = normalizeTensor(outs[output.local], NCHW, quant);
    const theirs = result.atReference ? normalizeTensor(result.atReference.outputs[k][output.local], NCHW, quant) : reference(k);
    if (!theirs || mine.data.length !== theirs.data.length) return;
    stats.local.add(pairMetrics(theirs.data, mine.data, null).sqnrDb ?? SQNR_CAP_DB);
  });
}
