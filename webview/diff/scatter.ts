import { axisBottom, axisLeft, format, scaleLinear, select } from 'd3';
import { clipBounds, Quant } from './histogram';
import type { WorstElement } from './stats';
import { rng } from '../../src/shared/rng';

/**
 * Reference (x) against actual (y). Past MAX_POINTS elements a uniform random sample is drawn (fixed seed, so the
 * same tensor always shows the same points) and the caption says how many of how many; the worst elements are drawn
 * on top whatever the sample holds, and the caption says that too. A random sample, not every k-th element: a stride
 * would line up with rows or channels of the tensor.
 */

export const MAX_POINTS = 4000;
export const SAMPLE_SEED = 1;

/** `m` distinct indices of [0, n), sorted (Floyd's algorithm: m draws, whatever n is); all of them when n <= m. */
export function sampleIndices(n: number, m: number, seed = SAMPLE_SEED): Uint32Array {
  if (n <= m) return Uint32Array.from({ length: n }, (_, i) => i);
  const rnd = rng(seed);
  const chosen = new Set<number>();
  for (let j = n - m; j < n; j++) {
    const t = Math.floor(rnd() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return Uint32Array.from(chosen).sort();
}

const W = 330;
const H = 230;
const M = { top: 22, right: 12, bottom: 34, left: 52 };
const num = format('.4~g');

export function drawScatter(host: HTMLElement, reference: Float32Array, actual: Float32Array, lo: number, hi: number, worst: WorstElement[], quant: Quant | null): { sampled: number; drawn: number; total: number } {
  host.replaceChildren();
  const idx = sampleIndices(reference.length, MAX_POINTS);
  const d0 = hi > lo ? lo : lo - 0.5;
  const d1 = hi > lo ? hi : lo + 0.5;
  const x = scaleLinear().domain([d0, d1]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([d0, d1]).range([H - M.bottom, M.top]);
  const svg = select(host).append('svg').attr('class', 'chart scatter').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img')
    .attr('aria-label', 'Scatter of actual against reference values');
  svg.append('line').attr('class', 'diagonal').attr('x1', x(d0)).attr('y1', y(d0)).attr('x2', x(d1)).attr('y2', y(d1));
  if (quant) {
    const b = clipBounds(quant);
    svg.append('g').attr('class', 'clip').selectAll('line').data([b.lo, b.hi].filter((v) => v >= d0 && v <= d1)).join('line')
      .attr('x1', M.left).attr('x2', W - M.right).attr('y1', (v) => y(v)).attr('y2', (v) => y(v));
  }
  // One path for every point ("M x y h0" with round caps draws a dot): thousands of points, one element.
  const parts: string[] = [];
  let drawn = 0;
  for (const i of idx) {
    const r = reference[i];
    const a = actual[i];
    if (r - r !== 0 || a - a !== 0) continue;
    parts.push(`M${x(r).toFixed(1)} ${y(a).toFixed(1)}h0`);
    drawn++;
  }
  svg.append('path').attr('class', 'points').attr('data-points', drawn).attr('d', parts.join(''));
  svg.append('g').attr('class', 'worst-points').selectAll('circle').data(worst.filter((w) => Number.isFinite(w.reference) && Number.isFinite(w.actual))).join('circle')
    .attr('data-flat', (w) => w.flat).attr('cx', (w) => x(w.reference)).attr('cy', (w) => y(w.actual)).attr('r', 3);
  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${H - M.bottom})`).call(axisBottom(x).ticks(5).tickFormat((v) => num(v as number)));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5).tickFormat((v) => num(v as number)));
  svg.append('text').attr('class', 'axis-label').attr('x', W - M.right).attr('y', H - 4).attr('text-anchor', 'end').text('reference');
  svg.append('text').attr('class', 'axis-label').attr('x', M.left).attr('y', 12).text('actual');
  return { sampled: idx.length, drawn, total: reference.length };
}
