import { DType, bitsPerElement, dtypeFromCode } from '../onnx/dtype';
import { linkedRef } from '../onnx/external-data';
import { Int64, TensorMsg, bigint } from '../onnx/schema';
import { RuleContext, invalid } from './problem';

/** More elements than any machine holds: a declared shape beyond this is a corrupt number, not a model. */
export const MAX_ELEMENTS = 2 ** 40;

/** A dimension as a number, or an error when it is negative or beyond exact integers. */
export function checkedDim(d: Int64, what: string, ctx: RuleContext, place: { node?: string; tensor?: string }): number {
  const v = bigint(d);
  if (v < 0n) throw invalid(ctx, `${what} has a negative dimension (${v})`, place);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw invalid(ctx, `${what} has a dimension of ${v}, beyond any real tensor`, place);
  return Number(v);
}

/** The element count of dims already checked one by one, refusing products no machine could hold. */
export function checkedCount(dims: number[], what: string, ctx: RuleContext, place: { node?: string; tensor?: string }): number {
  let n = 1;
  for (const d of dims) n *= d;
  if (n > MAX_ELEMENTS) throw invalid(ctx, `${what} declares [${dims.join(', ')}]: ${n.toExponential(2)} elements, more than any machine holds`, place);
  return n;
}

/** Which typed field holds a dtype's values, how many entries `count` elements take there, and the entries' range. */
function typedField(dtype: DType, count: number): { field: keyof TensorMsg; entries: number; min?: number; max?: number } {
  switch (dtype) {
    case 'float32': return { field: 'float_data', entries: count };
    case 'complex64': return { field: 'float_data', entries: 2 * count };
    case 'float64': return { field: 'double_data', entries: count };
    case 'complex128': return { field: 'double_data', entries: 2 * count };
    case 'int64': return { field: 'int64_data', entries: count };
    case 'uint64': return { field: 'uint64_data', entries: count };
    case 'uint32': return { field: 'uint64_data', entries: count, min: 0, max: 4294967295 };
    case 'int32': return { field: 'int32_data', entries: count, min: -2147483648, max: 2147483647 };
    case 'int8': return { field: 'int32_data', entries: count, min: -128, max: 127 };
    case 'uint8': return { field: 'int32_data', entries: count, min: 0, max: 255 };
    case 'int16': return { field: 'int32_data', entries: count, min: -32768, max: 32767 };
    case 'uint16': case 'float16': case 'bfloat16': return { field: 'int32_data', entries: count, min: 0, max: 65535 };
    case 'bool': return { field: 'int32_data', entries: count, min: 0, max: 1 };
    case 'string': return { field: 'string_data', entries: count };
    default: {
      // float8 variants hold one code per entry; 4- and 2-bit types hold packed bytes.
      const bits = bitsPerElement(dtype);
      return { field: 'int32_data', entries: bits < 8 ? Math.ceil((count * bits) / 8) : count, min: 0, max: 255 };
    }
  }
}

const VALUE_FIELDS: Array<keyof TensorMsg> = ['float_data', 'int32_data', 'string_data', 'int64_data', 'double_data', 'uint64_data'];

/**
 * A tensor's data must be what its dtype and dims say: a known dtype, dims that are not negative, exactly one place
 * holding the values (raw_data, one typed field, or external data), the right number of bytes or entries, and typed
 * entries inside the dtype's range (a uint8 stored as 300 in int32_data is not a uint8).
 */
export function checkTensor(t: TensorMsg, what: string, ctx: RuleContext, place: { node?: string; tensor?: string }): void {
  const dtype = dtypeFromCode(t.data_type);
  if (!dtype) throw invalid(ctx, `${what} has unknown data_type ${t.data_type}`, place);
  const dims = t.dims.map((d) => checkedDim(d, what, ctx, place));
  const count = checkedCount(dims, what, ctx, place);
  if (linkedRef(t)) return; // external data: its length was checked against the dims when the model was read
  const holders = VALUE_FIELDS.filter((f) => (t[f] as unknown[] | undefined)?.length);
  const raw = t.raw_data?.length ?? 0;
  if (raw > 0) holders.push('raw_data');
  if (holders.length > 1) throw invalid(ctx, `${what} holds values in both ${holders.join(' and ')}; a tensor keeps them in one place`, place);
  if (dtype === 'string') {
    if (raw > 0) throw invalid(ctx, `${what} is a string tensor with raw_data; strings go in string_data`, place);
    if (t.string_data.length !== count) throw invalid(ctx, `${what} holds ${t.string_data.length} strings, its dims [${dims.join(', ')}] need ${count}`, place);
    return;
  }
  const needBytes = Math.ceil((count * bitsPerElement(dtype)) / 8);
  if (raw > 0) {
    if (raw !== needBytes) throw invalid(ctx, `${what} has ${raw} bytes of raw_data, its dims [${dims.join(', ')}] and dtype ${dtype} need ${needBytes}`, place);
    return;
  }
  const spec = typedField(dtype, count);
  const held = holders[0];
  if (held === undefined) {
    if (count > 0) throw invalid(ctx, `${what} holds no values, its dims [${dims.join(', ')}] need ${count}`, place);
    return;
  }
  if (held !== spec.field) throw invalid(ctx, `${what} is ${dtype} but holds its values in ${held}; ${dtype} values go in raw_data or ${spec.field}`, place);
  const values = t[spec.field] as Array<number | Int64>;
  if (values.length !== spec.entries) throw invalid(ctx, `${what} has ${values.length} values in ${spec.field}, its dims [${dims.join(', ')}] need ${spec.entries}`, place);
  if (spec.min !== undefined && spec.max !== undefined) {
    for (let i = 0; i < values.length; i++) {
      const v = typeof values[i] === 'number' ? (values[i] as number) : Number(bigint(values[i]));
      if (!Number.isInteger(v) || v < spec.min || v > spec.max) {
        throw invalid(ctx, `${what} is ${dtype} but holds ${v} at index ${i}, outside [${spec.min}, ${spec.max}]`, place);
      }
    }
  }
}
