import { DType, integerRange } from '../onnx/dtype';
import { toFloat32 } from '../onnx/tensor-codec';
import { ConstValues } from './const-values';
import { IRNode, IRValue, QuantParams } from './ir-types';

/**
 * Where each quantized op keeps the (tensor, scale, zero point) triples of its inputs and outputs, by input index.
 * `out` is the index of the scale/zero point that describe output 0. Weights are quantized along axis 0 (output
 * channels) when their scale has several entries, except MatMul's B whose channels are its last axis.
 */
interface QuantSlots {
  triples: Array<{ value: number; scale: number; zeroPoint: number; channelAxis?: number }>;
  out?: { scale: number; zeroPoint: number };
}

const SLOTS: Record<string, QuantSlots> = {
  QLinearConv: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: 0 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearMatMul: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: -1 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearAdd: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearMul: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }], out: { scale: 6, zeroPoint: 7 } },
  QLinearSigmoid: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearLeakyRelu: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearSoftmax: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearGlobalAveragePool: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearAveragePool: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QLinearReduceMean: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }], out: { scale: 3, zeroPoint: 4 } },
  QGemm: { triples: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5, channelAxis: 0 }], out: { scale: 7, zeroPoint: 8 } },
  MatMulIntegerToFloat: { triples: [{ value: 0, scale: 2, zeroPoint: 4 }, { value: 1, scale: 3, zeroPoint: 5, channelAxis: -1 }] },
  DynamicQuantizeMatMul: { triples: [{ value: 1, scale: 2, zeroPoint: 3, channelAxis: -1 }] },
  MatMulInteger: { triples: [{ value: 0, scale: -1, zeroPoint: 2 }, { value: 1, scale: -1, zeroPoint: 3, channelAxis: -1 }] },
  ConvInteger: { triples: [{ value: 0, scale: -1, zeroPoint: 2 }, { value: 1, scale: -1, zeroPoint: 3, channelAxis: 0 }] },
};

