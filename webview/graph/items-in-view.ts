import type { Scene } from './scene';

/** Which scene items lie in a world rectangle: what the renderer counts to choose SVG or canvas, and draws in SVG. */

export interface WorldArea { x0: number; y0: number; x1: number; y1: number }

function overlaps(r: Float64Array | number[], i: number, a: WorldArea): boolean {
  return r[4 * i] < a.x1 && r[4 * i] + r[4 * i + 2] > a.x0 && r[4 * i + 1] < a.y1 && r[4 * i + 1] + r[4 * i + 3] > a.y0;
}

/** Boxes (nodes and folded groups, not frames) in the area. */
export function boxesIn(s: Scene, a: WorldArea): number {
  let n = 0;
  for (let i = 1; i < s.vg.kinds.length; i++) if (s.vg.kinds[i] !== 'frame' && overlaps(s.rects, i, a)) n++;
  return n;
}

/** The frames, edges and boxes in the area; boxes in reading order (top to bottom, then left to right: the tab order). */
export function itemsIn(s: Scene, a: WorldArea): { frames: number[]; edges: number[]; nodes: number[] } {
  const r = s.rects;
  const nodes: number[] = [];
  const frames: number[] = [];
  for (let i = 1; i < s.vg.kinds.length; i++) if (overlaps(r, i, a)) (s.vg.kinds[i] === 'frame' ? frames : nodes).push(i);
  nodes.sort((p, q) => r[4 * p + 1] - r[4 * q + 1] || r[4 * p] - r[4 * q]);
  const edges: number[] = [];
  const b = s.edgeBox;
  for (let e = 0; e < s.points.length; e++) if (b[4 * e] < a.x1 && b[4 * e + 2] > a.x0 && b[4 * e + 1] < a.y1 && b[4 * e + 3] > a.y0) edges.push(e);
  return { frames, edges, nodes };
}
