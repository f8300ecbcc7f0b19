import type { CompareReport } from '../compare-report';
import { culpritRanks, fmtDbUnit, fmtThreshold, isBelow, isIdentical } from './report-format';
import { esc } from './html-escape';

/** The HTML report's SVG chart of SQNR and local SQNR by layer, drawn without scripts. */

const W = 1000;
const H = 380;
const PAD = { left: 76, right: 24, top: 64, bottom: 48 };

/** The chart: x = layer index, y = SQNR (dB); identical values sit on a band above the plot, labelled "identical". */
export function sqnrChart(r: CompareReport): string {
  const n = r.layers.length;
  const sqnr = r.layers.map((l) => l.sqnrDb);
  const local = r.layers.map((l) => l.localSqnrDb);
  const finite = [...sqnr, ...local].filter((v): v is number => v !== null && !isIdentical(v) && Number.isFinite(v));
  let lo = Math.min(0, r.threshold, ...finite);
  let hi = Math.max(r.threshold, ...finite);
  if (hi - lo < 1) hi = lo + 10;
  const step = niceStep((hi - lo) / 6);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const bottom = H - PAD.bottom;
  const identY = PAD.top - 22;
  const x = (i: number) => (n === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + 10 + (i * (W - PAD.left - PAD.right - 20)) / (n - 1));
  const y = (v: number) => (isIdentical(v) ? identY : bottom - ((v - lo) / (hi - lo)) * (bottom - PAD.top));
  const parts: string[] = [];

  for (let k = 0; k <= Math.round((hi - lo) / step); k++) {
    const v = lo + k * step;
    const yy = f(y(v));
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}"/>`,
      `<text class="tick" x="${PAD.left - 8}" y="${yy}" dy="0.32em" text-anchor="end">${f(v)}</text>`);
  }
  const xStep = Math.max(1, niceStep((n - 1) / 12));
  for (let i = 0; i < n; i += xStep) {
    parts.push(`<text class="tick" x="${f(x(i))}" y="${bottom + 18}" text-anchor="middle">${i}</text>`);
  }
  parts.push(`<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${bottom}" y2="${bottom}"/>`,
    `<text class="axis-title" x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">layer (graph order)</text>`,
    `<text class="axis-title" transform="translate(16 ${f((PAD.top + bottom) / 2)}) rotate(-90)" text-anchor="middle">SQNR (dB)</text>`);
  if ([...sqnr, ...local].some(isIdentical)) {
    parts.push(`<line class="ident-line" x1="${PAD.left}" x2="${W - PAD.right}" y1="${identY}" y2="${identY}"/>`,
      `<text class="tick ident" x="${PAD.left - 8}" y="${identY}" dy="0.32em" text-anchor="end">identical</text>`);
  }
  const ty = f(y(r.threshold));
  parts.push(`<line class="threshold" x1="${PAD.left}" x2="${W - PAD.right}" y1="${ty}" y2="${ty}"/>`,
    `<text class="threshold-label" x="${W - PAD.right - 4}" y="${ty}" dy="-0.4em" text-anchor="end">threshold ${esc(fmtThreshold(r.threshold))}</text>`);

  parts.push(`<path class="line local-line" d="${linePath(local, x, y)}"/>`, `<path class="line sqnr-line" d="${linePath(sqnr, x, y)}"/>`);
  r.layers.forEach((l, i) => {
    if (l.localSqnrDb === null) return;
    const [cx, cy] = [x(i), y(l.localSqnrDb)];
    parts.push(`<rect class="lpt" x="${f(cx - 2.5)}" y="${f(cy - 2.5)}" width="5" height="5">`
      + `<title>${esc(`#${i} ${l.tensor}\nlocal SQNR ${fmtDbUnit(l.localSqnrDb)}`)}</title></rect>`);
  });
  r.layers.forEach((l, i) => {
    const tip = `<title>${esc(`#${i} ${l.tensor}\nSQNR ${l.sqnrDb === null ? 'not measured' : fmtDbUnit(l.sqnrDb)}`)}</title>`;
    const cx = f(x(i));
    if (l.sqnrDb === null) {
      parts.push(`<path class="pt na" data-layer="${i}" d="M${cx} ${bottom} m-3.5 -3.5 l7 7 m0 -7 l-7 7">${tip}</path>`);
      return;
    }
    const cls = `pt${isBelow(l.sqnrDb, r.threshold) ? ' below' : ''}${isIdentical(l.sqnrDb) ? ' same' : ''}`;
    parts.push(`<circle class="${cls}" data-layer="${i}" cx="${cx}" cy="${f(y(l.sqnrDb))}" r="3.5">${tip}</circle>`);
  });
  for (const [i, rank] of culpritRanks(r)) {
    const l = r.layers[i];
    const at = l.sqnrDb ?? l.localSqnrDb;
    const [cx, cy] = [f(x(i)), f(at === null ? bottom : y(at))];
    parts.push(`<circle class="culprit-ring" cx="${cx}" cy="${cy}" r="8"/>`,
      `<text class="culprit-label" x="${cx}" y="${cy}" dy="-12" text-anchor="middle">#${rank}</text>`);
  }
  parts.push(legend());
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="SQNR by layer">${parts.join('')}</svg>`;
}

function legend(): string {
  const items = [
    '<circle class="pt" cx="6" cy="0" r="3.5"/><text x="16" dy="0.32em">SQNR</text>',
    '<rect class="lpt" x="80" y="-2.5" width="5" height="5"/><line class="line local-line" x1="72" x2="94" y1="0" y2="0"/><text x="100" dy="0.32em">local SQNR</text>',
    '<circle class="pt below" cx="196" cy="0" r="3.5"/><text x="206" dy="0.32em">below threshold</text>',
    '<circle class="culprit-ring" cx="336" cy="0" r="7"/><text x="350" dy="0.32em">culprit</text>',
    '<line class="threshold" x1="420" x2="450" y1="0" y2="0"/><text x="458" dy="0.32em">threshold</text>',
  ];
  return `<g class="legend" transform="translate(${PAD.left} 16)">${items.join('')}</g>`;
}

/** An SVG path through the known values; a null (not measured) breaks the line. */
function linePath(values: Array<number | null>, x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))}`;
    pen = true;
  });
  return d;
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

function f(v: number): string {
  return String(Math.round(v * 10) / 10);
}
