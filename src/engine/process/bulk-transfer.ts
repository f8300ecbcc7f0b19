import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Large typed arrays between the engine process and its parent through one file instead of the IPC channel. The
 * channel's structured clone copies every array into a growing buffer, writes it in small pieces, joins them and
 * copies again on the other side: for the tensors a capture returns (1 GB per side at 512x512) that was half the
 * capture's wall time. A file (in memory under /dev/shm where it exists) costs one write and one read per array,
 * and each array is read into a buffer of its own, so keeping one tensor keeps no other alive.
 */

/** Arrays smaller than this go by the channel as before (scales, zero points, small tensors). */
const MIN_ARRAY_BYTES = 64 * 1024;
/** A message whose large arrays add up to less than this goes by the channel whole. */
const MIN_TOTAL_BYTES = 1 << 20;

const MARK = '__quantlensBulk';

interface Placeholder {
  [MARK]: [offset: number, bytes: number, type: string];
}

type Typed = Exclude<ArrayBufferView, DataView>;
type TypedCtor = new (length: number) => Typed;

const CTORS: Record<string, TypedCtor> = {
  Float32Array, Float64Array, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  BigInt64Array: BigInt64Array as unknown as TypedCtor, BigUint64Array: BigUint64Array as unknown as TypedCtor,
};

function isBulk(v: unknown): v is Typed {
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && v.byteLength >= MIN_ARRAY_BYTES && v.constructor.name in CTORS;
}

/** Where the files may go, in order: memory-backed where the system has it, then the temporary folder. */
export const BULK_DIRS: readonly string[] = ['/dev/shm', os.tmpdir()];

/**
 * The first folder with room for `bytes` twice over (both engine processes may write at once); null when none has:
 * a container's /dev/shm is often 64 MiB, less than one capture of a large input.
 */
function bulkDir(bytes: number, dirs: readonly string[]): string | null {
  for (const dir of dirs) {
    try {
      const s = fs.statfsSync(dir);
      if (s.bavail * s.bsize > 2 * bytes) return dir;
    } catch {
      // No such folder, or not one this process may read: the next.
    }
  }
  return null;
}

/** The large arrays in a message (plain objects and arrays only, as the protocol's messages are). */
function collect(v: unknown, out: Typed[]): void {
  if (isBulk(v)) out.push(v);
  else if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) for (const x of Object.values(v)) collect(x, out);
}

function replace(v: unknown, at: Map<Typed, Placeholder>): unknown {
  if (isBulk(v)) return at.get(v);
  if (Array.isArray(v)) return v.map((x) => replace(x, at));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, at)]));
  return v;
}

/**
 * The message with its large arrays written to a file and replaced by placeholders, and the file's path; the message
 * itself and no file when its arrays are small, or when no folder has room or the file cannot be written (the
 * channel then carries it, slower). The receiver reads and deletes the file (`unpackBulk`).
 */
export function packBulk<T>(message: T, dirs: readonly string[] = BULK_DIRS): { message: T; file: string | null } {
  const arrays: Typed[] = [];
  collect(message, arrays);
  const unique = [...new Set(arrays)];
  const total = unique.reduce((a, t) => a + t.byteLength, 0);
  if (total < MIN_TOTAL_BYTES) return { message, file: null };
  const dir = bulkDir(total, dirs);
  if (!dir) return { message, file: null };
  const file = path.join(dir, `quantlens-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.bin`);
  const at = new Map<Typed, Placeholder>();
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'w', 0o600);
    let offset = 0;
    for (const t of unique) {
      fs.writeSync(fd, new Uint8Array(t.buffer, t.byteOffset, t.byteLength), 0, t.byteLength, offset);
      at.set(t, { [MARK]: [offset, t.byteLength, t.constructor.name] });
      offset += t.byteLength;
    }
    fs.closeSync(fd);
    fd = null;
  } catch {
    // Out of room after all (another process wrote meanwhile), or not writable: the channel carries the message.
    if (fd !== null) fs.closeSync(fd);
    removeQuietly(file);
    return { message, file: null };
  }
  return { message: replace(message, at) as T, file };
}

/** Deletes a half-written file; where there is none to delete (the folder was not one), nothing. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing was written there.
  }
}

function isPlaceholder(v: unknown): v is Placeholder {
  return !!v && typeof v === 'object' && MARK in v;
}

function restore(v: unknown, fd: number): unknown {
  if (isPlaceholder(v)) {
    const [offset, bytes, type] = v[MARK];
    const Ctor = CTORS[type];
    const t = new Ctor(bytes / (Ctor as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT);
    const view = new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
    for (let done = 0; done < bytes; ) {
      const n = fs.readSync(fd, view, done, bytes - done, offset + done);
      if (n <= 0) throw new Error(`bulk transfer file ended early (${done} of ${bytes} bytes at ${offset})`);
      done += n;
    }
    return t;
  }
  if (Array.isArray(v)) return v.map((x) => restore(x, fd));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restore(x, fd)]));
  return v;
}

/** The message with its arrays read back from `file` (which is then deleted); as it is when there is no file. */
export function unpackBulk<T>(message: T, file: string | null | undefined): T {
  if (!file) return message;
  const fd = fs.openSync(file, 'r');
  try {
    return restore(message, fd) as T;
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
}
