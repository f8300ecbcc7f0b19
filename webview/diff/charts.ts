import type { TensorPairData } from '../../src/shared/protocol';
import { drawHistogram, histogramBins } from './histogram';
import { drawScatter, MAX_POINTS } from './scatter';
import type { TensorStats } from './stats';

/** The histogram and the scatter, each in a figure with a caption that says what is drawn and how much of it. */
export function drawCharts(host: HTMLElement, pair: TensorPairData, stats: TensorStats): void {
  const histFig = figure('histogram');
  const bins = histogramBins(pair.reference, pair.actual, stats.lo, stats.hi, pair.quant);
  const { gridLines } = drawHistogram(histFig.body, bins, pair.quant);
  histFig.caption.append(
    item('ref', 'reference'), item('act', 'actual'),
    ...(pair.quant ? [item('clip', 'clip bounds')] : []),
    ...(gridLines ? [item('grid', 'quantization grid')] : []),
    text(`${bins.kind === 'grid' ? `one bin per quantization step (${bins.reference.length})` : `${bins.reference.length} equal bins`}; every one of the ${pair.reference.length.toLocaleString('en-US')} values per side counted`),
  );

  const scatterFig = figure('scatter');
  const s = drawScatter(scatterFig.body, pair.reference, pair.actual, stats.lo, stats.hi, stats.worst, pair.quant);
  const what = s.sampled < s.total
    ? `${s.drawn.toLocaleString('en-US')} of ${s.total.toLocaleString('en-US')} points (a uniform random sample of ${MAX_POINTS.toLocaleString('en-US')})`
    : `all ${s.drawn.toLocaleString('en-US')} of ${s.total.toLocaleString('en-US')} points`;
  const skipped = s.sampled - s.drawn;
  scatterFig.caption.append(text(`${what}${skipped ? `, ${skipped} non-finite left out` : ''}; `), swatch('worst'), text(` the ${stats.worst.length} worst`));
  scatterFig.caption.dataset.points = String(s.drawn);
  scatterFig.caption.dataset.total = String(s.total);
  host.replaceChildren(histFig.fig, scatterFig.fig);
}

function figure(kind: string): { fig: HTMLElement; body: HTMLElement; caption: HTMLElement } {
  const fig = document.createElement('figure');
  fig.className = `chart-figure ${kind}`;
  const body = document.createElement('div');
  const caption = document.createElement('figcaption');
  caption.className = 'muted';
  fig.append(body, caption);
  return { fig, body, caption };
}

/** A legend entry: swatch and label. */
function item(kind: string, label: string): HTMLElement {
  const s = document.createElement('span');
  s.className = 'legend-item';
  s.append(swatch(kind), text(` ${label}`));
  return s;
}

function swatch(kind: string): HTMLElement {
  const s = document.createElement('span');
  s.className = `swatch ${kind}`;
  return s;
}

const text = (t: string) => document.createTextNode(t);
