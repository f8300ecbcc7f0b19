import { DType, bitsPerElement, dtypeCode, dtypeFromCode } from './dtype';
import { Int64, TensorMsg, TensorProto, bigint, make, num } from './schema';
import Long from 'long';

/** Element storage per dtype: the plain typed array that holds one element per slot (sub-byte types unpacked). */
export type TensorData =
  | Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array
  | BigInt64Array | BigUint64Array | string[];

/**
 * A decoded tensor. float16 and bfloat16 keep their bits in a Uint16Array (use `toFloat32`); complex types hold
 * interleaved real/imaginary pairs; bool is a Uint8Array of 0/1; int4/uint4/int2/uint2 are unpacked, one per slot.
 */
export interface Tensor {
  name?: string;
  dtype: DType;
  dims: number[];
  data: TensorData;
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** How many slots of `data` one element takes (complex numbers take two). */
function slotsPerElement(dtype: DType): number {
  return dtype === 'complex64' || dtype === 'complex128' ? 2 : 1;
}

export function allocate(dtype: DType, count: number): TensorData {
  const n = count * slotsPerElement(dtype);
  switch (dtype) {
    case 'float32': case 'complex64': return new Float32Array(n);
    case 'float64': case 'complex128': return new Float64Array(n);
    case 'int8': case 'int4': case 'int2': return new Int8Array(n);
    case 'int16': return new Int16Array(n);
    case 'uint16': case 'float16': case 'bfloat16': return new Uint16Array(n);
    case 'int32': return new Int32Array(n);
    case 'uint32': return new Uint32Array(n);
    case 'int64': return new BigInt64Array(n);
    case 'uint64': return new BigUint64Array(n);
    case 'string': return new Array<string>(n).fill('');
    default: return new Uint8Array(n); // uint8, bool, float8 variants, uint4, uint2, float4e2m1 (raw codes)
  }
}

/** Copy little-endian bytes into a fresh, aligned typed array (protobuf byte fields are unaligned views). */
export function fromLittleEndian(dtype: DType, bytes: Uint8Array, count: number): TensorData {
  const bits = bitsPerElement(dtype);
  if (bits < 8) return unpackSubByte(dtype, bytes, count);
  const slotBytes = bits / 8 / slotsPerElement(dtype);
  const need = count * slotsPerElement(dtype) * slotBytes;
  // Check before allocating: corrupt dims must not make us ask for gigabytes.
  if (bytes.length < need) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need}`);
  const out = allocate(dtype, count) as Exclude<TensorData, string[]>;
  new Uint8Array(out.buffer, out.byteOffset, need).set(bytes.subarray(0, need));
  return out;
}

function unpackSubByte(dtype: DType, bytes: Uint8Array, count: number): TensorData {
  const bits = bitsPerElement(dtype);
  const perByte = 8 / bits;
  const need = Math.ceil(count / perByte);
  if (bytes.length < need) throw new Error(`raw_data holds ${bytes.length} bytes, the dims need ${need}`);
  const out = allocate(dtype, count) as Int8Array | Uint8Array;
  const mask = (1 << bits) - 1;
  const signed = dtype === 'int4' || dtype === 'int2';
  for (let i = 0; i < count; i++) {
    let v = (bytes[Math.floor(i / perByte)] >> ((i % perByte) * bits)) & mask;
    if (signed && v >= 1 << (bits - 1)) v -= 1 << bits;
    out[i] = v;
  }
  return out;
}

function packSubByte(dtype: DType, data: Int8Array | Uint8Array): Uint8Array {
  const bits = bitsPerElement(dtype);
  const perByte = 8 / bits;
  const out = new Uint8Array(Math.ceil(data.length / perByte));
  const mask = (1 << bits) - 1;
  for (let i = 0; i < data.length; i++) out[Math.floor(i / perByte)] |= (data[i] & mask) << ((i % perByte) * bits);
  return out;
}

export function toLittleEndian(t: Tensor): Uint8Array {
  if (t.dtype === 'string') throw new Error('string tensors have no raw form');
  if (bitsPerElement(t.dtype) < 8) return packSubByte(t.dtype, t.data as Int8Array | Uint8Array);
  const a = t.data as Exclude<TensorData, string[]>;
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

const utf8 = new TextDecoder('utf-8');

/**
 * Decode a TensorProto whose data is inside the message (raw_data or a typed field). External data must have been
 * loaded into raw_data first (see model-file.ts). Typed fields follow the ONNX rules: small integer types, float16
 * and bfloat16 (as bits), float8 and packed 4-bit values sit in int32_data; uint32 in uint64_data.
 */
/** Reads the bytes of a tensor whose data stayed in a checked external file (installed by external-data.ts). */
let externalReader: (tp: TensorMsg) => Uint8Array | undefined = () => undefined;

export function setExternalReader(reader: (tp: TensorMsg) => Uint8Array | undefined): void {
  externalReader = reader;
}

export function decodeTensor(tp: TensorMsg): Tensor {
  const dtype = dtypeFromCode(tp.data_type);
  if (!dtype) throw new Error(`tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  const dims = tp.dims.map(num);
  if (dims.some((d) => d < 0 || !Number.isFinite(d))) throw new Error(`tensor '${tp.name}' has a negative dimension`);
  const count = elementCount(dims);
  const base = { name: tp.name || undefined, dtype, dims };
  if (tp.data_location === 1 && !(tp.raw_data && tp.raw_data.length)) {
    const bytes = externalReader(tp);
    if (!bytes) throw new Error(`tensor '${tp.name}' keeps its data in an external file that was not loaded`);
    return { ...base, data: fromLittleEndian(dtype, bytes, count) };
  }
  if (dtype === 'string') {
    if (tp.string_data.length !== count) throw new Error(`tensor '${tp.name}' has ${tp.string_data.length} strings, dims need ${count}`);
    return { ...base, data: tp.string_data.map((b) => utf8.decode(b)) };
  }
  if (tp.raw_data && tp.raw_data.length > 0) return { ...base, data: fromLittleEndian(dtype, tp.raw_data, count) };
  if (count === 0) return { ...base, data: allocate(dtype, 0) };
  return { ...base, data: fromTypedField(tp, dtype, count) };
}

