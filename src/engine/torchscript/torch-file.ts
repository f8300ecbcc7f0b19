import { unzipSync } from 'fflate';
import { readFileBytes } from '../io/file-bytes';
import { badInput, errorMessage, QuantLensError } from '../errors';

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
  let count = 0;
  let total = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (f) => {
        if (++count > limits.maxEntries) throw badInput(file, `the zip archive has more than ${limits.maxEntries} entries; refused`);
        if (!WANTED.test(f.name)) return false;
        const cap = /\.pkl$/.test(f.name) ? limits.maxPickleBytes : limits.maxTotalBytes;
        if (f.originalSize > cap) throw badInput(file, `entry '${f.name}' declares ${size(f.originalSize)} uncompressed (limit ${size(cap)}); refused without inflating it`);
        total += f.originalSize;
        if (total > limits.maxTotalBytes) throw badInput(file, `the entries to read declare more than ${size(limits.maxTotalBytes)} uncompressed; refused without inflating them`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof QuantLensError) throw err;
    throw badInput(file, `a damaged or truncated zip archive (${errorMessage(err)})`);
  }
  const dataPkl = Object.keys(raw).find((name) => /(^|\/)data\.pkl$/.test(name) && WANTED.exec(name)?.[2] === 'data.pkl');
  if (dataPkl === undefined) {
    throw badInput(file, `a zip archive without data.pkl: not a TorchScript or torch.save file (${count} entries)`);
  }
  const prefix = WANTED.exec(dataPkl)?.[1] ?? '';
  const entries = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(raw)) {
    const m = WANTED.exec(name);
    if (m && (m[1] ?? '') === prefix) entries.set(m[2], data);
  }
  return { kind: 'zip', prefix, entries, entryCount: count };
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
