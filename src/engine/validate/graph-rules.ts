import { dtypeFromCode } from '../onnx/dtype';
import { ATTR, GraphMsg, NodeMsg, num } from '../onnx/schema';
import { checkNodeDomain } from './opset-rules';
import { RuleContext, invalid, nodeLabel } from './problem';
import { checkTensor } from './tensor-rules';
import { DeclaredType, checkValueInfo } from './type-rules';

/** Names visible to a graph from the graphs around it (a subgraph reads its outer graph's values). */
export interface Scope {
  has(name: string): boolean;
}

export const EMPTY_SCOPE: Scope = { has: () => false };

/** What the structure pass learned about one graph, for the rules that look at values (quantization parameters). */
export interface GraphFacts {
  graph: GraphMsg;
  ctx: RuleContext;
  /** Declared types of graph inputs, outputs and value_info, and the types of initializers. */
  types: Map<string, DeclaredType>;
}

const ATTR_TYPES = new Set<number>(Object.values(ATTR));

/**
 * The ONNX checker's rules for a graph, in one linear pass: names of inputs, initializers and outputs present and
 * unique; every node input produced before it is read (by a graph input, an initializer, an earlier node or the outer
 * graph), which is topological order and rules out cycles; every value produced once (single assignment); graph
 * outputs produced and listed once; tensors and declared types well-formed; attributes named once each; and the same
 * for every subgraph, which sees the values of its outer graph defined before its node. `visit` gets each graph.
 */
export function checkGraph(graph: GraphMsg, outer: Scope, imported: ReadonlySet<string>, ctx: RuleContext, visit: (facts: GraphFacts) => void): void {
  const types = new Map<string, DeclaredType>();
  const defined = new Map<string, string>(); // name -> what defines it, for messages
  for (const v of graph.input) {
    if (!v.name) throw invalid(ctx, 'a graph input has no name');
    if (defined.has(v.name)) throw invalid(ctx, `graph input '${v.name}' is listed twice`, { tensor: v.name });
    defined.set(v.name, 'a graph input');
    types.set(v.name, checkValueInfo(v, 'graph input', ctx));
  }
  const initializers = new Set<string>();
  for (const t of graph.initializer) {
    if (!t.name) throw invalid(ctx, 'an initializer has no name');
    if (initializers.has(t.name)) throw invalid(ctx, `initializer '${t.name}' is defined twice`, { tensor: t.name });
    initializers.add(t.name);
    checkTensor(t, `initializer '${t.name}'`, ctx, { tensor: t.name });
    defined.set(t.name, 'an initializer');
    types.set(t.name, { dtype: dtypeFromCode(t.data_type) ?? null, dims: t.dims.map(num) });
  }
  for (const v of graph.value_info) if (v.name) types.set(v.name, checkValueInfo(v, 'value_info', ctx));

  const scope: Scope = { has: (name) => defined.has(name) || outer.has(name) };
  const producedLater = laterProducers(graph.node);
  graph.node.forEach((n, i) => {
    const label = nodeLabel(n, i);
    checkNodeDomain(n, i, imported, ctx);
    for (const input of n.input) {
      if (!input || scope.has(input)) continue;
      const later = producedLater.get(input);
      if (later !== undefined && later >= i) {
        throw invalid(ctx, `${label} reads '${input}' before ${nodeLabel(graph.node[later], later)} produces it: the nodes are out of topological order or form a cycle`, { node: n.name, tensor: input });
      }
      throw invalid(ctx, `${label} reads '${input}', which no graph input, initializer or node produces`, { node: n.name, tensor: input });
    }
    checkAttributes(n, label, scope, imported, ctx, visit);
    for (const output of n.output) {
      if (!output) continue;
      const before = defined.get(output);
      if (before !== undefined) throw invalid(ctx, `${label} produces '${output}', which ${before} already defines: every value is produced once`, { node: n.name, tensor: output });
      defined.set(output, label);
    }
  });

  const outputs = new Set<string>();
  for (const v of graph.output) {
    if (!v.name) throw invalid(ctx, 'a graph output has no name');
    if (outputs.has(v.name)) throw invalid(ctx, `graph output '${v.name}' is listed twice`, { tensor: v.name });
    outputs.add(v.name);
    if (!scope.has(v.name)) throw invalid(ctx, `graph output '${v.name}' is not produced by any node, graph input or initializer`, { tensor: v.name });
    const declared = checkValueInfo(v, 'graph output', ctx);
    if (!types.has(v.name)) types.set(v.name, declared);
  }
  visit({ graph, ctx, types });
}

/** For each value, the index of the last node that produces it (to tell "out of order" from "never produced"). */
function laterProducers(nodes: NodeMsg[]): Map<string, number> {
  const m = new Map<string, number>();
  nodes.forEach((n, i) => {
    for (const o of n.output) if (o) m.set(o, i);
  });
  return m;
}

function checkAttributes(n: NodeMsg, label: string, scope: Scope, imported: ReadonlySet<string>, ctx: RuleContext, visit: (facts: GraphFacts) => void): void {
  const names = new Set<string>();
  for (const a of n.attribute) {
    if (!a.name) throw invalid(ctx, `${label} has an attribute without a name`, { node: n.name });
    if (names.has(a.name)) throw invalid(ctx, `${label} has attribute '${a.name}' twice`, { node: n.name });
    names.add(a.name);
    if (a.type && !ATTR_TYPES.has(a.type)) throw invalid(ctx, `${label}: attribute '${a.name}' has unknown type ${a.type}`, { node: n.name });
    if (a.type === ATTR.TENSOR && a.t) checkTensor(a.t, `attribute '${a.name}' of ${label}`, ctx, { node: n.name, tensor: a.t.name || undefined });
    for (const t of a.tensors ?? []) checkTensor(t, `a tensor in attribute '${a.name}' of ${label}`, ctx, { node: n.name, tensor: t.name || undefined });
    const subgraphs = [...(a.type === ATTR.GRAPH && a.g ? [a.g] : []), ...(a.graphs ?? [])];
    for (const g of subgraphs) {
      const sub: RuleContext = { file: ctx.file, where: `${ctx.where} in subgraph '${a.name}' of ${label}` };
      checkGraph(g, scope, imported, sub, visit);
    }
  }
}