function expectLength(tp: TensorMsg, field: string, have: number, need: number): void {
  if (have !== need) throw new Error(`tensor '${tp.name}' has ${have} values in ${field}, its dims need ${need}`);
}

function fromTypedField(tp: TensorMsg, dtype: DType, count: number): TensorData {
  const slots = count * slotsPerElement(dtype);
  switch (dtype) {
    case 'float32': case 'complex64':
      expectLength(tp, 'float_data', tp.float_data.length, slots);
      return Float32Array.from(tp.float_data);
    case 'float64': case 'complex128':
      expectLength(tp, 'double_data', tp.double_data.length, slots);
      return Float64Array.from(tp.double_data);
    case 'int64':
      expectLength(tp, 'int64_data', tp.int64_data.length, count);
      return BigInt64Array.from(tp.int64_data, bigint);
    case 'uint64':
      expectLength(tp, 'uint64_data', tp.uint64_data.length, count);
      return BigUint64Array.from(tp.uint64_data, (v) => BigInt.asUintN(64, bigint(v)));
    case 'uint32':
      expectLength(tp, 'uint64_data', tp.uint64_data.length, count);
      return Uint32Array.from(tp.uint64_data, num);
    default: {
      const bits = bitsPerElement(dtype);
      if (bits < 8) {
        // Sub-byte types keep packed bytes in int32_data, one byte per entry.
        const bytes = Uint8Array.from(tp.int32_data);
        return unpackSubByte(dtype, bytes, count);
      }
      expectLength(tp, 'int32_data', tp.int32_data.length, count);
      const out = allocate(dtype, count) as Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array;
      for (let i = 0; i < count; i++) out[i] = tp.int32_data[i];
      return out;
    }
  }
}

/** Encode a tensor as a TensorProto with raw_data (strings in string_data). */
export function encodeTensor(t: Tensor): TensorMsg {
  const fields: Record<string, unknown> = { dims: t.dims, data_type: dtypeCode(t.dtype), name: t.name ?? '' };
  if (t.dtype === 'string') fields.string_data = (t.data as string[]).map((s) => Buffer.from(s, 'utf8'));
  else fields.raw_data = toLittleEndian(t);
  const msg = make<TensorMsg>(TensorProto, {});
  Object.assign(msg, fields);
  msg.dims = t.dims.map((d) => Long.fromNumber(d));
  return msg;
}

// ---- float16 / bfloat16 ----

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

export function float16BitsToNumber(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

export function bfloat16BitsToNumber(b: number): number {
  u32[0] = b << 16;
  return f32[0];
}

/** Round-to-nearest-even float32 -> float16 bits. */
export function numberToFloat16Bits(x: number): number {
  f32[0] = x;
  const v = u32[0];
  const sign = (v >>> 16) & 0x8000;
  const exp = (v >>> 23) & 0xff;
  let mant = v & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  let e = exp - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let h = mant >> shift;
    const rem = mant & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (h & 1))) h++;
    return sign | h;
  }
  let h = (e << 10) | (mant >> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1))) h++;
  return sign | h;
}

export function numberToBfloat16Bits(x: number): number {
  f32[0] = x;
  const v = u32[0];
  if (Number.isNaN(x)) return 0x7fc0;
  const rounded = v + 0x7fff + ((v >>> 16) & 1);
  return (rounded >>> 16) & 0xffff;
}

/** Widen any numeric tensor to float32 values (float16/bfloat16 decoded from their bits). */
export function toFloat32(t: Tensor): Float32Array {
  const d = t.data;
  if (t.dtype === 'float32') return d as Float32Array;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ''}' holds strings, not numbers`);
  const out = new Float32Array(d.length);
  if (t.dtype === 'float16') for (let i = 0; i < d.length; i++) out[i] = float16BitsToNumber(d[i] as number);
  else if (t.dtype === 'bfloat16') for (let i = 0; i < d.length; i++) out[i] = bfloat16BitsToNumber(d[i] as number);
  else for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
  return out;
}

/** Numeric values as a plain array of numbers (int64 through Number: exact below 2^53). */
export function toNumbers(t: Tensor): number[] {
  return Array.from(toFloat32Exact(t));
}

function toFloat32Exact(t: Tensor): ArrayLike<number> {
  const d = t.data;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ''}' holds strings, not numbers`);
  if (t.dtype === 'float16' || t.dtype === 'bfloat16') return toFloat32(t);
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) return Array.from(d, Number);
  return d as ArrayLike<number>;
}

export type { Int64 };
