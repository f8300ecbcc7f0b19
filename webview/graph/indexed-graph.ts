import type { GraphData, GraphEdgeData, GraphNodeData } from '../../src/shared/protocol';

/** A graph message with nodes by index and edges as typed arrays, in and out lists in compressed form. */
export interface IndexedGraph {
  data: GraphData;
  nodes: GraphNodeData[];
  /** First node with each id (ONNX does not require unique names). */
  byId: Map<string, number>;
  /** Edges whose two ends are nodes of the graph. */
  edges: GraphEdgeData[];
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Edge indices into each node: inList[inStart[n] .. inStart[n + 1]). */
  inStart: Int32Array;
  inList: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
}

function compress(n: number, ends: Int32Array): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(n + 1);
  for (const v of ends) start[v + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const list = new Int32Array(ends.length);
  ends.forEach((v, e) => (list[fill[v]++] = e));
  return { start, list };
}

export function indexGraph(data: GraphData): IndexedGraph {
  const byId = new Map<string, number>();
  data.nodes.forEach((n, i) => {
    if (!byId.has(n.id)) byId.set(n.id, i);
  });
  const edges = data.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  const edgeFrom = Int32Array.from(edges, (e) => byId.get(e.from)!);
  const edgeTo = Int32Array.from(edges, (e) => byId.get(e.to)!);
  const inn = compress(data.nodes.length, edgeTo);
  const out = compress(data.nodes.length, edgeFrom);
  return { data, nodes: data.nodes, byId, edges, edgeFrom, edgeTo, inStart: inn.start, inList: inn.list, outStart: out.start, outList: out.list };
}
