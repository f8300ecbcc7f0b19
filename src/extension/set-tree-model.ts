import * as path from 'path';
import type { CompareReport } from '../engine/compare/compare-report';
import type { SetCulprit, SetLayer, SetReport, Spread } from '../engine/compare/over-set/set-report';
import type { CompareOptions } from '../shared/cli-contract';
import { ComparisonEntry, db, rowNames, shortLayerName } from './comparison-tree-model';
import { escapeMd } from './ir-tree-model';

/**
 * A comparison over a set of inputs as the Comparison view holds it: the set's report, the input whose per-layer
 * detail and tensor diffs are shown (the worst by default), and that input's own comparison (null until it ran).
 */
export interface SetState {
  /** The user's model file. */
  file: string;
  /** The options the set ran with (the detail run of one input starts from them). */
  options: CompareOptions;
  report: SetReport;
  input: string;
  detail: CompareReport | null;
  /** Its comparison failed (the error was shown); otherwise a null `detail` is still running. */
  detailFailed?: boolean;
}

/** A row of the view in set mode: the chosen input's row holds that input's per-layer rows as children. */
export interface SetEntry extends ComparisonEntry {
  group?: boolean;
}

export const INPUT_GROUP_ID = 'set-input';

const name = (f: string | null) => (f ? path.basename(f) : '—');
const spreadText = (s: Spread) => `mean ${db(s.mean)}, min ${db(s.min)}, 5th percentile ${db(s.p5)}`;

/** The inputs compared, each with its output SQNR (lowest over the outputs), in set order. */
export function comparedInputs(r: SetReport): Array<{ file: string; outputSqnrDb: number | null; culprits: number }> {
  return r.perInput.filter((x): x is NonNullable<typeof x> => x !== null);
}

/** The input with the lowest output SQNR (the one shown by default), or the first compared; null when none was. */
export function worstInput(r: SetReport): string | null {
  const done = comparedInputs(r);
  let worst: (typeof done)[number] | null = null;
  for (const x of done) if (x.outputSqnrDb !== null && (worst === null || worst.outputSqnrDb === null || x.outputSqnrDb < worst.outputSqnrDb)) worst = x;
  return (worst ?? done[0])?.file ?? null;
}

/** "over 5 inputs" or, for a stopped run, "over 3 of 5 inputs (stopped)". */
export function coverage(r: SetReport): string {
  const n = r.inputs.covered;
  return r.inputs.partial ? `over ${n} of ${r.inputs.files} inputs (stopped: a partial result)` : `over ${n} input${n === 1 ? '' : 's'}`;
}

const belowOnMean = (l: SetLayer, threshold: number) => l.sqnrDb.mean !== null && l.sqnrDb.mean < threshold;

/** The summary above the rows: what was compared over how many inputs, the output's spread, where to look. */
export function setSummary(s: SetState): string {
  const r = s.report;
  const out = r.output.map((o) => `output ${r.output.length > 1 ? `${o.name} ` : ''}${spreadText(o.sqnrDb)}`).join('; ');
  const c = r.culprits[0];
  const bad = r.layers.find((l) => belowOnMean(l, r.threshold));
  const cal = r.calibration;
  const where = cal ? `the calibration does not cover these inputs: ${cal.clippingLayers} of ${cal.quantizedActivations} quantized activations clip (culprit 1: ${shortLayerName(c!.node)})`
    : c ? `culprit ${shortLayerName(c.node)} (${c.kind}), a culprit alone on ${c.holdsOn} of ${c.of} inputs`
    : bad ? `no culprit on the aggregate; first below ${r.threshold} dB on the mean: ${shortLayerName(bad.node ?? bad.tensor)} (${db(bad.sqnrDb.mean)})`
    : `no layer below ${r.threshold} dB on the mean`;
  const shown = comparedInputs(r).find((x) => x.file === s.input);
  return `${r.mode} at ${r.target.id} ${coverage(r)}: ${out}; ${where}. Per-layer detail: ${name(s.input)}${s.input === worstInput(r) ? ' (the worst input)' : ''}${shown ? `, output ${db(shown.outputSqnrDb)}` : ''}.`;
}

function setTooltip(l: SetLayer, c: SetCulprit | undefined, rank: number | null, r: SetReport): string {
  const lines = [
    `**${escapeMd(l.node ? shortLayerName(l.node) : l.tensor)}**${rank ? ` — culprit #${rank} on the aggregate (${c!.kind})` : ''}`,
    '',
    l.node ? `node \`${l.node}\`${l.opType ? ` (${l.opType})` : ''}` : '',
    `tensor \`${l.tensor}\` vs \`${l.referenceTensor}\``,
    `SQNR over ${l.inputs} input${l.inputs === 1 ? '' : 's'}: ${spreadText(l.sqnrDb)} (threshold ${r.threshold} dB)`,
    `local SQNR: ${spreadText(l.localSqnrDb)}`,
    `clipped: ${l.clippedFraction.mean === null ? '—' : `mean ${(100 * l.clippedFraction.mean).toFixed(2)}%, max ${(100 * (l.clippedFraction.max ?? 0)).toFixed(2)}%`}`,
    `worst input: ${escapeMd(name(l.worstInput))}${l.worstSqnrDb !== null ? ` (${db(l.worstSqnrDb)})` : ''}`,
  ].filter((x, i) => x !== '' || i === 1);
  if (c) lines.push('', `A culprit alone on ${c.holdsOn} of ${c.of} inputs.`, '', `**Why:** ${escapeMd(c.explanation)}`, '', `**Fix:** ${escapeMd(c.fix)}`);
  return lines.join('\n');
}

