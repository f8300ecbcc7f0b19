import type { OverlayModel } from './overlay-model';
import type { ViewModel } from './view-model';
import type { VisibleGraph } from './visible-graph';
import { Palette } from './colors';

/** The legend under the graph: dtype colours, layout badges, folding; with the error overlay on, its colour scale. */

export interface LegendContent {
  dtypes: Array<[string, number]>;
  badges: string[];
  inserted: boolean;
  folded: boolean;
  /** `path`: where the highlighted path leads (null: no path). */
  overlay: { threshold: number; culprits: number; path: string | null } | null;
}

/** What the legend lists for a graph: its dtypes and badges, or the error scale and where the path leads. */
export function legendContent(vm: ViewModel, vg: VisibleGraph | null, o: OverlayModel | null): LegendContent {
  return {
    dtypes: vm.dtypes,
    badges: vm.badges,
    inserted: vm.inserted,
    folded: (vg?.kinds ?? []).includes('folded'),
    overlay: o ? { threshold: o.threshold, culprits: o.rank.some((r) => r > 0) ? 1 : 0, path: o.path.length > 1 ? (o.rank[o.focus] > 0 ? 'culprit 1' : 'the first layer below the threshold') : null } : null,
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function item(parent: HTMLElement, swatch: HTMLElement, text: string, key?: string): void {
  const span = document.createElement('span');
  span.className = 'legend-item';
  if (key) span.dataset.key = key;
  span.append(swatch, document.createTextNode(text));
  parent.appendChild(span);
}

function swatch(color: string, cls = 'swatch'): HTMLElement {
  const s = document.createElement('span');
  s.className = cls;
  s.style.background = color;
  return s;
}

/** A horizontal gradient of the SQNR scale with its stops labelled in dB. */
function sqnrScale(p: Palette): SVGSVGElement {
  const w = 180;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'sqnr-scale');
  svg.setAttribute('width', String(w + 40));
  svg.setAttribute('height', '26');
  const grad = document.createElementNS(SVG_NS, 'linearGradient');
  grad.id = 'ql-sqnr-gradient';
  const stops = p.sqnrStops;
  const lo = stops[0].db;
  const hi = stops[stops.length - 1].db;
  for (const s of stops) {
    const st = document.createElementNS(SVG_NS, 'stop');
    st.setAttribute('offset', `${((s.db - lo) / (hi - lo)) * 100}%`);
    st.setAttribute('stop-color', s.color);
    grad.appendChild(st);
  }
  const defs = document.createElementNS(SVG_NS, 'defs');
  defs.appendChild(grad);
  const bar = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: 20, y: 2, width: w, height: 10, rx: 2, fill: 'url(#ql-sqnr-gradient)' })) bar.setAttribute(k, String(v));
  svg.append(defs, bar);
  for (const s of stops) {
    const x = 20 + ((s.db - lo) / (hi - lo)) * w;
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', '24');
    t.setAttribute('text-anchor', 'middle');
    t.textContent = `${s.db === stops[1].db ? '' : s.db < stops[1].db ? '≤' : '≥'}${s.db} dB`;
    svg.appendChild(t);
  }
  return svg;
}

export function renderLegend(el: HTMLElement, c: LegendContent, p: Palette): void {
  el.replaceChildren();
  if (c.overlay) {
    const label = document.createElement('span');
    label.className = 'legend-title';
    label.textContent = `SQNR (threshold ${c.overlay.threshold} dB)`;
    el.append(label, sqnrScale(p));
    item(el, swatch(p.background, 'swatch no-data'), 'not compared', 'no-data');
    if (c.overlay.culprits) {
      const mark = document.createElement('span');
      mark.className = 'culprit-mark';
      mark.textContent = '1';
      item(el, mark, 'culprit (rank)', 'culprit');
    }
    if (c.overlay.path) item(el, swatch(p.red, 'swatch path'), `path from the input to ${c.overlay.path}`, 'path');
  } else {
    // Nodes whose output type the model does not declare (a source graph's intermediates) get a plain swatch.
    for (const [d, count] of c.dtypes) item(el, swatch(p.dtype(d === '?' ? null : d)), `${d === '?' ? 'type not declared' : d} (${count})`, `dtype:${d}`);
  }
  for (const b of c.badges) {
    const badge = document.createElement('span');
    badge.className = 'badge-sample';
    badge.textContent = b;
    item(el, badge, b.startsWith('NCHW') ? 'blocked channels' : 'channels last', `badge:${b}`);
  }
  if (c.inserted) item(el, swatch('transparent', 'swatch dashed'), 'inserted by the compiler', 'inserted');
  if (c.folded) item(el, swatch('transparent', 'swatch folded'), 'folded group: click to unfold', 'folded');
}
