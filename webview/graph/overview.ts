import { Palette } from './colors';
import { Decor, Scene, ViewTransform } from './scene';

/**
 * The canvas overview the renderer switches to when more boxes are in view than SVG draws quickly (a large model
 * unfolded and zoomed out): boxes in their dtype or SQNR colour, edges as polylines, no labels.
 */

export interface WorldRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Draws what intersects `v` (world coordinates); returns how many boxes it drew. */
export function drawOverview(canvas: HTMLCanvasElement, s: Scene, dec: Decor, p: Palette, t: ViewTransform, v: WorldRect): number {
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  const px = 1 / t.k;
  const r = s.rects;
  const n = s.vg.kinds.length;
  const inView = (i: number) => r[4 * i] < v.x1 && r[4 * i] + r[4 * i + 2] > v.x0 && r[4 * i + 1] < v.y1 && r[4 * i + 1] + r[4 * i + 3] > v.y0;
  ctx.lineWidth = px;
  ctx.strokeStyle = p.lines;
  for (let i = 1; i < n; i++) if (s.vg.kinds[i] === 'frame' && inView(i)) ctx.strokeRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
  const b = s.edgeBox;
  const strokeEdges = (pick: (e: number) => boolean) => {
    ctx.beginPath();
    for (let e = 0; e < s.points.length; e++) {
      if (!(b[4 * e] < v.x1 && b[4 * e + 2] > v.x0 && b[4 * e + 1] < v.y1 && b[4 * e + 3] > v.y0) || !pick(e)) continue;
      const pts = s.points[e];
      ctx.moveTo(pts[0], pts[1]);
      for (let k = 2; k < pts.length; k += 2) ctx.lineTo(pts[k], pts[k + 1]);
    }
    ctx.stroke();
  };
  strokeEdges((e) => !dec.pathEdges.has(e));
  let drawn = 0;
  for (let i = 1; i < n; i++) {
    if (s.vg.kinds[i] === 'frame' || !inView(i)) continue;
    drawn++;
    const sq = dec.overlay ? dec.overlay.sqnr[i] : NaN;
    ctx.fillStyle = dec.overlay ? (Number.isNaN(sq) ? p.muted : p.sqnr(sq)) : p.dtype(s.text(i).dtype);
    ctx.fillRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
  }
  if (dec.pathEdges.size) {
    ctx.strokeStyle = p.red;
    ctx.lineWidth = 3 * px;
    strokeEdges((e) => dec.pathEdges.has(e));
  }
  const outline = (i: number, color: string, width: number) => {
    if (i < 1 || !inView(i)) return;
    ctx.strokeStyle = color;
    ctx.lineWidth = width * px;
    ctx.strokeRect(r[4 * i], r[4 * i + 1], r[4 * i + 2], r[4 * i + 3]);
  };
  for (const i of dec.matches) outline(i, p.match, 2);
  if (dec.overlay) {
    ctx.fillStyle = p.red;
    for (let i = 1; i < n; i++) {
      if (dec.overlay.rank[i] > 0 && inView(i)) {
        ctx.beginPath();
        ctx.arc(r[4 * i], r[4 * i + 1], 6 * px, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
  }
  outline(dec.selected, p.focus, 3);
  return drawn;
}

/** The node or folded group at a world point, or -1. */
export function itemAt(s: Scene, wx: number, wy: number): number {
  const r = s.rects;
  for (let i = 1; i < s.vg.kinds.length; i++) {
    if (s.vg.kinds[i] === 'frame') continue;
    if (wx >= r[4 * i] && wx <= r[4 * i] + r[4 * i + 2] && wy >= r[4 * i + 1] && wy <= r[4 * i + 1] + r[4 * i + 3]) return i;
  }
  return -1;
}
