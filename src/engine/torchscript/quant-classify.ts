import { ModuleNode } from './module-tree';
import { asInt, displayClassName, PyGlobal, PyValue } from './pickle-values';
import { torchDtypeName } from './torch-globals';

/** What a module is, for quantization: still simulating it, already integer, or plain float. */
export type ModuleKind = 'fake-quant' | 'observer' | 'qat' | 'quantized' | 'stub' | 'float';

/** A quantization range as a fake-quantize module, an observer or a quantized tensor declares it. */
export interface QuantConfig {
  role: 'weight' | 'activation' | 'tensor';
  dtype: string | null;
  qmin: number | null;
  qmax: number | null;
  /** Bits the range spans: 7 for 0..127 (reduce_range), 8 for -128..127. */
  bits: number | null;
  reduceRange: boolean | null;
  scheme: 'per-tensor' | 'per-channel' | null;
  symmetric: boolean | null;
  axis: number | null;
}

// c10::ScalarType codes, as TorchScript stores a module's `dtype` attribute.
const SCALAR_TYPES: Record<number, string> = {
  0: 'uint8', 1: 'int8', 2: 'int16', 3: 'int32', 4: 'int64', 5: 'float16', 6: 'float32', 7: 'float64', 11: 'bool',
  12: 'qint8', 13: 'quint8', 14: 'qint32', 15: 'bfloat16', 16: 'quint4x2', 17: 'quint2x4',
};
// c10::QScheme codes.
const QSCHEMES = ['per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric', 'per_channel_affine_float_qparams'];

const DTYPE_RANGES: Record<string, [number, number]> = {
  qint8: [-128, 127], quint8: [0, 255], qint32: [-2147483648, 2147483647], quint4x2: [0, 15], quint2x4: [0, 3], int8: [-128, 127], uint8: [0, 255],
};

const REDUCED_RANGES: Record<string, [number, number]> = { qint8: [-64, 63], quint8: [0, 127] };

export function dtypeRange(dtype: string): [number, number] | undefined {
  return DTYPE_RANGES[dtype];
}

export function rangeBits(qmin: number, qmax: number): number {
  return Math.ceil(Math.log2(qmax - qmin + 1));
}

export function moduleKind(node: ModuleNode): ModuleKind {
  if (!node.cls) return inferredKind(node);
  const name = displayClassName(node.cls);
  const short = name.split('.').pop() ?? name;
  if (/FakeQuantize/.test(short) || /\.fake_quantize\./.test(name)) return 'fake-quant';
  if (/Observer$/.test(short) || /\.quantization\.observer\./.test(name)) return 'observer';
  if (/^(QuantStub|DeQuantStub|QuantWrapper)$/.test(short)) return 'stub';
  if (short === 'FloatFunctional') return 'float';
  if (/(^|\.)nn\.(intrinsic\.)?qat\./.test(name)) return 'qat';
  if (/(^|\.)nn\.(intrinsic\.)?quantized\./.test(name)) return 'quantized';
  return 'float';
}

/** A module known only from state_dict keys: its buffers say what it was. */
function inferredKind(node: ModuleNode): ModuleKind {
  const names = new Set(node.tensorNames);
  if (names.has('fake_quant_enabled')) return 'fake-quant';
  if (names.has('min_val') || names.has('max_val') || names.has('histogram')) return 'observer';
  if ([...names].some((n) => /(^|\.)_packed_params(\.|$)/.test(n))) return 'quantized';
  return 'float';
}

export function isFakeQuantOp(op: string): boolean {
  return /fake_quant/.test(op);
}

export function isQuantizedOp(op: string): boolean {
  return /^_?quantized::/.test(op) || /^aten::(quantize_per_tensor|quantize_per_channel|quantize_per_tensor_dynamic|dequantize)$/.test(op);
}

function attr(node: ModuleNode | undefined, key: string): PyValue | undefined {
  return node?.attrs?.get(key);
}

function dtypeOf(v: PyValue | undefined): string | null {
  if (v instanceof PyGlobal) return torchDtypeName(v) ?? v.name;
  const code = asInt(v);
  return code === undefined ? null : SCALAR_TYPES[code] ?? `scalar type ${code}`;
}

function qschemeOf(v: PyValue | undefined): string | null {
  if (v instanceof PyGlobal) return v.name;
  const code = asInt(v);
  return code === undefined ? null : QSCHEMES[code] ?? null;
}

/** The range a fake-quantize module or an observer declares (its own attributes, then its observer's). */
export function quantConfig(node: ModuleNode): QuantConfig | null {
  if (!node.attrs) return null;
  const observer = node.children.get('activation_post_process');
  const pick = (key: string): PyValue | undefined => {
    const own = attr(node, key);
    return own === undefined || own === null ? attr(observer, key) : own;
  };
  const dtype = dtypeOf(pick('dtype'));
  const qscheme = qschemeOf(pick('qscheme'));
  const reduce = pick('reduce_range');
  const reduceRange = typeof reduce === 'boolean' ? reduce : null;
  let qmin = asInt(pick('quant_min')) ?? null;
  let qmax = asInt(pick('quant_max')) ?? null;
  // Observers built without explicit quant_min/quant_max derive them from the dtype and reduce_range.
  const derived = dtype ? (reduceRange ? REDUCED_RANGES[dtype] : dtypeRange(dtype)) : undefined;
  if ((qmin === null || qmax === null) && derived) [qmin, qmax] = derived;
  if (dtype === null && qmin === null && qscheme === null) return null;
  // A weight's fake-quantize is `<layer>.weight_fake_quant`, and its observer sits below it.
  return {
    role: node.path.split('.').some((s) => /weight/.test(s)) ? 'weight' : 'activation',
    dtype,
    qmin,
    qmax,
    bits: qmin !== null && qmax !== null && qmax > qmin ? rangeBits(qmin, qmax) : null,
    reduceRange,
    scheme: qscheme ? (qscheme.startsWith('per_channel') ? 'per-channel' : 'per-tensor') : null,
    symmetric: qscheme ? qscheme.includes('symmetric') : null,
    axis: qscheme?.startsWith('per_channel') ? asInt(pick('ch_axis')) ?? null : null,
  };
}
