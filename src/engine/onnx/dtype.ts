/** ONNX element types: the numeric code in TensorProto.data_type and the lower-case names of our JSON contract. */
export type DType =
  | 'float32' | 'float64' | 'float16' | 'bfloat16'
  | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64'
  | 'bool' | 'string' | 'complex64' | 'complex128'
  | 'float8e4m3fn' | 'float8e4m3fnuz' | 'float8e5m2' | 'float8e5m2fnuz'
  | 'uint4' | 'int4' | 'float4e2m1' | 'float8e8m0' | 'uint2' | 'int2';

const CODES: Record<number, DType> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
  17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz', 21: 'uint4', 22: 'int4',
  23: 'float4e2m1', 24: 'float8e8m0', 25: 'uint2', 26: 'int2',
};
const NAMES = new Map<DType, number>(Object.entries(CODES).map(([k, v]) => [v, Number(k)]));

export function dtypeFromCode(code: number): DType | undefined {
  return CODES[code];
}

export function dtypeCode(dtype: DType): number {
  const code = NAMES.get(dtype);
  if (code === undefined) throw new Error(`unknown dtype ${dtype}`);
  return code;
}

export function isDType(name: string): name is DType {
  return NAMES.has(name as DType);
}

/** Bits per element as stored in raw_data (sub-byte types pack several elements per byte). */
export function bitsPerElement(dtype: DType): number {
  switch (dtype) {
    case 'float64': case 'int64': case 'uint64': case 'complex64': return 64;
    case 'complex128': return 128;
    case 'float32': case 'int32': case 'uint32': return 32;
    case 'float16': case 'bfloat16': case 'int16': case 'uint16': return 16;
    case 'uint4': case 'int4': case 'float4e2m1': return 4;
    case 'uint2': case 'int2': return 2;
    case 'string': return 0;
    default: return 8;
  }
}

/** Integer range of a quantized dtype, or undefined for types that are not integer quantization targets. */
export function integerRange(dtype: DType): { min: number; max: number } | undefined {
  switch (dtype) {
    case 'int8': return { min: -128, max: 127 };
    case 'uint8': return { min: 0, max: 255 };
    case 'int16': return { min: -32768, max: 32767 };
    case 'uint16': return { min: 0, max: 65535 };
    case 'int32': return { min: -2147483648, max: 2147483647 };
    case 'uint32': return { min: 0, max: 4294967295 };
    case 'int4': return { min: -8, max: 7 };
    case 'uint4': return { min: 0, max: 15 };
    case 'int2': return { min: -2, max: 1 };
    case 'uint2': return { min: 0, max: 3 };
    default: return undefined;
  }
}

export function isFloat(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float64' || dtype === 'float16' || dtype === 'bfloat16' || dtype.startsWith('float8') || dtype === 'float4e2m1';
}

export function isInteger(dtype: DType): boolean {
  return integerRange(dtype) !== undefined || dtype === 'int64' || dtype === 'uint64';
}
