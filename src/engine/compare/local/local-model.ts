import { valueInfo } from '../../builder/model-builder';
import { ConstValues } from '../../ir/const-values';
import { IRGraph, QuantParams } from '../../ir/ir-types';
import { toFloat32 } from '../../onnx/tensor-codec';
import { DType } from '../../onnx/dtype';
import { GraphMsg, make, ModelMsg, NodeMsg, NodeProto } from '../../onnx/schema';
import { VALUE_COPIES } from '../align/op-sets';
import { Unit } from '../align/units';

/** What one local input receives: the reference value of a model tensor, quantized as the model quantizes it. */
export interface LocalFeed {
  /** The unit whose copy reads this input. */
  unit: number;
  input: string;
  /** The model tensor whose reference value is fed (a graph input, or a unit's output). */
  from: string;
  /** The tensor the copy starts from (before the QuantizeLinear that quantizes `from`); the same value as `from`. */
  start: string;
  /** The tensors the copy computes from `start` on its way to `from` (`from` included; none when they are one). */
  via: string[];
  /** Quantize the reference value with these parameters first (an integer boundary); null feeds it as float. */
  quantize: QuantParams | null;
  dtype: DType;
  /** How the copy quantizes this input (QuantizeLinear and Clip included): the input's own share of the error. */
  inputQuant: QuantParams | null;
}

export interface LocalModel {
  model: ModelMsg;
  feeds: LocalFeed[];
  /** Per unit: the local output that recomputes `tensor` on reference inputs. */
  outputs: Array<{ unit: number; local: string; tensor: string }>;
}


/**
 * One model holding a copy of every chosen layer, each fed with the reference side's values of its inputs: running
 * it once gives every layer's own error (no session per layer). A copy starts where its input is quantized: the
 * QuantizeLinear (and Clip, DequantizeLinear) in front of it are copied too and fed the float reference, so the copy
 * quantizes exactly as the model does; an integer input with no QuantizeLinear in front is fed the reference value
 * quantized with its own parameters. Constants keep their names and are shared by the copies.
 */
export interface LocalPick {
  unit: number;
  /** The tensor of the unit's chain to recompute (the row's first candidate). */
  tensor: string;
}

/**
 * The float type a copy's input takes: as declared; else as computed upstream (a Cast's target, a constant's type,
 * or the float type of the producer's inputs: an fp16 model's activations often carry no declared type, and ops bind
 * one type for all their float inputs); else float16 when an op reading it holds float16 constants.
 */
function floatFeed(g: IRGraph, consts: ConstValues, t: string, known: Map<string, FloatType | null>): FloatType {
  const up = upstreamFloat(g, consts, t, known, 0);
  if (up) return up;
  const v = g.values.get(t);
  const half = (v?.consumers ?? []).some((k) => g.nodes[k].inputs.some((i) => !!i && i !== t && g.values.get(i)?.initializer === true && g.values.get(i)?.dtype === 'float16'));
  return half ? 'float16' : 'float32';
}

type FloatType = 'float16' | 'float32';
const CAST_TO: Record<number, FloatType> = { 1: 'float32', 10: 'float16' };

/** The float type of `t` as the graph computes it, or null where that is not a float or cannot be told. */
function upstreamFloat(g: IRGraph, consts: ConstValues, t: string, known: Map<string, FloatType | null>, depth: number): FloatType | null {
  if (known.has(t)) return known.get(t)!;
  const v = g.values.get(t);
  let out: FloatType | null = null;
  if (v?.dtype) {
    out = v.dtype === 'float16' || v.dtype === 'float32' ? v.dtype : null;
  } else if (v?.initializer || (v && v.producer >= 0 && g.nodes[v.producer].opType === 'Constant')) {
    const dtype = consts.get(t)?.dtype;
    out = dtype === 'float16' || dtype === 'float32' ? dtype : null;
  } else if (v && v.producer >= 0 && depth < 4000) {
    const n = g.nodes[v.producer];
    if (n.opType === 'Cast') {
      const to = n.attributes.find((a) => a.name === 'to')?.value;
      out = typeof to === 'number' ? CAST_TO[to] ?? null : null;
    } else {
      for (const i of n.inputs) {
        out = i ? upstreamFloat(g, consts, i, known, depth + 1) : null;
        if (out) break;
      }
    }
  }
  known.set(t, out);
  return out;
}

/**
 * The ops in front of a unit that its copy starts before: value copies, and the quantization of its input (a
 * DynamicQuantizeLinear's scale exists only at run time, so the copy quantizes the float reference itself, as the
 * model does: QAttention, MatMulInteger and ConvInteger take its integer outputs).
 */
const startsBefore = (op: string) => VALUE_COPIES.has(op) || op === 'DynamicQuantizeLinear';

/** At most this many nodes outside a unit join its copy to reach inputs that hold values. */
const MAX_UPSTREAM = 64;

/**
 * `hasValue`: whether the comparison holds a reference value of a tensor (a graph input or a compared row). A unit
 * input without one (a tensor the compiler fused away: a LayerNorm's Sub and Sqrt, the outputs of the
 * DynamicQuantizeLinear in front of a MatMulInteger) cannot be fed, so its producers join the copy, back to tensors
 * that hold values: the layer then runs alone with the fused group it is computed in.
 */
