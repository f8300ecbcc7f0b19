import { curveBasis, line } from 'd3';
import type { Palette } from './colors';
import type { Decor, Scene } from './scene';

/**
 * The SVG of one scene item: a group's frame, an edge, a node or folded group. `build*` makes an item's elements
 * once (they live until the next scene); `update*` positions and decorates them on every draw.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

/** The graph's SVG: arrow markers, and a viewport (the zoom transform) holding frames under edges under nodes. */
export function createSvgLayers(parent: HTMLElement): { svg: SVGSVGElement; viewport: SVGGElement; frames: SVGGElement; edges: SVGGElement; nodes: SVGGElement } {
  const svg = el('svg', { class: 'graph', tabindex: 0, role: 'group', 'aria-label': 'Graph. Arrow keys pan, plus and minus zoom, 0 fits.' }, parent);
  const defs = el('defs', {}, svg);
  for (const id of ['ql-arrow', 'ql-arrow-path']) {
    const m = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    el('path', { d: 'M0,0 L10,5 L0,10 z', class: id }, m);
  }
  const viewport = el('g', { class: 'viewport' }, svg);
  return { svg, viewport, frames: el('g', { class: 'frames' }, viewport), edges: el('g', { class: 'edges' }, viewport), nodes: el('g', { class: 'nodes' }, viewport) };
}

const edgeLine = line<[number, number]>().curve(curveBasis);

/** What building and updating an item needs from the renderer. */
export interface ItemContext {
  scene: Scene;
  decor: Decor;
  palette: Palette;
  /** A leaf was clicked or Enter was pressed on it, or a group's fold control. */
  activate(item: number): void;
  /** Show a tooltip while the pointer is over `target`. */
  hover(target: SVGElement, text: () => string): void;
}

/** The world rectangle drawn now: a frame's outline is drawn only within it. */
export interface DrawnArea { x0: number; y0: number; x1: number; y1: number }

/** Click and Enter/Space run the item's action (and do not reach the canvas behind it). */
function onActivate(target: SVGElement, item: number, ctx: ItemContext): void {
  target.addEventListener('click', (ev) => {
    ev.stopPropagation();
    ctx.activate(item);
  });
  target.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      ev.stopPropagation();
      ctx.activate(item);
    }
  });
}

export function buildFrame(g: SVGGElement, item: number, ctx: ItemContext): void {
  const t = ctx.scene.text(item);
  g.setAttribute('class', 'frame');
  g.dataset.key = ctx.scene.vg.keys[item];
  el('rect', { class: 'frame-box', rx: 6 }, g);
  const header = el('g', { class: 'frame-header', tabindex: 0, role: 'button', 'aria-label': t.aria }, g);
  el('rect', { class: 'frame-header-box', rx: 6, height: 22 }, header);
  el('text', { class: 'frame-fold', x: 8, y: 15 }, header).textContent = '−';
  el('text', { class: 'frame-title', x: 22, y: 15 }, header).textContent = t.title;
  onActivate(header, item, ctx);
  ctx.hover(header, () => t.tooltip);
}

export function updateFrame(g: SVGGElement, item: number, ctx: ItemContext, drawn: DrawnArea): void {
  const r = ctx.scene.rects;
  const [fx, fy, fw, fh] = [r[4 * item], r[4 * item + 1], r[4 * item + 2], r[4 * item + 3]];
  g.setAttribute('transform', `translate(${fx},${fy})`);
  // Only the part of the frame within the drawn area: the browser rasterizes a dashed outline over its whole
  // length, and an open group of a large model is hundreds of thousands of pixels tall (seconds per frame).
  const [x0, y0] = [Math.max(fx, drawn.x0), Math.max(fy, drawn.y0)];
  const [x1, y1] = [Math.min(fx + fw, drawn.x1), Math.min(fy + fh, drawn.y1)];
  const box = g.firstElementChild as SVGRectElement;
  box.setAttribute('x', String(x0 - fx));
  box.setAttribute('y', String(y0 - fy));
  box.setAttribute('width', String(Math.max(0, x1 - x0)));
  box.setAttribute('height', String(Math.max(0, y1 - y0)));
  (g.querySelector('.frame-header-box') as SVGRectElement).setAttribute('width', String(r[4 * item + 2]));
  g.classList.toggle('match', ctx.decor.matches.has(item));
  g.classList.toggle('on-path', ctx.decor.pathItems.has(item));
}

export function buildEdge(g: SVGGElement, e: number, ctx: ItemContext): void {
  const scene = ctx.scene;
  const ve = scene.vg.edges[e];
  g.setAttribute('class', 'edge');
  g.dataset.key = `${scene.vg.keys[ve.from]}>${scene.vg.keys[ve.to]}`;
  el('path', { class: 'hit' }, g);
  el('path', { class: 'line', 'marker-end': 'url(#ql-arrow)' }, g);
  // Elements are rebuilt for every new scene, so the index stays valid for this element's life.
  ctx.hover(g, () => scene.edgeTooltip(e));
}

