import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { badInput, errorMessage } from '../errors';
import { ModelMsg, ModelProto, TensorMsg, num, StringStringEntry } from './schema';
import { dtypeFromCode } from './dtype';
import { readFileBytes } from '../io/file-bytes';
import { validateModel } from '../validate/validate-model';
import { INLINE_LIMIT, copyLinked, encodeWithExternalData, graphTensors, linkedRef, loadExternalData } from './external-data';

/** A model read from disk: the decoded message, where it came from, and the bytes it was decoded from. */
export interface LoadedModel {
  file: string;
  model: ModelMsg;
  /** true when some tensor's data came from an external file (small ones are now in raw_data, large ones linked). */
  hadExternalData: boolean;
  /** sha256 of the model file and its external data: the cache key of everything derived from the model. */
  contentHash: string;
}

/** Every tensor of the model, subgraphs included: initializers and tensors held by attributes. */
export const allTensors = graphTensors;

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

export interface ReadOptions {
  /**
   * Skip the validation: for models the runtime itself wrote (the compiled graphs in the cache), whose contrib ops and
   * layouts are the runtime's own. Every model a user gives is validated.
   */
  trusted?: boolean;
}

/**
 * Read an ONNX model: decode it, check its external data (next to it, never outside its folder; large tensors stay on
 * disk until decoded), and validate it (src/engine/validate/) so the runtime only ever sees a well-formed model.
 */
export function readModel(file: string, opts: ReadOptions = {}): LoadedModel {
  const abs = path.resolve(file);
  const bytes = readFileBytes(file);
  const model = decodeModel(bytes, file);
  const hash = createHash('sha256').update(bytes);
  const hadExternalData = loadExternalData(model, path.dirname(abs), file, (chunk) => hash.update(chunk));
  if (!opts.trusted) validateModel(model, file);
  return { file: abs, model, hadExternalData, contentHash: hash.digest('hex') };
}

export { resolveExternalLocation } from './external-data';

export interface WriteOptions {
  /**
   * Move tensors of at least `threshold` bytes into one file named `location`, next to the model. A model whose
   * tensors still keep their data in the files it was read from always writes them to `<model file>.data`.
   */
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
  const tensors = [...allTensors(model.graph!)];
  const external = opts.externalData ?? (tensors.some((t) => linkedRef(t)) ? { location: `${path.basename(abs)}.data`, threshold: INLINE_LIMIT + 1 } : undefined);
  const moved: Array<{ t: TensorMsg; raw: Uint8Array; location: number; externalData: StringStringEntry[] }> = [];
  let extTmp: string | undefined;
  let extFinal: string | undefined;
  try {
    if (external) {
      const threshold = external.threshold ?? 1024;
      extFinal = resolveInside(dir, external.location, file);
      extTmp = `${extFinal}.${process.pid}.tmp`;
      const fd = fs.openSync(extTmp, 'w');
      let offset = 0;
      try {
        for (const t of tensors) {
          const linked = linkedRef(t);
          const length = linked ? linked.length : t.raw_data?.length ?? 0;
          if (!linked && length < threshold) continue;
          moved.push({ t, raw: t.raw_data, location: t.data_location, externalData: t.external_data });
          // Linked data is copied in chunks from the file it was read from: never held in memory whole.
          if (linked) copyLinked(linked, fd, offset);
          else fs.writeSync(fd, t.raw_data, 0, length, offset);
          t.external_data = [
            { key: 'location', value: external.location },
            { key: 'offset', value: String(offset) },
            { key: 'length', value: String(length) },
          ];
          t.data_location = 1;
          t.raw_data = new Uint8Array(0);
          // Page-aligned offsets let the runtime map the data instead of copying it.
          offset += Math.ceil(length / 4096) * 4096;
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
    throw badInput(file, `cannot write: ${errorMessage(err)}`, { cause: err });
  } finally {
    // The in-memory model stays as it was whatever was written.
    for (const m of moved) {
      m.t.raw_data = m.raw;
      m.t.data_location = m.location;
      m.t.external_data = m.externalData;
    }
  }
}

function resolveInside(dir: string, location: string, file: string): string {
  const target = path.resolve(dir, location);
  const rel = path.relative(dir, target);
  if (path.isAbsolute(location) || rel.startsWith('..')) throw badInput(file, `external data location '${location}' must stay inside the model's folder`);
  return target;
}

/** Serialize a model; bytes of a model with linked external data remember its folder (see external-data.ts). */
export function encodeModel(model: ModelMsg): Uint8Array {
  return encodeWithExternalData(model, (m) => ModelProto.encode(m as never).finish());
}
