import { diffScale, valueScale, ColorScale, NON_FINITE_RGB } from './colormap';
import { downsampleFor, downsampleNote, drawnSize, GridGeometry, gridGeometry, MAX_PLANE_SIDE, paintPlane, PixelTarget, tileOrigin, Values } from './heatmap';
import { colorLegend, nonFiniteLegend } from './legend';
import { cellOf, PlaneLayout, planeLabel } from './planes';
import type { TensorStats } from './stats';

/**
 * The three heatmap panels (reference | actual | |difference|), their colour legends and the sampling note; one
 * plane at a time (single mode) or every plane as tiles (grid mode). Each canvas holds the drawing at its own
 * resolution (one pixel per element unless reduced); CSS scales it, and an SVG overlay with the canvas's pixel
 * coordinates marks the selected tile or element, so marks never touch the drawn pixels.
 */

export type SideKey = 'reference' | 'actual' | 'diff';
const SIDES: Array<[SideKey, string]> = [['reference', 'Reference'], ['actual', 'Actual'], ['diff', '|Difference|']];
const SVG = 'http://www.w3.org/2000/svg';

interface Panel {
  canvas: HTMLCanvasElement;
  overlay: SVGSVGElement;
}

export interface HeatmapPanels {
  root: HTMLElement;
  panels: Record<SideKey, Panel>;
  legends: HTMLElement;
  note: HTMLElement;
}

