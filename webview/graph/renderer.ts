import { curveBasis, line, select, Selection, zoom, ZoomBehavior, zoomIdentity, ZoomTransform } from 'd3';
import { Palette } from './colors';
import { drawOverview, itemAt } from './overview';
import { Decor, Scene, ViewTransform } from './scene';

/**
 * Draws a scene with d3: SVG for what is in view (plus a margin, so short pans redraw nothing), and a canvas
 * overview instead when more than SVG_LIMIT boxes would be in view (a fully unfolded large model zoomed out), where
 * labels could not be read anyway. Zoom and pan move one transform; the DOM is rebuilt only when the view leaves
 * the drawn margin or the mode changes.
 */

export interface RendererEvents {
  /** A leaf was clicked or Enter was pressed on it, or a group's fold control. */
  activate(item: number): void;
  zoomed(t: ViewTransform, ended: boolean): void;
}

const SVG_LIMIT = 1500;
/** Zoom levels: below READABLE_ZOOM a fitted graph is not worth showing first; HOME_ZOOM shows its top instead. */
const READABLE_ZOOM = 0.5;
const HOME_ZOOM = 0.8;
/** Below this zoom, labels are hidden (CSS) and the overview becomes worth it. */
const LABEL_ZOOM = 0.45;
const SVG_NS = 'http://www.w3.org/2000/svg';

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

const edgeLine = line<[number, number]>().curve(curveBasis);

export class GraphRenderer {
  readonly root: HTMLDivElement;
  private svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private viewport: Selection<SVGGElement, unknown, null, undefined>;
  private frameLayer: Selection<SVGGElement, unknown, null, undefined>;
  private edgeLayer: Selection<SVGGElement, unknown, null, undefined>;
  private nodeLayer: Selection<SVGGElement, unknown, null, undefined>;
  private canvas: HTMLCanvasElement;
  private tooltip: HTMLDivElement;
  private zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  private t: ZoomTransform = zoomIdentity;
  private scene: Scene | null = null;
  private decor: Decor | null = null;
  private palette: Palette | null = null;
  private itemOf = new Map<string, number>();
  private edgeOf = new Map<string, number>();
  private pathD: Array<string | undefined> = [];
  private mode: 'svg' | 'canvas' = 'svg';
  /** The world rectangle the SVG holds, and the zoom it was drawn at. */
  private drawn: { x0: number; y0: number; x1: number; y1: number; k: number } | null = null;
  private raf = 0;
  private size = { w: 800, h: 600 };
  /** How the page last placed the view itself (home or fit); null once the user or a reveal moved it. */
  private autoPlace: (() => void) | null = null;

