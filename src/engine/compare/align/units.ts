import { Dim, IRGraph, IRNode } from '../../ir/ir-types';
import { PER_ELEMENT } from './op-sets';
import { inferShapes } from './unit-shapes';

/**
 * A layer as a quantization tool sees it: one compute op with everything that only rescales, activates, converts
 * or (de)quantizes its result. Quantized and float exports of one network disagree on names and on those extra ops,
 * but agree on their units, so units are what a comparison pairs.
 */
export interface Unit {
  /** Index (in IRGraph.nodes) of the compute node that gives the unit its identity. */
  anchor: number;
  /** Node indices in the unit, ascending: the anchor, the constant paths feeding its nodes, and the transparent
   *  ops after it (the chain, and branches of transparent ops after a fork) up to where the next compute nodes start. */
  nodes: number[];
  /** The tensor that carries the unit's output value: the end of the chain of single-consumer transparent ops. */
  output: string;
  /** Every tensor of the chain from the anchor's output to `output`, in order (alternatives for pairing). */
  chain: string[];
  /** Activation tensors entering the unit from outside it (not constants). */
  inputs: string[];
  /** The anchor's op with integer forms normalized (QLinearConv/ConvInteger/Conv -> 'Conv', ...). */
  kind: string;
  /** Name scope of the anchor, and the anchor's node name. */
  scope: string;
  name: string;
  /** Shape of the weight when there is one (OIHW for convs), for matching. */
  weightShape: number[] | null;
  /** Shape of `output`, declared or inferred from the graph; null when unknown. */
  outputShape: Dim[] | null;
}

const KIND: Record<string, string> = {
  QLinearConv: 'Conv', ConvInteger: 'Conv', FusedConv: 'Conv', NhwcConv: 'Conv', QLinearConvTranspose: 'ConvTranspose',
  QLinearMatMul: 'MatMul', MatMulInteger: 'MatMul', MatMulIntegerToFloat: 'MatMul', DynamicQuantizeMatMul: 'MatMul',
  FusedMatMul: 'MatMul', MatMulNBits: 'MatMul', QGemm: 'Gemm', FusedGemm: 'Gemm',
  QLinearAdd: 'Add', QLinearMul: 'Mul', QLinearConcat: 'Concat', QLinearGlobalAveragePool: 'GlobalAveragePool',
  QLinearAveragePool: 'AveragePool', NhwcMaxPool: 'MaxPool', QLinearSoftmax: 'Softmax', QLinearReduceMean: 'ReduceMean',
  QLinearSigmoid: 'Sigmoid', QLinearLeakyRelu: 'LeakyRelu', QLinearWhere: 'Where', QAttention: 'Attention',
};

/** The op a node computes, with its integer and fused forms named after the float op. */
export function unitKind(opType: string): string {
  return KIND[opType] ?? opType;
}

/**
 * Element-wise ops with one activation input that a quantizer or compiler fuses into the op before them, so a
 * quantized model keeps no tensor between that op and them. Activations belong here (Relu and Clip as much as
 * Sigmoid, Tanh, Gelu, HardSwish): toolchains fuse every one of them into the preceding conv or matmul, and a float
 * twin that keeps them as separate nodes must still pair its activation output with the fused quantized layer.
 * Softmax and the normalizations other than BatchNormalization reduce across elements: they are compute ops.
 */
const TRANSPARENT = new Set([...PER_ELEMENT, 'PRelu', 'Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min']);

/** Data movement: a compute unit of its own, except on the integer grid between a Q and its DQ. */
const MOVES_DATA = new Set(['Reshape', 'Flatten', 'Transpose', 'Squeeze', 'Unsqueeze']);

/** Ops whose outputs describe shapes, not values (PyTorch's dynamic Reshape targets). */
const SHAPE_OF = new Set(['Shape', 'Size']);

/** ONNX dtype codes of the small integer types quantized tensors use. */
const GRID_CAST_CODES = new Set([2, 3, 4, 5, 21, 22]);
const GRID_DTYPES = new Set(['int8', 'uint8', 'int16', 'uint16', 'int4', 'uint4']);

/** Inputs of a node that hold activations (not constants, shapes or quantization parameters). */
export type ActivationInputs = (n: IRNode) => string[];

interface Classified {
  params: Set<string>;
  activationInputs: ActivationInputs;
  onGrid: (tensor: string) => boolean;
}

function classify(g: IRGraph): Classified {
  const params = new Set<string>();
  for (const v of g.values.values()) if (v.initializer) params.add(v.name);
  const grid = new Set<string>();
  for (const n of g.nodes) {
    const live = n.inputs.filter((i) => i && !params.has(i));
    if (SHAPE_OF.has(n.opType) || live.length === 0) for (const o of n.outputs) if (o) params.add(o);
    // A dynamic quantization's scale and zero point are parameters computed at run time.
    if (n.opType === 'DynamicQuantizeLinear') for (const o of n.outputs.slice(1)) if (o) params.add(o);
    const out = n.outputs[0];
    if (!out || params.has(out)) continue;
    const dtype = g.values.get(out)?.dtype;
    const castTo = n.attributes.find((a) => a.name === 'to')?.value;
    if ((dtype && GRID_DTYPES.has(dtype))
      || n.opType === 'QuantizeLinear' || n.opType === 'DynamicQuantizeLinear' || (n.opType.startsWith('QLinear') && n.opType !== 'QLinearSoftmax') || n.opType === 'QGemm'
      || ((MOVES_DATA.has(n.opType) || n.opType === 'Identity') && grid.has(live[0]))
      || (n.opType === 'Cast' && grid.has(live[0]) && typeof castTo === 'number' && GRID_CAST_CODES.has(castTo))) grid.add(out);
  }
  return {
    params,
    activationInputs: (n) => [...new Set(n.inputs.filter((i) => i && !params.has(i)))],
    onGrid: (t) => grid.has(t),
  };
}

