import { ConstValues } from '../../ir/const-values';
import { isFloat } from '../../onnx/dtype';
import { GraphMsg, ModelMsg, NodeMsg, NodeProto, make } from '../../onnx/schema';
import { expandIntegerOps, isExpandableIntegerOp } from '../sides/expand-integer-ops';
import { copyModel, dropUnusedInitializers, subgraphs } from '../../rewrite/model-edit';

/**
 * The what-if "remove that layer's quantization": in a QDQ model, bypass the QuantizeLinear -> DequantizeLinear pairs
 * that quantize the float weights `node` reads (QAT fake-quant) and the one that quantizes its output, so the layer
 * computes in float while every other layer stays quantized. Integer ops are expanded to QDQ first; the expansion
 * keeps node names, so `node` may name a QLinearConv as well as a Conv.
 *
 * `removed` lists the bypassed QuantizeLinear/DequantizeLinear nodes (they leave the graph unless another layer still
 * reads them).
 */
export function keepFloat(model: ModelMsg, node: string): { model: ModelMsg; removed: string[] } {
  const out = model.graph?.node.some(isExpandableIntegerOp) ? expandIntegerOps(model).model : copyModel(model);
  const graph = out.graph;
  const target = graph?.node.find((n) => n.name === node);
  if (!graph || !target) throw new Error(`keep-float: the model has no node named '${node}'`);
  if (target.op_type === 'QuantizeLinear' || target.op_type === 'DequantizeLinear') {
    throw new Error(`keep-float: '${node}' is a ${target.op_type}; name the layer's compute node (Conv, MatMul, Gemm, Add, ...)`);
  }
  const edit = new QdqEdit(graph);
  const bypassed = [...edit.bypassWeights(target), ...edit.bypassOutput(target)];
  if (!bypassed.length) {
    throw new Error(`keep-float: '${node}' (${target.op_type}) has nothing to remove: no fake-quantized float weight feeds it and its output reaches no QuantizeLinear`);
  }
  edit.finish();
  return { model: out, removed: bypassed.map((n) => n.name) };
}

/** Ops between a layer and its output QuantizeLinear that do not compute a new layer (QAT exports leave them). */
const PASS_THROUGH = new Set(['BatchNormalization', 'Div', 'Mul', 'Add', 'Relu', 'Clip', 'LeakyRelu', 'Identity', 'Cast']);
/** Ops allowed between a QuantizeLinear and its DequantizeLinear (on the integers). */
const ON_INTEGERS = new Set(['Clip', 'Identity']);
const PARAMETER_SOURCES = new Set(['Constant', 'Identity']);

class QdqEdit {
  private readonly consts: ConstValues;
  private readonly producers = new Map<string, NodeMsg>();
  private readonly graphOutputs: Set<string>;
  /** Tensors that nodes inside subgraphs read: their names must keep existing. */
  private readonly readBySubgraphs = new Set<string>();
  /** Nodes that may have become dead; removed by finish() if nothing reads them. */
  private readonly candidates = new Set<NodeMsg>();
  private readonly replacements = new Map<NodeMsg, NodeMsg>();

  constructor(private readonly graph: GraphMsg) {
    this.consts = new ConstValues(graph);
    this.graphOutputs = new Set(graph.output.map((o) => o.name));
    for (const n of graph.node) {
      for (const o of n.output) if (o) this.producers.set(o, n);
      for (const sub of subgraphs(n)) collectInputs(sub, this.readBySubgraphs);
    }
  }

  private freshNodeName(base: string): string {
    const taken = new Set(this.graph.node.map((n) => n.name));
    for (const r of this.replacements.values()) taken.add(r.name);
    let name = base;
    for (let k = 1; taken.has(name); k++) name = `${base}__${k}`;
    return name;
  }

  private consumers(tensor: string): NodeMsg[] {
    return this.graph.node.filter((n) => n.input.includes(tensor));
  }

