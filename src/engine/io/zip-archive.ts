import { Inflate } from 'fflate';

/**
 * Reading zip archives (.npz, PyTorch's .pt) without trusting them. The central directory is read first and every
 * entry checked before anything is inflated: a name that could leave a folder (`..`, absolute, drive letters), data
 * that lies outside the file, local and central sizes that disagree, a compression ratio deflate cannot produce (a
 * member that lies about its size). Inflating is streamed in small steps into a buffer of the declared size and
 * stops the moment the output would pass it, and a caller can check the first bytes (a header) before the rest is
 * inflated. So a zip bomb costs milliseconds, not gigabytes.
 */

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (others are listed but cannot be read). */
  method: number;
  compressedSize: number;
  /** The uncompressed size the archive declares. */
  size: number;
  /** Where the entry's data starts in the archive's bytes. */
  dataStart: number;
  /**
   * What is wrong with the entry's sizes or data (they lie, or lie outside the file), raised when the entry is read:
   * callers check declared sizes against their limits first, which says more.
   */
  problem: string | null;
}

/** Deflate cannot compress better than about 1032:1; a larger ratio means the declared size is a lie. */
const MAX_DEFLATE_RATIO = 1032;
/** Compressed bytes pushed per inflate step: the output can pass a declared size by at most ~1032x this. */
const STEP = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

function u64(b: Uint8Array, at: number): number {
  const v = u32(b, at) + u32(b, at + 4) * 0x100000000;
  if (!Number.isSafeInteger(v)) throw new ZipError('a zip64 size or offset beyond 2^53');
  return v;
}

function need(b: Uint8Array, at: number, n: number, what: string): void {
  if (at < 0 || at + n > b.length) throw new ZipError(`${what} lies outside the file (truncated?)`);
}

/** The end-of-central-directory record: where the directory is and how many entries it has. */
function directory(b: Uint8Array): { count: number; offset: number; size: number } {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= lowest; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory record (truncated, or not a zip archive)');
  let count = u16(b, eocd + 10);
  let size = u32(b, eocd + 12);
  let offset = u32(b, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(b, locator) === 0x07064b50) {
    const z = u64(b, locator + 8);
    need(b, z, 56, 'the zip64 directory record');
    if (u32(b, z) !== 0x06064b50) throw new ZipError('a zip64 locator that points at no zip64 record');
    count = u64(b, z + 32);
    size = u64(b, z + 40);
    offset = u64(b, z + 48);
  }
  need(b, offset, size, 'the central directory');
  return { count, offset, size };
}

/** Zip64 extra field: the 64-bit values of the fields whose 32-bit slots hold 0xFFFFFFFF, in their fixed order. */
function zip64(b: Uint8Array, extra: number, extraLen: number, fields: Array<{ value: number; set: (v: number) => void }>): void {
  for (let at = extra; at + 4 <= extra + extraLen;) {
    const id = u16(b, at);
    const len = u16(b, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      for (const f of fields) {
        if (f.value !== 0xffffffff) continue;
        if (p + 8 > at + 4 + len) throw new ZipError('a zip64 extra field too short for its sizes');
        f.set(u64(b, p));
        p += 8;
      }
      return;
    }
    at += 4 + len;
  }
}

/**
 * A member name that stays inside a folder: no `..` segment, no NUL, no drive letter or backslash root, and relative
 * unless `allowRooted` (see listZip).
 */