function isTransparent(n: IRNode, c: Classified): boolean {
  const live = c.activationInputs(n);
  if (live.length !== 1) return false;
  const kind = unitKind(n.opType);
  if (TRANSPARENT.has(kind)) return true;
  return MOVES_DATA.has(n.opType) && c.onGrid(live[0]);
}

/**
 * Follow a weight input back through (de)quantization, type casts and transposes (PyTorch's Linear exports as
 * MatMul(x, Transpose(DequantizeLinear(...)))) to a tensor whose shape is known; the shape as the anchor reads it.
 */
function traceWeightShape(g: IRGraph, tensor: string): number[] | null {
  let cur = tensor;
  const perms: Array<number[] | null> = [];
  for (let i = 0; i < 16; i++) {
    const v = g.values.get(cur);
    if (v?.shape && v.shape.every((d) => typeof d === 'number')) {
      // Transposes apply from the stored weight outwards: the nearest to the weight last collected, first applied.
      return perms.reduceRight<number[]>((shape, perm) => (perm ? perm.map((k) => shape[k]) : [...shape].reverse()), v.shape as number[]);
    }
    const p = v && v.producer >= 0 ? g.nodes[v.producer] : undefined;
    if (!p || !['DequantizeLinear', 'QuantizeLinear', 'Identity', 'Cast', 'Transpose'].includes(p.opType)) return null;
    if (p.opType === 'Transpose') {
      const perm = p.attributes.find((a) => a.name === 'perm')?.value;
      perms.push(Array.isArray(perm) ? perm.map(Number) : null);
    }
    cur = p.inputs[0];
  }
  return null;
}

/** The anchor's weight: its first constant input of rank 2 or more. */
function weightShapeOf(g: IRGraph, anchor: IRNode, params: Set<string>): number[] | null {
  for (const i of anchor.inputs) {
    if (!i || !params.has(i)) continue;
    const shape = traceWeightShape(g, i);
    if (shape && shape.length >= 2) return shape;
  }
  return null;
}

export interface Partition {
  units: Unit[];
  /** Unit index (into `units`) of every node that belongs to a unit. */
  ownerOf: Map<number, number>;
  activationInputs: ActivationInputs;
}

/** Units of a graph, in graph order of their anchors. */
export function partitionUnits(g: IRGraph): Unit[] {
  return partitionGraph(g).units;
}

/** partitionUnits, with the node ownership and activation test the matcher needs. */
export function partitionGraph(g: IRGraph): Partition {
  const c = classify(g);
  const owner = new Map<number, number>();
  const anchors: number[] = [];
  // Nodes that compute constants or shapes (Shape of an activation included) are parameters of their consumers.
  const isParam = (n: IRNode) => SHAPE_OF.has(n.opType) || c.activationInputs(n).length === 0;
  for (const n of g.nodes) {
    const live = c.activationInputs(n);
    if (isParam(n)) continue;
    if (isTransparent(n, c)) {
      const p = g.values.get(live[0])?.producer ?? -1;
      const o = p >= 0 ? owner.get(p) : undefined;
      if (o !== undefined) owner.set(n.index, o);
      continue;
    }
    owner.set(n.index, anchors.length);
    anchors.push(n.index);
  }
  // Constant paths go to the first unit that reads them (reverse order sees every consumer first).
  for (let i = g.nodes.length - 1; i >= 0; i--) {
    const n = g.nodes[i];
    if (owner.has(i) || !isParam(n)) continue;
    let best = -1;
    for (const o of n.outputs) for (const k of g.values.get(o)?.consumers ?? []) {
      if (owner.has(k) && (best < 0 || k < best)) best = k;
    }
    if (best >= 0) owner.set(i, owner.get(best)!);
  }

  const members: number[][] = anchors.map(() => []);
  for (const [node, u] of owner) members[u].push(node);
  const graphOutputs = new Set(g.outputs);
  const shapes = inferShapes(g, c.activationInputs);

  const units = anchors.map((a, u): Unit => {
    const anchor = g.nodes[a];
    const chain = [anchor.outputs[0]];
    for (let cur = chain[0]; !graphOutputs.has(cur); ) {
      // Reading a tensor's shape does not consume its value: Shape consumers do not end the chain.
      const consumers = [...new Set(g.values.get(cur)?.consumers ?? [])].filter((k) => !SHAPE_OF.has(g.nodes[k].opType));
      if (consumers.length !== 1 || owner.get(consumers[0]) !== u) break;
      // A dynamic quantization is the next layer's input quantization: its integers have no fixed grid to report.
      if (g.nodes[consumers[0]].opType === 'DynamicQuantizeLinear') break;
      cur = g.nodes[consumers[0]].outputs[0];
      chain.push(cur);
    }
    const nodes = members[u].sort((x, y) => x - y);
    const inside = new Set(nodes.flatMap((k) => g.nodes[k].outputs));
    const valueReaders = nodes.filter((k) => !SHAPE_OF.has(g.nodes[k].opType));
    const inputs = [...new Set(valueReaders.flatMap((k) => c.activationInputs(g.nodes[k])).filter((t) => !inside.has(t)))];
    const output = chain[chain.length - 1];
    return {
      anchor: a, nodes, output, chain, inputs, kind: unitKind(anchor.opType), scope: anchor.scope, name: anchor.name,
      weightShape: weightShapeOf(g, anchor, c.params), outputShape: shapes.get(output) ?? null,
    };
  });
  return { units, ownerOf: owner, activationInputs: c.activationInputs };
}