  /** (a) weights: input <- DQ <- [Clip/Identity] <- Q <- float constant. The node reads the float constant instead. */
  bypassWeights(target: NodeMsg): NodeMsg[] {
    const bypassed: NodeMsg[] = [];
    target.input.forEach((input, i) => {
      const dq = this.producers.get(input);
      if (dq?.op_type !== 'DequantizeLinear') return;
      const between: NodeMsg[] = [];
      let q = this.producers.get(dq.input[0]);
      while (q && ON_INTEGERS.has(q.op_type)) {
        between.push(q);
        q = this.producers.get(q.input[0]);
      }
      if (q?.op_type !== 'QuantizeLinear') return;
      const weight = this.consts.get(q.input[0]);
      if (!weight || !isFloat(weight.dtype)) return;
      target.input[i] = q.input[0];
      for (const n of [dq, ...between, q]) this.candidates.add(n);
      bypassed.push(q, dq);
    });
    return bypassed;
  }

  /**
   * (b) the output: follow it through single-consumer pass-through ops to the first QuantizeLinear; every
   * DequantizeLinear of that QuantizeLinear is bypassed (its readers read the float tensor).
   */
  bypassOutput(target: NodeMsg): NodeMsg[] {
    let tensor = target.output[0];
    for (let steps = 0; tensor && steps < 64; steps++) {
      const readers = this.consumers(tensor);
      const qs = readers.filter((n) => n.op_type === 'QuantizeLinear' && n.input[0] === tensor);
      if (qs.length) return qs.flatMap((q) => this.bypassPair(q));
      if (readers.length !== 1 || !this.passesThrough(readers[0], tensor)) return [];
      tensor = readers[0].output[0];
    }
    return [];
  }

  private passesThrough(n: NodeMsg, tensor: string): boolean {
    if (!PASS_THROUGH.has(n.op_type)) return false;
    if (n.op_type === 'Div') return n.input[0] === tensor && !!this.consts.get(n.input[1]);
    if (n.op_type === 'Mul' || n.op_type === 'Add') {
      const other = n.input[0] === tensor ? n.input[1] : n.input[0];
      return other !== tensor && !!this.consts.get(other);
    }
    return n.input[0] === tensor;
  }

  private bypassPair(q: NodeMsg): NodeMsg[] {
    const float = q.input[0];
    const dqs: NodeMsg[] = [];
    const between: NodeMsg[] = [];
    const walk = (t: string) => {
      for (const n of this.consumers(t)) {
        if (n.op_type === 'DequantizeLinear' && n.input[0] === t) dqs.push(n);
        else if (ON_INTEGERS.has(n.op_type) && n.input[0] === t) {
          between.push(n);
          walk(n.output[0]);
        }
      }
    };
    walk(q.output[0]);
    for (const dq of dqs) {
      const out = dq.output[0];
      for (const n of this.graph.node) n.input.forEach((t, i) => { if (t === out) n.input[i] = float; });
      // A name that a graph output or a subgraph reads must stay: it becomes an Identity of the float tensor.
      if (this.graphOutputs.has(out) || this.readBySubgraphs.has(out)) {
        this.replacements.set(dq, make<NodeMsg>(NodeProto, { name: this.freshNodeName(`${dq.name || out}__float`), op_type: 'Identity', domain: '', input: [float], output: [out] }));
      }
    }
    for (const n of [...dqs, ...between, q]) this.candidates.add(n);
    return dqs.length ? [q, ...dqs] : [];
  }

  /** Put the replacement Identities in place and drop the candidates nothing reads any more. */
  finish(): void {
    this.graph.node = this.graph.node.map((n) => this.replacements.get(n) ?? n);
    const removedInputs = new Set<string>();
    for (let changed = true; changed;) {
      changed = false;
      const read = new Set<string>([...this.graphOutputs, ...this.readBySubgraphs]);
      for (const n of this.graph.node) for (const i of n.input) read.add(i);
      this.graph.node = this.graph.node.filter((n) => {
        const dead = this.candidates.has(n) && n.output.every((o) => !o || !read.has(o));
        if (dead) {
          changed = true;
          for (const i of n.input) {
            if (!i) continue;
            removedInputs.add(i);
            // Parameters behind Constant/Identity nodes (PyTorch exports share zero points that way) may die too.
            const p = this.producers.get(i);
            if (p && PARAMETER_SOURCES.has(p.op_type)) this.candidates.add(p);
          }
        }
        return !dead;
      });
    }
    dropUnusedInitializers(this.graph, removedInputs);
  }
}

function collectInputs(g: GraphMsg, into: Set<string>): void {
  for (const n of g.node) {
    for (const i of n.input) into.add(i);
    for (const sub of subgraphs(n)) collectInputs(sub, into);
  }
}
