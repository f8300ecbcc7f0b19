import { ConstValues } from '../../ir/const-values';
import { IRGraph } from '../../ir/ir-types';
import { integerRange } from '../../onnx/dtype';
import { Unit } from '../align/units';
import { chainScale, outputChannelAxis, weightsOf } from './layer-weights';

/** How far a quantized layer's weights are from its float twin's, per output channel, in quantization steps. */
export interface WeightEvidence {
  channels: number;
  /** Channels whose max error exceeds 1.5 steps (rounding alone gives at most 0.5). */
  badChannels: number;
  badChannelList: number[];
  /** What best explains the bad channels; null when there are none. */
  kind: 'zero-point' | 'scale' | 'values' | null;
  /** The channel with the largest error: the error, the best-fit ratio model/float, and the best-fit offset. */
  worst: { channel: number; errSteps: number; ratio: number; offsetSteps: number };
  /** Channels with a non-zero zero point while the weights are int8 (a symmetric scheme expects 0). */
  zeroPointNonZero: number;
  /** Bad channels whose error is only at float weights beyond the grid's ends (clipped by the quantization). */
  clippedChannels: number;
  /**
   * A grid far coarser than the weights need: the float weights reach at most `reach` steps from the zero point in
   * `channels` channels (the median of those), where the grid holds `available` (for int8, 127). Null when the
   * weights fill their grid (at least a quarter of it in most channels; per tensor, in the widest channel).
   */
  coarse: { channels: number; reach: number; available: number } | null;
  /** Neither layer's chain scales its output per channel (no BatchNormalization or Mul/Div folded on one side only). */
  unscaled: boolean;
  detail: string;
}

const BAD_STEPS = 1.5;

type Kind = 'zero-point' | 'scale' | 'values';

/** Compare the quantized unit's dequantized weights with the float unit's, per output channel. */
export function weightEvidence(quantUnit: Unit, quantGraph: IRGraph, quantConsts: ConstValues, floatUnit: Unit, floatGraph: IRGraph, floatConsts: ConstValues): WeightEvidence | null {
  const qw = weightsOf(quantUnit, quantGraph, quantConsts);
  const fw = weightsOf(floatUnit, floatGraph, floatConsts);
  if (!qw || !qw.quant || !fw || qw.dims.join(',') !== fw.dims.join(',') || qw.values.length !== fw.values.length) return null;
  const qAnchor = quantGraph.nodes[quantUnit.anchor];
  const axis = qw.quant.scale.length > 1 && qw.quant.axis !== null ? qw.quant.axis : outputChannelAxis(qAnchor, qw.dims.length);
  const channels = qw.dims[axis];
  const fromRight = qAnchor.opType.includes('Conv') ? qw.dims.length - 2 : 0;
  const mq = chainScale(quantUnit, quantGraph, quantConsts, channels, fromRight);
  const mf = chainScale(floatUnit, floatGraph, floatConsts, channels, fromRight);
  const inner = qw.dims.slice(axis + 1).reduce((a, b) => a * b, 1);
  const q = qw.quant;
  const perChannel = q.scale.length > 1;
  const step = Float64Array.from({ length: channels }, (_, c) => q.scale[perChannel ? c : 0] * Math.abs(mq[c]));
  const zp = Float64Array.from({ length: channels }, (_, c) => q.zeroPoint[perChannel ? c : 0] ?? 0);
  const range = q.qmin !== null && q.qmax !== null ? { min: q.qmin, max: q.qmax } : integerRange(q.dtype ?? 'int8');
  // The float values the grid can hold: its ends, in the units of the compared values.
  const end = (c: number, v: number) => (v - zp[c]) * step[c] * Math.sign(mq[c]);
  const low = Float64Array.from({ length: channels }, (_, c) => (range ? Math.min(end(c, range.min), end(c, range.max)) : -Infinity));
  const high = Float64Array.from({ length: channels }, (_, c) => (range ? Math.max(end(c, range.min), end(c, range.max)) : Infinity));

  // One pass for the sums of the fits and the errors, inside the grid and beyond its ends; a channel's run at a time.
  const [n, sd, sw, sdw, sww, err, inside, clipLow, clipHigh, widest] = Array.from({ length: 10 }, () => new Float64Array(channels));
  const qv = qw.values;
  const fv = fw.values;
  channelRuns(qv.length, channels, inner, (start, end, c) => {
    const a = mq[c], b = mf[c], st = step[c];
    const lo = low[c] - st / 2, hi = high[c] + st / 2;
    let sdc = sd[c], swc = sw[c], sdwc = sdw[c], swwc = sww[c], errc = err[c], insidec = inside[c], widestc = widest[c], below = 0, above = 0;
    for (let i = start; i < end; i++) {
      const d = qv[i] * a;
      const w = fv[i] * b;
      sdc += d; swc += w; sdwc += d * w; swwc += w * w;
      const m = Math.abs(w);
      if (m > widestc) widestc = m;
      const e = Math.abs(d - w) / st;
      if (e > errc) errc = e;
      if (w < lo) below++;
      else if (w > hi) above++;
      else if (e > insidec) insidec = e;
    }
    n[c] += end - start; sd[c] = sdc; sw[c] = swc; sdw[c] = sdwc; sww[c] = swwc; err[c] = errc; inside[c] = insidec; widest[c] = widestc;
    clipLow[c] += below; clipHigh[c] += above;
  });
  const ratio = Float64Array.from({ length: channels }, (_, c) => (sww[c] > 0 ? sdw[c] / sww[c] : 1));
  const offset = Float64Array.from({ length: channels }, (_, c) => (sd[c] - sw[c]) / Math.max(1, n[c]) / step[c]);
  const bad = Array.from({ length: channels }, (_, c) => c).filter((c) => err[c] > BAD_STEPS);

  // Second pass for the bad channels: how well a pure offset (zero point) or a pure ratio (scale) explains them.
  const zpFit = new Float64Array(channels);
  const scaleFit = new Float64Array(channels);
  if (bad.length > 0) {
    channelRuns(qv.length, channels, inner, (start, end, c) => {
      if (err[c] <= BAD_STEPS) return;
      const a = mq[c], b = mf[c], st = step[c], off = offset[c] * st, r = ratio[c];
      let zpc = zpFit[c], scalec = scaleFit[c];
      for (let i = start; i < end; i++) {
        const d = qv[i] * a;
        const w = fv[i] * b;
        zpc = Math.max(zpc, Math.abs(d - w - off) / st);
        scalec = Math.max(scalec, Math.abs(d - r * w) / st);
      }
      zpFit[c] = zpc;
      scaleFit[c] = scalec;
    });
  }
  const clippedOnly = (c: number) => clipLow[c] + clipHigh[c] > 0 && inside[c] <= BAD_STEPS;
  const offCentre = (c: number) => (range ? (range.min < 0 ? zp[c] !== 0 : Math.abs(zp[c] - (range.min + range.max + 1) / 2) > 1) : zp[c] !== 0);
  const kindOf = (c: number): Kind => {
    // Errors only where the float weight lies beyond the grid's ends: the grid is misplaced (its zero point off
    // centre) or, centred, too narrow (its scale).
    if (clippedOnly(c)) return offCentre(c) ? 'zero-point' : 'scale';
    if (zpFit[c] <= BAD_STEPS && zpFit[c] <= scaleFit[c]) return 'zero-point';
    return scaleFit[c] <= BAD_STEPS ? 'scale' : 'values';
  };

  const worstChannel = err.reduce((best, e, c) => (e > err[best] ? c : best), 0);
  const worst = { channel: worstChannel, errSteps: err[worstChannel], ratio: ratio[worstChannel], offsetSteps: offset[worstChannel] };
  const zeroPointNonZero = q.dtype === 'int8' ? (perChannel ? zp.filter((z) => z !== 0).length : zp[0] !== 0 ? channels : 0) : 0;
  const kind = bad.length === 0 ? null : majorityKind(bad.map(kindOf), kindOf(worstChannel));
  const clippedChannels = bad.filter(clippedOnly).length;
  const coarse = coarseGrid(widest, step, zp, range ?? null, perChannel);
  return {
    channels, badChannels: bad.length, badChannelList: bad, kind, worst, zeroPointNonZero, clippedChannels, coarse,
    unscaled: mq.every((m) => m === 1) && mf.every((m) => m === 1),
    detail: describe(channels, bad.length, kind, worst, zeroPointNonZero, clippedChannels),
  };
}

