import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { badInput, errorMessage } from '../errors';
import { GraphMsg, ModelMsg, ModelProto, TensorMsg, num, StringStringEntry, ATTR } from './schema';
import { bitsPerElement, dtypeFromCode } from './dtype';
import { readFileBytes } from '../io/file-bytes';

/** A model read from disk: the decoded message, where it came from, and the bytes it was decoded from. */
export interface LoadedModel {
  file: string;
  model: ModelMsg;
  /** true when some tensor's data came from an external file (now inlined into raw_data). */
  hadExternalData: boolean;
  /** sha256 of the model file and its external data: the cache key of everything derived from the model. */
  contentHash: string;
}

/** Every tensor of the model, subgraphs included: initializers and tensors held by attributes. */
export function* allTensors(graph: GraphMsg): Generator<TensorMsg> {
  for (const t of graph.initializer) yield t;
  for (const n of graph.node) {
    for (const a of n.attribute) {
      if (a.t && a.type === ATTR.TENSOR) yield a.t;
      for (const t of a.tensors ?? []) yield t;
      if (a.g && a.type === ATTR.GRAPH) yield* allTensors(a.g);
      for (const g of a.graphs ?? []) yield* allTensors(g);
    }
  }
}

/** Decode model bytes; `file` names the source in errors. */
export function decodeModel(bytes: Uint8Array, file: string): ModelMsg {
  if (bytes.length === 0) throw badInput(file, 'the file is empty, not an ONNX model');
  let model: ModelMsg;
  try {
    model = ModelProto.decode(bytes) as unknown as ModelMsg;
  } catch (err) {
    const msg = errorMessage(err);
    const why = /index out of range/.test(msg) ? 'the file is truncated or not an ONNX model' : 'not an ONNX model (protobuf decoding failed)';
    throw badInput(file, `${why}: ${msg}`);
  }
  // Any byte string decodes as *some* protobuf; a model must at least say its IR version, opsets and graph.
  if (!model.graph || num(model.ir_version) <= 0 || model.opset_import.length === 0) {
    const missing = [!model.graph && 'graph', num(model.ir_version) <= 0 && 'ir_version', model.opset_import.length === 0 && 'opset_import'].filter(Boolean);
    throw badInput(file, `not an ONNX model: no ${missing.join(', ')} (a foreign protobuf or another file type)`);
  }
  for (const t of allTensors(model.graph)) {
    if (dtypeFromCode(t.data_type) === undefined) throw badInput(file, `tensor '${t.name}' has unknown data_type ${t.data_type}`);
  }
  return model;
}

/** Read an ONNX model, loading external data from files next to it (never from outside its folder). */
export function readModel(file: string): LoadedModel {
  const abs = path.resolve(file);
  const bytes = readFileBytes(file);
  const model = decodeModel(bytes, file);
  const hash = createHash('sha256').update(bytes);
  const hadExternalData = loadExternalData(model, path.dirname(abs), file, (chunk) => hash.update(chunk));
  return { file: abs, model, hadExternalData, contentHash: hash.digest('hex') };
}

function entry(entries: StringStringEntry[], key: string): string | undefined {
  return entries.find((e) => e.key === key)?.value;
}

/** Resolve an external data location inside `dir`, refusing absolute paths and anything that leaves the folder. */
export function resolveExternalLocation(dir: string, location: string, file: string, tensor: string): string {
  if (!location) throw badInput(file, `tensor '${tensor}' has external data without a location`);
  if (path.isAbsolute(location) || /^[a-zA-Z]:/.test(location)) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' is absolute; it must be a path inside the model's folder`);
  }
  const target = path.resolve(dir, location);
  const rel = path.relative(dir, target);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' escapes the model's folder`);
  }
  let real: string;
  try {
    real = fs.realpathSync(target);
  } catch {
    throw badInput(file, `tensor '${tensor}': external data file '${location}' is missing`);
  }
  const realRel = path.relative(fs.realpathSync(dir), real);
  if (realRel.startsWith('..') || path.isAbsolute(realRel)) {
    throw badInput(file, `tensor '${tensor}': external data location '${location}' is a link that leaves the model's folder`);
  }
  return real;
}

