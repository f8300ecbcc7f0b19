import type { CompareReport } from '../../engine/compare/compare-report';
import type { ErrorOverlay, GraphData, GraphEdgeData, GraphNodeData, GraphParamData } from '../../shared/protocol';
import { layoutBadge } from '../../shared/layout';
import { parameterNodes } from '../../shared/parameter-nodes';
import { quantText } from '../../shared/quant-text';
import { IRContent } from '../ir-tree-model';

/** Why the graph is the model as written, in the graph's words (the tree's note speaks of the tree). */
function noteFor(c: IRContent): string | null {
  if (c.kind !== 'source') return null;
  const f = c.failure;
  if (!f) return c.note ?? null;
  return `${c.target} cannot compile this model${f.node ? ` (it fails at node ${f.node})` : ''}: the graph shows it as written.${f.repairs.length ? ' Repair Model… writes a copy that compiles.' : ''}`;
}

/** The graph view's data from the IR the tree shows: nodes with their output's type, edges with the tensor's. */
export function graphData(c: IRContent): GraphData {
  const values = new Map(c.values.map((v) => [v.name, v]));
  // Parameter computations are listed on the node they feed, not drawn (src/shared/parameter-nodes.ts).
  const { hidden, owner } = parameterNodes(c.nodes, c.inputs, c.outputs);
  const producer = new Map<string, IRContent['nodes'][number]>();
  for (const n of c.nodes) for (const o of n.outputs) if (o) producer.set(o, n);
  const quantOf = (name: string) => values.get(name)?.quant;
  const edges: GraphEdgeData[] = [];
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
  const note = noteFor(c);
  return { model: c.model, target: c.target, kind: c.kind, ...(note ? { note } : {}), nodes, edges, ...(hidden.size ? { paramOf: Object.fromEntries(owner) } : {}) };
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