/**
 * The set's rows, one per compared layer with its mean SQNR in the label and min / 5th percentile / worst input
 * after it; culprits ranked on the aggregate say on how many inputs they hold. Problems first: culprits in rank
 * order, then layers below the threshold on the mean, then the rest. A row's tensor diff opens on the chosen input:
 * `layerIndex` is the matching row of that input's own comparison (null until it ran).
 */
export function setEntries(s: SetState, problemsFirst: boolean): SetEntry[] {
  const r = s.report;
  const rank = new Map<string, number>();
  r.culprits.forEach((c, i) => {
    if (!rank.has(c.node)) rank.set(c.node, i + 1);
  });
  const culpritOf = new Map(r.culprits.map((c) => [c.node, c]));
  const lastRowOfNode = new Map<string, number>();
  r.layers.forEach((l, i) => {
    if (l.node) lastRowOfNode.set(l.node, i);
  });
  const names = rowNames(r.layers);
  const detailIndex = new Map((s.detail?.layers ?? []).map((l, i) => [l.tensor, i]));
  const rows = r.layers.map((l, i): SetEntry => {
    const isCulpritRow = !!l.node && rank.has(l.node) && lastRowOfNode.get(l.node) === i;
    const c = isCulpritRow ? culpritOf.get(l.node!) : undefined;
    const k = isCulpritRow ? rank.get(l.node!)! : null;
    const label = names[i];
    const parts = [`min ${db(l.sqnrDb.min)}`, `p5 ${db(l.sqnrDb.p5)}`];
    if (c) parts.unshift(`${c.kind} on ${c.holdsOn} of ${c.of} inputs`);
    if (l.worstInput && r.inputs.covered > 1) parts.push(`worst ${name(l.worstInput)}`);
    return {
      id: `set:${i}`,
      label: `${k ? `#${k} ` : ''}${label} · ${db(l.sqnrDb.mean)}`,
      description: parts.join(' · '),
      tooltip: setTooltip(l, c, k, r),
      icon: c ? 'culprit' : belowOnMean(l, r.threshold) ? 'bad' : 'ok',
      node: l.node,
      layerIndex: detailIndex.get(l.tensor) ?? null,
    };
  });
  if (!problemsFirst) return rows;
  const order = (e: SetEntry) => rank.get(r.layers[Number(e.id.slice(4))].node!)!;
  const first = rows.filter((e) => e.icon === 'culprit').sort((a, b) => order(a) - order(b));
  return [...first, ...rows.filter((e) => e.icon === 'bad'), ...rows.filter((e) => e.icon === 'ok')];
}

/** The row that holds the chosen input's per-layer detail (its children are that input's own comparison rows). */
export function inputGroup(s: SetState): SetEntry {
  const shown = comparedInputs(s.report).find((x) => x.file === s.input);
  const worst = s.input === worstInput(s.report);
  return {
    id: INPUT_GROUP_ID,
    label: `Input ${name(s.input)}${worst ? ' (worst)' : ''} · ${db(shown?.outputSqnrDb)}`,
    description: s.detail ? 'per-layer detail; Choose Input… for another' : s.detailFailed ? 'its own comparison failed; see the QuantLens output' : 'comparing this input alone…',
    tooltip: `The per-layer comparison of **${escapeMd(name(s.input))}** alone (${escapeMd(s.input)}), one of the ${s.report.inputs.covered} inputs compared. Tensor diffs open on this input. Choose Input… in the view's title bar shows another.`,
    icon: 'info',
    node: null,
    layerIndex: null,
    group: true,
  };
}

/** The Choose Input… list: every compared input with its output SQNR, worst first; the shown one is marked. */
export function inputChoices(s: SetState): Array<{ label: string; description: string; detail: string; file: string }> {
  const worst = worstInput(s.report);
  const key = (x: number | null) => (x === null ? Infinity : x);
  return [...comparedInputs(s.report)].sort((a, b) => key(a.outputSqnrDb) - key(b.outputSqnrDb)).map((x) => ({
    label: name(x.file),
    description: [`output ${db(x.outputSqnrDb)}`, x.file === worst ? 'worst' : '', x.file === s.input ? 'shown' : ''].filter(Boolean).join(' · '),
    detail: `${x.culprits} culprit${x.culprits === 1 ? '' : 's'} on this input alone · ${path.relative(path.dirname(s.file), x.file) || x.file}`,
    file: x.file,
  }));
}

/** Reveal Culprit over a set: the culprit ranked on the aggregate, else the first layer below the threshold on the mean. */
export function setRevealTarget(r: SetReport): { node: string; why: string } | null {
  const c = r.culprits[0];
  if (c) return { node: c.node, why: `culprit ${shortLayerName(c.node)} (${c.kind}) on ${c.holdsOn} of ${c.of} inputs` };
  const bad = r.layers.find((l) => l.node && belowOnMean(l, r.threshold));
  return bad?.node ? { node: bad.node, why: `first layer below ${r.threshold} dB on the mean: ${shortLayerName(bad.node)} (${db(bad.sqnrDb.mean)})` } : null;
}