export function buildLocalModel(model: ModelMsg, g: IRGraph, consts: ConstValues, units: Unit[], picks: LocalPick[], statics: Set<string>, hasValue?: (t: string) => boolean): LocalModel {
  const src = model.graph!;
  const nodes: NodeMsg[] = [];
  const feeds: LocalFeed[] = [];
  const outputs: LocalModel['outputs'] = [];
  const initNames = new Set(src.initializer.map((t) => t.name));
  const usedInits = new Set<string>();
  const constNodes = new Set<number>();
  const floatTypes = new Map<string, FloatType | null>();

  const includeStatic = (t: string): void => {
    if (!t) return;
    if (initNames.has(t)) {
      usedInits.add(t);
      return;
    }
    const p = g.values.get(t)?.producer ?? -1;
    if (p < 0 || constNodes.has(p)) return;
    constNodes.add(p);
    for (const i of g.nodes[p].inputs) includeStatic(i);
  };

  for (const pick of picks) {
    const u = units[pick.unit];
    const prefix = `L${pick.unit}|`;
    const inUnit = new Set(u.nodes);
    // The nodes of the unit that `pick.tensor` depends on.
    const needed = new Set<number>();
    const boundary: string[] = [];
    let upstream = 0;
    // A producer joins the copy when it is the unit's, already joined, or makes an input nothing holds a value of.
    const joins = (p: number, t: string): boolean => inUnit.has(p) || needed.has(p) || (!!hasValue && !hasValue(t) && ++upstream <= MAX_UPSTREAM);
    const visit = (t: string): void => {
      if (!t || statics.has(t)) return;
      const p = g.values.get(t)?.producer ?? -1;
      if (p >= 0 && joins(p, t)) {
        if (needed.has(p)) return;
        needed.add(p);
        for (const i of g.nodes[p].inputs) visit(i);
      } else if (!boundary.includes(t)) boundary.push(t);
    };
    visit(pick.tensor);
    // Walk each boundary back through the ops that quantize it, up to and including a (Dynamic)QuantizeLinear.
    const renamed = new Map<string, string>();
    for (const t of boundary) {
      let cur = t;
      const via: string[] = [];
      let sawQuantize = false;
      let inputQuant: QuantParams | null = null;
      let clip: [number, number] = [-Infinity, Infinity];
      for (;;) {
        const p = g.values.get(cur)?.producer ?? -1;
        if (p < 0 || sawQuantize || !startsBefore(g.nodes[p].opType)) break;
        needed.add(p);
        const op = g.nodes[p].opType;
        sawQuantize = op === 'QuantizeLinear' || op === 'DynamicQuantizeLinear';
        if (sawQuantize) inputQuant = g.values.get(g.nodes[p].outputs[0])?.quant ?? null;
        if (op === 'Clip') {
          const lo = consts.get(g.nodes[p].inputs[1] ?? '');
          const hi = consts.get(g.nodes[p].inputs[2] ?? '');
          clip = [lo ? toFloat32(lo)[0] : -Infinity, hi ? toFloat32(hi)[0] : Infinity];
        }
        for (const i of g.nodes[p].inputs.slice(1)) includeStatic(i);
        via.push(cur);
        cur = g.nodes[p].inputs[0];
      }
      const v = g.values.get(cur);
      // Only integer tensors carry quantization parameters in the IR (source graphs often declare no dtypes).
      // A scale computed at run time is unknown here: the reference cannot be quantized for this input.
      const quant = v?.quant && v.quant.scale.length ? v.quant : null;
      // Two boundaries can start from one tensor (a value and its quantized copy): one input feeds both.
      if (renamed.has(cur)) continue;
      const input = `${prefix}in|${cur}`;
      renamed.set(cur, input);
      inputQuant = inputQuant ?? quant;
      if (inputQuant && inputQuant.qmin !== null && inputQuant.qmax !== null && (clip[0] > inputQuant.qmin || clip[1] < inputQuant.qmax)) {
        inputQuant = { ...inputQuant, qmin: Math.max(inputQuant.qmin, clip[0]), qmax: Math.min(inputQuant.qmax, clip[1]) };
      }
      const float = floatFeed(g, consts, cur, floatTypes);
      feeds.push({ unit: pick.unit, input, from: t, start: cur, via, quantize: quant, dtype: quant ? (quant.dtype ?? 'uint8') : float, inputQuant });
    }
    for (const i of [...needed].sort((a, b) => a - b)) {
      const n = src.node[i];
      for (const inp of n.input) if (statics.has(inp)) includeStatic(inp);
      const name = (t: string) => (!t || statics.has(t) ? t : renamed.get(t) ?? `${prefix}${t}`);
      nodes.push(make<NodeMsg>(NodeProto, { ...n, name: `${prefix}${n.name || i}`, input: n.input.map(name), output: n.output.map(name) }));
    }
    outputs.push({ unit: pick.unit, local: `${prefix}${pick.tensor}`, tensor: pick.tensor });
  }

  const constList = [...constNodes].sort((a, b) => a - b).map((i) => src.node[i]);
  const graph: Partial<GraphMsg> = {
    name: `${src.name || 'model'}_local`,
    node: [...constList, ...nodes],
    initializer: src.initializer.filter((t) => usedInits.has(t.name)),
    input: feeds.map((f) => valueInfo(f.input, f.dtype)),
    output: outputs.map((o) => valueInfo(o.local)),
  };
  return { model: { ...model, graph: graph as GraphMsg }, feeds, outputs };
}
