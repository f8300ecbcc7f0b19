import type { CompareReport } from '../../engine/compare/compare-report';
import type { ErrorOverlay, GraphData, GraphEdgeData } from '../../shared/protocol';
import { layoutBadge } from '../../shared/layout';
import { quantText } from '../../shared/quant-text';
import { IRContent } from '../ir-tree-model';

/** The graph view's data from the IR the tree shows: nodes with their output's type, edges with the tensor's. */
export function graphData(c: IRContent): GraphData {
  const values = new Map(c.values.map((v) => [v.name, v]));
  const producer = new Map<string, string>();
  for (const n of c.nodes) for (const o of n.outputs) if (o) producer.set(o, n.name);
  const edges: GraphEdgeData[] = [];
  for (const n of c.nodes) {
    for (const i of n.inputs) {
      const from = producer.get(i);
      if (!from) continue;
      const v = values.get(i);
      edges.push({ from, to: n.name, tensor: i, dtype: v?.dtype ?? null, shape: v?.shape ?? null, quant: v?.quant ? quantText(v.quant) : null });
    }
  }
  return {
    model: c.model,
    target: c.target,
    kind: c.kind,
    nodes: c.nodes.map((n) => {
      const v = values.get(n.outputs[0]);
      return {
        id: n.name, name: n.name, op: n.opType, domain: n.domain, dtype: v?.dtype ?? null, shape: v?.shape ?? null, layout: layoutBadge(v?.layout),
        scope: n.scope, inserted: n.inserted, origin: n.origin,
        quant: v?.quant ? quantText(v.quant) : null,
      };
    }),
    edges,
  };
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
  return { threshold: r.threshold, byNode, culprits };
}
