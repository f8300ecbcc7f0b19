import * as fs from 'fs';
import * as path from 'path';
import { badInput } from '../errors';
import { bitsPerElement, dtypeFromCode } from './dtype';
import { ATTR, GraphMsg, ModelMsg, StringStringEntry, TensorMsg, num } from './schema';
import { setExternalReader } from './tensor-codec';

/**
 * External data: tensors whose bytes live in files beside the model (every model over 2 GB ships this way).
 *
 * Reading a model checks every location (inside the model's folder, a regular file, long enough) and hashes the data,
 * but keeps large tensors where they are: their location becomes the file's absolute path in memory, and their bytes
 * are read when something decodes the tensor. So a 1 GB model costs this process kilobytes, not a gigabyte. Encoding
 * such a model for the runtime turns the locations back into paths relative to one folder and remembers that folder
 * for the bytes, and the engine tells the runtime where to look (it would otherwise look in the working directory).
 */

/** External tensors up to this size are read into memory at once (quantization parameters, shapes). */
export const INLINE_LIMIT = 1024 * 1024;

/** Files a model read here resolved and checked: only these are read through an absolute location. */
const checkedFiles = new Set<string>();
/** Bytes encoded from a model with data in external files -> the folder those files are in. */
const dataDirs = new WeakMap<Uint8Array, string>();

/** Every tensor of a graph, subgraphs included: initializers and tensors held by attributes. */
export function* graphTensors(graph: GraphMsg): Generator<TensorMsg> {
  for (const t of graph.initializer) yield t;
  for (const n of graph.node) {
    for (const a of n.attribute) {
      if (a.t && a.type === ATTR.TENSOR) yield a.t;
      for (const t of a.tensors ?? []) yield t;
      if (a.g && a.type === ATTR.GRAPH) yield* graphTensors(a.g);
      for (const g of a.graphs ?? []) yield* graphTensors(g);
    }
  }
}

export function entry(entries: StringStringEntry[], key: string): string | undefined {
  return entries.find((e) => e.key === key)?.value;
}

function setEntry(t: TensorMsg, key: string, value: string): void {
  const e = t.external_data.find((x) => x.key === key);
  if (e) e.value = value;
  else t.external_data.push({ key, value });
}

