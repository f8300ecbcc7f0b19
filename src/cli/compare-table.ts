import type { CompareReport, LayerRow } from '../engine/compare/compare-report';
import { table } from './format';

/** How many layers the table shows at most (culprits always show); --json and --report hold every layer. */
export const TABLE_ROWS = 30;

export function dbText(x: number | null): string {
  return x === null ? '-' : x >= 200 ? 'identical' : `${x.toFixed(1)} dB`;
}

/** Long scope and node names keep their start and their end, which tell layers apart. */
function clip(s: string, max = 40): string {
  const half = Math.floor((max - 1) / 2);
  return s.length <= max ? s : `${s.slice(0, half)}…${s.slice(s.length - (max - 1 - half))}`;
}

function worstFirst(a: LayerRow, b: LayerRow): number {
  return (a.sqnrDb ?? Infinity) - (b.sqnrDb ?? Infinity);
}

/**
 * The per-layer table of a comparison: worst SQNR first, the culprits marked with their rank and kind, a layer below
 * the threshold marked `<`; SQNR at the layer's output and the error it introduces on its own (local), in dB.
 */
export function compareTable(r: CompareReport, limit = TABLE_ROWS): string {
  if (r.layers.length === 0) return 'per layer: no layer could be compared';
  const culprit = new Map(r.culprits.map((c, i) => [c.tensor, `#${i + 1} ${c.kind}`]));
  // Rows the target never computes (fused away) have no figures: counted in one line, not listed among the measured.
  const unmeasured = r.layers.filter((l) => l.sqnrDb === null && l.cosine === null);
  const sorted = r.layers.filter((l) => !unmeasured.includes(l)).sort(worstFirst);
  const shown = sorted.filter((l, i) => i < limit || culprit.has(l.tensor));
  // A node with several compared outputs (or a compiled-only tensor beside its source) shows which tensor each row is.
  const perNode = new Map<string, number>();
  for (const l of sorted) if (l.node) perNode.set(l.node, (perNode.get(l.node) ?? 0) + 1);
  const name = (l: LayerRow) => (l.node && perNode.get(l.node)! > 1 ? `${l.node} (${l.tensor})` : l.node ?? l.tensor);
  const rows = [['', 'layer', 'op', 'unit', 'dtype', 'layout', 'SQNR', 'local SQNR', 'cosine', 'max err']];
  for (const l of shown) {
    const bad = l.sqnrDb !== null && l.sqnrDb < r.threshold;
    rows.push([
      culprit.get(l.tensor) ?? (bad ? '<' : ''),
      clip(name(l), 48),
      l.opType ?? '-',
      clip(l.unit || '-', 32),
      l.dtype ?? '-',
      l.layout ?? '-',
      dbText(l.sqnrDb),
      dbText(l.localSqnrDb),
      l.cosine === null ? '-' : l.cosine.toFixed(4),
      l.errSteps !== null ? `${l.errSteps.toFixed(1)} steps` : l.maxAbs !== null ? l.maxAbs.toPrecision(3) : '-',
    ]);
  }
  const head = `per layer, worst first (SQNR at the layer's output; local: the error it adds on its own; < below ${r.threshold} dB; #N culprit):`;
  const more = sorted.length > shown.length ? `\n  … ${sorted.length - shown.length} more layers (all of them: --json or --report)` : '';
  const fused = unmeasured.length ? `\n  ${unmeasured.length} more tensor${unmeasured.length === 1 ? '' : 's'} without figures: not computed by the target as such (fused) or not comparable; --json and --report say why for each` : '';
  return `${head}\n${table(rows).split('\n').map((line) => `  ${line}`).join('\n')}${more}${fused}`;
}
