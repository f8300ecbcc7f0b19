/**
 * The graph view's messages to and from its layout worker. A request is the visible graph as nested containers:
 * every expanded group (and the root) is laid out on its own, over its direct children only, with the edges between
 * them lifted to that level. So each layout is small, however large the model, and a container whose structure was
 * seen before (the 200 identical blocks of a transformer) is not laid out again.
 */

/** Sizes of the boxes the renderer draws (px). */
export const SIZES = {
  leafW: 168,
  leafH: 40,
  groupW: 180,
  groupH: 62,
  /** Space around a container's children, and its header with the group's name. */
  pad: 14,
  header: 22,
} as const;

export interface LayoutContainer {
  /** The container's own item (index into `LayoutRequest.items`); the root has none of its own box. */
  item: number;
  /** Its direct children (item indices), in graph order. */
  children: number[];
  /** Lifted edges between children, as pairs of positions in `children`: [from0, to0, from1, to1, ...]. */
  edges: number[];
}

export interface LayoutRequest {
  id: number;
  /** One per visible item (leaf node, folded group, expanded group); the root container is item 0. */
  items: number;
  /** Width and height per item; ignored for containers (their size comes from their children). */
  sizes: Float64Array;
  /** Children before parents; the root (item 0) last. */
  containers: LayoutContainer[];
}

export interface LayoutResult {
  id: number;
  /** Absolute x, y (top-left), width, height per item. */
  rects: Float64Array;
  /** Per container (request order), per lifted edge (request order): the route's points, x0, y0, x1, y1, ... */
  routes: Float64Array[][];
  ms: number;
  /** Containers laid out by the layout library, and how many came from the cache or needed none (a chain, one child). */
  laidOut: number;
  reused: number;
}

export type LayoutResponse = { type: 'result'; result: LayoutResult } | { type: 'error'; id: number; message: string };
