import type { GraphNodeData } from '../../src/shared/protocol';
import { LayoutResult, SIZES } from './layout-protocol';
import { IndexedGraph } from './indexed-graph';
import { ScopeTree } from './scope-tree';
import { VisibleGraph } from './visible-graph';

/** What the renderer draws: the visible graph placed by a layout, with each item's text and each edge's route. */

export interface ItemText {
  title: string;
  sub: string;
  /** A folded group's most frequent ops. */
  ops: string;
  badge: string | null;
  dtype: string | null;
  /** A folded group's output dtypes, most frequent first. */
  dtypes: Array<[string, number]> | null;
  inserted: boolean;
  aria: string;
  tooltip: string;
}

export interface Scene {
  vg: VisibleGraph;
  /** x, y, w, h per item. */
  rects: Float64Array;
  /** Per visible edge: its points, x0, y0, x1, y1, ... (from the source's bottom to the target's top). */
  points: Float64Array[];
  /** Per visible edge: min x, min y, max x, max y. */
  edgeBox: Float64Array;
  text(item: number): ItemText;
  edgeTooltip(edge: number): string;
}

/** What marks items on top of the scene (item indices): selection, search matches, the error overlay and path. */
export interface Decor {
  selected: number;
  matches: ReadonlySet<number>;
  current: number;
  /** Per item: SQNR (NaN: none) and culprit rank (0: none), when the error overlay is on. */
  overlay: { sqnr: Float64Array; rank: Int32Array } | null;
  pathItems: ReadonlySet<number>;
  pathEdges: ReadonlySet<number>;
}

/** Zoom and pan: screen = world * k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export const shapeText = (s: Array<number | string> | null): string => (s ? s.join('×') || 'scalar' : '?');
/** dtype and shape, or "type not declared" when the model states neither (a source graph's intermediate values). */
export const typeText = (dtype: string | null, shape: Array<number | string> | null): string =>
  dtype || shape ? `${dtype ?? 'dtype not declared'} ${shape ? shapeText(shape) : ''}`.trim() : 'type not declared';
/** How far outside an open group's left border an edge entering it runs (less than half the gap between boxes). */
const ENTRY_LANE = 7;
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, Math.max(1, max - 1))}…` : s);
/** Q/DQ is how people who quantize models say it; it keeps a folded group's op line short. */
const shortOp = (op: string) => (op === 'QuantizeLinear' ? 'Q' : op === 'DequantizeLinear' ? 'DQ' : op);
/** Chunk ids carry an internal mark; people read the scope. */
const readableGroup = (id: string) => id.split('\u0000')[0] || '(top level)';

function leafText(n: GraphNodeData): ItemText {
  // A source graph rarely declares intermediate types: say so once rather than "? ?".
  const out = typeText(n.dtype, n.shape);
  const op = n.domain && n.domain !== 'ai.onnx' ? `${n.op} (${n.domain})` : n.op;
  return {
    title: clip(n.op, n.layout ? 18 - n.layout.length : 18),
    sub: clip(out, 27),
    ops: '',
    badge: n.layout,
    dtype: n.dtype,
    dtypes: null,
    inserted: n.inserted,
    aria: `${n.op} ${n.name}, output ${out}${n.layout ? `, layout ${n.layout}` : ''}`,
    tooltip: [n.name, op, `output ${out}${n.layout ? ` ${n.layout}` : ''}`, ...(n.quant ? [n.quant] : []), ...(n.inserted ? ['inserted by the compiler'] : [])].join('\n'),
  };
}

export function buildScene(g: IndexedGraph, tree: ScopeTree, vg: VisibleGraph, res: LayoutResult): Scene {
  const rects = res.rects;
  const rect = (i: number) => ({ x: rects[4 * i], y: rects[4 * i + 1], w: rects[4 * i + 2], h: rects[4 * i + 3] });
  const points = vg.edges.map((ve) => {
    const route = res.routes[ve.container][ve.local] ?? new Float64Array(0);
    const a = rect(ve.from);
    const b = rect(ve.to);
    const [ca, cb] = [rect(ve.outer[0]), rect(ve.outer[1])];
    // The layout routed the edge between the two outer boxes. An end inside an open group leaves (or enters) it by a
    // lane along the group's right (left) padding, so the edge does not cut across the group's other members.
    const start = ve.outer[0] === ve.from
      ? [a.x + a.w / 2, a.y + a.h]
      : [a.x + a.w, a.y + a.h / 2, ca.x + ca.w - SIZES.pad / 2, a.y + a.h / 2, ca.x + ca.w - SIZES.pad / 2, ca.y + ca.h];
    const end = ve.outer[1] === ve.to
      ? [b.x + b.w / 2, b.y]
      // Into an open group: down just outside its left border, then across to the node, so the edge never runs over
      // the group's title bar.
      : [cb.x - ENTRY_LANE, cb.y - ENTRY_LANE, cb.x - ENTRY_LANE, b.y + b.h / 2, b.x, b.y + b.h / 2];
    const inner = route.length > 4 ? route.subarray(2, route.length - 2) : new Float64Array(0);
    const p = new Float64Array(start.length + inner.length + end.length);
    p.set(start, 0);
    p.set(inner, start.length);
    p.set(end, start.length + inner.length);
    return p;
  });
  const edgeBox = new Float64Array(4 * points.length);
  points.forEach((p, e) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < p.length; k += 2) {
      x0 = Math.min(x0, p[k]);
      x1 = Math.max(x1, p[k]);
      y0 = Math.min(y0, p[k + 1]);
      y1 = Math.max(y1, p[k + 1]);
    }
    edgeBox.set([x0, y0, x1, y1], 4 * e);
  });
  const texts = new Map<number, ItemText>();
  const text = (item: number): ItemText => {
    let t = texts.get(item);
    if (t) return t;
    const kind = vg.kinds[item];
    if (kind === 'leaf') t = leafText(g.nodes[vg.node[item]]);
    else {
      const grp = tree.groups.get(vg.group[item]);
      const size = grp?.size ?? 0;
      const ops = (grp?.ops ?? []).slice(0, 3).map(([op, c]) => `${shortOp(op)} ${c}`).join(' · ');
      const label = grp?.label || '(top level)';
      const width = kind === 'frame' ? rects[4 * item + 2] : SIZES.groupW;
      t = {
        title: clip(kind === 'frame' ? `${label} (${size})` : label, Math.floor((width - 34) / 7)),
        sub: `${size} nodes`,
        ops: clip(ops, Math.floor((width - 20) / 5.8)),
        badge: null,
        dtype: grp?.dtypes[0]?.[0] ?? null,
        dtypes: grp?.dtypes ?? null,
        inserted: false,
        aria: `${kind === 'frame' ? 'Open group' : 'Folded group'} ${label}, ${size} nodes${kind === 'frame' ? ', press Enter to fold' : ', press Enter to unfold'}`,
        tooltip: [readableGroup(vg.group[item]), `${size} nodes`, ...(grp?.ops ?? []).slice(0, 8).map(([op, c]) => `${op}: ${c}`)].join('\n'),
      };
    }
    texts.set(item, t);
    return t;
  };
  const edgeTooltip = (e: number): string => {
    const ve = vg.edges[e];
    const lines = ve.edges.slice(0, 6).map((i) => {
      const m = g.edges[i];
      return `${m.tensor}  ${typeText(m.dtype, m.shape)}${m.quant ? `, ${m.quant}` : ''}`;
    });
    if (ve.edges.length > 6) lines.push(`… ${ve.edges.length - 6} more tensors`);
    return lines.join('\n');
  };
  return { vg, rects, points, edgeBox, text, edgeTooltip };
}
