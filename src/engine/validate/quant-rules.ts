import { ConstValues } from '../ir/const-values';
import { dtypeFromCode, integerRange } from '../onnx/dtype';
import { GraphMsg, NodeMsg, num } from '../onnx/schema';
import { toNumbers } from '../onnx/tensor-codec';
import { GraphFacts } from './graph-rules';
import { RuleContext, invalid, nodeLabel } from './problem';

/**
 * QuantLens's own rules for quantization parameters, on the ops that carry them: a scale is a float tensor whose
 * values are positive and finite; a zero point has the dtype of the tensor it belongs to (an integer type a
 * QuantizeLinear can produce); per-channel scales and zero points have one value per channel of the axis they
 * quantize; the required parameters are there. Values are checked where they are constants (initializers, Constant
 * nodes, and what Identity/Cast/Reshape chains make of them); graph inputs are checked by their declared types.
 */

/** One quantized tensor of an op: where it is (an input slot, or the op's output) and its scale and zero point slots. */
interface QGroup {
  value: number | 'out';
  scale?: number;
  zeroPoint?: number;
  /** How many scale values are allowed: 'scalar' (1), 'axis' (per the `axis` attribute), 'out-channels' (weight dim 0). */
  count?: 'scalar' | 'axis' | 'out-channels';
}

interface QOp {
  groups: QGroup[];
  /** Input slots that must be given. */
  required: number[];
}

const UNARY: QOp = { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: 'scalar' }, { value: 'out', scale: 3, zeroPoint: 4, count: 'scalar' }], required: [0, 1, 3] };
const BINARY: QOp = { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: 'scalar' }, { value: 3, scale: 4, zeroPoint: 5, count: 'scalar' }, { value: 'out', scale: 6, zeroPoint: 7, count: 'scalar' }], required: [0, 1, 3, 4, 6] };

const DEFAULT_OPS: Record<string, QOp> = {
  QuantizeLinear: { groups: [{ value: 'out', scale: 1, zeroPoint: 2, count: 'axis' }], required: [0, 1] },
  DequantizeLinear: { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: 'axis' }], required: [0, 1] },
  QLinearConv: {
    groups: [{ value: 0, scale: 1, zeroPoint: 2, count: 'scalar' }, { value: 3, scale: 4, zeroPoint: 5, count: 'out-channels' }, { value: 'out', scale: 6, zeroPoint: 7, count: 'scalar' }],
    required: [0, 1, 2, 3, 4, 5, 6, 7],
  },
  QLinearMatMul: { groups: [{ value: 0, scale: 1, zeroPoint: 2 }, { value: 3, scale: 4, zeroPoint: 5 }, { value: 'out', scale: 6, zeroPoint: 7 }], required: [0, 1, 2, 3, 4, 5, 6, 7] },
  ConvInteger: { groups: [{ value: 0, zeroPoint: 2 }, { value: 1, zeroPoint: 3 }], required: [0, 1] },
  MatMulInteger: { groups: [{ value: 0, zeroPoint: 2 }, { value: 1, zeroPoint: 3 }], required: [0, 1] },
};

const MS_OPS: Record<string, QOp> = {
  QLinearAdd: BINARY,
  QLinearMul: BINARY,
  QLinearSigmoid: UNARY,
  QLinearLeakyRelu: UNARY,
  QLinearSoftmax: UNARY,
  QLinearGlobalAveragePool: UNARY,
  QLinearAveragePool: UNARY,
  QGemm: { groups: [{ value: 0, scale: 1, zeroPoint: 2, count: 'scalar' }, { value: 3, scale: 4, zeroPoint: 5 }, { value: 'out', scale: 7, zeroPoint: 8, count: 'scalar' }], required: [0, 1, 3, 4] },
  QuantizeLinear: DEFAULT_OPS.QuantizeLinear,
  DequantizeLinear: DEFAULT_OPS.DequantizeLinear,
};

