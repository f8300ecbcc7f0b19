import { Dim, IRGraph, IRNode } from '../../ir/ir-types';
import { PER_ELEMENT } from './op-sets';

/**
 * Shapes of activations that a graph does not declare, for the ops whose output shape follows from input shapes
 * and attributes alone (exports usually carry no value_info, and matching must not pair units whose shapes differ).
 * Ops that need constant values (Reshape, Resize, Slice, opset-13 Squeeze/Unsqueeze) stay unknown unless declared.
 * A symbolic dimension is kept by name where it passes through unchanged and becomes '?' where it is computed.
 */
export function inferShapes(g: IRGraph, activationInputs: (n: IRNode) => string[]): Map<string, Dim[]> {
  const shapes = new Map<string, Dim[]>();
  for (const v of g.values.values()) if (v.shape) shapes.set(v.name, v.shape);
  const get = (t: string | undefined) => (t ? shapes.get(t) ?? null : null);
  for (const n of g.nodes) {
    const out = n.outputs[0];
    if (!out || shapes.has(out)) continue;
    const s = outputShape(n, get, activationInputs(n));
    if (s) shapes.set(out, s);
  }
  return shapes;
}

type Get = (t: string | undefined) => Dim[] | null;

/** Inputs holding data (not scales and zero points) of the integer and QLinear ops. */
function dataInputs(n: IRNode): string[] {
  switch (n.opType) {
    case 'QLinearConv': case 'QLinearMatMul': case 'QLinearAdd': case 'QLinearMul': case 'QGemm':
      return [n.inputs[0], n.inputs[3]];
    case 'QLinearConcat':
      return n.inputs.filter((_, i) => i >= 2 && (i - 2) % 3 === 0);
    default:
      return n.inputs;
  }
}

function ints(n: IRNode, name: string): number[] | undefined {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;
}

function int(n: IRNode, name: string, fallback: number): number {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return typeof v === 'number' ? v : fallback;
}

function str(n: IRNode, name: string): string {
  const v = n.attributes.find((a) => a.name === name)?.value;
  return typeof v === 'string' ? v : 'NOTSET';
}

const SAME_SHAPE = new Set([
  ...PER_ELEMENT, 'Softmax', 'LogSoftmax', 'LayerNormalization', 'InstanceNormalization', 'GroupNormalization', 'LRN',
  'QLinearSigmoid', 'QLinearLeakyRelu', 'QLinearSoftmax', 'SkipLayerNormalization', 'SimplifiedLayerNormalization',
]);

const BROADCAST = new Set(['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Sum', 'Mean', 'PRelu', 'Where', 'QLinearAdd', 'QLinearMul']);

function outputShape(n: IRNode, get: Get, live: string[]): Dim[] | null {
  const op = n.opType;
  const data = dataInputs(n);
  const x = get(data[0]);
  if (SAME_SHAPE.has(op)) return get(live[0]) ?? x;
  if (BROADCAST.has(op)) return broadcast(data.filter(Boolean).map(get));
  switch (op) {
    case 'Conv': case 'QLinearConv': case 'ConvInteger': case 'FusedConv': return convShape(n, x, get(data[1]));
    case 'MaxPool': case 'AveragePool': case 'LpPool': case 'QLinearAveragePool': return poolShape(n, x);
    case 'GlobalAveragePool': case 'GlobalMaxPool': case 'GlobalLpPool': case 'QLinearGlobalAveragePool':
      return x && x.length > 2 ? [x[0], x[1], ...x.slice(2).map(() => 1)] : null;
    case 'Flatten': {
      if (!x) return null;
      const axis = norm(int(n, 'axis', 1), x.length + 1);
      return [product(x.slice(0, axis)), product(x.slice(axis))];
    }
    case 'Transpose': {
      if (!x) return null;
      const perm = ints(n, 'perm') ?? x.map((_, i) => x.length - 1 - i);
      return perm.map((p) => x[p]);
    }
    case 'Squeeze': case 'Unsqueeze': return squeezeShape(n, x);
    case 'Concat': case 'QLinearConcat': {
      const all = data.filter(Boolean).map(get);
      if (all.some((s) => !s) || all.length === 0) return null;
      const first = all[0]!;
      const axis = norm(int(n, 'axis', 0), first.length);
      const sum = all.map((s) => s![axis]);
      return first.map((d, i) => (i === axis ? (sum.every((k) => typeof k === 'number') ? (sum as number[]).reduce((a, b) => a + b, 0) : '?') : d));
    }
    case 'Gemm': case 'QGemm': case 'FusedGemm': {
      const b = get(data[1]);
      if (!x || !b || x.length !== 2 || b.length !== 2) return null;
      return [int(n, 'transA', 0) ? x[1] : x[0], int(n, 'transB', 0) ? b[0] : b[1]];
    }
    case 'MatMul': case 'QLinearMatMul': case 'MatMulInteger': case 'MatMulIntegerToFloat': case 'DynamicQuantizeMatMul': case 'FusedMatMul':
      return matmulShape(x, get(data[1]));
    case 'Gather': {
      const idx = get(data[1]);
      if (!x || !idx) return null;
      const axis = norm(int(n, 'axis', 0), x.length);
      return [...x.slice(0, axis), ...idx, ...x.slice(axis + 1)];
    }
    case 'ReduceMean': case 'ReduceSum': case 'ReduceMax': case 'ReduceMin': case 'ReduceProd': case 'ReduceL2': case 'ReduceL1':
    case 'ReduceSumSquare': case 'ReduceLogSumExp': case 'QLinearReduceMean': {
      const axes = ints(n, 'axes');
      if (!x || (!axes && n.inputs.length > 1 && n.inputs[1])) return null;
      const keep = int(n, 'keepdims', 1) === 1;
      const set = new Set((axes ?? x.map((_, i) => i)).map((a) => norm(a, x.length)));
      return x.flatMap((d, i) => (set.has(i) ? (keep ? [1] : []) : [d]));
    }
    default:
      return null;
  }
}

