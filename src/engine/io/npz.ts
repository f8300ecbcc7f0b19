import { zipSync, Zippable } from 'fflate';
import { badInput, errorMessage, QuantLensError } from '../errors';
import { Tensor } from '../onnx/tensor-codec';
import { NPY_HEAD_BYTES, checkNpyHead, encodeNpy, parseNpy } from './npy';
import { listZip, readZipEntry, ZipEntry } from './zip-archive';
import { readFileBytes, writeFileAtomic } from './file-bytes';

/** NumPy's .npz: a zip archive of `name.npy` entries, stored (np.savez) or deflated (np.savez_compressed). */

export interface NpzReadOptions {
  /** Cap on the total uncompressed size of the entries, checked against their declared sizes before inflating. */
  maxBytes?: number;
}

export const DEFAULT_NPZ_LIMIT = 4 * 1024 ** 3;

/** Members of an .npz (one per array): more than this is not an activations file. */
const MAX_MEMBERS = 100_000;

/**
 * `file` names the source in errors. Keys are the entry names without `.npy`. Before anything is inflated, every
 * member is checked (names inside the archive, sizes that deflate can produce, the total against `maxBytes`); each
 * member's .npy header is checked against its declared size before the rest of it is inflated.
 */
export function parseNpz(bytes: Uint8Array, file: string, opts: NpzReadOptions = {}): Map<string, Tensor> {
  const limit = opts.maxBytes ?? DEFAULT_NPZ_LIMIT;
  const isZip = bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK"
  if (!isZip) throw badInput(file, 'not an .npz file (not a zip archive)');
  const corrupt = (err: unknown): never => {
    if (err instanceof QuantLensError) throw err;
    throw badInput(file, `not a valid .npz (zip) archive: ${errorMessage(err)}`, { cause: err });
  };
  let entries: ZipEntry[] = [];
  try {
    entries = listZip(bytes, MAX_MEMBERS, (n) => {
      throw badInput(file, `the archive has ${n} members, more than the ${MAX_MEMBERS} an .npz of activations holds`);
    }, true);
  } catch (err) {
    corrupt(err);
  }
  const members = entries.filter((e) => !e.name.endsWith('/'));
  let total = 0;
  for (const e of members) {
    if (!e.name.endsWith('.npy')) throw badInput(file, `entry '${e.name}' is not a .npy array`);
    if (e.method !== 0 && e.method !== 8) throw badInput(file, `entry '${e.name}' uses compression method ${e.method}; only stored and deflated entries are supported`);
    total += e.size;
    if (total > limit) {
      throw badInput(file, `entries declare at least ${total} bytes uncompressed, more than the limit of ${limit} (a zip bomb, or an archive too large to load whole)`);
    }
  }
  const out = new Map<string, Tensor>();
  for (const e of members) {
    let data: Uint8Array = new Uint8Array(0);
    try {
      data = readZipEntry(bytes, e, { headBytes: NPY_HEAD_BYTES, onHead: (head) => checkNpyHead(head, e.size, file, e.name) });
    } catch (err) {
      corrupt(err);
    }
    const key = e.name.slice(0, -'.npy'.length);
    out.set(key, { ...parseNpy(data, file, e.name), name: key });
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