/** Resolve an external data location inside `dir`, refusing absolute paths, folders and anything that leaves it. */
export function resolveExternalLocation(dir: string, location: string, file: string, tensor: string): string {
  if (!location) throw badInput(file, `tensor '${tensor}' has external data without a location`, { tensor });
  if (location.includes('\0')) throw badInput(file, `tensor '${tensor}': external data location contains a NUL byte`, { tensor });
  if (path.isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith('\\')) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' is absolute; it must be a path inside the model's folder`, { tensor });
  }
  const target = path.resolve(dir, location);
  const rel = path.relative(dir, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' escapes the model's folder`, { tensor });
  }
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    throw badInput(file, `tensor '${tensor}': external data file '${location}' is missing`, { tensor });
  }
  const realRel = path.relative(fs.realpathSync(dir), real);
  if (realRel === '' || realRel.startsWith('..') || path.isAbsolute(realRel)) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' is a link that leaves the model's folder`, { tensor });
  }
  if (!fs.statSync(real).isFile()) throw badInput(file, `tensor '${tensor}': external data location '${location}' is not a regular file`, { tensor });
  return real;
}

export interface ExternalRef {
  file: string;
  offset: number;
  length: number;
}

/** Where an external tensor's bytes are (file, offset, length), checked against its dims and the file's size. */
export function externalRef(t: TensorMsg, dir: string, file: string, sizes: Map<string, number>): ExternalRef {
  const location = entry(t.external_data, 'location') ?? '';
  const real = resolveExternalLocation(dir, location, file, t.name);
  const dtype = dtypeFromCode(t.data_type);
  if (!dtype || dtype === 'string') throw badInput(file, `tensor '${t.name}' keeps ${dtype ?? `data_type ${t.data_type}`} data in an external file, which ONNX does not allow`, { tensor: t.name });
  const count = t.dims.reduce<number>((a, d) => a * num(d), 1);
  const expected = Math.ceil((count * bitsPerElement(dtype)) / 8);
  const offsetText = entry(t.external_data, 'offset');
  const lengthText = entry(t.external_data, 'length');
  const offset = offsetText === undefined ? 0 : Number(offsetText);
  const length = lengthText === undefined ? expected : Number(lengthText);
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw badInput(file, `tensor '${t.name}': bad external data offset/length (${offsetText ?? 0}, ${lengthText ?? expected})`, { tensor: t.name });
  }
  if (length !== expected) throw badInput(file, `tensor '${t.name}': external data length ${length} does not fit its dims [${t.dims.map(num)}] (${expected} bytes)`, { tensor: t.name });
  let size = sizes.get(real);
  if (size === undefined) {
    size = fs.statSync(real).size;
    sizes.set(real, size);
  }
  if (offset + length > size) {
    throw badInput(file, `tensor '${t.name}': external data '${location}' is truncated (needs bytes ${offset}..${offset + length}, the file has ${size})`, { tensor: t.name });
  }
  return { file: real, offset, length };
}

/** Read `length` bytes at `offset`, in chunks, handing each to `onChunk` (hashing a gigabyte without holding it). */
export function streamBytes(ref: ExternalRef, onChunk: (b: Uint8Array) => void, chunk = 16 * 1024 * 1024): void {
  const fd = fs.openSync(ref.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(Math.min(chunk, Math.max(ref.length, 1)));
    for (let done = 0; done < ref.length;) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, ref.length - done), ref.offset + done);
      if (n <= 0) throw new Error(`${ref.file} ended early`);
      onChunk(buf.subarray(0, n));
      done += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function readBytes(ref: ExternalRef): Uint8Array {
  const out = Buffer.alloc(ref.length);
  let at = 0;
  streamBytes(ref, (b) => {
    out.set(b, at);
    at += b.length;
  });
  return out;
}

/**
 * Load or link every external tensor of a model read from `file` (whose folder is `dir`): small ones are read into
 * raw_data, large ones keep their data on disk under an absolute location (read on demand). `onChunk` sees every
 * byte of external data, in order, for the model's content hash. Returns whether the model had any.
 */
export function loadExternalData(model: ModelMsg, dir: string, file: string, onChunk: (b: Uint8Array) => void): boolean {
  let any = false;
  const sizes = new Map<string, number>();
  for (const t of graphTensors(model.graph!)) {
    if (t.data_location !== 1) continue;
    any = true;
    const ref = externalRef(t, dir, file, sizes);
    if (ref.length <= INLINE_LIMIT) {
      const bytes = readBytes(ref);
      onChunk(bytes);
      t.raw_data = bytes;
      t.data_location = 0;
      t.external_data = [];
      continue;
    }
    streamBytes(ref, onChunk);
    checkedFiles.add(ref.file);
    t.raw_data = new Uint8Array(0);
    setEntry(t, 'location', ref.file);
    setEntry(t, 'offset', String(ref.offset));
    setEntry(t, 'length', String(ref.length));
  }
  return any;
}

/** A tensor whose data stayed in a checked file (see loadExternalData): where it is, or null. */
export function linkedRef(t: TensorMsg): ExternalRef | null {
  if (t.data_location !== 1) return null;
  const location = entry(t.external_data, 'location');
  if (!location || !path.isAbsolute(location) || !checkedFiles.has(location)) return null;
  return { file: location, offset: Number(entry(t.external_data, 'offset') ?? 0), length: Number(entry(t.external_data, 'length') ?? 0) };
}

// Decoding a linked tensor reads its bytes from the checked file; nothing else is read through a location.
setExternalReader((t) => {
  const ref = linkedRef(t);
  return ref ? readBytes(ref) : undefined;
});

/** The deepest folder that holds every file. */
function commonFolder(files: string[]): string {
  let dir = path.dirname(files[0]);
  for (const f of files) {
    while (path.relative(dir, f).startsWith('..')) dir = path.dirname(dir);
  }
  return dir;
}

/**
 * Encode a model, turning linked tensors' locations into paths relative to one folder for the runtime, and remember
 * that folder for the bytes (`externalDataDirOf`). The in-memory model is left as it was.
 */
export function encodeWithExternalData(model: ModelMsg, encode: (m: ModelMsg) => Uint8Array): Uint8Array {
  const linked = [...graphTensors(model.graph ?? { node: [], initializer: [] } as unknown as GraphMsg)].filter((t) => linkedRef(t));
  if (linked.length === 0) return encode(model);
  const dir = commonFolder(linked.map((t) => linkedRef(t)!.file));
  const absolute = linked.map((t) => entry(t.external_data, 'location')!);
  linked.forEach((t, i) => setEntry(t, 'location', path.relative(dir, absolute[i])));
  try {
    const bytes = encode(model);
    dataDirs.set(bytes, dir);
    return bytes;
  } finally {
    linked.forEach((t, i) => setEntry(t, 'location', absolute[i]));
  }
}

/** The folder the external data of model bytes encoded here is in, or undefined for self-contained bytes. */
export function externalDataDirOf(bytes: Uint8Array): string | undefined {
  return dataDirs.get(bytes);
}

/** Copy a linked tensor's bytes into an open file at `position` (writing a model with external data, in chunks). */
export function copyLinked(ref: ExternalRef, fd: number, position: number): void {
  let at = position;
  streamBytes(ref, (b) => {
    fs.writeSync(fd, b, 0, b.length, at);
    at += b.length;
  });
}
