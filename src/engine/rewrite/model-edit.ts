import { ATTR, GraphMsg, ModelMsg, ModelProto, NodeMsg } from '../onnx/schema';

/** Small edits of ONNX models that the comparison's transforms share (expansion, keep-float, what-if). */

/** A deep copy (every message fresh): transforms edit the copy, never the caller's model. */
export function copyModel(model: ModelMsg): ModelMsg {
  return ModelProto.decode(ModelProto.encode(model as never).finish()) as unknown as ModelMsg;
}

/** Remove the initializers named in `candidates` that no node (subgraphs included) and no graph output reads. */
export function dropUnusedInitializers(graph: GraphMsg, candidates: ReadonlySet<string>): void {
  const used = new Set<string>(graph.output.map((o) => o.name));
  const visit = (g: GraphMsg) => {
    for (const n of g.node) {
      for (const i of n.input) used.add(i);
      for (const sub of subgraphs(n)) visit(sub);
    }
  };
  visit(graph);
  // An initializer that is also a graph input can be fed by the caller: it stays.
  const inputs = new Set(graph.input.map((i) => i.name));
  graph.initializer = graph.initializer.filter((t) => !candidates.has(t.name) || used.has(t.name) || inputs.has(t.name));
}

export function subgraphs(n: NodeMsg): GraphMsg[] {
  const out: GraphMsg[] = [];
  for (const a of n.attribute) {
    if (a.type === ATTR.GRAPH && a.g) out.push(a.g);
    if (a.type === ATTR.GRAPHS) out.push(...a.graphs);
  }
  return out;
}
