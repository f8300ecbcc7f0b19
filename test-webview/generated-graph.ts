import type { GraphData, GraphEdgeData, GraphNodeData } from '../src/shared/protocol';

/**
 * A QDQ transformer of any size, named and scoped the way PyTorch's exporter names nodes
 * (`/model/layers.3/self_attn/q_proj/MatMul`): per layer two layer norms, four quantized projections, attention and a
 * quantized MLP with residual adds, 57 nodes per layer. Cut to exactly `nodes` nodes. No DOM or Node APIs: the
 * tests, the benchmark and its page all use it.
 */
export function generatedGraph(nodes: number, hidden = 768): GraphData {
  const out: GraphNodeData[] = [];
  const edges: GraphEdgeData[] = [];
  const byId = new Map<string, GraphNodeData>();
  const seq = [1, 128, hidden];
  const add = (name: string, op: string, inputs: string[], dtype = 'float32', shape: Array<number | string> = seq, quant: string | null = null): string => {
    const slash = name.lastIndexOf('/');
    const node: GraphNodeData = { id: name, name, op, domain: '', dtype, shape, layout: null, scope: slash > 0 ? name.slice(0, slash) : '', inserted: false, origin: [], quant };
    out.push(node);
    byId.set(name, node);
    for (const i of inputs) {
      const from = byId.get(i)!;
      edges.push({ from: i, to: name, tensor: `${i}_output_0`, dtype: from.dtype, shape: from.shape });
    }
    return name;
  };
  const layerNorm = (scope: string, x: string): string => {
    const mean = add(`${scope}/ReduceMean`, 'ReduceMean', [x], 'float32', [1, 128, 1]);
    const sub = add(`${scope}/Sub`, 'Sub', [x, mean]);
    const pow = add(`${scope}/Pow`, 'Pow', [sub]);
    const var_ = add(`${scope}/ReduceMean_1`, 'ReduceMean', [pow], 'float32', [1, 128, 1]);
    const eps = add(`${scope}/Add`, 'Add', [var_], 'float32', [1, 128, 1]);
    const sqrt = add(`${scope}/Sqrt`, 'Sqrt', [eps], 'float32', [1, 128, 1]);
    const div = add(`${scope}/Div`, 'Div', [sub, sqrt]);
    const mul = add(`${scope}/Mul`, 'Mul', [div]);
    return add(`${scope}/Add_1`, 'Add', [mul]);
  };
  const qlinear = (scope: string, x: string, width = hidden): string => {
    const w = add(`${scope}/weight/DequantizeLinear`, 'DequantizeLinear', [], 'float32', [hidden, width]);
    const mm = add(`${scope}/MatMul`, 'MatMul', [x, w], 'float32', [1, 128, width]);
    const q = add(`${scope}/QuantizeLinear`, 'QuantizeLinear', [mm], 'uint8', [1, 128, width], 'scale 0.0213, zero point 128');
    return add(`${scope}/DequantizeLinear`, 'DequantizeLinear', [q], 'float32', [1, 128, width]);
  };
  const heads = [1, 12, 128, hidden / 12];
  let x = add('/embed/Gather', 'Gather', []);
  x = qlinear('/embed/proj', x);
  for (let l = 0; out.length < nodes; l++) {
    const s = `/model/layers.${l}`;
    const h = layerNorm(`${s}/input_layernorm`, x);
    const [q, k, v] = ['q_proj', 'k_proj', 'v_proj'].map((p) => qlinear(`${s}/self_attn/${p}`, h));
    const [qr, kr, vr] = [q, k, v].map((t, i) => add(`${s}/self_attn/Reshape${i ? `_${i}` : ''}`, 'Reshape', [t], 'float32', heads));
    const [qt, kt, vt] = [qr, kr, vr].map((t, i) => add(`${s}/self_attn/Transpose${i ? `_${i}` : ''}`, 'Transpose', [t], 'float32', heads));
    const scores = add(`${s}/self_attn/MatMul`, 'MatMul', [qt, kt], 'float32', [1, 12, 128, 128]);
    const scaled = add(`${s}/self_attn/Div`, 'Div', [scores], 'float32', [1, 12, 128, 128]);
    const probs = add(`${s}/self_attn/Softmax`, 'Softmax', [scaled], 'float32', [1, 12, 128, 128]);
    const ctx = add(`${s}/self_attn/MatMul_1`, 'MatMul', [probs, vt], 'float32', heads);
    const back = add(`${s}/self_attn/Transpose_3`, 'Transpose', [ctx], 'float32', heads);
    const merged = add(`${s}/self_attn/Reshape_3`, 'Reshape', [back]);
    const o = qlinear(`${s}/self_attn/o_proj`, merged);
    const res = add(`${s}/Add`, 'Add', [x, o]);
    const h2 = layerNorm(`${s}/post_attention_layernorm`, res);
    const up = qlinear(`${s}/mlp/fc1`, h2, 4 * hidden);
    const act = add(`${s}/mlp/act/Gelu`, 'Gelu', [up], 'float32', [1, 128, 4 * hidden]);
    const down = qlinear(`${s}/mlp/fc2`, act);
    x = add(`${s}/Add_1`, 'Add', [res, down]);
  }
  const kept = out.slice(0, nodes);
  const ids = new Set(kept.map((n) => n.id));
  return { model: `/models/generated-${nodes}.onnx`, target: 'cpu', kind: 'compiled', nodes: kept, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)) };
}