function loadExternalData(model: ModelMsg, dir: string, file: string, onChunk: (b: Uint8Array) => void): boolean {
  let any = false;
  const handles = new Map<string, number>();
  try {
    for (const t of allTensors(model.graph!)) {
      if (t.data_location !== 1) continue;
      any = true;
      const location = entry(t.external_data, 'location') ?? '';
      const real = resolveExternalLocation(dir, location, file, t.name);
      const offset = Number(entry(t.external_data, 'offset') ?? 0);
      const dtype = dtypeFromCode(t.data_type)!;
      const count = t.dims.map(num).reduce((a, b) => a * b, 1);
      const expected = Math.ceil((count * bitsPerElement(dtype)) / 8);
      const length = entry(t.external_data, 'length') !== undefined ? Number(entry(t.external_data, 'length')) : expected;
      if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
        throw badInput(file, `tensor '${t.name}': bad external data offset/length (${offset}, ${length})`);
      }
      if (length !== expected) throw badInput(file, `tensor '${t.name}': external data length ${length} does not fit dims (${expected} bytes)`);
      let fd = handles.get(real);
      if (fd === undefined) {
        fd = fs.openSync(real, 'r');
        handles.set(real, fd);
      }
      const size = fs.fstatSync(fd).size;
      if (offset + length > size) {
        throw badInput(file, `tensor '${t.name}': external data '${location}' is truncated (needs bytes ${offset}..${offset + length}, file has ${size})`);
      }
      const buf = Buffer.alloc(length);
      fs.readSync(fd, buf, 0, length, offset);
      onChunk(buf);
      t.raw_data = buf;
      t.data_location = 0;
      t.external_data = [];
    }
  } finally {
    for (const fd of handles.values()) fs.closeSync(fd);
  }
  return any;
}

export interface WriteOptions {
  /** Move tensors of at least `threshold` bytes into one file named `location`, next to the model. */
  externalData?: { location: string; threshold?: number };
}

/**
 * Write a model atomically: to a temporary file next to the target, then renamed over it, so a failure never leaves
 * a half-written model. Refuses to write over `protect` (the user's original).
 */
export function writeModel(model: ModelMsg, file: string, opts: WriteOptions = {}, protect?: string): void {
  const abs = path.resolve(file);
  if (protect && fs.existsSync(abs) && fs.realpathSync(abs) === fs.realpathSync(protect)) {
    throw badInput(file, 'refusing to write over the original model; choose another output path');
  }
  const dir = path.dirname(abs);
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.tmp`);
  const moved: Array<{ t: TensorMsg; raw: Uint8Array }> = [];
  let extTmp: string | undefined;
  let extFinal: string | undefined;
  try {
    if (opts.externalData) {
      const threshold = opts.externalData.threshold ?? 1024;
      extFinal = resolveInside(dir, opts.externalData.location, file);
      extTmp = `${extFinal}.${process.pid}.tmp`;
      const fd = fs.openSync(extTmp, 'w');
      let offset = 0;
      try {
        for (const t of allTensors(model.graph!)) {
          if (!t.raw_data || t.raw_data.length < threshold) continue;
          fs.writeSync(fd, t.raw_data, 0, t.raw_data.length, offset);
          moved.push({ t, raw: t.raw_data });
          t.external_data = [
            { key: 'location', value: opts.externalData.location },
            { key: 'offset', value: String(offset) },
            { key: 'length', value: String(t.raw_data.length) },
          ];
          t.data_location = 1;
          offset += t.raw_data.length;
          t.raw_data = new Uint8Array(0);
        }
      } finally {
        fs.closeSync(fd);
      }
    }
    fs.writeFileSync(tmp, ModelProto.encode(model as never).finish());
    if (extTmp && extFinal) fs.renameSync(extTmp, extFinal);
    fs.renameSync(tmp, abs);
  } catch (err) {
    for (const f of [tmp, extTmp]) if (f && fs.existsSync(f)) fs.rmSync(f);
    if (err instanceof Error && err.name === 'QuantLensError') throw err;
    throw badInput(file, `cannot write: ${errorMessage(err)}`);
  } finally {
    // The in-memory model stays self-contained whatever was written.
    for (const { t, raw } of moved) {
      t.raw_data = raw;
      t.data_location = 0;
      t.external_data = [];
    }
  }
}

function resolveInside(dir: string, location: string, file: string): string {
  const target = path.resolve(dir, location);
  const rel = path.relative(dir, target);
  if (path.isAbsolute(location) || rel.startsWith('..')) throw badInput(file, `external data location '${location}' must stay inside the model's folder`);
  return target;
}

export function encodeModel(model: ModelMsg): Uint8Array {
  return ModelProto.encode(model as never).finish();
}
