import * as fs from 'fs';
import * as path from 'path';
import { badInput, errorMessage, QuantLensError } from '../errors';
import { bitsPerElement, dtypeFromCode } from '../onnx/dtype';
import { TensorMsg, TensorProto, num } from '../onnx/schema';
import { Tensor, decodeTensor, elementCount } from '../onnx/tensor-codec';
import { readNpy } from './npy';
import { readFileBytes } from './file-bytes';
import { NpzReadOptions, readNpz } from './npz';

/** Files that hold tensors, by extension: NumPy arrays and archives, and serialized ONNX TensorProtos. */
export const TENSOR_FILE_EXTENSIONS = ['.npy', '.npz', '.pb'] as const;

/**
 * Read tensors by the file's extension: `.npy` (keyed by the file's stem), `.npz` (by entry name), `.pb` (a TensorProto,
 * keyed by its name or else the stem). A folder reads every such file in it, in name order; keys must not repeat.
 */
export function readTensorFile(file: string, opts: NpzReadOptions = {}): Map<string, Tensor> {
  let isDir: boolean;
  try {
    isDir = fs.statSync(file).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw badInput(file, code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${errorMessage(err)}`);
  }
  if (!isDir) return readOne(file, opts);
  const names = fs.readdirSync(file).filter((n) => isTensorFileName(n)).sort();
  if (names.length === 0) throw badInput(file, `the folder holds no ${TENSOR_FILE_EXTENSIONS.join(', ')} files`);
  const out = new Map<string, Tensor>();
  const from = new Map<string, string>();
  for (const name of names) {
    for (const [key, t] of readOne(path.join(file, name), opts)) {
      if (out.has(key)) throw badInput(file, `tensor '${key}' is in both ${from.get(key)} and ${name}`);
      out.set(key, t);
      from.set(key, name);
    }
  }
  return out;
}

export function isTensorFileName(name: string): boolean {
  return (TENSOR_FILE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

function readOne(file: string, opts: NpzReadOptions): Map<string, Tensor> {
  const ext = path.extname(file).toLowerCase();
  const stem = path.basename(file, path.extname(file));
  switch (ext) {
    case '.npy': return new Map([[stem, readNpy(file)]]);
    case '.npz': return readNpz(file, opts);
    case '.pb': {
      const t = readTensorProtoFile(file);
      const key = t.name ?? stem;
      return new Map([[key, { ...t, name: key }]]);
    }
    default:
      throw badInput(file, `unknown tensor file type '${ext || '(none)'}'; expected ${TENSOR_FILE_EXTENSIONS.join(', ')} or a folder of them`);
  }
}

/** A serialized onnx.TensorProto, as in the ONNX test data sets (input_0.pb, output_0.pb). */
export function readTensorProtoFile(file: string): Tensor {
  return parseTensorProto(readFileBytes(file), file);
}

export function parseTensorProto(bytes: Uint8Array, file: string): Tensor {
  let tp: TensorMsg;
  try {
    tp = TensorProto.decode(bytes) as unknown as TensorMsg;
  } catch (err) {
    throw badInput(file, `not a serialized ONNX TensorProto (protobuf decoding failed: ${errorMessage(err)})`);
  }
  // Any bytes decode as some protobuf; a tensor at least says its element type.
  if (!tp.data_type) throw badInput(file, 'not a serialized ONNX TensorProto: it has no data_type (a SequenceProto, OptionalProto or another file?)');
  const dtype = dtypeFromCode(tp.data_type);
  if (!dtype) throw badInput(file, `tensor '${tp.name}' has unknown data_type ${tp.data_type}`);
  // Checked before decoding, which sizes its output from the dims: corrupt dims must not allocate gigabytes.
  const need = Math.ceil((elementCount(tp.dims.map(num)) * bitsPerElement(dtype)) / 8);
  if (tp.raw_data?.length && tp.raw_data.length !== need) {
    throw badInput(file, `tensor '${tp.name}' has ${tp.raw_data.length} bytes of raw_data, its dims [${tp.dims.map(num)}] need ${need}`);
  }
  try {
    return decodeTensor(tp);
  } catch (err) {
    if (err instanceof QuantLensError) throw err;
    throw badInput(file, `not a valid TensorProto: ${errorMessage(err)}`);
  }
}