export function createHeatmapPanels(onPick: (x: number, y: number, canvas: HTMLCanvasElement) => void): HeatmapPanels {
  const root = document.createElement('section');
  root.className = 'heatmaps';
  root.tabIndex = 0;
  root.setAttribute('aria-label', 'Heatmaps. Left and right arrows change the channel; G toggles the grid; in the grid, arrows move and Enter opens.');
  const row = document.createElement('div');
  row.className = 'heatmap-row';
  const panels = {} as Record<SideKey, Panel>;
  for (const [key, label] of SIDES) {
    const fig = document.createElement('figure');
    fig.className = 'panel';
    fig.dataset.side = key;
    const cap = document.createElement('figcaption');
    cap.textContent = label;
    const wrap = document.createElement('div');
    wrap.className = 'canvas-wrap';
    const canvas = document.createElement('canvas');
    canvas.className = 'heat';
    canvas.dataset.side = key;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${label} heatmap`);
    canvas.addEventListener('click', (e) => {
      const p = canvasPoint(canvas, e.offsetX, e.offsetY);
      if (p) onPick(p.x, p.y, canvas);
    });
    const overlay = document.createElementNS(SVG, 'svg');
    overlay.classList.add('overlay');
    overlay.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    overlay.setAttribute('aria-hidden', 'true');
    wrap.append(canvas, overlay);
    fig.append(cap, wrap);
    row.append(fig);
    panels[key] = { canvas, overlay };
  }
  const legends = document.createElement('div');
  legends.className = 'legends';
  const note = document.createElement('div');
  note.className = 'sampling-note muted';
  note.setAttribute('role', 'status');
  root.append(row, legends, note);
  return { root, panels, legends, note };
}

/** A point on the canvas's element box to canvas pixels, through object-fit: contain's letterbox. */
export function canvasPoint(c: HTMLCanvasElement, ox: number, oy: number): { x: number; y: number } | null {
  const cw = c.clientWidth;
  const ch = c.clientHeight;
  if (!cw || !ch || !c.width || !c.height) return null;
  const s = Math.min(cw / c.width, ch / c.height);
  const x = (ox - (cw - c.width * s) / 2) / s;
  const y = (oy - (ch - c.height * s) / 2) / s;
  return x >= 0 && y >= 0 && x < c.width && y < c.height ? { x, y } : null;
}

function paintAll(p: HeatmapPanels, width: number, height: number, paint: (t: PixelTarget) => void): void {
  const ctxs = SIDES.map(([k]) => {
    const c = p.panels[k].canvas;
    c.width = width;
    c.height = height;
    const ctx = c.getContext('2d')!;
    return { ctx, img: ctx.createImageData(Math.max(1, width), Math.max(1, height)) };
  });
  const [r, a, d] = ctxs.map((x) => new Uint32Array(x.img.data.buffer));
  paint({ reference: r, actual: a, diff: d, stride: Math.max(1, width) });
  for (const x of ctxs) x.ctx.putImageData(x.img, 0, 0);
  for (const [k] of SIDES) {
    const { canvas, overlay } = p.panels[k];
    overlay.setAttribute('viewBox', `0 0 ${Math.max(1, width)} ${Math.max(1, height)}`);
    overlay.replaceChildren();
    // Enlarged drawings keep hard element edges; reduced ones (grids) are smoothed by the browser.
    canvas.classList.toggle('pixelated', width * 2 <= (canvas.parentElement?.clientWidth ?? 0) || width <= 128);
  }
}

function setScales(p: HeatmapPanels, canvasScale: { v: ColorScale; d: ColorScale }, k: { kr: number; kc: number }): void {
  for (const [key] of SIDES) {
    const c = p.panels[key].canvas;
    const s = key === 'diff' ? canvasScale.d : canvasScale.v;
    c.dataset.lo = String(s.lo);
    c.dataset.hi = String(s.hi);
    c.dataset.kr = String(k.kr);
    c.dataset.kc = String(k.kc);
  }
}

function drawLegends(p: HeatmapPanels, v: ColorScale, d: ColorScale, scope: string, stats: TensorStats): void {
  p.legends.replaceChildren(colorLegend('value', 'reference and actual', v, scope), colorLegend('diff', '|difference|', d, scope));
  const bad = stats.nonFinite.reference + stats.nonFinite.actual;
  if (bad) p.legends.append(nonFiniteLegend(bad, NON_FINITE_RGB));
}

export function drawSingle(p: HeatmapPanels, l: PlaneLayout, values: Values, stats: TensorStats, plane: number): void {
  const s = stats.planes[plane];
  const v = valueScale(s.lo, s.hi);
  const d = diffScale(s.maxDiff);
  const k = downsampleFor(l.rows, l.cols, MAX_PLANE_SIDE, MAX_PLANE_SIDE);
  const { width, height } = drawnSize(l, k);
  paintAll(p, width, height, (t) => paintPlane(t, 0, 0, l, values, plane, v, d, k));
  setScales(p, { v, d }, k);
  drawLegends(p, v, d, l.planes > 1 ? planeLabel(l, plane) : 'whole tensor', stats);
  const notes = [downsampleNote(k), l.wrapped ? `a single row of ${l.planeSize.toLocaleString('en-US')} values, wrapped into rows of ${l.cols}` : null];
  setNote(p, notes, k);
}

/** Mark one element of the drawn plane (an outlined cell on each panel). */
export function markElement(p: HeatmapPanels, l: PlaneLayout, offsetInPlane: number): void {
  const k = { kr: Number(p.panels.diff.canvas.dataset.kr) || 1, kc: Number(p.panels.diff.canvas.dataset.kc) || 1 };
  const { row, col } = cellOf(l, offsetInPlane);
  for (const [key] of SIDES) outline(p.panels[key].overlay, Math.floor(col / k.kc), Math.floor(row / k.kr), 1, 1, 'mark');
}

export function drawGrid(p: HeatmapPanels, l: PlaneLayout, values: Values, stats: TensorStats): GridGeometry {
  const g = gridGeometry(l);
  const v = valueScale(stats.lo, stats.hi);
  const d = diffScale(stats.maxDiff);
  paintAll(p, g.width, g.height, (t) => {
    for (let tile = 0; tile < g.shown; tile++) {
      const o = tileOrigin(g, tile);
      paintPlane(t, o.x, o.y, l, values, tile, v, d, g.k);
    }
  });
  setScales(p, { v, d }, g.k);
  drawLegends(p, v, d, 'all channels', stats);
  const tileNote = downsampleNote(g.k);
  setNote(p, [
    `${g.shown.toLocaleString('en-US')} channels${g.shown < l.planes ? ` (the first ${g.shown.toLocaleString('en-US')} of ${l.planes.toLocaleString('en-US')})` : ''}, one colour scale for all`,
    tileNote ? `tiles ${tileNote}` : null,
  ], g.k, g.shown < l.planes);
  return g;
}

export function markTile(p: HeatmapPanels, g: GridGeometry, tile: number): void {
  if (tile >= g.shown) return;
  const o = tileOrigin(g, tile);
  for (const [key] of SIDES) {
    p.panels[key].overlay.replaceChildren();
    outline(p.panels[key].overlay, o.x, o.y, g.tw, g.th, 'tile-focus');
  }
}

function outline(svg: SVGSVGElement, x: number, y: number, w: number, h: number, cls: string): void {
  const r = document.createElementNS(SVG, 'rect');
  r.setAttribute('class', cls);
  r.setAttribute('x', String(x));
  r.setAttribute('y', String(y));
  r.setAttribute('width', String(w));
  r.setAttribute('height', String(h));
  r.setAttribute('vector-effect', 'non-scaling-stroke');
  svg.append(r);
}

function setNote(p: HeatmapPanels, notes: Array<string | null>, k: { kr: number; kc: number }, partial = false): void {
  const text = notes.filter((n): n is string => n !== null).join('; ');
  p.note.textContent = text;
  p.note.dataset.kr = String(k.kr);
  p.note.dataset.kc = String(k.kc);
  p.note.dataset.sampled = String(k.kr > 1 || k.kc > 1 || partial);
}
