import { select, Selection, zoom, ZoomBehavior, zoomIdentity, ZoomTransform } from 'd3';
import { Palette } from './colors';
import { HoverTooltip } from './hover-tooltip';
import { boxesIn, itemsIn } from './items-in-view';
import { panZoomKey } from './pan-zoom-keys';
import { drawOverview, itemAt } from './overview';
import { Decor, Scene, ViewTransform } from './scene';
import { buildEdge, buildFrame, buildNode, createSvgLayers, ItemContext, updateEdge, updateFrame, updateNode } from './svg-items';

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

export class GraphRenderer {
  readonly root: HTMLDivElement;
  private svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private viewport: Selection<SVGGElement, unknown, null, undefined>;
  private frameLayer: Selection<SVGGElement, unknown, null, undefined>;
  private edgeLayer: Selection<SVGGElement, unknown, null, undefined>;
  private nodeLayer: Selection<SVGGElement, unknown, null, undefined>;
  private canvas: HTMLCanvasElement;
  private tooltip: HoverTooltip;
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
    const layers = createSvgLayers(this.root);
    this.svg = select(layers.svg);
    this.viewport = select(layers.viewport);
    this.frameLayer = select(layers.frames);
    this.edgeLayer = select(layers.edges);
    this.nodeLayer = select(layers.nodes);
    this.tooltip = new HoverTooltip(this.root);

    this.zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 4])
      .on('zoom', (ev: { transform: ZoomTransform; sourceEvent: unknown }) => {
        // The user moved the view: a resize no longer re-fits it.
        if (ev.sourceEvent) this.autoPlace = null;
        this.t = ev.transform;
        this.viewport.attr('transform', this.t.toString());
        this.svg.classed('zoomed-out', this.t.k < LABEL_ZOOM);
        this.tooltip.hide();
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
    const mode = boxesIn(s, { x0: vx0, y0: vy0, x1: vx1, y1: vy1 }) > SVG_LIMIT ? 'canvas' : 'svg';
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
    const { frames, edges, nodes } = itemsIn(this.scene!, { x0, y0, x1, y1 });
    this.drawn = { x0, y0, x1, y1, k: this.t.k };
    this.join(frames, edges, nodes);
  }

  private join(frames: number[], edges: number[], nodes: number[]): void {
    const s = this.scene!;
    const keys = s.vg.keys;
    const ctx = this.itemContext();
    const drawn = this.drawn!;
    this.frameLayer
      .selectAll<SVGGElement, string>('g.frame')
      .data(frames.map((i) => keys[i]), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => buildFrame(g[i], this.itemOf.get(k)!, ctx)))
      .each((k, i, g) => updateFrame(g[i], this.itemOf.get(k)!, ctx, drawn));
    this.edgeLayer
      .selectAll<SVGGElement, string>('g.edge')
      .data(edges.map((e) => `${keys[s.vg.edges[e].from]}>${keys[s.vg.edges[e].to]}`), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => buildEdge(g[i], this.edgeOf.get(k)!, ctx)))
      .each((k, i, g) => updateEdge(g[i], this.edgeOf.get(k)!, ctx, this.pathD));
    this.nodeLayer
      .selectAll<SVGGElement, string>('g.node')
      .data(nodes.map((i) => keys[i]), (k) => k)
      .join((enter) => enter.append('g').each((k, i, g) => buildNode(g[i], this.itemOf.get(k)!, ctx)))
      .each((k, i, g) => updateNode(g[i], this.itemOf.get(k)!, ctx))
      .order();
    this.root.dataset.drawnNodes = String(nodes.length);
    this.root.dataset.drawnEdges = String(edges.length);
  }

  private itemContext(): ItemContext {
    return {
      scene: this.scene!,
      decor: this.decor!,
      palette: this.palette!,
      activate: (item) => this.events.activate(item),
      hover: (target, text) => this.tooltip.attach(target, text),
    };
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
    const act = panZoomKey(ev.key, {
      zoomBy: (f) => this.zoomer.scaleBy(this.svg, f),
      // The arrow moves the view by a fixed number of screen pixels at any zoom.
      panBy: (dx, dy) => this.zoomer.translateBy(this.svg, dx / this.t.k, dy / this.t.k),
      fit: () => this.fit(),
    });
    if (!act) return;
    ev.preventDefault();
    act();
  }
}