/** What a QuantizeLinear can produce, and so what a zero point can be. */
const QUANTIZED_TYPES = new Set(['int8', 'uint8', 'int16', 'uint16', 'int4', 'uint4', 'int2', 'uint2', 'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'float4e2m1']);
const SCALE_TYPES = new Set(['float32', 'float16', 'bfloat16', 'float64']);
/** Scales with more values than this are left unread (their dtype and count are still checked). */
const MAX_READ = 1 << 20;

function opOf(n: NodeMsg): QOp | undefined {
  if (n.domain === 'com.microsoft') return MS_OPS[n.op_type];
  if (!n.domain || n.domain === 'ai.onnx') return DEFAULT_OPS[n.op_type];
  return undefined;
}

interface Known {
  dtype: string | null;
  dims: Array<number | null> | null;
}

class ValueFacts {
  private readonly consts: ConstValues;
  private readonly constantTypes = new Map<string, Known>();

  constructor(private readonly facts: GraphFacts) {
    this.consts = new ConstValues(facts.graph);
    for (const n of facts.graph.node) {
      const t = n.op_type === 'Constant' && (!n.domain || n.domain === 'ai.onnx') ? n.attribute.find((a) => a.name === 'value')?.t : undefined;
      if (t && n.output[0]) this.constantTypes.set(n.output[0], { dtype: dtypeName(t.data_type), dims: t.dims.map(num) });
    }
  }

  known(name: string): Known {
    return this.facts.types.get(name) ?? this.constantTypes.get(name) ?? { dtype: null, dims: null };
  }

  /** The values of a constant parameter, when it is one and small enough to read. */
  values(name: string): number[] | null {
    const k = this.known(name);
    const count = k.dims && k.dims.every((d) => d !== null) ? (k.dims as number[]).reduce((a, b) => a * b, 1) : 0;
    if (count > MAX_READ) return null;
    const t = this.consts.get(name);
    if (!t || t.dtype === 'string' || t.data.length > MAX_READ) return null;
    return toNumbers(t);
  }
}

function dtypeName(code: number): string | null {
  return dtypeFromCode(code) ?? null;
}

function count(k: Known): number | null {
  return k.dims && k.dims.every((d) => d !== null) ? (k.dims as number[]).reduce((a, b) => a * b, 1) : null;
}

function checkGroup(n: NodeMsg, index: number, g: QGroup, facts: ValueFacts, ctx: RuleContext): void {
  const label = nodeLabel(n, index);
  const valueName = g.value === 'out' ? n.output[0] : n.input[g.value];
  const value = valueName ? facts.known(valueName) : { dtype: null, dims: null };
  const scaleName = g.scale !== undefined ? n.input[g.scale] : undefined;
  const zpName = g.zeroPoint !== undefined ? n.input[g.zeroPoint] : undefined;
  const place = (tensor?: string) => ({ node: n.name || undefined, tensor });

  let scaleCount: number | null = null;
  if (scaleName) {
    const s = facts.known(scaleName);
    if (s.dtype && !SCALE_TYPES.has(s.dtype)) throw invalid(ctx, `${label}: scale '${scaleName}' is ${s.dtype}; a scale is a float tensor`, place(scaleName));
    scaleCount = count(s);
    const values = facts.values(scaleName);
    const bad = values?.findIndex((v) => !(v > 0) || !Number.isFinite(v)) ?? -1;
    if (values && bad >= 0) {
      throw invalid(ctx, `${label}: scale '${scaleName}' is ${values[bad]}${values.length > 1 ? ` at channel ${bad}` : ''}; scales must be positive and finite (recalibrate: a zero or negative scale comes from an empty or broken observer range)`, place(scaleName));
    }
    if (values) scaleCount = values.length;
    if (s.dims && s.dims.length > 1 && !blockSize(n)) throw invalid(ctx, `${label}: scale '${scaleName}' has rank ${s.dims.length}; a scale is a scalar or a 1-D tensor (one value per channel)`, place(scaleName));
  }
  if (n.op_type === 'DequantizeLinear' && value.dtype && !QUANTIZED_TYPES.has(value.dtype) && value.dtype !== 'int32') {
    throw invalid(ctx, `${label} dequantizes '${valueName}', a ${value.dtype} tensor; only quantized (integer or float8) tensors are dequantized`, place(valueName));
  }
  if (zpName) {
    const z = facts.known(zpName);
    if (z.dtype) {
      const allowed = n.op_type === 'DequantizeLinear' || n.op_type.endsWith('Integer') ? new Set([...QUANTIZED_TYPES, 'int32']) : QUANTIZED_TYPES;
      if (!allowed.has(z.dtype)) throw invalid(ctx, `${label}: zero point '${zpName}' is ${z.dtype}; zero points are ${[...allowed].slice(0, 4).join(', ')}, ... (the quantized tensor's type)`, place(zpName));
      if (value.dtype && value.dtype !== z.dtype && g.value !== 'out' && integerRange(value.dtype as never)) {
        throw invalid(ctx, `${label}: zero point '${zpName}' is ${z.dtype} but '${valueName}', the tensor it belongs to, is ${value.dtype}`, place(zpName));
      }
    }
    const zc = facts.values(zpName)?.length ?? count(z);
    if (zc !== null && scaleCount !== null && zc !== scaleCount && Math.max(zc, scaleCount) > 1 && !blockSize(n)) {
      throw invalid(ctx, `${label}: zero point '${zpName}' has ${zc} values and scale '${scaleName}' ${scaleCount}; they must match`, place(zpName));
    }
  }
  if (scaleCount === null || scaleCount <= 1 || blockSize(n)) return;
  if (g.count === 'scalar') throw invalid(ctx, `${label}: scale '${scaleName}' has ${scaleCount} values; this input is quantized per tensor (one value)`, place(scaleName));
  if (g.count === 'out-channels') {
    const channels = value.dims?.[0];
    if (typeof channels === 'number' && channels !== scaleCount) {
      throw invalid(ctx, `${label}: weight scale '${scaleName}' has ${scaleCount} values but the weight '${valueName}' has ${channels} output channels`, place(scaleName));
    }
  }
  if (g.count === 'axis') {
    // Q quantizes its input x; DQ dequantizes x: the channels are x's, at `axis`.
    const x = n.input[0] ? facts.known(n.input[0]) : value;
    const rank = x.dims?.length;
    const axisAttr = n.attribute.find((a) => a.name === 'axis');
    const axis = axisAttr ? num(axisAttr.i) : 1;
    if (rank === undefined) return;
    const ax = axis < 0 ? axis + rank : axis;
    if (ax < 0 || ax >= rank) throw invalid(ctx, `${label}: axis ${axis} is outside the rank ${rank} of '${n.input[0]}'`, place(n.input[0]));
    const channels = x.dims![ax];
    if (typeof channels === 'number' && channels !== scaleCount) {
      throw invalid(ctx, `${label}: scale '${scaleName}' has ${scaleCount} values but '${n.input[0]}' has ${channels} channels on axis ${axis}`, place(scaleName));
    }
  }
}

function blockSize(n: NodeMsg): boolean {
  const b = n.attribute.find((a) => a.name === 'block_size');
  return !!b && num(b.i) > 0;
}

export function checkQuantization(facts: GraphFacts): void {
  const graph: GraphMsg = facts.graph;
  let values: ValueFacts | undefined;
  graph.node.forEach((n, i) => {
    const op = opOf(n);
    if (!op) return;
    for (const slot of op.required) {
      if (!n.input[slot]) throw invalid(facts.ctx, `${nodeLabel(n, i)} lacks its required input ${slot + 1}${slot === 1 ? ' (the scale)' : ''}`, { node: n.name || undefined });
    }
    values ??= new ValueFacts(facts);
    for (const g of op.groups) checkGroup(n, i, g, values, facts.ctx);
  });
}
