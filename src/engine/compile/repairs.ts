import Long from 'long';
import { ConstValues } from '../ir/const-values';
import { GraphMsg, ModelMsg, NodeMsg, TensorMsg } from '../onnx/schema';
import { encodeTensor } from '../onnx/tensor-codec';

/**
 * Semantics-preserving rewrites that make models compile where the runtime's optimizers reject them. Each keeps every
 * value the same: it changes only how quantization parameters are stored. `apply` edits the model in place and
 * returns how many Q/DQ inputs it rewired (0: nothing to do).
 */
export interface Repair {
  id: string;
  title: string;
  description: string;
  /** The condition it removes, in plain words, for a diagnosis (`{n}` = the count of places). */
  cause: string;
  apply(model: ModelMsg): number;
}

/** Ops whose scale / zero-point inputs (by index) are quantization parameters. */
const QPARAM_INPUTS: Record<string, number[]> = {
  QuantizeLinear: [1, 2],
  DequantizeLinear: [1, 2],
  QLinearConv: [1, 2, 4, 5, 6, 7],
  QLinearMatMul: [1, 2, 4, 5, 6, 7],
  QLinearAdd: [1, 2, 4, 5, 6, 7],
  QLinearMul: [1, 2, 4, 5, 6, 7],
};

/**
 * Fresh names from bases: `base`, then `base_1`, `base_2`, ... Each base remembers where it got to, so naming n copies
 * of one base costs n steps, not n^2 (a model with the same unnamed node 20,000 times once took minutes).
 */
class NameGiver {
  private readonly next = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  fresh(base: string): string {
    let i = this.next.get(base) ?? 0;
    let name = i === 0 ? base : `${base}_${i}`;
    while (this.taken.has(name)) name = `${base}_${++i}`;
    this.next.set(base, i + 1);
    this.taken.add(name);
    return name;
  }
}

function names(graph: GraphMsg): Set<string> {
  const s = new Set<string>();
  for (const t of graph.initializer) s.add(t.name);
  for (const n of graph.node) for (const o of n.output) s.add(o);
  for (const i of graph.input) s.add(i.name);
  return s;
}

/**
 * Rewire quantization-parameter inputs to fresh initializers holding the same values: `scalarOnly` turns 1-element
 * tensors of shape [1] into scalars; otherwise every Q/DQ input gets its own copy (no sharing, no Constant or
 * Identity in between).
 */
function rewire(model: ModelMsg, pick: (node: NodeMsg, input: string, consts: ConstValues) => { dims: number[] } | null): number {
  const g = model.graph!;
  const consts = new ConstValues(g);
  const namer = new NameGiver(names(g));
  const added: TensorMsg[] = [];
  let changes = 0;
  for (const node of g.node) {
    const slots = QPARAM_INPUTS[node.op_type];
    if (!slots || (node.domain && node.domain !== 'com.microsoft' && node.domain !== 'ai.onnx')) continue;
    for (const slot of slots) {
      const input = node.input[slot];
      if (!input) continue;
      const target = pick(node, input, consts);
      if (!target) continue;
      const value = consts.get(input)!;
      const name = namer.fresh(`${node.name || node.op_type}_${slot === 1 || slot === 4 || slot === 6 ? 'scale' : 'zero_point'}${slot}`);
      const t = encodeTensor({ ...value, name, dims: target.dims });
      t.dims = target.dims.map((d) => Long.fromNumber(d));
      added.push(t);
      node.input[slot] = name;
      changes++;
    }
  }
  g.initializer.push(...added);
  if (changes) removeDeadNodes(g);
  return changes;
}

/**
 * Drop Constant/Identity nodes whose outputs nothing reads any more (left behind by a rewire), chains included, in
 * one pass from the last node back (the graph is in topological order: readers come after what they read).
 */
function removeDeadNodes(g: GraphMsg): void {
  const used = new Set<string>(g.output.map((o) => o.name));
  const keep: boolean[] = new Array(g.node.length);
  for (let i = g.node.length - 1; i >= 0; i--) {
    const n = g.node[i];
    const dead = (n.op_type === 'Constant' || n.op_type === 'Identity') && n.output.every((o) => !used.has(o));
    keep[i] = !dead;
    if (!dead) for (const input of n.input) used.add(input);
    // Subgraphs read outer values too.
    if (!dead) for (const a of n.attribute) for (const sub of [a.g, ...(a.graphs ?? [])]) if (sub) for (const sn of sub.node) for (const input of sn.input) used.add(input);
  }
  g.node = g.node.filter((_, i) => keep[i]);
  g.initializer = g.initializer.filter((t) => used.has(t.name));
}

export const REPAIRS: readonly Repair[] = [
  {
    id: 'scalar-qparams',
    title: 'Store per-tensor scales and zero points as scalars',
    description: 'Per-tensor quantization parameters stored as 1-element tensors of shape [1] become scalars (shape []): the same values, so the same outputs. Fusions into QLinear* kernels require scalars.',
    cause: '{n} per-tensor scale and zero-point inputs of Q/DQ nodes are 1-element tensors of shape [1], not scalars; the runtime\'s QDQ fusion into QLinear* ops requires scalars and rejects the fused node',
    apply: (model) => rewire(model, (_node, input, consts) => {
      const v = consts.get(input);
      return v && v.dims.length === 1 && v.dims[0] === 1 ? { dims: [] } : null;
    }),
  },
  {
    id: 'unshare-qparams',
    title: 'Give each Q/DQ node its own scale and zero point',
    description: 'Quantization parameters shared by several Q/DQ nodes (often through Identity or Constant nodes) are copied so that each node has its own initializer with the same values: the same outputs. Optimizers that rewrite a node\'s parameters in place (the u8s8 precision transform) fail on shared ones.',
    cause: '{n} quantization-parameter inputs are shared between several Q/DQ nodes or reach them through Constant/Identity nodes; an optimizer that rewrites one node\'s parameters collides with the others',
    apply: (model) => {
      const g = model.graph!;
      const readers = new Map<string, number>();
      for (const n of g.node) if (QPARAM_INPUTS[n.op_type]) for (const i of n.input) readers.set(i, (readers.get(i) ?? 0) + 1);
      const inits = new Set(g.initializer.map((t) => t.name));
      return rewire(model, (_node, input, consts) => {
        const v = consts.get(input);
        if (!v) return null;
        const shared = (readers.get(input) ?? 0) > 1 || !inits.has(input);
        return shared ? { dims: v.dims } : null;
      });
    },
  },
];

export function repairById(id: string): Repair | undefined {
  return REPAIRS.find((r) => r.id === id);
}
