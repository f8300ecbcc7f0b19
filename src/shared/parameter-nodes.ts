/**
 * Nodes that compute only from parameters: no graph input reaches them (Constant, the Identity an export uses to
 * share a zero point, a weight's DequantizeLinear, the Cast/ConstantOfShape chains of an exported int8 model). Views
 * show them with the node they feed rather than as nodes of their own (70 `Identity_N` at the top of a QAT export
 * say nothing). Works on any node list in graph order; no vscode, no engine import (the webviews may use it).
 */

export interface NodeEnds {
  name: string;
  inputs: string[];
  outputs: string[];
}

export interface ParameterNodes {
  /** Names of the parameter nodes. */
  hidden: Set<string>;
  /** Each parameter node's name to the name of the first non-parameter node it feeds (through other parameter nodes). */
  owner: Map<string, string>;
}

/** `inputs`: the graph's inputs (not initializers); `outputs`: its outputs (a node writing one is never hidden). */
export function parameterNodes(nodes: NodeEnds[], inputs: string[], outputs: string[]): ParameterNodes {
  const live = new Set(inputs);
  const out = new Set(outputs);
  const hidden = new Set<string>();
  for (const n of nodes) {
    if (n.inputs.some((i) => i && live.has(i)) || n.outputs.some((o) => out.has(o))) for (const o of n.outputs) live.add(o);
    else hidden.add(n.name);
  }
  // A graph no input reaches (it has no inputs) is shown as it is.
  if (hidden.size === nodes.length) return { hidden: new Set(), owner: new Map() };
  const consumers = new Map<string, string[]>();
  for (const n of nodes) for (const i of n.inputs) if (i) consumers.set(i, [...(consumers.get(i) ?? []), n.name]);
  const owner = new Map<string, string>();
  // Reverse graph order: a parameter node's consumers are settled before it.
  for (let k = nodes.length - 1; k >= 0; k--) {
    const n = nodes[k];
    if (!hidden.has(n.name)) continue;
    const next = n.outputs.flatMap((o) => consumers.get(o) ?? [])[0];
    const target = next === undefined ? undefined : hidden.has(next) ? owner.get(next) : next;
    if (target) owner.set(n.name, target);
  }
  return { hidden, owner };
}
