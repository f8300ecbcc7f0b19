import { unzipSync, zipSync, Zippable } from 'fflate';
import { badInput, errorMessage, QuantLensError } from '../errors';
import { Tensor } from '../onnx/tensor-codec';
import { encodeNpy, parseNpy } from './npy';
import { readFileBytes, writeFileAtomic } from './file-bytes';

/** NumPy's .npz: a zip archive of `name.npy` entries, stored (np.savez) or deflated (np.savez_compressed). */

export interface NpzReadOptions {
  /** Cap on the total uncompressed size of the entries, checked against their declared sizes before inflating. */
  maxBytes?: number;
}

export const DEFAULT_NPZ_LIMIT = 4 * 1024 ** 3;

/** `file` names the source in errors. Keys are the entry names without `.npy`. */
export function parseNpz(bytes: Uint8Array, file: string, opts: NpzReadOptions = {}): Map<string, Tensor> {
  const limit = opts.maxBytes ?? DEFAULT_NPZ_LIMIT;
  const isZip = bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK"
  if (!isZip) throw badInput(file, 'not an .npz file (not a zip archive)');
  const declared = new Map<string, number>();
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    // The filter sees each entry's central-directory sizes before fflate allocates or inflates anything for it.
    entries = unzipSync(bytes, {
      filter: (info) => {
        if (info.name.endsWith('/')) return false;
        if (!info.name.endsWith('.npy')) throw badInput(file, `entry '${info.name}' is not a .npy array`);
        if (declared.has(info.name)) throw badInput(file, `entry '${info.name}' appears twice`);
        if (info.compression !== 0 && info.compression !== 8) {
          throw badInput(file, `entry '${info.name}' uses compression method ${info.compression}; only stored and deflated entries are supported`);
        }
        if (info.compression === 0 && info.size !== info.originalSize) {
          throw badInput(file, `entry '${info.name}' is stored but declares ${info.originalSize} bytes in ${info.size}: the archive is corrupt`);
        }
        total += info.originalSize;
        if (total > limit) {
          throw badInput(file, `entries declare at least ${total} bytes uncompressed, more than the limit of ${limit} (a zip bomb, or an archive too large to load whole)`);
        }
        declared.set(info.name, info.originalSize);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof QuantLensError) throw err;
    throw badInput(file, `not a valid .npz (zip) archive: ${errorMessage(err)}`);
  }
  const out = new Map<string, Tensor>();
  for (const [name, size] of declared) {
    const data = entries[name];
    // fflate inflates into a buffer of the declared size, so a longer stream is cut there; a shorter one shows here.
    if (data.length !== size) throw badInput(file, `entry '${name}' declares ${size} bytes but inflates to ${data.length}: the archive is corrupt`);
    const key = name.slice(0, -'.npy'.length);
    out.set(key, { ...parseNpy(data, file, name), name: key });
  }
  return out;
}

export function readNpz(file: string, opts: NpzReadOptions = {}): Map<string, Tensor> {
  return parseNpz(readFileBytes(file), file, opts);
}

export type TensorSet = Map<string, Tensor> | Record<string, Tensor>;

export interface NpzWriteOptions {
  /** Deflate the entries, like np.savez_compressed (default: stored, like np.savez). */
  compress?: boolean;
}

/** Encode as .npz; `file` names the destination in errors. */
export function encodeNpz(tensors: TensorSet, file: string, opts: NpzWriteOptions = {}): Uint8Array {
  const files: Zippable = {};
  let total = 0;
  for (const [key, t] of tensors instanceof Map ? tensors : Object.entries(tensors)) {
    if (!key || key.includes('\0')) throw badInput(file, `'${key}' cannot name an .npz entry`);
    const npy = encodeNpy(t, file);
    total += npy.length;
    files[`${key}.npy`] = [npy, { level: opts.compress ? 6 : 0 }];
  }
  // fflate writes no zip64 records, so 32-bit sizes and offsets bound the archive.
  if (total >= 0xffffffff) throw badInput(file, `the arrays take ${total} bytes, more than an .npz written here can hold (4 GiB)`);
  // A fixed time stamp: the same tensors always make the same bytes.
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

/** Write atomically (a temporary file renamed over the target). */
export function writeNpz(file: string, tensors: TensorSet, opts: NpzWriteOptions = {}): void {
  writeFileAtomic(file, encodeNpz(tensors, file, opts));
}
