import { axisBottom, axisLeft, format, max as d3max, scaleLinear, scaleSqrt, select, type ScaleLinear, type Selection } from 'd3';
import type { TensorPairData } from '../../src/shared/protocol';
import { quantNumber } from '../../src/shared/quant-text';

/**
 * Histograms of both sides over the whole tensor (every finite value counted, nothing sampled). When the compared
 * tensor is quantized and its values span at most MAX_GRID_BINS steps, there is one bin per quantization step
 * (centred on the step, so the actual side's values fall in the middle of theirs and a reference that piles up at a
 * clip bound shows as one tall bin); otherwise UNIFORM_BINS equal bins over the values' range.
 */

export const MAX_GRID_BINS = 256;
export const UNIFORM_BINS = 64;
/** Grid lines closer than this (pixels) are not drawn: the note gives the step instead. */
const MIN_GRID_SPACING_PX = 4;

export type Quant = NonNullable<TensorPairData['quant']>;

export interface Bins {
  kind: 'grid' | 'uniform';
  /** bins + 1 edges. */
  edges: number[];
  reference: number[];
  actual: number[];
}

export function histogramBins(reference: Float32Array, actual: Float32Array, lo: number, hi: number, quant: Quant | null): Bins {
  if (quant && quant.scale > 0) {
    const qa = Math.round(lo / quant.scale + quant.zeroPoint);
    const qb = Math.round(hi / quant.scale + quant.zeroPoint);
    if (qb - qa + 1 <= MAX_GRID_BINS) {
      const n = qb - qa + 1;
      const edges = Array.from({ length: n + 1 }, (_, i) => (qa + i - 0.5 - quant.zeroPoint) * quant.scale);
      // bin = round(v / scale + zeroPoint) - qa
      const k = { mul: 1 / quant.scale, add: quant.zeroPoint - qa, round: true };
      return { kind: 'grid', edges, reference: count(reference, n, k), actual: count(actual, n, k) };
    }
  }
  const width = hi > lo ? hi - lo : 1;
  const start = hi > lo ? lo : lo - 0.5;
  const n = hi > lo ? UNIFORM_BINS : 1;
  const edges = Array.from({ length: n + 1 }, (_, i) => start + (width * i) / n);
  // bin = floor((v - start) * n / width), the maximum folded into the last bin
  // add is -(start * mul) exactly, so the minimum lands on 0.0 and not an ulp below it.
  const mul = n / width;
  const k = { mul, add: -(start * mul), round: false };
  return { kind: 'uniform', edges, reference: count(reference, n, k), actual: count(actual, n, k) };
}

/** Counts of bin = round or floor(v * mul + add), in one tight loop (this runs over every value of both sides). */
function count(values: Float32Array, n: number, k: { mul: number; add: number; round: boolean }): number[] {
  const out = new Float64Array(n);
  const { mul, add } = k;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v - v !== 0) continue;
    let b = k.round ? Math.round(v * mul + add) : Math.floor(v * mul + add);
    if (!k.round && b === n) b = n - 1;
    if (b >= 0 && b < n) out[b]++;
  }
  return Array.from(out);
}

export const clipBounds = (q: Quant) => ({ lo: (q.qmin - q.zeroPoint) * q.scale, hi: (q.qmax - q.zeroPoint) * q.scale });

const W = 520;
const H = 244;
/** The top margin holds two label rows above the bars: the axis title and note, then the clip bounds' labels. */
const M = { top: 46, right: 16, bottom: 34, left: 52 };
const CLIP_LABEL_Y = M.top - 8;
/** About the width of "qmax -12.34" at the labels' 10px: closer bounds put qmax's label on the row above. */
const CLIP_LABEL_PX = 64;
const num = format('.4~g');