  constructor(parent: HTMLElement, private readonly events: RendererEvents) {
    this.root = document.createElement('div');
    this.root.className = 'graph-canvas';
    parent.appendChild(this.root);
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'overview';
    this.root.appendChild(this.canvas);
    const svg = el('svg', { class: 'graph', tabindex: 0, role: 'group', 'aria-label': 'Graph. Arrow keys pan, plus and minus zoom, 0 fits.' }, this.root);
    const defs = el('defs', {}, svg);
    for (const id of ['ql-arrow', 'ql-arrow-path']) {
      const m = el('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
      el('path', { d: 'M0,0 L10,5 L0,10 z', class: id }, m);
    }
    this.svg = select(svg);
    this.viewport = this.svg.append('g').attr('class', 'viewport');
    this.frameLayer = this.viewport.append('g').attr('class', 'frames');
    this.edgeLayer = this.viewport.append('g').attr('class', 'edges');
    this.nodeLayer = this.viewport.append('g').attr('class', 'nodes');
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'tooltip';
    this.tooltip.hidden = true;
    this.root.appendChild(this.tooltip);

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 4])
      .on('zoom', (ev: { transform: ZoomTransform; sourceEvent: unknown }) => {
        // The user moved the view: a resize no longer re-fits it.
        if (ev.sourceEvent) this.autoPlace = null;
        this.t = ev.transform;
        this.viewport.attr('transform', this.t.toString());
        this.svg.classed('zoomed-out', this.t.k < LABEL_ZOOM);
        this.tooltip.hidden = true;
        this.schedule();
        this.events.zoomed(this.transform, false);
      })
      .on('end', () => this.events.zoomed(this.transform, true));
    this.svg.call(this.zoomer).on('dblclick.zoom', null);
    this.svg.on('keydown', (ev: KeyboardEvent) => this.onKey(ev));
    this.svg.on('click', (ev: MouseEvent) => this.onCanvasClick(ev));
    new ResizeObserver(() => this.resize()).observe(this.root);
    this.resize();
  }

  get transform(): ViewTransform {
    return { x: this.t.x, y: this.t.y, k: this.t.k };
  }

  setScene(scene: Scene, decor: Decor, palette: Palette): void {
    this.scene = scene;
    this.decor = decor;
    this.palette = palette;
    this.itemOf = new Map(scene.vg.keys.map((k, i) => [k, i]));
    this.edgeOf = new Map(scene.vg.edges.map((e, i) => [`${scene.vg.keys[e.from]}>${scene.vg.keys[e.to]}`, i]));
    this.pathD = new Array(scene.points.length);
    // New layout: every kept element gets new positions; drop the contents so text widths follow the new sizes.
    this.frameLayer.selectAll('*').remove();
    this.nodeLayer.selectAll('*').remove();
    this.edgeLayer.selectAll('*').remove();
    const r = this.worldBounds();
    const fitK = Math.min(this.size.w / r.w, this.size.h / r.h);
    this.zoomer.scaleExtent([Math.min(0.05, fitK * 0.5), 4]);
    this.redraw();
  }

  setDecor(decor: Decor): void {
    this.decor = decor;
    this.redraw();
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    this.redraw();
  }

  /** Draw again now (decorations or colours changed), keeping the transform. */
  redraw(): void {
    this.drawn = null;
    this.draw();
  }

  setTransform(t: ViewTransform): void {
    this.autoPlace = null;
    this.svg.call(this.zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
  }

  fit(): void {
    this.resize();
    const r = this.worldBounds();
    const k = Math.min(this.size.w / r.w, this.size.h / r.h, 1.25) * 0.97;
    this.setTransform({ x: (this.size.w - r.w * k) / 2 - r.x * k, y: (this.size.h - r.h * k) / 2 - r.y * k, k });
    this.autoPlace = () => this.fit();
  }

  /**
   * The first view of a graph: all of it when it fits at a zoom where labels can be read, else its top (where the
   * input is) at a readable zoom, centred across. Deep models are tall: fitting 300 layers shows only specks.
   */
  home(): void {
    this.resize();
    const r = this.worldBounds();
    const fitK = Math.min(this.size.w / r.w, this.size.h / r.h, 1.25) * 0.97;
    if (fitK >= READABLE_ZOOM) {
      this.fit();
      return;
    }
    const k = Math.max(fitK, HOME_ZOOM);
    const x = r.w * k <= this.size.w ? (this.size.w - r.w * k) / 2 - r.x * k : 12 - r.x * k;
    this.setTransform({ x, y: 12 - r.y * k, k });
    this.autoPlace = () => this.home();
  }

  /** Centre an item, at zoom `k` (default: the current zoom, at least 0.8). */
  center(item: number, k = Math.max(this.t.k, 0.8)): void {
    const r = this.scene?.rects;
    if (!r) return;
    // The details panel may have just opened: measure now rather than wait for the resize observer.
    this.resize();
    const cx = r[4 * item] + r[4 * item + 2] / 2;
    const cy = r[4 * item + 1] + r[4 * item + 3] / 2;
    this.setTransform({ x: this.size.w / 2 - cx * k, y: this.size.h / 2 - cy * k, k });
  }

  /** Screen position of an item's top-left corner. */
  screenOf(item: number): [number, number] | null {
    const r = this.scene?.rects;
    return r ? this.t.apply([r[4 * item], r[4 * item + 1]]) : null;
  }

  focusItem(item: number): void {
    const key = this.scene?.vg.keys[item];
    if (!key) return;
    const sel = `[data-key="${CSS.escape(key)}"]`;
    const target = this.root.querySelector<SVGElement>(`g.node${sel}, g.frame${sel} .frame-header`);
    target?.focus();
  }

  private worldBounds(): { x: number; y: number; w: number; h: number } {
    const r = this.scene?.rects;
    if (!r || r.length < 4) return { x: 0, y: 0, w: 1, h: 1 };
    return { x: r[0], y: r[1], w: Math.max(1, r[2]), h: Math.max(1, r[3]) };
  }

  private resize(): void {
    const w = Math.max(1, this.root.clientWidth);
    const h = Math.max(1, this.root.clientHeight);
    if (w === this.size.w && h === this.size.h) return;
    const first = this.size.w <= 1 || this.size.h <= 1;
    this.size = { w, h };
    // A panel opened beside the editor may get its size after the first scene was placed (at 1x1 it lands in a
    // corner): a view the page placed itself (home, fit) is placed again for the real size, unless the user moved it.
    if (first && this.autoPlace && this.scene) queueMicrotask(() => this.autoPlace?.());
    const dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    this.redraw();
  }

  private schedule(): void {
    if (!this.raf) this.raf = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
    const s = this.scene;
    if (!s || !this.decor || !this.palette) return;
    const [vx0, vy0] = this.t.invert([0, 0]);
    const [vx1, vy1] = this.t.invert([this.size.w, this.size.h]);
    const r = s.rects;
    let inView = 0;
    for (let i = 1; i < s.vg.kinds.length; i++) {
      if (s.vg.kinds[i] === 'frame') continue;
      if (r[4 * i] < vx1 && r[4 * i] + r[4 * i + 2] > vx0 && r[4 * i + 1] < vy1 && r[4 * i + 1] + r[4 * i + 3] > vy0) inView++;
    }
    const mode = inView > SVG_LIMIT ? 'canvas' : 'svg';
    if (mode === 'canvas') {
      if (this.mode === 'svg') this.join([], [], []);
      this.mode = 'canvas';
      this.drawn = null;
      this.drawCanvas(vx0, vy0, vx1, vy1);
    } else {
      if (this.mode === 'canvas') this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.mode = 'svg';
      const d = this.drawn;
      const zoomMoved = d && (this.t.k > d.k * 1.6 || this.t.k < d.k / 1.6);
      if (!d || zoomMoved || vx0 < d.x0 || vy0 < d.y0 || vx1 > d.x1 || vy1 > d.y1) {
        const mx = (vx1 - vx0) * 0.5;
        const my = (vy1 - vy0) * 0.5;
        this.drawSvg(vx0 - mx, vy0 - my, vx1 + mx, vy1 + my);
      }
    }
    this.root.dataset.mode = this.mode;
  }

  private drawSvg(x0: number, y0: number, x1: number, y1: number): void {
    const s = this.scene!;
    const r = s.rects;
    const nodes: number[] = [];
    const frames: number[] = [];
    for (let i = 1; i < s.vg.kinds.length; i++) {
      if (!(r[4 * i] < x1 && r[4 * i] + r[4 * i + 2] > x0 && r[4 * i + 1] < y1 && r[4 * i + 1] + r[4 * i + 3] > y0)) continue;
      (s.vg.kinds[i] === 'frame' ? frames : nodes).push(i);
    }
    // Tab order follows the drawing: top to bottom, then left to right.
    nodes.sort((a, b) => r[4 * a + 1] - r[4 * b + 1] || r[4 * a] - r[4 * b]);
    const edges: number[] = [];
    const b = s.edgeBox;
    for (let e = 0; e < s.points.length; e++) if (b[4 * e] < x1 && b[4 * e + 2] > x0 && b[4 * e + 1] < y1 && b[4 * e + 3] > y0) edges.push(e);
    this.drawn = { x0, y0, x1, y1, k: this.t.k };
    this.join(frames, edges, nodes);
  }

  private join(frames: number[], edges: number[], nodes: number[]): void {
    const s = this.scene!;
    const keys = s.vg.keys;
    this.frameLayer
      .selectAll<SVGGElement, string>('g.frame')
      .data(frames.map((i) => keys[i]), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => this.buildFrame(g[i], this.itemOf.get(k)!)))
      .each((k, i, g) => this.updateFrame(g[i], this.itemOf.get(k)!));
    this.edgeLayer
      .selectAll<SVGGElement, string>('g.edge')
      .data(edges.map((e) => `${keys[s.vg.edges[e].from]}>${keys[s.vg.edges[e].to]}`), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => this.buildEdge(g[i], this.edgeOf.get(k)!)))
      .each((k, i, g) => this.updateEdge(g[i], this.edgeOf.get(k)!));
    this.nodeLayer
      .selectAll<SVGGElement, string>('g.node')
      .data(nodes.map((i) => keys[i]), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => this.buildNode(g[i], this.itemOf.get(k)!)))
      .each((k, i, g) => this.updateNode(g[i], this.itemOf.get(k)!))
      .order();
    this.root.dataset.drawnNodes = String(nodes.length);
    this.root.dataset.drawnEdges = String(edges.length);
  }

  private buildFrame(g: SVGGElement, item: number): void {
    const t = this.scene!.text(item);
    g.setAttribute('class', 'frame');
    g.dataset.key = this.scene!.vg.keys[item];
    el('rect', { class: 'frame-box', rx: 6 }, g);
    const header = el('g', { class: 'frame-header', tabindex: 0, role: 'button', 'aria-label': t.aria }, g);
    el('rect', { class: 'frame-header-box', rx: 6, height: 22 }, header);
    el('text', { class: 'frame-fold', x: 8, y: 15 }, header).textContent = '−';
    el('text', { class: 'frame-title', x: 22, y: 15 }, header).textContent = t.title;
    header.addEventListener('click', (ev) => {
      ev.stopPropagation();
      this.events.activate(item);
    });
    header.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        ev.stopPropagation();
        this.events.activate(item);
      }
    });
    this.hover(header, () => t.tooltip);
  }

  private updateFrame(g: SVGGElement, item: number): void {
    const r = this.scene!.rects;
    const [fx, fy, fw, fh] = [r[4 * item], r[4 * item + 1], r[4 * item + 2], r[4 * item + 3]];
    g.setAttribute('transform', `translate(${fx},${fy})`);
    // Only the part of the frame within the drawn area: the browser rasterizes a dashed outline over its whole
    // length, and an open group of a large model is hundreds of thousands of pixels tall (seconds per frame).
    const d = this.drawn!;
    const [x0, y0] = [Math.max(fx, d.x0), Math.max(fy, d.y0)];
    const [x1, y1] = [Math.min(fx + fw, d.x1), Math.min(fy + fh, d.y1)];
    const box = g.firstElementChild as SVGRectElement;
    box.setAttribute('x', String(x0 - fx));
    box.setAttribute('y', String(y0 - fy));
    box.setAttribute('width', String(Math.max(0, x1 - x0)));
    box.setAttribute('height', String(Math.max(0, y1 - y0)));
    (g.querySelector('.frame-header-box') as SVGRectElement).setAttribute('width', String(r[4 * item + 2]));
    g.classList.toggle('match', this.decor!.matches.has(item));
    g.classList.toggle('on-path', this.decor!.pathItems.has(item));
  }

  private buildEdge(g: SVGGElement, e: number): void {
    const ve = this.scene!.vg.edges[e];
    g.setAttribute('class', 'edge');
    g.dataset.key = `${this.scene!.vg.keys[ve.from]}>${this.scene!.vg.keys[ve.to]}`;
    el('path', { class: 'hit' }, g);
    el('path', { class: 'line', 'marker-end': 'url(#ql-arrow)' }, g);
    // Elements are rebuilt for every new scene, so the index stays valid for this element's life.
    const scene = this.scene!;
    this.hover(g, () => scene.edgeTooltip(e));
  }

  private updateEdge(g: SVGGElement, e: number): void {
    let d = this.pathD[e];
    if (d === undefined) {
      const p = this.scene!.points[e];
      const pts: Array<[number, number]> = [];
      for (let k = 0; k < p.length; k += 2) pts.push([p[k], p[k + 1]]);
      d = this.pathD[e] = edgeLine(pts) ?? '';
    }
    const onPath = this.decor!.pathEdges.has(e);
    g.classList.toggle('path', onPath);
    for (const p of Array.from(g.children)) p.setAttribute('d', d);
    g.lastElementChild!.setAttribute('marker-end', onPath ? 'url(#ql-arrow-path)' : 'url(#ql-arrow)');
  }

  private buildNode(g: SVGGElement, item: number): void {
    const s = this.scene!;
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
    g.addEventListener('click', (ev) => {
      ev.stopPropagation();
      this.events.activate(item);
    });
    g.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        ev.stopPropagation();
        this.events.activate(item);
      }
    });
    this.hover(g, () => t.tooltip);
  }

  private updateNode(g: SVGGElement, item: number): void {
    const s = this.scene!;
    const dec = this.decor!;
    const p = this.palette!;
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

  private hover(target: SVGElement, text: () => string): void {
    target.addEventListener('mouseenter', (ev) => {
      this.tooltip.textContent = text();
      this.tooltip.hidden = false;
      this.placeTooltip(ev);
    });
    target.addEventListener('mousemove', (ev) => this.placeTooltip(ev));
    target.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
  }

  private placeTooltip(ev: MouseEvent): void {
    const box = this.root.getBoundingClientRect();
    const x = Math.min(ev.clientX - box.left + 14, box.width - this.tooltip.offsetWidth - 4);
    const y = Math.min(ev.clientY - box.top + 14, box.height - this.tooltip.offsetHeight - 4);
    this.tooltip.style.left = `${Math.max(0, x)}px`;
    this.tooltip.style.top = `${Math.max(0, y)}px`;
  }

  private drawCanvas(x0: number, y0: number, x1: number, y1: number): void {
    const drawn = drawOverview(this.canvas, this.scene!, this.decor!, this.palette!, this.t, { x0, y0, x1, y1 });
    this.root.dataset.drawnNodes = String(drawn);
    this.root.dataset.drawnEdges = '0';
  }

  /** In the overview, a click zooms in on what is under it. */
  private onCanvasClick(ev: MouseEvent): void {
    if (this.mode !== 'canvas' || !this.scene) return;
    const box = this.root.getBoundingClientRect();
    const [wx, wy] = this.t.invert([ev.clientX - box.left, ev.clientY - box.top]);
    const item = itemAt(this.scene, wx, wy);
    if (item > 0) this.center(item, 1);
    else this.setTransform({ x: this.size.w / 2 - wx, y: this.size.h / 2 - wy, k: 1 });
  }

  private onKey(ev: KeyboardEvent): void {
    const step = 80;
    const keys: Record<string, () => void> = {
      '+': () => this.zoomer.scaleBy(this.svg, 1.25),
      '=': () => this.zoomer.scaleBy(this.svg, 1.25),
      '-': () => this.zoomer.scaleBy(this.svg, 0.8),
      '0': () => this.fit(),
      ArrowLeft: () => this.zoomer.translateBy(this.svg, step / this.t.k, 0),
      ArrowRight: () => this.zoomer.translateBy(this.svg, -step / this.t.k, 0),
      ArrowUp: () => this.zoomer.translateBy(this.svg, 0, step / this.t.k),
      ArrowDown: () => this.zoomer.translateBy(this.svg, 0, -step / this.t.k),
    };
    const f = keys[ev.key];
    if (!f) return;
    ev.preventDefault();
    f();
  }
}