function norm(axis: number, rank: number): number {
  return axis < 0 ? axis + rank : axis;
}

function product(dims: Dim[]): Dim {
  return dims.every((d) => typeof d === 'number') ? (dims as number[]).reduce((a, b) => a * b, 1) : '?';
}

function broadcast(all: Array<Dim[] | null>): Dim[] | null {
  if (all.length === 0 || all.some((s) => !s)) return null;
  const rank = Math.max(...all.map((s) => s!.length));
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    let d: Dim = 1;
    for (const s of all) {
      const e = s![s!.length - rank + i] ?? 1;
      if (e === 1) continue;
      if (d === 1 || d === e) d = e;
      else if (typeof d === 'number' && typeof e === 'number') return null;
      else d = typeof d === 'number' ? d : e;
    }
    out.push(d);
  }
  return out;
}

function matmulShape(a: Dim[] | null, b: Dim[] | null): Dim[] | null {
  if (!a || !b || a.length === 0 || b.length === 0) return null;
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const batch = broadcast([a2.slice(0, -2), b2.slice(0, -2)]);
  if (!batch) return null;
  return [...batch, ...(a.length === 1 ? [] : [a2[a2.length - 2]]), ...(b.length === 1 ? [] : [b2[b2.length - 1]])];
}

function spatial(input: Dim, k: number, stride: number, dilation: number, padBegin: number, padEnd: number, autoPad: string, ceil: boolean): Dim {
  if (typeof input !== 'number') return '?';
  if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') return Math.ceil(input / stride);
  const pads = autoPad === 'VALID' ? 0 : padBegin + padEnd;
  const span = (input + pads - dilation * (k - 1) - 1) / stride;
  return (ceil ? Math.ceil(span) : Math.floor(span)) + 1;
}

function windowShape(n: IRNode, x: Dim[], kernel: number[], ceil: boolean): Dim[] {
  const r = x.length - 2;
  const strides = ints(n, 'strides') ?? new Array(r).fill(1);
  const dilations = ints(n, 'dilations') ?? new Array(r).fill(1);
  const pads = ints(n, 'pads') ?? new Array(2 * r).fill(0);
  const autoPad = str(n, 'auto_pad');
  return x.slice(2).map((d, i) => spatial(d, kernel[i], strides[i], dilations[i], pads[i], pads[i + r], autoPad, ceil));
}

function convShape(n: IRNode, x: Dim[] | null, w: Dim[] | null): Dim[] | null {
  if (!x || !w || x.length < 3 || w.length !== x.length) return null;
  const kernel = ints(n, 'kernel_shape') ?? (w.slice(2).every((d) => typeof d === 'number') ? (w.slice(2) as number[]) : null);
  if (!kernel) return null;
  return [x[0], w[0], ...windowShape(n, x, kernel, false)];
}

function poolShape(n: IRNode, x: Dim[] | null): Dim[] | null {
  const kernel = ints(n, 'kernel_shape');
  if (!x || !kernel || x.length !== kernel.length + 2) return null;
  return [x[0], x[1], ...windowShape(n, x, kernel, int(n, 'ceil_mode', 0) === 1)];
}

function squeezeShape(n: IRNode, x: Dim[] | null): Dim[] | null {
  const axes = ints(n, 'axes');
  if (x && !axes && n.opType === 'Squeeze' && !n.inputs[1]) return x.filter((d) => d !== 1);
  if (!x || !axes) return null;
  if (n.opType === 'Squeeze') {
    const set = new Set(axes.map((a) => norm(a, x.length)));
    return x.filter((_, i) => !set.has(i));
  }
  const rank = x.length + axes.length;
  const set = new Set(axes.map((a) => norm(a, rank)));
  const out: Dim[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) out.push(set.has(i) ? 1 : x[k++]);
  return out;
}