/** Draw the histograms into `host` (replacing what was there); says how many grid lines it drew (null: no grid). */
export function drawHistogram(host: HTMLElement, bins: Bins, quant: Quant | null): { gridLines: number | null } {
  host.replaceChildren();
  const svg = select(host).append('svg').attr('class', 'chart hist').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img')
    .attr('aria-label', `Histogram of reference and actual values, ${bins.reference.length} bins`).attr('data-kind', bins.kind);
  const x = scaleLinear().domain([bins.edges[0], bins.edges[bins.edges.length - 1]]).range([M.left, W - M.right]);
  const top = Math.max(1, d3max([...bins.reference, ...bins.actual]) ?? 1);
  const y = scaleSqrt().domain([0, top]).range([H - M.bottom, M.top]);

  const gridLines = quant ? drawGrid(svg, x, quant) : null;
  const bars = (cls: string, counts: number[]) => svg.append('g').attr('class', cls).selectAll('rect').data(counts).join('rect')
    .attr('class', 'bar').attr('data-count', (c) => c).attr('data-x0', (_, i) => bins.edges[i]).attr('data-x1', (_, i) => bins.edges[i + 1])
    .attr('x', (_, i) => x(bins.edges[i])).attr('width', (_, i) => Math.max(0.5, x(bins.edges[i + 1]) - x(bins.edges[i])))
    .attr('y', (c) => y(c)).attr('height', (c) => y(0) - y(c));
  bars('bars-ref', bins.reference);
  bars('bars-act', bins.actual);
  if (quant) drawClip(svg, x, quant);

  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${H - M.bottom})`).call(axisBottom(x).ticks(6).tickFormat((v) => num(v as number)));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(4).tickFormat((v) => format('~s')(v as number)));
  svg.append('text').attr('class', 'axis-label').attr('x', M.left).attr('y', 11).text('count (square-root scale)');
  return { gridLines };
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

function drawGrid(svg: Svg, x: ScaleLinear<number, number>, q: Quant): number {
  const [d0, d1] = x.domain();
  const spacing = Math.abs(x(q.scale) - x(0));
  const g = svg.append('g').attr('class', 'qgrid');
  if (spacing < MIN_GRID_SPACING_PX) {
    g.attr('data-lines', 0);
    svg.append('text').attr('class', 'note').attr('x', W - M.right).attr('y', 11).attr('text-anchor', 'end').text(`grid step ${quantNumber(q.scale)}: too dense to draw`);
    return 0;
  }
  const steps: number[] = [];
  for (let k = Math.ceil(d0 / q.scale + q.zeroPoint); k <= Math.floor(d1 / q.scale + q.zeroPoint); k++) steps.push((k - q.zeroPoint) * q.scale);
  g.attr('data-lines', steps.length).selectAll('line').data(steps).join('line')
    .attr('x1', (v) => x(v)).attr('x2', (v) => x(v)).attr('y1', M.top).attr('y2', H - M.bottom);
  return steps.length;
}

function drawClip(svg: Svg, x: ScaleLinear<number, number>, q: Quant): void {
  const [d0, d1] = x.domain();
  const b = clipBounds(q);
  const g = svg.append('g').attr('class', 'clip');
  // Labels sit in the band above the bars (never on them); two bounds close together take a row each.
  const near = b.lo >= d0 && b.hi <= d1 && x(b.hi) - x(b.lo) < 2 * CLIP_LABEL_PX;
  for (const [v, name] of [[b.lo, 'qmin'], [b.hi, 'qmax']] as const) {
    const label = `${name} ${quantNumber(v)}`;
    const y = near && name === 'qmax' ? CLIP_LABEL_Y - 12 : CLIP_LABEL_Y;
    if (v >= d0 && v <= d1) {
      g.append('line').attr('data-bound', name).attr('data-value', v).attr('x1', x(v)).attr('x2', x(v)).attr('y1', y + 2).attr('y2', H - M.bottom);
      // Anchored away from the plot's edge it is nearer to, so it never runs out of the chart.
      const anchor = x(v) - M.left < CLIP_LABEL_PX ? 'start' : W - M.right - x(v) < CLIP_LABEL_PX ? 'end' : 'middle';
      g.append('text').attr('class', 'clip-label').attr('x', x(v)).attr('y', y).attr('text-anchor', anchor).text(label);
    } else {
      // Off the values' range: say where it is rather than squashing the histogram to reach it.
      const right = v > d1;
      g.append('text').attr('data-bound', name).attr('data-value', v).attr('class', 'clip-label offscale').attr('x', right ? W - M.right : M.left).attr('y', CLIP_LABEL_Y)
        .attr('text-anchor', right ? 'end' : 'start').text(right ? `${label} \u2192` : `\u2190 ${label}`);
    }
  }
}