export function safeMemberName(name: string, allowRooted = false): boolean {
  if (!name || name.includes('\0') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return false;
  if (name.startsWith('/') && !allowRooted) return false;
  return !name.split(/[/\\]/).includes('..');
}

/**
 * List and check every entry. `maxEntries` is checked from the directory's count before the entries are read.
 * `allowRooted` accepts names that start with `/` (never with `..`): an .npz keys its arrays by member name, and
 * `np.savez(**{'/conv/Relu_output_0': a})` writes exactly that, since ONNX tensor names start with `/`; such a name
 * is only ever a key here, never a path.
 */
export function listZip(b: Uint8Array, maxEntries: number, onTooMany: (count: number) => never, allowRooted = false): ZipEntry[] {
  const dir = directory(b);
  if (dir.count > maxEntries) onTooMany(dir.count);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = dir.offset;
  const utf8 = new TextDecoder('utf-8');
  const latin1 = new TextDecoder('latin1');
  for (let i = 0; i < dir.count; i++) {
    need(b, at, 46, `central directory entry ${i}`);
    if (u32(b, at) !== 0x02014b50) throw new ZipError(`central directory entry ${i} has a bad signature`);
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    let local = u32(b, at + 42);
    need(b, at + 46, nameLen + extraLen + commentLen, `central directory entry ${i}`);
    const name = (flags & 0x800 ? utf8 : latin1).decode(b.subarray(at + 46, at + 46 + nameLen));
    zip64(b, at + 46 + nameLen, extraLen, [
      { value: size, set: (v) => (size = v) },
      { value: compressedSize, set: (v) => (compressedSize = v) },
      { value: local, set: (v) => (local = v) },
    ]);
    at += 46 + nameLen + extraLen + commentLen;
    if (!safeMemberName(name, allowRooted)) throw new ZipError(`member name '${name}' is absolute or leaves the archive's folder; refused`);
    if (names.has(name)) throw new ZipError(`member '${name}' appears twice`);
    names.add(name);
    if (flags & 1) throw new ZipError(`member '${name}' is encrypted`);
    let problem: string | null = null;
    let dataStart = 0;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) {
      problem = `the local header of '${name}' is missing or damaged`;
    } else {
      const localFlags = u16(b, local + 6);
      const localCompressed = u32(b, local + 18);
      const localSize = u32(b, local + 22);
      dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
      // Sizes in the local header too (no data descriptor, no zip64 marker) must agree with the directory.
      const localSized = !(localFlags & 8) && localCompressed !== 0xffffffff && localSize !== 0xffffffff;
      if (localSized && (localCompressed !== compressedSize || localSize !== size)) {
        problem = `member '${name}' declares ${size} bytes (${compressedSize} compressed) in the directory but ${localSize} (${localCompressed}) in its local header`;
      } else if (dataStart + compressedSize > b.length) {
        problem = `the data of '${name}' (${compressedSize} bytes) lies outside the file (truncated?)`;
      } else if (method === 0 && size !== compressedSize) {
        problem = `member '${name}' is stored but declares ${size} bytes in ${compressedSize}`;
      } else if (method === 8 && size > compressedSize * MAX_DEFLATE_RATIO + 1024) {
        problem = `member '${name}' declares ${size} bytes from ${compressedSize} compressed, more than deflate can produce: its sizes lie`;
      }
    }
    entries.push({ name, method, compressedSize, size, dataStart, problem });
  }
  return entries;
}

export interface InflateOptions {
  /** Called once with the first `headBytes` bytes (or all, if fewer), before the rest is inflated; may throw. */
  onHead?: (head: Uint8Array) => void;
  headBytes?: number;
}

/** The entry's bytes: exactly its declared size, or a ZipError the moment the data says otherwise. */
export function readZipEntry(b: Uint8Array, e: ZipEntry, opts: InflateOptions = {}): Uint8Array {
  if (e.problem) throw new ZipError(e.problem);
  const data = b.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const headBytes = opts.headBytes ?? 0;
  if (e.method === 0) {
    opts.onHead?.(data.subarray(0, Math.min(headBytes, data.length)));
    return data;
  }
  if (e.method !== 8) throw new ZipError(`member '${e.name}' uses compression method ${e.method}; only stored and deflated members are read`);
  // The output buffer (the declared size) is allocated only once the head has passed its check: a 3 GiB lie that
  // fails its header costs a few kilobytes of inflating, not a 3 GiB allocation.
  let out: Uint8Array | null = opts.onHead ? null : new Uint8Array(e.size);
  const head: Uint8Array[] = [];
  let at = 0;
  let over = false;
  let headDone = !opts.onHead;
  const inflater = new Inflate((chunk) => {
    if (over) return;
    if (at + chunk.length > e.size) {
      over = true;
      return;
    }
    if (out) out.set(chunk, at);
    else head.push(chunk.slice());
    at += chunk.length;
  });
  const finishHead = () => {
    headDone = true;
    const joined = new Uint8Array(at);
    let p = 0;
    for (const c of head) {
      joined.set(c, p);
      p += c.length;
    }
    opts.onHead!(joined.subarray(0, Math.min(at, headBytes)));
    out = new Uint8Array(e.size);
    out.set(joined);
  };
  try {
    // Small steps until the head is checked, then larger ones.
    for (let i = 0; i < data.length || i === 0;) {
      const step = headDone ? STEP : 1024;
      inflater.push(data.subarray(i, i + step), i + step >= data.length);
      i += step;
      if (over) break;
      if (!headDone && at >= headBytes) finishHead();
    }
  } catch (err) {
    if (!(err instanceof Error) || err.name === 'QuantLensError' || err instanceof ZipError) throw err;
    throw new ZipError(`member '${e.name}' holds invalid deflate data (${err.message})`);
  }
  if (over) throw new ZipError(`member '${e.name}' inflates to more than the ${e.size} bytes it declares`);
  if (!headDone) finishHead();
  if (at !== e.size) throw new ZipError(`member '${e.name}' declares ${e.size} bytes but inflates to ${at}`);
  return out!;
}
