import type { CompareReport } from '../../engine/compare/compare-report';
import type { ErrorOverlay, GraphData, GraphEdgeData, GraphNodeData, GraphParamData } from '../../shared/protocol';
import { layoutBadge } from '../../shared/layout';
import { quantText } from '../../shared/quant-text';
import { IRContent } from '../ir-tree-model';

/**
 * Nodes that compute only from parameters (Constant, the Identity that shares a zero point, a weight's
 * DequantizeLinear, Cast/ConstantOfShape chains of an exported int8 model): no graph input reaches them. The graph
 * does not draw them as boxes; the node they feed lists them as its parameters. Returns their names.
 */
function parameterNodes(c: IRContent): Set<string> {
  const live = new Set(c.inputs);
  const params = new Set<string>();
  const outputs = new Set(c.outputs);
  for (const n of c.nodes) {
    if (n.inputs.some((i) => i && live.has(i)) || n.outputs.some((o) => outputs.has(o))) for (const o of n.outputs) live.add(o);
    else params.add(n.name);
  }
  // A graph no input reaches (no inputs at all) is drawn as it is.
  return params.size === c.nodes.length ? new Set() : params;
}

/** The graph view's data from the IR the tree shows: nodes with their output's type, edges with the tensor's. */
export function graphData(c: IRContent): GraphData {
  const values = new Map(c.values.map((v) => [v.name, v]));
  const hidden = parameterNodes(c);
  const producer = new Map<string, IRContent['nodes'][number]>();
  for (const n of c.nodes) for (const o of n.outputs) if (o) producer.set(o, n);
  const quantOf = (name: string) => values.get(name)?.quant;
  const edges: GraphEdgeData[] = [];
  const paramOf: Record<string, string> = {};
  const nodes: GraphNodeData[] = [];
  for (const n of c.nodes) {
    if (hidden.has(n.name)) continue;
    const params: GraphParamData[] = [];
    for (const i of n.inputs) {
      if (!i) continue;
      const from = producer.get(i);
      const v = values.get(i);
      if (from && !hidden.has(from.name)) {
        edges.push({ from: from.name, to: n.name, tensor: i, dtype: v?.dtype ?? null, shape: v?.shape ?? null, quant: v?.quant ? quantText(v.quant) : null });
        continue;
      }
      if (!from && !v?.initializer) continue;
      // A weight's DequantizeLinear output is the dequantized view: its grid is the one of the integer weight it reads.
      const q = v?.quant ?? (from?.opType === 'DequantizeLinear' ? quantOf(from.inputs[0]) : null);
      params.push({ tensor: i, dtype: v?.dtype ?? null, shape: v?.shape ?? null, quant: q ? quantText(q) : null, via: from?.opType ?? null });
    }
    const v = values.get(n.outputs[0]);
    nodes.push({
      id: n.name, name: n.name, op: n.opType, domain: n.domain, dtype: v?.dtype ?? null, shape: v?.shape ?? null, layout: layoutBadge(v?.layout),
      scope: n.scope, inserted: n.inserted, origin: n.origin,
      quant: v?.quant ? quantText(v.quant) : null,
      ...(params.length ? { params } : {}),
    });
  }
  // Each parameter node points at the drawn node it feeds (through other parameter nodes): selecting it in the IR
  // view shows that node.
  const consumers = new Map<string, string[]>();
  for (const n of c.nodes) for (const i of n.inputs) if (i) consumers.set(i, [...(consumers.get(i) ?? []), n.name]);
  for (const n of [...c.nodes].reverse()) {
    if (!hidden.has(n.name)) continue;
    const next = n.outputs.flatMap((o) => consumers.get(o) ?? [])[0];
    const target = next === undefined ? undefined : hidden.has(next) ? paramOf[next] : next;
    if (target) paramOf[n.name] = target;
  }
  return { model: c.model, target: c.target, kind: c.kind, nodes, edges, ...(hidden.size ? { paramOf } : {}) };
}

/**
 * Per graph node, the error of the layer it computes after a comparison: a compared layer's source node is found
 * among the graph's nodes by name or by origin (compiled nodes list the source nodes they came from).
 */
export function errorOverlay(r: CompareReport, g: GraphData): ErrorOverlay {
  const bySource = new Map<string, string[]>();
  for (const n of g.nodes) for (const o of [n.name, ...n.origin]) bySource.set(o, [...(bySource.get(o) ?? []), n.id]);
  const byNode: ErrorOverlay['byNode'] = {};
  for (const l of r.layers) {
    if (!l.node) continue;
    for (const id of bySource.get(l.node) ?? []) byNode[id] = { sqnrDb: l.sqnrDb, localSqnrDb: l.localSqnrDb };
  }
  const culprits = r.culprits.flatMap((c, i) => (bySource.get(c.node) ?? []).map((node) => ({ node, rank: i + 1, kind: c.kind })));
  const firstBad = r.firstBad?.node ? bySource.get(r.firstBad.node)?.[0] ?? null : null;
  return { threshold: r.threshold, byNode, culprits, firstBad };
}
