import { ColorScale, levelFactor, LEVELS } from './colormap';
import type { PlaneLayout } from './planes';

/**
 * Painting planes into pixel buffers: reference, actual and |difference| in one pass over the values. A plane larger
 * than the canvas budget is reduced by whole blocks of kr x kc elements: values show the block's mean, the difference
 * shows the block's MAX, so no error disappears in the reduction; a block with a NaN or infinity shows the
 * non-finite colour. Cells past the end of a wrapped plane stay transparent.
 */

export interface Downsample {
  kr: number;
  kc: number;
}

/** The three pixel buffers of one drawing (same size), row stride in pixels. */
export interface PixelTarget {
  reference: Uint32Array;
  actual: Uint32Array;
  diff: Uint32Array;
  stride: number;
}

export interface Values {
  reference: Float32Array;
  actual: Float32Array;
}

/** Largest drawn side of one plane in single mode, and of the whole grid in grid mode. */
export const MAX_PLANE_SIDE = 512;
export const MAX_GRID_SIDE = 1024;
/** Planes drawn in the grid; more are left out and the note says so. */
export const MAX_TILES = 1024;
const GAP = 1;

export function downsampleFor(rows: number, cols: number, maxRows: number, maxCols: number): Downsample {
  return { kr: Math.max(1, Math.ceil(rows / maxRows)), kc: Math.max(1, Math.ceil(cols / maxCols)) };
}

export const drawnSize = (l: PlaneLayout, k: Downsample) => ({ width: Math.ceil(l.cols / k.kc), height: Math.ceil(l.rows / k.kr) });

/** "shown at 1/4" or "rows at 1/2, columns at 1/8"; null at full resolution. */
export function downsampleNote(k: Downsample): string | null {
  if (k.kr === 1 && k.kc === 1) return null;
  if (k.kr === k.kc) return `shown at 1/${k.kr} (mean of ${k.kr}x${k.kc} blocks; difference: block max)`;
  return `rows at 1/${k.kr}, columns at 1/${k.kc} (block mean; difference: block max)`;
}

/** Paint one plane with its top-left at (x0, y0) of the target. */
export function paintPlane(t: PixelTarget, x0: number, y0: number, l: PlaneLayout, v: Values, plane: number, vs: ColorScale, ds: ColorScale, k: Downsample): void {
  if (k.kr === 1 && k.kc === 1) paintFull(t, x0, y0, l, v, plane, vs, ds);
  else paintBlocks(t, x0, y0, l, v, plane, vs, ds, k);
}

const TOP = LEVELS - 1;

function paintFull(t: PixelTarget, x0: number, y0: number, l: PlaneLayout, v: Values, plane: number, vs: ColorScale, ds: ColorScale): void {
  const { reference: ref, actual: act } = v;
  const vLut = vs.lut;
  const dLut = ds.lut;
  const vLo = vs.lo;
  const vF = levelFactor(vs);
  const dF = levelFactor(ds);
  const base = plane * l.planeSize;
  for (let r = 0; r < l.rows; r++) {
    const rowStart = r * l.cols;
    const n = Math.min(l.cols, l.planeSize - rowStart);
    let px = (y0 + r) * t.stride + x0;
    let i = base + rowStart;
    for (let c = 0; c < n; c++, px++, i++) {
      const a = ref[i];
      const b = act[i];
      let la = Math.round((a - vLo) * vF);
      let lb = Math.round((b - vLo) * vF);
      let ld = Math.round(Math.abs(b - a) * dF);
      la = la < 0 ? 0 : la > TOP ? TOP : la;
      lb = lb < 0 ? 0 : lb > TOP ? TOP : lb;
      ld = ld < 0 ? 0 : ld > TOP ? TOP : ld;
      // NaN and infinities give meaningless levels above; they get the non-finite colour here instead.
      const fa = a - a === 0;
      const fb = b - b === 0;
      t.reference[px] = fa ? vLut[la] : vs.nonFinite;
      t.actual[px] = fb ? vLut[lb] : vs.nonFinite;
      t.diff[px] = fa && fb ? dLut[ld] : Object.is(a, b) ? dLut[0] : ds.nonFinite;
    }
  }
}

