import * as path from 'path';
import { fmtDb, fmtMs, fmtPercent, fmtTop1, modeText, targetText } from '../report/report-format';
import type { SetReport, Spread } from './set-report';

/** A cell: prose, or a name shown as code. */
export type Cell = string | { code: string };

/** One section of the set's report, the same for Markdown and HTML (each renderer escapes its own way). */
export interface Section {
  title: string;
  lines: Cell[][];
  table?: { head: string[]; rows: Cell[][] };
}

const spreadText = (s: Spread) => `${fmtDb(s.mean)} / ${fmtDb(s.min)} / ${fmtDb(s.p5)}`;
const num = (x: number | null) => (x === null ? '-' : Math.abs(x) >= 1000 || (x !== 0 && Math.abs(x) < 0.001) ? x.toExponential(3) : String(Number(x.toPrecision(4))));
const file = (f: string | null): Cell => (f === null ? '-' : { code: path.basename(f) });

/** The verdict line: how many inputs, culprits on the aggregate, a partial run said first. */
export function setVerdict(r: SetReport): Cell[] {
  const covered = r.inputs.partial ? `Stopped: these statistics cover ${r.inputs.covered} of ${r.inputs.files} inputs. ` : '';
  const top = r.culprits[0];
  // Many layers clipping is one finding about the calibration; it is said before the layers.
  const cal = r.calibration;
  if (cal) return [`${covered}The calibration does not cover these inputs: ${cal.clippingLayers} of ${cal.quantizedActivations} quantized activations clip on the aggregate of ${r.inputs.covered} inputs (see Calibration).`];
  return top
    ? [`${covered}${r.culprits.length} culprit(s) on the aggregate of ${r.inputs.covered} inputs; the first is `, { code: top.node }, ` (${top.kind}), a culprit alone on ${top.holdsOn} of ${top.of} inputs.`]
    : [`${covered}No culprit on the aggregate of ${r.inputs.covered} inputs.`];
}

export function setSections(r: SetReport): Section[] {
  const out: Section[] = [];
  out.push({
    title: 'Summary',
    lines: [
      [`Mode: ${r.mode} (${modeText(r.mode)})`],
      ['Model: ', { code: r.model }, '; reference: ', { code: r.reference }],
      [`Target: ${r.target.id}, ${targetText(r.target)}; reference target: ${r.referenceTarget.id}`],
      ['Inputs: ', { code: r.inputs.source }, `: ${r.inputs.covered} of ${r.inputs.files} compared${r.inputs.partial ? ' (stopped early: a partial report)' : ''}, ${r.inputs.jobs} job(s)`],
      r.inputs.preprocess ? ['Preprocessing spec: ', { code: r.inputs.preprocess }] : ['Preprocessing: none (tensor files)'],
      [`Threshold: ${r.threshold} dB. SQNR columns read mean / min / 5th percentile over the inputs.`],
    ],
  });
  out.push({
    title: 'Outputs', lines: [],
    table: { head: ['output', 'SQNR mean / min / p5', 'top-1 agreement', 'worst input'], rows: r.output.map((o) => [{ code: o.name }, spreadText(o.sqnrDb), fmtTop1(o.top1Agreement, o.top1Misses), file(o.worstInput)]) },
  });
  if (r.calibration) out.push({ title: 'Calibration', lines: [[r.calibration.explanation], [`Fix: ${r.calibration.fix}`]] });
  out.push({
    title: 'Culprits on the aggregate',
    lines: r.culprits.length ? [] : [['None: no layer introduces error beyond normal quantization noise on the aggregate.']],
    table: r.culprits.length ? {
      head: ['#', 'layer', 'kind', 'local SQNR (mean)', 'score', 'holds on', 'worst input', 'why', 'fix'],
      rows: r.culprits.map((c, i) => [String(i + 1), { code: c.node }, c.kind, fmtDb(c.localSqnrDb), `${c.score.toFixed(1)} dB`, `${c.holdsOn} of ${c.of}`, file(c.worstInput), c.explanation, c.fix]),
    } : undefined,
  });
  if (r.occasional.length) {
    out.push({
      title: 'Culprits on some inputs only', lines: [['Culprits on single inputs that the aggregate does not confirm.']],
      table: { head: ['layer', 'holds on', 'worst input'], rows: r.occasional.map((o) => [{ code: o.node }, `${o.holdsOn} of ${r.inputs.covered}`, file(o.worstInput)]) },
    });
  }
  out.push({
    title: 'Layers',
    lines: [],
    table: {
      head: ['layer', 'tensor', 'op', 'SQNR mean / min / p5', 'local SQNR mean / min / p5', 'clipped mean / max', 'worst input'],
      rows: r.layers.map((l) => [{ code: l.node ?? '-' }, { code: l.tensor }, l.opType ?? '-', spreadText(l.sqnrDb), spreadText(l.localSqnrDb), `${fmtPercent(l.clippedFraction.mean)} / ${fmtPercent(l.clippedFraction.max)}`, file(l.worstInput)]),
    },
  });
  out.push({
    title: 'Observed ranges against the quantization ranges',
    lines: [['Reference values of each compared tensor over the whole set; the 0.01% range leaves 0.01% of them outside (to choose scales).']],
    table: {
      head: ['layer', 'tensor', 'observed min .. max', 'quantized range', 'clipped', '0.01% range', 'scale for it'],
      rows: r.ranges.map((g) => [{ code: g.node ?? '-' }, { code: g.tensor }, `${num(g.observed.min)} .. ${num(g.observed.max)}`, g.quant ? `${num(g.quant.min)} .. ${num(g.quant.max)} (scale ${num(g.quant.scale)})` : 'float', fmtPercent(g.clippedFraction, 3), g.clip01pct ? `${num(g.clip01pct.low)} .. ${num(g.clip01pct.high)}` : '-', num(g.suggestedScale)]),
    },
  });
  out.push({
    title: 'Timings', lines: [[`${Object.entries(r.timingsMs).map(([k, v]) => `${k} ${fmtMs(v)}`).join(', ')}; peak memory ${r.peakRssMb} MiB; engine sessions made ${r.sessions.created}, reused ${r.sessions.reused}.`]],
  });
  return out;
}
