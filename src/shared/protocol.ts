/**
 * The one message protocol between the extension host and its webviews (the IR graph and the tensor diff). Every
 * message is a discriminated union member with a literal `type`; each side validates what arrives with the guards
 * below before acting on it. No vscode import: the webview bundles use this file too.
 */

/** One node of the graph view: a compiled (or source) node with its output's type and layout. */
export interface GraphNodeData {
  id: string;
  name: string;
  op: string;
  domain: string;
  /** Output 0's dtype, shape and layout badge (`NCHW8c`, `NHWC`, or null for plain). */
  dtype: string | null;
  shape: Array<number | string> | null;
  layout: string | null;
  scope: string;
  inserted: boolean;
  /** Source nodes it came from (compiled graphs). */
  origin: string[];
  /** One line of quantization parameters of output 0, when quantized. */
  quant: string | null;
  /** Inputs that are parameters (initializers, or computed from them by nodes the graph does not draw). */
  params?: GraphParamData[];
}

export interface GraphParamData {
  tensor: string;
  dtype: string | null;
  shape: Array<number | string> | null;
  quant: string | null;
  /** The op that makes it from stored values (Constant, DequantizeLinear, ...), or null for an initializer. */
  via: string | null;
}

export interface GraphEdgeData {
  from: string;
  to: string;
  tensor: string;
  dtype: string | null;
  shape: Array<number | string> | null;
  /** The tensor's quantization parameters in one line, when quantized. */
  quant?: string | null;
}

export interface GraphData {
  model: string;
  target: string;
  kind: 'compiled' | 'source';
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  /** Why this graph is the model as written (the target cannot compile it; an untrusted workspace), when it is. */
  note?: string | null;
  /** Parameter nodes not drawn (see GraphNodeData.params), each to the drawn node it feeds. */
  paramOf?: Record<string, string>;
}

/** Per-layer error after a comparison, keyed by graph node id (the node that computes the compared tensor). */
export interface ErrorOverlay {
  threshold: number;
  byNode: Record<string, { sqnrDb: number | null; localSqnrDb: number | null }>;
  culprits: Array<{ node: string; rank: number; kind: string }>;
  /** The first compared layer below the threshold (graph node id), where the error shows first. */
  firstBad?: string | null;
}

export interface GraphViewState {
  /** The model file this state belongs to: another model starts fresh (its own search, groups, zoom). */
  model: string;
  view: 'compiled' | 'source';
  /** Scopes the user unfolded. */
  expanded: string[];
  selected: string | null;
  transform: { x: number; y: number; k: number } | null;
  search: string;
}

/** One aligned pair for the tensor diff panel: values already normalized (float32, NCHW, dequantized). */
export interface TensorPairData {
  title: string;
  tensor: string;
  referenceTensor: string;
  dims: number[];
  reference: Float32Array;
  actual: Float32Array;
  /** The compared tensor's grid, when it is quantized per tensor (histogram grid and clip bounds). */
  quant: { scale: number; zeroPoint: number; qmin: number; qmax: number } | null;
  metrics: { sqnrDb: number | null; cosine: number | null; maxAbs: number | null; meanAbs: number | null; errSteps: number | null; clippedFraction: number | null; localSqnrDb: number | null };
  /** What normalization did, e.g. "NCHW8c, 24 padded channels -> 20". */
  layoutNote: string | null;
  /** Set when a newer comparison no longer holds this pair: why these numbers are old (the page shows it on top). */
  stale?: string | null;
}

export interface DiffViewState {
  channel: number;
  mode: 'single' | 'grid';
}

export type HostToGraph =
  | { type: 'init'; compiled: GraphData | null; source: GraphData | null; overlay: ErrorOverlay | null; state: GraphViewState | null }
  | { type: 'overlay'; overlay: ErrorOverlay | null }
  | { type: 'select'; node: string }
  /** Compiling `model` failed: the graph says so instead of showing the previous model. */
  | { type: 'failure'; model: string; message: string };

export type GraphToHost =
  | { type: 'ready' }
  | { type: 'selectNode'; node: string; view: 'compiled' | 'source' }
  | { type: 'state'; state: GraphViewState };

export type HostToDiff = { type: 'init'; pair: TensorPairData; state: DiffViewState | null };

export type DiffToHost =
  | { type: 'ready' }
  | { type: 'state'; state: DiffViewState };

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isView = (x: unknown): x is 'compiled' | 'source' => x === 'compiled' || x === 'source';

function isGraphState(x: unknown): x is GraphViewState {
  if (!isObj(x) || !isStr(x.model) || !isView(x.view) || !Array.isArray(x.expanded) || !x.expanded.every(isStr) || !(x.selected === null || isStr(x.selected)) || !isStr(x.search)) return false;
  const t = x.transform;
  return t === null || (isObj(t) && [t.x, t.y, t.k].every((v) => typeof v === 'number' && Number.isFinite(v)));
}

/** Messages the host accepts from the graph webview. */
export function isGraphToHost(m: unknown): m is GraphToHost {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready': return true;
    case 'selectNode': return isStr(m.node) && m.node.length < 10_000 && isView(m.view);
    case 'state': return isGraphState(m.state);
    default: return false;
  }
}

/** Messages the host accepts from the tensor diff webview. */
export function isDiffToHost(m: unknown): m is DiffToHost {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'ready': return true;
    case 'state': return isObj(m.state) && Number.isInteger(m.state.channel) && (m.state.mode === 'single' || m.state.mode === 'grid');
    default: return false;
  }
}

function isGraphData(x: unknown): x is GraphData {
  return isObj(x) && isStr(x.model) && isStr(x.target) && isView(x.kind) && Array.isArray(x.nodes) && Array.isArray(x.edges)
    && x.nodes.every((n) => isObj(n) && isStr(n.id) && isStr(n.name) && isStr(n.op) && isStr(n.scope))
    && x.edges.every((e) => isObj(e) && isStr(e.from) && isStr(e.to) && isStr(e.tensor));
}

function isOverlay(x: unknown): x is ErrorOverlay {
  return isObj(x) && typeof x.threshold === 'number' && isObj(x.byNode) && Array.isArray(x.culprits);
}

/** Messages the graph webview accepts from the host. */
export function isHostToGraph(m: unknown): m is HostToGraph {
  if (!isObj(m)) return false;
  switch (m.type) {
    case 'init': return (m.compiled === null || isGraphData(m.compiled)) && (m.source === null || isGraphData(m.source)) && (m.overlay === null || isOverlay(m.overlay)) && (m.state === null || isGraphState(m.state));
    case 'overlay': return m.overlay === null || isOverlay(m.overlay);
    case 'select': return isStr(m.node);
    case 'failure': return isStr(m.model) && isStr(m.message);
    default: return false;
  }
}

/** Messages the tensor diff webview accepts from the host. */
export function isHostToDiff(m: unknown): m is HostToDiff {
  if (!isObj(m) || m.type !== 'init' || !isObj(m.pair)) return false;
  const p = m.pair;
  const n = Array.isArray(p.dims) && p.dims.every((d) => Number.isInteger(d) && (d as number) >= 0) ? (p.dims as number[]).reduce((a, b) => a * b, 1) : -1;
  return isStr(p.tensor) && p.reference instanceof Float32Array && p.actual instanceof Float32Array && p.reference.length === n && p.actual.length === n && isObj(p.metrics) && (p.stale === undefined || p.stale === null || isStr(p.stale));
}
