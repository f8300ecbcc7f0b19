import type * as ort from 'onnxruntime-node';
import { badInput } from '../errors';
import { DType } from '../onnx/dtype';
import { Tensor, TensorData } from '../onnx/tensor-codec';

/**
 * Conversions between our Tensor and onnxruntime's. The runtime is a native module that only the engine process
 * loads, so it is required lazily (or passed in) rather than imported.
 */
export type OrtModule = typeof ort;

let loaded: OrtModule | undefined;
function runtime(): OrtModule {
  loaded ??= require('onnxruntime-node') as OrtModule;
  return loaded;
}

/** Our dtypes that onnxruntime-node takes and returns on the CPU, with the same element layout as ours. */
const SAME_LAYOUT = new Set<DType>([
  'float32', 'float64', 'float16', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'bool', 'string',
]);

export function toOrtTensor(t: Tensor, runtimeModule: OrtModule = runtime()): ort.Tensor {
  const dims = [...t.dims];
  if (SAME_LAYOUT.has(t.dtype)) {
    // float16 goes in as its bits: onnxruntime accepts a Uint16Array for it.
    return new runtimeModule.Tensor(t.dtype as ort.Tensor.Type, t.data, dims);
  }
  // int4 and uint4 too: onnxruntime-node 1.30 declares them, but its native binding refuses them.
  throw badInput(undefined, `tensor '${t.name ?? ''}' has dtype ${t.dtype}, which onnxruntime-node cannot take as input`);
}

export function fromOrtTensor(o: ort.Tensor, name?: string): Tensor {
  const dtype = o.type as DType;
  const dims = [...o.dims];
  if (o.location !== 'cpu') throw new Error(`tensor '${name ?? ''}' is on ${o.location}, not in CPU memory`);
  const data = o.data;
  if (dtype === 'float16' && !(data instanceof Uint16Array)) {
    // Where a Float16Array exists onnxruntime returns one; our float16 is its bits.
    const f = data as unknown as ArrayBufferView & { length: number };
    return { name, dtype, dims, data: new Uint16Array(f.buffer, f.byteOffset, f.length) };
  }
  if (SAME_LAYOUT.has(dtype)) return { name, dtype, dims, data: data as TensorData };
  throw new Error(`tensor '${name ?? ''}' has onnxruntime type '${o.type}', which QuantLens does not read`);
}