/** `paths`: the scene's edge paths computed so far (an edge's `d` is computed once per scene). */
export function updateEdge(g: SVGGElement, e: number, ctx: ItemContext, paths: Array<string | undefined>): void {
  let d = paths[e];
  if (d === undefined) {
    const p = ctx.scene.points[e];
    const pts: Array<[number, number]> = [];
    for (let k = 0; k < p.length; k += 2) pts.push([p[k], p[k + 1]]);
    d = paths[e] = edgeLine(pts) ?? '';
  }
  const onPath = ctx.decor.pathEdges.has(e);
  g.classList.toggle('path', onPath);
  for (const p of Array.from(g.children)) p.setAttribute('d', d);
  g.lastElementChild!.setAttribute('marker-end', onPath ? 'url(#ql-arrow-path)' : 'url(#ql-arrow)');
}

export function buildNode(g: SVGGElement, item: number, ctx: ItemContext): void {
  const s = ctx.scene;
  const kind = s.vg.kinds[item];
  const t = s.text(item);
  const w = s.rects[4 * item + 2];
  const h = s.rects[4 * item + 3];
  g.setAttribute('class', `node ${kind === 'leaf' ? 'leaf' : 'group'}${t.inserted ? ' inserted' : ''}`);
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', t.aria);
  g.dataset.key = s.vg.keys[item];
  if (kind === 'leaf') g.dataset.node = s.vg.node[item] >= 0 ? String(s.vg.node[item]) : '';
  else g.dataset.group = s.vg.group[item];
  if (t.dtype) g.dataset.dtype = t.dtype;
  // The ring shows selection, search matches, the error path and keyboard focus (CSS picks which).
  el('rect', { class: 'ring', x: -4, y: -4, width: w + 8, height: h + 8, rx: 8 }, g);
  if (kind === 'folded') el('rect', { class: 'stack', x: 4, y: -4, width: w, height: h, rx: 5 }, g);
  el('rect', { class: 'body', width: w, height: h, rx: 5 }, g);
  el('rect', { class: 'stripe', width: 5, height: h, rx: 2 }, g);
  el('text', { class: 'title', x: 12, y: 16 }, g).textContent = t.title;
  el('text', { class: 'sub', x: 12, y: 31 }, g).textContent = t.sub;
  if (t.ops) el('text', { class: 'sub ops', x: 12, y: 45 }, g).textContent = t.ops;
  if (t.badge) {
    const bw = t.badge.length * 6.6 + 10;
    const badge = el('g', { class: 'badge', transform: `translate(${w - bw - 4},4)` }, g);
    el('rect', { width: bw, height: 13, rx: 6 }, badge);
    el('text', { x: bw / 2, y: 10 }, badge).textContent = t.badge;
  }
  if (kind === 'folded') {
    el('text', { class: 'fold', x: w - 14, y: 18 }, g).textContent = '+';
    const bar = el('g', { class: 'dtype-bar', transform: `translate(10,${h - 9})` }, g);
    const total = (t.dtypes ?? []).reduce((a, [, c]) => a + c, 0) || 1;
    let x = 0;
    for (const [d, c] of t.dtypes ?? []) {
      const bw = ((w - 20) * c) / total;
      const seg = el('rect', { x, width: Math.max(1, bw), height: 4 }, bar);
      seg.dataset.dtype = d;
      x += bw;
    }
  }
  const culprit = el('g', { class: 'culprit', transform: 'translate(0,0)' }, g);
  el('circle', { r: 9 }, culprit);
  el('text', { y: 4 }, culprit);
  onActivate(g, item, ctx);
  ctx.hover(g, () => t.tooltip);
}

export function updateNode(g: SVGGElement, item: number, ctx: ItemContext): void {
  const { scene: s, decor: dec, palette: p } = ctx;
  const r = s.rects;
  const t = s.text(item);
  g.setAttribute('transform', `translate(${r[4 * item]},${r[4 * item + 1]})`);
  g.classList.toggle('selected', dec.selected === item);
  g.classList.toggle('match', dec.matches.has(item));
  g.classList.toggle('current', dec.current === item);
  g.classList.toggle('on-path', dec.pathItems.has(item));
  const color = p.dtype(t.dtype);
  const body = g.querySelector<SVGRectElement>('rect.body')!;
  const sq = dec.overlay ? dec.overlay.sqnr[item] : NaN;
  g.classList.toggle('overlay', !!dec.overlay);
  g.classList.toggle('no-data', !!dec.overlay && Number.isNaN(sq));
  body.style.fill = dec.overlay ? (Number.isNaN(sq) ? p.background : p.sqnr(sq)) : color;
  body.style.stroke = dec.overlay ? (Number.isNaN(sq) ? p.lines : p.sqnr(sq)) : color;
  if (dec.overlay && !Number.isNaN(sq)) g.dataset.sqnr = sq.toFixed(2);
  else delete g.dataset.sqnr;
  g.querySelector<SVGRectElement>('rect.stripe')!.style.fill = color;
  for (const seg of Array.from(g.querySelectorAll<SVGRectElement>('.dtype-bar rect'))) seg.style.fill = p.dtype(seg.dataset.dtype ?? null);
  const rank = dec.overlay ? dec.overlay.rank[item] : 0;
  const culprit = g.querySelector<SVGGElement>('g.culprit')!;
  culprit.style.display = rank > 0 ? '' : 'none';
  if (rank > 0) {
    culprit.lastElementChild!.textContent = String(rank);
    g.dataset.culprit = String(rank);
  } else delete g.dataset.culprit;
}
