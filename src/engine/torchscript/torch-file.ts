import { readFileBytes } from '../io/file-bytes';
import { listZip, readZipEntry, ZipEntry } from '../io/zip-archive';
import { badInput, errorMessage, QuantLensError } from '../errors';
import type { TorchStorage } from './pickle-values';

/** Caps that keep a hostile or broken file from exhausting memory or the stack. */
export interface InspectLimits {
  /** Entries in the zip's central directory (TorchScript files hold a few per tensor). */
  maxEntries: number;
  /** Declared uncompressed bytes of the entries read (pickles, code, version), summed, checked before inflating. */
  maxTotalBytes: number;
  /** Bytes of any one pickle. */
  maxPickleBytes: number;
  /** Nesting depth of pickled containers and of the module tree. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: InspectLimits = {
  maxEntries: 200_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxPickleBytes: 64 * 1024 * 1024,
  maxDepth: 256,
};

/** What a PyTorch file holds before any pickle is read. */
export type TorchFile =
  | {
      kind: 'zip';
      /** The archive's folder name (`mnv2_int8_ts`, `archive`). */
      prefix: string;
      /** The entries QuantLens reads, by path inside `prefix`: data.pkl, constants.pkl, version, code/**.py. */
      entries: Map<string, Uint8Array>;
      entryCount: number;
      /** Every record under `prefix` with its declared size (tensor storages are checked against what pickles name). */
      sizes: Map<string, number>;
    }
  | { kind: 'pickle'; bytes: Uint8Array };

// Tensor storages (data/, constants/) and debug info are never inflated: only names and sizes are needed.
const WANTED = /^(?:([^/]+)\/)?(data\.pkl|constants\.pkl|version|\.data\/version|code\/.+\.py)$/;

function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));
}

function size(n: number): string {
  return n < 1024 * 1024 ? `${n} bytes` : `${Math.round(n / 1024 / 1024)} MiB`;
}

function readZip(file: string, bytes: Uint8Array, limits: InspectLimits): TorchFile {
  const damaged = (err: unknown): never => {
    if (err instanceof QuantLensError) throw err;
    throw badInput(file, `a damaged or truncated zip archive (${errorMessage(err)})`, { cause: err });
  };
  let all: ZipEntry[] = [];
  try {
    all = listZip(bytes, limits.maxEntries, () => {
      throw badInput(file, `the zip archive has more than ${limits.maxEntries} entries; refused`);
    });
  } catch (err) {
    damaged(err);
  }
  const wanted = all.filter((e) => WANTED.test(e.name));
  let total = 0;
  for (const e of wanted) {
    const cap = /\.pkl$/.test(e.name) ? limits.maxPickleBytes : limits.maxTotalBytes;
    if (e.size > cap) throw badInput(file, `entry '${e.name}' declares ${size(e.size)} uncompressed (limit ${size(cap)}); refused without inflating it`);
    total += e.size;
    if (total > limits.maxTotalBytes) throw badInput(file, `the entries to read declare more than ${size(limits.maxTotalBytes)} uncompressed; refused without inflating them`);
  }
  const dataPkl = wanted.find((e) => WANTED.exec(e.name)?.[2] === 'data.pkl');
  if (dataPkl === undefined) {
    throw badInput(file, `a zip archive without data.pkl: not a TorchScript or torch.save file (${all.length} entries)`);
  }
  const prefix = WANTED.exec(dataPkl.name)?.[1] ?? '';
  const entries = new Map<string, Uint8Array>();
  const sizes = new Map<string, number>();
  const inside = prefix ? `${prefix}/` : '';
  for (const e of all) if (e.name.startsWith(inside)) sizes.set(e.name.slice(inside.length), e.size);
  for (const e of wanted) {
    const m = WANTED.exec(e.name);
    if (!m || (m[1] ?? '') !== prefix) continue;
    try {
      entries.set(m[2], readZipEntry(bytes, e));
    } catch (err) {
      damaged(err);
    }
  }
  return { kind: 'zip', prefix, entries, entryCount: all.length, sizes };
}

const STORAGE_BYTES: Record<string, number> = {
  float32: 4, float64: 8, float16: 2, bfloat16: 2, int64: 8, int32: 4, int16: 2, int8: 1, uint8: 1, bool: 1,
  qint8: 1, quint8: 1, qint32: 4, complex64: 8, complex128: 16,
};

/**
 * Every tensor storage a pickle names must be a record of the archive, at least as large as its elements need: a
 * file missing one (cut short, or assembled by hand) is refused, not reported as if it held the tensor. `pickle`
 * is the pickle's name (`data.pkl`); its storages live in `folders` (`data/`, or `constants/` and `.data/`).
 */
export function checkStorages(tf: Extract<TorchFile, { kind: 'zip' }>, storages: readonly TorchStorage[], pickle: string, folders: string[], file: string): void {
  const at = (name: string) => (tf.prefix ? `${tf.prefix}/${name}` : name);
  for (const s of storages) {
    const record = folders.map((f) => `${f}${s.key}`).find((n) => tf.sizes.has(n));
    if (record === undefined) {
      throw badInput(file, `${at(pickle)} names tensor storage '${s.key}', but the archive has no record ${at(`${folders[0]}${s.key}`)}: the file is incomplete or damaged`);
    }
    const need = s.numel * (STORAGE_BYTES[s.dtype] ?? 0);
    const have = tf.sizes.get(record)!;
    if (have < need) throw badInput(file, `storage record ${at(record)} holds ${have} bytes, but ${at(pickle)} says it has ${s.numel} ${s.dtype} elements (${need} bytes)`);
  }
}

/** Read a `.pt`/`.pth`/`.ptl` file: a zip archive (TorchScript or torch.save), or a legacy pickle; refuse the rest. */
export function readTorchFile(file: string, limits: InspectLimits): TorchFile {
  const bytes = readFileBytes(file);
  if (bytes.length === 0) throw badInput(file, 'the file is empty');
  if (isZip(bytes)) return readZip(file, bytes, limits);
  // Pickle protocol 2+ opens with PROTO (0x80); torch.save's legacy format is a run of such pickles.
  if (bytes[0] === 0x80 && bytes.length > 1 && bytes[1] >= 2 && bytes[1] <= 5) return { kind: 'pickle', bytes };
  throw badInput(file, 'not a PyTorch file: neither a zip archive (TorchScript or torch.save) nor a pickle (legacy torch.save)');
}
