import { IRGraph, IRNode, IRValue, Layout } from './ir-types';

const ELEMENTWISE = new Set([
  'Add', 'Sub', 'Mul', 'Div', 'Relu', 'Clip', 'Sigmoid', 'LeakyRelu', 'HardSigmoid', 'Tanh', 'Identity', 'Cast',
  'QuantizeLinear', 'DequantizeLinear', 'QLinearAdd', 'QLinearMul', 'QLinearSigmoid', 'QLinearLeakyRelu', 'Sum',
  // Activations the runtime's graph fusions make (x * sigmoid(x) becomes QuickGelu) run on blocked data as they are.
  'QuickGelu', 'Gelu', 'FastGelu', 'BiasGelu', 'HardSwish', 'Elu', 'Selu', 'Softplus', 'Softsign', 'Erf', 'Neg', 'Abs', 'Exp',
]);

const NCHWC_DOMAIN = 'com.microsoft.nchwc';
/**
 * Ops that read and write channels last without saying so in an attribute: the runtime's NHWC float kernels (arm64
 * CPUs with fp16 arithmetic get NhwcFusedConv at level all) and the internal NHWC domain of its layout transformer.
 */
const NHWC_OPS = new Set(['com.microsoft:NhwcFusedConv', 'com.microsoft:NhwcConv', 'com.microsoft:NhwcMaxPool', 'com.microsoft:NhwcPool']);
const NHWC_DOMAIN = 'com.ms.internal.nhwc';

function attr(n: IRNode, name: string): unknown {
  return n.attributes.find((a) => a.name === name)?.value;
}

function rank4(v: IRValue | undefined): boolean {
  return !!v && Array.isArray(v.shape) && v.shape.length === 4;
}

function dimAt(v: IRValue | undefined, i: number): number | null {
  const d = v?.shape?.[i];
  return typeof d === 'number' ? d : null;
}

/**
 * Give every activation its memory layout. NCHWc: outputs of the runtime's blocked (com.microsoft.nchwc) ops, with
 * the block measured on this machine and the true channel count (the padded dims hide it: it comes from the source
 * conv's weights, the reordered input, or the ReorderOutput that ends the chain). NHWC: outputs of channels_last ops,
 * of Transpose(0,2,3,1), and of element-wise ops fed only NHWC (likewise NCHWc: the compiler leaves an Add between
 * blocked convs in place). Other 4-D tensors are NCHW; tensors of other ranks
 * (3-D transformer activations, for one) have no channel layout.
 */
export function assignLayouts(graph: IRGraph, opts: { nchwcBlock: number | null; source?: IRGraph }): void {
  const set = (name: string, layout: Layout) => {
    const v = graph.values.get(name);
    if (v) v.layout = layout;
  };
  const sourceWeightChannels = (n: IRNode): number | null => {
    if (!opts.source) return null;
    for (const name of n.origin) {
      const s = opts.source.nodes.find((x) => x.name === name);
      if (s && (s.opType === 'Conv' || s.opType === 'QLinearConv')) {
        const w = opts.source.values.get(s.inputs[s.opType === 'Conv' ? 1 : 3]);
        if (w?.shape && typeof w.shape[0] === 'number') return w.shape[0];
      }
    }
    return null;
  };

  for (const v of graph.values.values()) v.layout = { kind: rank4(v) && !v.initializer ? 'NCHW' : 'unknown', block: null, channels: rank4(v) && !v.initializer ? dimAt(v, 1) : null };

  for (const n of graph.nodes) {
    const in0 = graph.values.get(n.inputs[0]);
    const out0 = n.outputs[0];
    if (n.domain === NCHWC_DOMAIN && n.opType === 'ReorderOutput') {
      const last = attr(n, 'channels_last') === 1;
      const channels = (attr(n, 'channels') as number | undefined) ?? null;
      set(out0, { kind: last ? 'NHWC' : 'NCHW', block: null, channels });
      if (in0 && in0.layout.kind === 'NCHWc' && in0.layout.channels === null) in0.layout.channels = channels;
      continue;
    }
    if (n.domain === NCHWC_DOMAIN) {
      let channels: number | null;
      if (n.opType === 'ReorderInput') channels = attr(n, 'channels_last') === 1 ? dimAt(in0, 3) : dimAt(in0, 1);
      else if (n.opType === 'Conv') channels = sourceWeightChannels(n);
      else channels = in0?.layout.kind === 'NCHWc' ? in0.layout.channels : null;
      for (const o of n.outputs) set(o, { kind: 'NCHWc', block: opts.nchwcBlock, channels });
      continue;
    }
    if (attr(n, 'channels_last') === 1 || NHWC_OPS.has(`${n.domain}:${n.opType}`) || n.domain === NHWC_DOMAIN) {
      if (in0 && rank4(in0)) in0.layout = { kind: 'NHWC', block: null, channels: dimAt(in0, 3) };
      for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: 'NHWC', block: null, channels: dimAt(graph.values.get(o), 3) });
      continue;
    }
    // The model's own Transpose (attention heads, a channels-last export) moves data; only one the compiler inserted
    // re-lays out a tensor that keeps its source shape.
    const ownTranspose = n.opType === 'Transpose' && !!opts.source && n.origin.some((o) => opts.source!.nodes.find((s) => s.name === o)?.opType === 'Transpose');
    if (n.opType === 'Transpose' && rank4(in0) && !ownTranspose) {
      const perm = attr(n, 'perm');
      const p = Array.isArray(perm) ? perm.join(',') : '';
      if (p === '0,2,3,1') set(out0, { kind: 'NHWC', block: null, channels: dimAt(in0, 1) });
      else if (p === '0,3,1,2') {
        in0!.layout = { kind: 'NHWC', block: null, channels: dimAt(in0, 3) };
        set(out0, { kind: 'NCHW', block: null, channels: dimAt(in0, 3) });
      }
      continue;
    }
    if (ELEMENTWISE.has(n.opType)) {
      const acts = n.inputs.map((i) => graph.values.get(i)).filter((v): v is IRValue => rank4(v) && !v!.initializer);
      if (acts.length > 0 && acts.every((v) => v.layout.kind === 'NHWC')) {
        for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: 'NHWC', block: null, channels: acts[0].layout.channels });
      }
      // The compiler leaves element-wise ops between blocked tensors in place: they compute on blocked data.
      if (acts.length > 0 && acts.every((v) => v.layout.kind === 'NCHWc')) {
        const channels = acts.find((v) => v.layout.channels !== null)?.layout.channels ?? null;
        for (const o of n.outputs) if (rank4(graph.values.get(o))) set(o, { kind: 'NCHWc', block: acts[0].layout.block, channels });
      }
    }
  }
}
