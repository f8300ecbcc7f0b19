import type { CompareReport, LayerRow } from '../engine/compare/compare-report';

import { sqnrText } from '../shared/sqnr-text';

const fmt = (x: number) => sqnrText(x);

export const isBelow = (l: LayerRow, threshold: number) => l.sqnrDb !== null && l.sqnrDb < threshold;

/** The first row below the threshold in graph order (the report's `firstBad`, or the first such row). */
export function firstBadRow(r: CompareReport): LayerRow | null {
  if (r.firstBad) {
    const hit = r.layers.find((l) => l.tensor === r.firstBad!.tensor);
    if (hit) return hit;
  }
  return r.layers.find((l) => isBelow(l, r.threshold)) ?? null;
}

/**
 * Where the error comes from, in words: a culprit; or every layer locally exact (then rounding differences only
 * propagate); or every layer locally fine (small errors accumulate); or the first bad layer's own loss.
 */
export function errorOrigin(r: CompareReport): string {
  const c = r.culprits[0];
  if (c) return c.explanation;
  const bad = firstBadRow(r);
  if (!bad) return `every layer stays above ${r.threshold} dB`;
  const locals = r.layers.map((l) => l.localSqnrDb).filter((x): x is number => x !== null);
  if (locals.length && locals.every((x) => x >= 200)) {
    return r.mode === 'compiled-vs-source' || r.mode === 'target-vs-target'
      ? 'each layer computes exactly what the source says; rounding differences propagate and grow from layer to layer'
      : 'each layer computes exactly what its reference inputs give; the differences come in at the inputs and propagate';
  }
  if (locals.length && locals.every((x) => x >= r.threshold)) {
    const worst = Math.min(...locals);
    return `every layer on its own stays at ${fmt(worst)} or better; small errors accumulate from layer to layer`;
  }
  if (bad.localSqnrDb !== null && bad.localSqnrDb < r.threshold) return `${bad.node ?? bad.tensor} loses ${fmt(bad.localSqnrDb)} on its own`;
  return 'the error builds up over several layers; no single layer explains it';
}

/** The summary the view shows above the rows: the output figure, where to look, and why. */
export function comparisonSummary(r: CompareReport): string {
  const worst = r.output.reduce<number | null>((m, o) => (o.sqnrDb === null ? m : m === null ? o.sqnrDb : Math.min(m, o.sqnrDb)), null);
  const c = r.culprits[0];
  const bad = firstBadRow(r);
  const where = c ? `culprit ${c.node} (${c.kind})` : bad ? `no culprit; first below ${r.threshold} dB: ${bad.node ?? bad.tensor} (${fmt(bad.sqnrDb!)})` : `no layer below ${r.threshold} dB`;
  const why = errorOrigin(r);
  return `${r.mode} at ${r.target.id}: output ${worst === null ? '—' : fmt(worst)}; ${where}. ${why.charAt(0).toUpperCase()}${why.slice(1)}${/[.!?]$/.test(why) ? '' : '.'}`;
}
