/**
 * How a tensor of any rank becomes the 2-D pictures the panel draws. The rule, for every rank:
 * - trailing axes of size 1 are dropped first ([1, C, 1, 1] reads as [1, C]); indices still name every axis;
 * - the last two axes are a plane's rows and columns; every leading axis together picks the plane, so
 *   4-D NCHW [N, C, H, W] gives N x C planes of H x W (the "channels"), 5-D [N, C, D, H, W] gives N x C x D planes,
 *   3-D [N, C, L] gives N planes of C x L (conv1d channels, or tokens x features, as rows);
 * - a plane that is a single row (1-D [L], 2-D [1, F]) is wrapped into rows of ceil(sqrt(L)) cells, the last row
 *   padded with empty cells, so a vector of 1,000 logits is a 32 x 32 square instead of a one-pixel line.
 */

export interface PlaneLayout {
  dims: number[];
  /** Axis names for full indices: n, c, h, w for 4-D; n, c, d, h, w for 5-D; i for 1-D; a0.. otherwise. */
  axes: string[];
  planes: number;
  /** Elements in one plane (rows x cols of the tensor, before wrapping). */
  planeSize: number;
  /** The drawn grid of one plane (after wrapping). */
  rows: number;
  cols: number;
  /** Whether a single row was wrapped (cells at or past planeSize are empty). */
  wrapped: boolean;
  /** Sizes of the leading axes that pick a plane (may be empty: one plane). */
  leading: number[];
  /** Names of the leading axes. */
  leadingAxes: string[];
}

const AXES: Record<number, string[]> = { 1: ['i'], 2: ['n', 'f'], 3: ['n', 'c', 'l'], 4: ['n', 'c', 'h', 'w'], 5: ['n', 'c', 'd', 'h', 'w'] };

export function axisNames(rank: number): string[] {
  return AXES[rank] ?? Array.from({ length: rank }, (_, i) => `a${i}`);
}

export function planeLayout(dims: number[]): PlaneLayout {
  const axes = axisNames(dims.length);
  let kept = dims.length;
  while (kept > 1 && dims[kept - 1] === 1) kept--;
  const eff = dims.slice(0, Math.max(kept, 1));
  const leading = eff.length > 2 ? eff.slice(0, -2) : [];
  const leadingAxes = axes.slice(0, leading.length);
  const planes = leading.reduce((a, b) => a * b, 1);
  let rows = eff.length >= 2 ? eff[eff.length - 2] : 1;
  let cols = eff.length >= 1 ? eff[eff.length - 1] : 1;
  const planeSize = rows * cols;
  let wrapped = false;
  if (rows === 1 && cols > 1) {
    cols = Math.ceil(Math.sqrt(planeSize));
    rows = Math.ceil(planeSize / cols);
    wrapped = rows > 1;
  }
  return { dims: [...dims], axes, planes, planeSize, rows, cols, wrapped, leading, leadingAxes };
}

/** The index of every axis of the element at `flat` (row-major, the tensor's own dims). */
export function fullIndex(dims: number[], flat: number): number[] {
  const out = new Array<number>(dims.length);
  for (let i = dims.length - 1; i >= 0; i--) {
    out[i] = dims[i] === 0 ? 0 : flat % dims[i];
    flat = dims[i] === 0 ? 0 : Math.floor(flat / dims[i]);
  }
  return out;
}

/** "n 0, c 3" for a plane (empty for a tensor that is a single plane). */
export function planeLabel(l: PlaneLayout, plane: number): string {
  if (l.leading.length === 0) return 'whole tensor';
  const idx = fullIndex(l.leading, plane);
  // A leading batch axis of size 1 says nothing: leave it out of the label.
  const parts = idx.map((v, i) => (l.leading.length > 1 && i === 0 && l.leading[0] === 1 ? null : `${l.leadingAxes[i]} ${v}`));
  return parts.filter((p): p is string => p !== null).join(', ');
}

/** "(0, 3, 5, 7)": a full index, in the order of the axis names the table heads with. */
export function formatIndex(index: number[]): string {
  return `(${index.join(', ')})`;
}

/** Where a plane element sits in the drawn grid (wrapping included). */
export function cellOf(l: PlaneLayout, offsetInPlane: number): { row: number; col: number } {
  return { row: Math.floor(offsetInPlane / l.cols), col: offsetInPlane % l.cols };
}
