import { DType, dtypeFromCode } from '../onnx/dtype';
import { ATTR, AttributeMsg, GraphMsg, ModelMsg, TypeProtoMsg, num } from '../onnx/schema';
import { ConstValues } from './const-values';
import { opKey } from '../../shared/op-key';
import { nameScope } from '../../shared/scopes';
import { Dim, IRAttribute, IRGraph, IRNode, IRValue } from './ir-types';
import { assignQuantParams } from './quant-params';

/** dtype and shape of a tensor as the runtime reports them (compiled graphs: from exposing every tensor). */
export interface TypeInfo {
  dtype: DType | null;
  shape: Dim[] | null;
}

const utf8 = new TextDecoder();

function attributeValue(a: AttributeMsg): IRAttribute['value'] {
  switch (a.type) {
    case ATTR.FLOAT: return a.f;
    case ATTR.INT: return num(a.i);
    case ATTR.STRING: return utf8.decode(a.s);
    case ATTR.FLOATS: return [...a.floats];
    case ATTR.INTS: return a.ints.map(num);
    case ATTR.STRINGS: return a.strings.map((s) => utf8.decode(s));
    case ATTR.TENSOR: return { tensor: { dtype: dtypeFromCode(a.t?.data_type ?? 0) ?? 'unknown', dims: (a.t?.dims ?? []).map(num) } };
    case ATTR.GRAPH: return { graph: a.g?.name ?? '' };
    case ATTR.GRAPHS: return { graphs: a.graphs.map((g) => g.name) };
    default: return `<${a.type}>`;
  }
}

function typeOf(t: TypeProtoMsg | undefined): TypeInfo {
  const tt = t?.tensor_type;
  if (!tt) return { dtype: null, shape: null };
  const shape = tt.shape ? tt.shape.dim.map((d): Dim => (d.dim_param ? d.dim_param : d.value === 'dim_value' || d.dim_value !== undefined ? num(d.dim_value) : '?')) : null;
  return { dtype: dtypeFromCode(tt.elem_type) ?? null, shape };
}

export function countOps(nodes: readonly { domain: string; opType: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of nodes) {
    const k = opKey(n.domain, n.opType);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

function subgraphSummaries(attrs: AttributeMsg[]): IRNode['subgraphs'] {
  const out: IRNode['subgraphs'] = [];
  for (const a of attrs) {
    const graphs = a.type === ATTR.GRAPH && a.g ? [a.g] : a.type === ATTR.GRAPHS ? a.graphs : [];
    for (const g of graphs) {
      out.push({ attribute: a.name, name: g.name, nodes: g.node.length, opCounts: countOps(g.node.map((n) => ({ domain: n.domain, opType: n.op_type }))) });
    }
  }
  return out;
}

export interface BuildOptions {
  /** Types reported by the runtime; they win over the model's own (often stale) value_info. */
  types?: Map<string, TypeInfo>;
}

/**
 * The graph's inputs (initializers aside) with their declared types, as buildIR would give them: enough to learn the
 * symbolic dims before the whole IR is built (the compile starts the runtime on them and builds the IR meanwhile).
 */
export function declaredInputs(model: ModelMsg): { inputs: string[]; values: Map<string, TypeInfo> } {
  const g = model.graph as GraphMsg;
  const declared = new Map<string, TypeInfo>();
  for (const vi of [...g.input, ...g.output, ...g.value_info]) declared.set(vi.name, typeOf(vi.type));
  const initNames = new Set(g.initializer.map((t) => t.name));
  const inputs = g.input.map((i) => i.name).filter((n) => !initNames.has(n));
  return { inputs, values: new Map(inputs.map((n) => [n, declared.get(n) ?? { dtype: null, shape: null }])) };
}

/** Build the read-only IR view of a graph. Layout and origin are filled in by the compile step for compiled graphs. */
export function buildIR(model: ModelMsg, opts: BuildOptions = {}): { graph: IRGraph; consts: ConstValues } {
  const g = model.graph as GraphMsg;
  const values = new Map<string, IRValue>();
  const declared = new Map<string, TypeInfo>();
  for (const vi of [...g.input, ...g.output, ...g.value_info]) declared.set(vi.name, typeOf(vi.type));

  const value = (name: string): IRValue => {
    let v = values.get(name);
    if (!v) {
      const t = opts.types?.get(name) ?? declared.get(name) ?? { dtype: null, shape: null };
      v = { name, dtype: t.dtype, shape: t.shape, layout: { kind: 'unknown', block: null, channels: null }, quant: null, initializer: false, producer: -1, consumers: [] };
      values.set(name, v);
    }
    return v;
  };

  for (const t of g.initializer) {
    const v = value(t.name);
    v.initializer = true;
    v.dtype = dtypeFromCode(t.data_type) ?? null;
    v.shape = t.dims.map(num);
  }
  const initNames = new Set(g.initializer.map((t) => t.name));
  const inputs = g.input.map((i) => i.name).filter((n) => !initNames.has(n));
  for (const name of inputs) value(name);

  const nodes: IRNode[] = g.node.map((n, index) => {
    const node: IRNode = {
      index,
      name: n.name || `${n.op_type}_${index}`,
      opType: n.op_type,
      domain: n.domain === 'ai.onnx' ? '' : n.domain,
      inputs: [...n.input],
      outputs: [...n.output],
      attributes: n.attribute.map((a) => ({ name: a.name, value: attributeValue(a) })),
      origin: [],
      inserted: false,
      scope: '',
      subgraphs: subgraphSummaries(n.attribute),
    };
    node.scope = nameScope(node.name);
    node.origin = [node.name];
    for (const i of n.input) if (i) value(i).consumers.push(index);
    for (const o of n.output) if (o) value(o).producer = index;
    return node;
  });

  const consts = new ConstValues(g);
  // A Constant node's output is a constant value too: give it dtype and shape from its tensor.
  for (const n of nodes) {
    if (n.opType !== 'Constant') continue;
    const v = values.get(n.outputs[0]);
    const t = consts.get(n.outputs[0]);
    if (v && t && v.dtype === null) {
      v.dtype = t.dtype;
      v.shape = t.dims;
    }
  }
  assignQuantParams(nodes, values, consts);
  const opsets: Record<string, number> = {};
  for (const o of model.opset_import) opsets[o.domain || ''] = num(o.version);
  return { graph: { name: g.name, opsets, inputs, outputs: g.output.map((o) => o.name), nodes, values }, consts };
}