/** Ops whose output carries its input's quantization unchanged (data movement, max). */
const QUANT_PRESERVING = new Set(['Transpose', 'Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'MaxPool', 'NhwcMaxPool', 'Identity', 'ReorderInput', 'ReorderOutput', 'Slice', 'Gather', 'Pad', 'Resize', 'DepthToSpace', 'SpaceToDepth']);

export function isQuantizedOp(opType: string): boolean {
  return opType in SLOTS || opType === 'QuantizeLinear' || opType === 'DequantizeLinear' || opType === 'DynamicQuantizeLinear' || opType === 'QLinearConcat';
}

function params(consts: ConstValues, scaleName: string | undefined, zpName: string | undefined, axis: number | null, fallbackDtype: DType | null): QuantParams | null {
  const scaleT = scaleName ? consts.get(scaleName) : undefined;
  const zpT = zpName ? consts.get(zpName) : undefined;
  if (!scaleT && !zpT && !scaleName) return null;
  const scale = scaleT ? Array.from(toFloat32(scaleT)) : [];
  const zeroPoint = zpT ? Array.from(toFloat32(zpT)) : scale.map(() => 0);
  const dtype = zpT?.dtype ?? fallbackDtype;
  const range = dtype ? integerRange(dtype) : undefined;
  const perChannel = scale.length > 1 || zeroPoint.length > 1;
  return {
    scale, zeroPoint, axis: perChannel ? axis : null, dtype: dtype ?? null,
    qmin: range?.min ?? null, qmax: range?.max ?? null,
    scaleTensor: scaleName ? consts.origin(scaleName) : null,
    zeroPointTensor: zpName ? consts.origin(zpName) : null,
  };
}

function intAttr(node: IRNode, name: string): number | undefined {
  const a = node.attributes.find((x) => x.name === name);
  return typeof a?.value === 'number' ? a.value : undefined;
}

function normalizeAxis(axis: number, value: IRValue | undefined): number {
  const rank = value?.shape?.length;
  return axis < 0 && rank ? axis + rank : axis;
}

/**
 * Give each value the quantization parameters that the graph states for it: QuantizeLinear outputs, DequantizeLinear
 * inputs, the inputs and outputs of QLinear* and integer ops; then carry them through data-movement ops. A value that
 * several nodes describe keeps the first description in graph order.
 */
export function assignQuantParams(nodes: IRNode[], values: Map<string, IRValue>, consts: ConstValues): void {
  const set = (name: string | undefined, q: QuantParams | null) => {
    const v = name ? values.get(name) : undefined;
    if (v && q && !v.quant) v.quant = q;
  };
  for (const n of nodes) {
    const i = n.inputs;
    if (n.opType === 'QuantizeLinear' || n.opType === 'DequantizeLinear') {
      const target = n.opType === 'QuantizeLinear' ? n.outputs[0] : i[0];
      const axis = normalizeAxis(intAttr(n, 'axis') ?? 1, values.get(target));
      // Without a zero point the quantized dtype is uint8 (ONNX's default).
      set(target, params(consts, i[1], i[2], axis, values.get(target)?.dtype ?? 'uint8'));
      // The float side of a DequantizeLinear is the dequantized view of the same grid: no own parameters.
      continue;
    }
    if (n.opType === 'DynamicQuantizeLinear') {
      set(n.outputs[0], { scale: [], zeroPoint: [], axis: null, dtype: 'uint8', qmin: 0, qmax: 255, scaleTensor: n.outputs[1] ?? null, zeroPointTensor: n.outputs[2] ?? null, runtime: true });
      continue;
    }
    if (n.opType === 'QLinearConcat') {
      set(n.outputs[0], params(consts, i[0], i[1], null, values.get(n.outputs[0])?.dtype ?? null));
      for (let k = 2; k + 2 < i.length + 1; k += 3) set(i[k], params(consts, i[k + 1], i[k + 2], null, values.get(i[k])?.dtype ?? null));
      continue;
    }
    const slots = SLOTS[n.opType];
    if (!slots) continue;
    for (const t of slots.triples) {
      const v = values.get(i[t.value]);
      const axis = t.channelAxis === undefined ? null : t.channelAxis < 0 ? Math.max(0, (v?.shape?.length ?? 2) - 1) : t.channelAxis;
      set(i[t.value], params(consts, t.scale >= 0 ? i[t.scale] : undefined, i[t.zeroPoint], axis, v?.dtype ?? null));
    }
    if (slots.out && i[slots.out.scale]) set(n.outputs[0], params(consts, i[slots.out.scale], i[slots.out.zeroPoint], null, values.get(n.outputs[0])?.dtype ?? null));
  }
  // Data movement keeps the grid: carry parameters forward (graph order makes one pass enough).
  for (const n of nodes) {
    const src = gridKeptBy(n, values);
    if (!src) continue;
    for (const o of QUANT_SPLITTING.has(n.opType) ? n.outputs : n.outputs.slice(0, 1)) {
      const dst = values.get(o);
      if (dst && !dst.quant && (dst.dtype === null || dst.dtype === src.dtype)) dst.quant = src.quant;
    }
  }
}

/**
 * Ops that keep integers on their input's grid when every integer input shares it: Clip (QAT's 7-bit activations are
 * QuantizeLinear -> Clip(0, 127) -> DequantizeLinear), Max and Min with constant bounds, Concat of equal grids.
 */
const QUANT_KEEPING = new Set(['Clip', 'Max', 'Min', 'Concat']);
/** Ops whose every output holds a part of the input on its grid. */
const QUANT_SPLITTING = new Set(['Split']);

function sameGrid(a: QuantParams, b: QuantParams): boolean {
  const eq = (x: number[], y: number[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return a === b || (a.dtype === b.dtype && eq(a.scale, b.scale) && eq(a.zeroPoint, b.zeroPoint) && a.axis === b.axis);
}

/** The input value whose grid a node's outputs keep, if it keeps one. */
function gridKeptBy(n: IRNode, values: Map<string, IRValue>): (IRValue & { quant: QuantParams }) | null {
  const first = values.get(n.inputs[0]);
  if (!first?.quant) return null;
  if (QUANT_PRESERVING.has(n.opType) || QUANT_SPLITTING.has(n.opType)) return first as IRValue & { quant: QuantParams };
  if (!QUANT_KEEPING.has(n.opType)) return null;
  // Clip's bounds, and Max/Min's constants, are integers on the same grid: only activation inputs need a grid.
  const live = n.inputs.filter((i) => i && !values.get(i)?.initializer).map((i) => values.get(i));
  if (n.opType === 'Clip') return first as IRValue & { quant: QuantParams };
  return live.every((v) => v?.quant && sameGrid(v.quant, first.quant!)) ? first as IRValue & { quant: QuantParams } : null;
}