/** A grid this many times coarser than the weights need, or more, is a scale fault: 2 bits of the 8 lost. */
const COARSE_FACTOR = 4;

/**
 * Whether the weights' grid is far coarser than they need: per channel, how many steps the float weights reach from
 * the zero point, against the steps the grid holds. Per-channel grids should each be filled (most channels under a
 * quarter is a fault); a per-tensor grid only by its widest channel.
 */
function coarseGrid(widest: Float64Array, step: Float64Array, zp: Float64Array, range: { min: number; max: number } | null, perChannel: boolean): WeightEvidence['coarse'] {
  if (!range) return null;
  const reach: number[] = [];
  let available = 0;
  for (let c = 0; c < widest.length; c++) {
    if (widest[c] === 0) continue;
    reach.push(widest[c] / step[c]);
    available = Math.max(available, range.max - zp[c], zp[c] - range.min);
  }
  if (reach.length === 0 || available <= 0) return null;
  const short = reach.filter((r) => r < available / COARSE_FACTOR);
  const coarse = perChannel ? short.length * 2 > reach.length : short.length === reach.length;
  if (!coarse) return null;
  const sorted = [...short].sort((a, b) => a - b);
  return { channels: short.length, reach: sorted[Math.floor(sorted.length / 2)], available };
}

/** Each run of `inner` consecutive values (one channel's), in index order, with its channel. */
function channelRuns(length: number, channels: number, inner: number, each: (start: number, end: number, c: number) => void): void {
  for (let start = 0, run = 0; start < length; start += inner, run++) each(start, Math.min(length, start + inner), run % channels);
}

function majorityKind(kinds: Kind[], tie: Kind): Kind {
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  const order: Kind[] = ['zero-point', 'scale', 'values'];
  const most = Math.max(...order.map(count));
  const top = order.filter((k) => count(k) === most);
  return top.includes(tie) ? tie : top[0];
}

function describe(channels: number, bad: number, kind: WeightEvidence['kind'], worst: WeightEvidence['worst'], zpNonZero: number, clipped: number): string {
  const at = `channel ${worst.channel}: ${worst.errSteps.toFixed(1)} steps, best-fit ratio ${worst.ratio.toFixed(3)}, offset ${worst.offsetSteps.toFixed(1)} steps`;
  const clip = clipped > 0 ? `, ${clipped} of them only where the float weights lie beyond the grid's ends (clipped)` : '';
  const why = (kind === 'zero-point' ? 'a zero-point error' : kind === 'scale' ? 'a scale error' : 'values that neither an offset nor a scale explains') + clip;
  const main = bad === 0
    ? `all ${channels} output channels within ${BAD_STEPS} steps of the float weights (worst ${at})`
    : `${bad} of ${channels} output channels off by more than ${BAD_STEPS} steps: ${why} (worst ${at})`;
  return zpNonZero > 0 ? `${main}; ${zpNonZero} channels have a non-zero int8 zero point (a symmetric scheme expects 0)` : main;
}