function paintBlocks(t: PixelTarget, x0: number, y0: number, l: PlaneLayout, v: Values, plane: number, vs: ColorScale, ds: ColorScale, k: Downsample): void {
  const { reference: ref, actual: act } = v;
  const { width, height } = drawnSize(l, k);
  const base = plane * l.planeSize;
  const vF = levelFactor(vs);
  const dF = levelFactor(ds);
  const clamp = (x: number) => (x < 0 ? 0 : x > TOP ? TOP : x);
  for (let R = 0; R < height; R++) {
    for (let C = 0; C < width; C++) {
      let sa = 0;
      let sb = 0;
      let n = 0;
      let maxD = 0;
      let badA = false;
      let badB = false;
      const rEnd = Math.min((R + 1) * k.kr, l.rows);
      const cEnd = Math.min((C + 1) * k.kc, l.cols);
      for (let r = R * k.kr; r < rEnd; r++) {
        for (let c = C * k.kc; c < cEnd; c++) {
          const o = r * l.cols + c;
          if (o >= l.planeSize) break;
          const a = ref[base + o];
          const b = act[base + o];
          const fa = a - a === 0;
          const fb = b - b === 0;
          if (!fa) badA = true;
          if (!fb) badB = true;
          if (fa && fb) {
            const d = Math.abs(b - a);
            if (d > maxD) maxD = d;
          }
          sa += fa ? a : 0;
          sb += fb ? b : 0;
          n++;
        }
      }
      const px = (y0 + R) * t.stride + x0 + C;
      if (n === 0) continue;
      t.reference[px] = badA ? vs.nonFinite : vs.lut[clamp(Math.round((sa / n - vs.lo) * vF))];
      t.actual[px] = badB ? vs.nonFinite : vs.lut[clamp(Math.round((sb / n - vs.lo) * vF))];
      t.diff[px] = badA || badB ? ds.nonFinite : ds.lut[clamp(Math.round(maxD * dF))];
    }
  }
}

export interface GridGeometry {
  /** Tiles per row and rows of tiles. */
  gc: number;
  gr: number;
  /** One tile's drawn size and the gap between tiles. */
  tw: number;
  th: number;
  gap: number;
  width: number;
  height: number;
  /** Planes drawn (the first `shown` of `layout.planes`). */
  shown: number;
  k: Downsample;
}

/** Tiles arranged so the grid is about square in pixels, reduced (by whole blocks) to fit MAX_GRID_SIDE. */
export function gridGeometry(l: PlaneLayout): GridGeometry {
  const shown = Math.min(l.planes, MAX_TILES);
  const gc = Math.max(1, Math.min(shown, Math.round(Math.sqrt((shown * l.rows) / l.cols)) || 1));
  const gr = Math.ceil(shown / gc);
  const k = downsampleFor(l.rows, l.cols, Math.max(1, Math.floor((MAX_GRID_SIDE + GAP) / gr) - GAP), Math.max(1, Math.floor((MAX_GRID_SIDE + GAP) / gc) - GAP));
  const { width: tw, height: th } = drawnSize(l, k);
  return { gc, gr, tw, th, gap: GAP, width: gc * (tw + GAP) - GAP, height: gr * (th + GAP) - GAP, shown, k };
}

export function tileOrigin(g: GridGeometry, tile: number): { x: number; y: number } {
  return { x: (tile % g.gc) * (g.tw + g.gap), y: Math.floor(tile / g.gc) * (g.th + g.gap) };
}

/** The tile under a point of the grid canvas (canvas pixels), or null in a gap or past the last tile. */
export function tileAt(g: GridGeometry, x: number, y: number): number | null {
  const gx = Math.floor(x / (g.tw + g.gap));
  const gy = Math.floor(y / (g.th + g.gap));
  if (gx < 0 || gy < 0 || gx >= g.gc || gy >= g.gr) return null;
  const tile = gy * g.gc + gx;
  return tile < g.shown ? tile : null;
}
