import { format } from 'd3';
import { ColorScale, LEVELS } from './colormap';

const num = format('.4~g');

/** A colour bar with its domain: the same levels the heatmaps use, lowest on the left. */
export function colorLegend(kind: 'value' | 'diff', title: string, s: ColorScale, scope: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'color-legend';
  box.dataset.legend = kind;
  box.dataset.lo = String(s.lo);
  box.dataset.hi = String(s.hi);
  const head = document.createElement('div');
  head.className = 'legend-title';
  head.textContent = `${title} (${scope})`;
  const bar = document.createElement('canvas');
  bar.width = LEVELS;
  bar.height = 1;
  bar.className = 'legend-bar';
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', `${title}: ${num(s.lo)} to ${num(s.hi)}`);
  const ctx = bar.getContext('2d');
  if (ctx) {
    const img = ctx.createImageData(LEVELS, 1);
    new Uint32Array(img.data.buffer).set(s.lut);
    ctx.putImageData(img, 0, 0);
  }
  const ticks = document.createElement('div');
  ticks.className = 'legend-ticks';
  const lo = document.createElement('span');
  lo.textContent = num(s.lo);
  const hi = document.createElement('span');
  hi.textContent = num(s.hi);
  ticks.append(lo, hi);
  box.append(head, bar, ticks);
  return box;
}

/** A small swatch for the non-finite colour, shown only when the tensor has NaN or infinite values. */
export function nonFiniteLegend(count: number, rgb: [number, number, number]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'legend nonfinite';
  const sw = document.createElement('span');
  sw.className = 'swatch';
  sw.style.background = `rgb(${rgb.join(',')})`;
  box.append(sw, document.createTextNode(`NaN or infinite (${count})`));
  return box;
}
