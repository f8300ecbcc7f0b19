import type { CompareReport, Culprit, LayerRow } from '../engine/compare/compare-report';
import { escapeMd } from './ir-tree-model';

/** One row of the Comparison view, built without VS Code types (tested in mocha). */
export interface ComparisonEntry {
  id: string;
  label: string;
  description: string;
  tooltip: string;
  /** `culprit`: ranked culprit; `bad`: below the threshold; `ok`; `info`: summary rows. */
  icon: 'culprit' | 'bad' | 'ok' | 'info';
  /** The source node to reveal in the IR view. */
  node: string | null;
  layerIndex: number | null;
}

const db = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x >= 200 ? 'identical' : `${x.toFixed(1)} dB`);

function layerTooltip(l: LayerRow, c: Culprit | undefined, rank: number | null, threshold: number): string {
  const lines = [
    `**${escapeMd(l.node ?? l.tensor)}**${rank ? ` — culprit #${rank} (${c!.kind})` : ''}`,
    '',
    `tensor \`${l.tensor}\` vs \`${l.referenceTensor}\``,
    `SQNR ${db(l.sqnrDb)} (threshold ${threshold} dB), local ${db(l.localSqnrDb)}, cosine ${l.cosine ?? '—'}, max abs ${l.maxAbs ?? '—'}, mean abs ${l.meanAbs ?? '—'}`,
    `error ${l.errSteps ?? '—'} steps, clipped ${l.clippedFraction === null ? '—' : `${(100 * l.clippedFraction).toFixed(2)}%`}; ${l.dtype ?? '?'} ${l.layout ?? ''}`,
  ];
  if (l.note) lines.push('', escapeMd(l.note));
  if (c) lines.push('', `**Why:** ${escapeMd(c.explanation)}`, '', `**Fix:** ${escapeMd(c.fix)}`);
  return lines.join('\n');
}

/**
 * Rows in graph order, or culprits first (in rank order, then the rest in graph order) after a comparison, so the
 * layer to look at is on top.
 */
export function comparisonEntries(r: CompareReport, culpritsFirst: boolean): ComparisonEntry[] {
  const rank = new Map<string, number>();
  r.culprits.forEach((c, i) => {
    if (!rank.has(c.node)) rank.set(c.node, i + 1);
  });
  const culpritOf = new Map(r.culprits.map((c) => [c.node, c]));
  // A culprit is shown on its layer's last row (the unit's output), not on every tensor of the layer.
  const lastRowOfNode = new Map<string, number>();
  r.layers.forEach((l, i) => {
    if (l.node) lastRowOfNode.set(l.node, i);
  });
  const rows = r.layers.map((l, i): ComparisonEntry => {
    const isCulpritRow = !!l.node && rank.has(l.node) && lastRowOfNode.get(l.node) === i;
    const c = isCulpritRow ? culpritOf.get(l.node!) : undefined;
    const k = isCulpritRow ? rank.get(l.node!)! : null;
    const below = l.sqnrDb !== null && l.sqnrDb < r.threshold;
    // A layer compares several tensors in same-source modes: its last one carries the layer's name, the others add
    // their tensor's name so the rows stay apart.
    const lastOfNode = !l.node || lastRowOfNode.get(l.node) === i;
    const tail = l.tensor.slice(l.tensor.lastIndexOf('/') + 1);
    return {
      id: `layer:${i}`,
      label: `${k ? `#${k} ` : ''}${l.node ?? l.tensor}${lastOfNode ? '' : ` › ${tail}`}`,
      description: `${db(l.sqnrDb)}${l.localSqnrDb !== null ? ` · local ${db(l.localSqnrDb)}` : ''}${c ? ` · ${c.kind}` : ''}${l.layout && l.layout !== 'NCHW' && l.layout !== 'unknown' ? ` · ${l.layout}` : ''}`,
      tooltip: layerTooltip(l, c, k, r.threshold),
      icon: c ? 'culprit' : below ? 'bad' : 'ok',
      node: l.node,
      layerIndex: i,
    };
  });
  if (!culpritsFirst) return rows;
  const first = rows.filter((e) => e.icon === 'culprit').sort((a, b) => rank.get(r.layers[a.layerIndex!].node!)! - rank.get(r.layers[b.layerIndex!].node!)!);
  return [...first, ...rows.filter((e) => e.icon !== 'culprit')];
}

/** The one-line summary the view shows above the rows. */
export function comparisonSummary(r: CompareReport): string {
  const worst = r.output.reduce<number | null>((m, o) => (o.sqnrDb === null ? m : m === null ? o.sqnrDb : Math.min(m, o.sqnrDb)), null);
  const culprit = r.culprits[0] ? `culprit ${r.culprits[0].node} (${r.culprits[0].kind})` : 'no culprit';
  return `${r.mode} at ${r.target.id}: output ${db(worst)}; ${culprit}`;
}
