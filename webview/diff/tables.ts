import { format } from 'd3';
import type { TensorPairData } from '../../src/shared/protocol';
import { sqnrText } from '../../src/shared/sqnr-text';
import { formatIndex, fullIndex } from './planes';
import type { Quant } from './histogram';
import type { WorstElement } from './stats';

/** The metrics of the pair (as the comparison computed them) and the worst elements with their full indices. */

const num = format('.4~g');
const dash = '\u2014';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export function metricsTable(m: TensorPairData['metrics'], nonFinite: { reference: number; actual: number }): HTMLTableElement {
  const rows: Array<[string, string, string]> = [
    // Worded as the Comparison view and the graph word it ("identical" at the engine's cap, one decimal).
    ['sqnr', 'SQNR', sqnrText(m.sqnrDb, dash)],
    ['local-sqnr', 'Local SQNR (this layer alone)', sqnrText(m.localSqnrDb, dash)],
    ['cosine', 'Cosine similarity', m.cosine === null ? dash : m.cosine.toFixed(6)],
    ['max-abs', 'Max |difference|', m.maxAbs === null ? dash : num(m.maxAbs)],
    ['mean-abs', 'Mean |difference|', m.meanAbs === null ? dash : num(m.meanAbs)],
    ['err-steps', 'Max error (quantization steps)', m.errSteps === null ? dash : num(m.errSteps)],
    ['clipped', 'Reference outside the grid', m.clippedFraction === null ? dash : `${(m.clippedFraction * 100).toFixed(2)}%`],
  ];
  if (nonFinite.reference || nonFinite.actual) rows.push(['non-finite', 'NaN or infinite values', `reference ${nonFinite.reference}, actual ${nonFinite.actual}`]);
  const t = el('table', undefined, 'metrics');
  t.setAttribute('aria-label', 'Metrics');
  for (const [key, label, value] of rows) {
    const tr = el('tr');
    tr.dataset.metric = key;
    tr.append(el('th', label), el('td', value));
    t.append(tr);
  }
  return t;
}

/** Rows open the element's channel when clicked or on Enter/Space. */
export function worstTable(worst: WorstElement[], dims: number[], axes: string[], quant: Quant | null, onOpen: (w: WorstElement) => void): HTMLElement {
  if (worst.length === 0) return el('p', 'No element differs.', 'muted');
  const t = el('table', undefined, 'worst');
  t.setAttribute('aria-label', 'Worst elements');
  const head = el('tr');
  head.append(el('th', '#'), el('th', `(${axes.join(', ')})`), el('th', 'reference'), el('th', 'actual'), el('th', '|difference|'));
  if (quant) head.append(el('th', 'steps'));
  t.append(head);
  worst.forEach((w, i) => {
    const tr = el('tr', undefined, 'worst-row');
    tr.tabIndex = 0;
    tr.dataset.flat = String(w.flat);
    const index = formatIndex(fullIndex(dims, w.flat));
    tr.setAttribute('aria-label', `Element ${index}: show its channel`);
    tr.append(el('td', String(i + 1)), el('td', index, 'index'), el('td', num(w.reference)), el('td', num(w.actual)), el('td', Number.isFinite(w.diff) ? num(w.diff) : 'non-finite'));
    if (quant) tr.append(el('td', Number.isFinite(w.diff) ? num(w.diff / quant.scale) : dash));
    tr.addEventListener('click', () => onOpen(w));
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(w);
      }
    });
    t.append(tr);
  });
  return t;
}
