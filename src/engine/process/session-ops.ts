import * as ort from 'onnxruntime-node';
import * as fs from 'fs';
import * as path from 'path';
import { decodeModel, encodeModel } from '../onnx/model-file';
import { withExposedOutputs } from '../onnx/graph-outputs';
import { fromOrtTensor, toOrtTensor } from '../runtime/ort-tensor';
import type { CaptureParams, CaptureResult, CompileParams, CompileResult, ModelSource, ProvidersResult, RunParams, RunResult, SessionSpec, SessionsParams, SessionsResult, TypesParams, TypesResult } from './engine-protocol';
import { SessionCache } from './session-cache';
import type { Dim } from '../ir/ir-types';
import type { Tensor } from '../onnx/tensor-codec';
import { GraphBuilder } from '../builder/model-builder';
import { SegmentStream } from './segment-capture';
import { quantizeLike } from '../compare/normalize/quantize-like';
import { QuantLensError } from '../errors';

/** Runs in the engine process only: every call into the native runtime lives here. */

const sessions = new SessionCache();

/** A session's cache key; a model with external data is keyed like any other (its folder is in the source). */
function sessionKey(model: ModelSource, spec: SessionSpec, fetch: string[] | undefined): string {
  // Only worth hashing when sessions are kept: a single comparison skips it.
  return sessions.enabled ? sessions.key(model, spec, fetch) : '';
}

function sessionOptions(spec: SessionSpec, extra: Partial<ort.InferenceSession.SessionOptions> = {}): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [spec.provider],
    graphOptimizationLevel: spec.level,
    // Values must be strings; the runtime ignores keys it does not know (targets validate keys before this).
    extra: { ...spec.config },
    freeDimensionOverrides: spec.freeDims,
    intraOpNumThreads: spec.threads ?? 1,
    interOpNumThreads: 1,
    logSeverityLevel: 3,
    ...extra,
  };
}

/** An error of the runtime, marked with the phase it came from (the parent classifies load and run failures apart). */
function inPhase(err: unknown, phase: 'load' | 'run'): Error {
  const e = err instanceof Error ? err : new Error(String(err));
  if (e.name !== 'QuantLensError') (e as Error & { phase?: string }).phase = phase;
  return e;
}

async function loading<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw inPhase(err, 'load');
  }
}

async function running<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw inPhase(err, 'run');
  }
}

/**
 * A session for a model file or bytes. The runtime resolves the external data of a model loaded from bytes against
 * the process's working directory, so bytes name the folder their data is in (the model's own folder).
 */
async function createSession(model: ModelSource, options: ort.InferenceSession.SessionOptions): Promise<ort.InferenceSession> {
  return loading(() => {
    if ('path' in model) return ort.InferenceSession.create(model.path, options);
    if (!model.externalDataDir) return ort.InferenceSession.create(model.bytes, options);
    const extra = { ...(options.extra as Record<string, string> | undefined), 'session.model_external_initializers_file_folder_path': model.externalDataDir };
    return ort.InferenceSession.create(model.bytes, { ...options, extra });
  });
}

function metadataType(m: ort.InferenceSession.ValueMetadata): { dtype: string | null; shape: Dim[] | null } {
  if (!m.isTensor) return { dtype: null, shape: null };
  return { dtype: m.type ? normalizeType(m.type) : null, shape: m.shape ? m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : String(d))) : null };
}

function normalizeType(t: string): string {
  return t === 'float' ? 'float32' : t === 'double' ? 'float64' : t;
}

/** The model with `fetch` exposed as outputs, as bytes that still find their external data. */
function exposedSource(model: ModelSource, fetch: string[] | 'all'): ModelSource {
  if ('path' in model) return { bytes: withExposedOutputs(fs.readFileSync(model.path), fetch).bytes, externalDataDir: path.dirname(path.resolve(model.path)) };
  return { bytes: withExposedOutputs(model.bytes, fetch).bytes, externalDataDir: model.externalDataDir };
}

/**
 * Prepacking rearranges weights for the kernels of a session that will run; these sessions never run (the compile
 * keeps the saved graph, the exposure only its types), and the saved graph is the same without it (checked: same
 * bytes). A target's own config still wins.
 */
function withoutPrepacking(spec: SessionSpec): SessionSpec {
  return { ...spec, config: { 'session.disable_prepacking': '1', ...spec.config } };
}

export async function compile(p: CompileParams): Promise<CompileResult> {
  const t0 = performance.now();
  const save: Partial<ort.InferenceSession.SessionOptions> = p.optimizedPath ? { optimizedModelFilePath: p.optimizedPath } : {};
  const spec = p.optimizedExternalData
    ? { ...p.session, config: { ...p.session.config, 'session.optimized_model_external_initializers_file_name': p.optimizedExternalData, 'session.optimized_model_external_initializers_min_size_in_bytes': '1024' } }
    : p.session;
  const session = await createSession(p.model, sessionOptions(p.optimizedPath ? withoutPrepacking(spec) : spec, save)).catch(async (err) => {
    throw p.optimizedPath ? ((await saveRefusal(p.model, p.session, p.optimizedPath)) ?? err) : err;
  });
  const inputs = session.inputMetadata.map((m) => ({ name: m.name, ...metadataType(m) }));
  const outputs = [...session.outputNames];
  await session.release();
  const t1 = performance.now();
  const types = p.exposeTypes && p.optimizedPath ? (await exposedTypes(p.optimizedPath, p.session)).types : [];
  return { types, inputs, outputs, timingsMs: { session: t1 - t0, expose: performance.now() - t1 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * A failed compile that saves its graph may have failed only at the saving: a full disk or a file size limit makes the
 * runtime say "Protobuf serialization failed", which would otherwise be diagnosed as the model's fault. When the same
 * session without saving loads, the folder is the problem: the error says which and how much room it has.
 */
async function saveRefusal(model: ModelSource, spec: SessionSpec, optimizedPath: string): Promise<QuantLensError | null> {
  let unsaved: ort.InferenceSession;
  try {
    unsaved = await createSession(model, sessionOptions(withoutPrepacking(spec)));
  } catch {
    return null;
  }
  await unsaved.release();
  const dir = path.dirname(optimizedPath);
  let room = '';
  try {
    const st = fs.statfsSync(dir);
    room = ` (${(Number(st.bavail) * Number(st.bsize) / 2 ** 20).toFixed(1)} MiB free on its device)`;
  } catch {
    // The room left is a hint only.
  }
  return new QuantLensError('system', `the compiled graph could not be written to '${dir}'${room}, though the model itself loads: free space there, or move the cache folder (QUANTLENS_CACHE_DIR, or the setting quantlens.cacheFolder) or the temporary folder (TMPDIR)`);
}

/**
 * Faithful exposure: the SAVED graph, loaded with optimizations off, computes exactly what the compiled session does;
 * its tensors become outputs so the runtime reports their dtype and dims (the saved graph keeps no value_info).
 */
async function exposedTypes(optimizedPath: string, session: SessionSpec): Promise<TypesResult> {
  const t0 = performance.now();
  const exposed = await createSession(exposedSource({ path: optimizedPath }, 'all'), sessionOptions(withoutPrepacking({ ...session, level: 'disabled', config: {} })));
  const types = exposed.outputMetadata.map((m) => ({ name: m.name, ...metadataType(m) }));
  await exposed.release();
  return { types, timingsMs: { expose: performance.now() - t0 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export async function types(p: TypesParams): Promise<TypesResult> {
  return exposedTypes(p.optimizedPath, p.session);
}

export async function run(p: RunParams): Promise<RunResult> {
  const t0 = performance.now();
  let t1 = t0;
  const create = () => createSession(p.fetch ? exposedSource(p.model, p.fetch) : p.model, sessionOptions(p.session));
  return sessions.use(sessionKey(p.model, p.session, p.fetch), create, async (session) => {
    t1 = performance.now();
    const feeds: Record<string, ort.Tensor> = {};
    for (const [name, t] of Object.entries(p.feeds)) feeds[name] = toOrtTensor(t);
    const fetch = p.fetch ?? [...session.outputNames];
    const results = await running(() => session.run(feeds, fetch));
    const outputs: RunResult['outputs'] = {};
    for (const name of fetch) outputs[name] = fromOrtTensor(results[name] as ort.Tensor, name);
    return { outputs, timingsMs: { session: t1 - t0, run: performance.now() - t1 } };
  });
}

/**
 * Several runs of one session, each fetching the same tensors. Exposing the tensors at level `disabled` (a saved
 * compiled graph, or a source graph) changes nothing the runtime computes, so what comes back is what production
 * computes; callers keep the fetch list small (a chunk) so memory does not grow with the number of layers.
 */
export async function capture(p: CaptureParams): Promise<CaptureResult> {
  if (p.keptFeeds) p = { ...p, feeds: withKeptFeeds(p.feeds, p.keptFeeds), keptFeeds: undefined };
  const result = await captureFeeds(p);
  if (p.keep) {
    kept.delete(p.keep);
    kept.set(p.keep, result.outputs);
    for (const name of kept.keys()) if (kept.size > KEPT_CALLS) kept.delete(name);
  }
  if (p.stream?.end) kept.clear();
  return result;
}

/**
 * How many calls' kept tensors stay: two, for a comparison captures the next chunk while the layers alone of this
 * one are still to be fed from its capture (memory follows two chunks, not a set).
 */
const KEPT_CALLS = 2;

/** The fetched tensors of the last KEPT_CALLS calls that asked to keep them, by name, oldest first. */
const kept = new Map<string, CaptureResult['outputs']>();

/** Each input's feeds with the kept ones added: the values the caller would otherwise have sent back. */
function withKeptFeeds(feeds: CaptureParams['feeds'], keptFeeds: NonNullable<CaptureParams['keptFeeds']>): CaptureParams['feeds'] {
  return keptFeeds.map((set, k) => {
    const out: Record<string, Tensor> = { ...feeds[k] };
    for (const [input, f] of Object.entries(set)) {
      const t = kept.get(f.kept)?.[k]?.[f.fetch];
      if (!t || t.dtype !== 'float32') throw new Error(`feed ${input}: no kept float32 tensor ${f.fetch} of input ${k} under '${f.kept}'`);
      out[input] = f.quantize ? { ...quantizeLike(t.data as Float32Array, t.dims, f.quantize), name: input } : { dtype: 'float32', dims: [...t.dims], data: t.data, name: input };
    }
    return out;
  });
}

async function captureFeeds(p: CaptureParams): Promise<CaptureResult> {
  if (p.stream) p = { ...p, ...streamInputs(p.stream, p) };
  if (p.stream) {
    const streamed = await captureStreamed(p, p.stream);
    if (streamed) return streamed;
  }
  const t0 = performance.now();
  let t1 = t0;
  const create = () => createSession(exposedSource(p.model, p.fetch), sessionOptions(p.session));
  const outputs = await sessions.use(sessionKey(p.model, p.session, p.fetch), create, async (session) => {
    t1 = performance.now();
    const out: CaptureResult['outputs'] = [];
    for (const feedSet of p.feeds) {
      const feeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feedSet)) feeds[name] = toOrtTensor(t);
      const results = await running(() => session.run(feeds, p.fetch));
      const got: Record<string, Tensor> = {};
      for (const name of p.fetch) got[name] = fromOrtTensor(results[name] as ort.Tensor, name);
      out.push(got);
    }
    return out;
  });
  return { outputs, timingsMs: { session: t1 - t0, run: performance.now() - t1 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/** Per stream key, where its capture stopped; a new key lets every other stream go (one comparison at a time). */
const streams = new Map<string, SegmentStream | null>();

/** What each stream key's last call sent (kept whether or not its graph could be cut into segments). */
const streamSent = new Map<string, Pick<CaptureParams, 'model' | 'feeds'>>();

/** A call's model and feeds: as sent, kept for the key's later calls; or, with `held`, those an earlier call sent. */
function streamInputs(stream: NonNullable<CaptureParams['stream']>, p: Pick<CaptureParams, 'model' | 'feeds'>): Pick<CaptureParams, 'model' | 'feeds'> {
  if (stream.end) {
    streamSent.delete(stream.key);
    return p;
  }
  for (const key of [...streamSent.keys()]) if (key.split(':')[0] !== stream.key.split(':')[0]) streamSent.delete(key);
  if (!stream.held) {
    streamSent.set(stream.key, { model: p.model, feeds: p.feeds });
    return p;
  }
  const held = streamSent.get(stream.key);
  if (!held) throw new Error(`capture stream '${stream.key}' holds no model and feeds: its first call must send them`);
  return held;
}

/** A capture that continues a stream; null when this one cannot (the caller runs the whole model). */
async function captureStreamed(p: CaptureParams, stream: NonNullable<CaptureParams['stream']>): Promise<CaptureResult | null> {
  if (stream.end) {
    streams.delete(stream.key);
    return { outputs: [], timingsMs: { session: 0, run: 0 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  }
  // Kept sessions (a comparison over a set of inputs) already skip compiling per input; a stream restarts per input.
  if (p.session.level !== 'disabled' || sessions.enabled) return null;
  for (const key of [...streams.keys()]) if (key.split(':')[0] !== stream.key.split(':')[0]) streams.delete(key);
  let s = streams.get(stream.key);
  if (s === undefined || (s && !s.sameFeeds(p.feeds))) {
    s = SegmentStream.open('path' in p.model ? decodeModel(fs.readFileSync(p.model.path), p.model.path) : decodeModel(p.model.bytes, 'model'), p.feeds);
    streams.set(stream.key, s);
  }
  if (!s) return null;
  const later = new Set(stream.later ?? []);
  const segment = s.plan(p.fetch, later);
  if (!segment) return null;
  const t0 = performance.now();
  let t1 = t0;
  const results: Array<Record<string, Tensor>> = [];
  if (segment.model) {
    const externalDataDir = 'path' in p.model ? path.dirname(path.resolve(p.model.path)) : p.model.externalDataDir;
    const session = await createSession({ bytes: encodeModel(segment.model), externalDataDir }, sessionOptions(p.session));
    t1 = performance.now();
    try {
      for (let k = 0; k < p.feeds.length; k++) {
        const feeds: Record<string, ort.Tensor> = {};
        for (const [name, t] of Object.entries(s.feedsOf(segment, k))) feeds[name] = toOrtTensor(t);
        const out = await running(() => session.run(feeds, segment.outputs));
        results.push(Object.fromEntries(segment.outputs.map((name) => [name, fromOrtTensor(out[name] as ort.Tensor, name)])));
      }
    } finally {
      await session.release();
    }
  }
  const outputs = s.advance(segment, results, p.fetch, later);
  return { outputs, timingsMs: { session: t1 - t0, run: performance.now() - t1 }, peakRssMb: process.resourceUsage().maxRSS / 1024, streamedNodes: segment.model?.graph!.node.length ?? 0 };
}

/** Keep up to `keep` sessions between calls (a comparison over a set of inputs); 0 releases them (the default). */
export async function keepSessions(p: SessionsParams): Promise<SessionsResult> {
  await sessions.setKeep(p.keep);
  return { hits: sessions.hits, misses: sessions.misses };
}

/** A one-node model every provider can take; used to learn whether a provider loads here. */
function identityModel(): Uint8Array {
  const b = new GraphBuilder('probe');
  b.output(b.op('Identity', [b.input('x', 'float32', [1])], {}, { output: 'y' }), 'float32', [1]);
  return encodeModel(b.model({ opset: 13 }));
}

export async function providers(): Promise<ProvidersResult> {
  const out: ProvidersResult['providers'] = [];
  for (const b of ort.listSupportedBackends()) {
    let available = false;
    let reason: string | null = null;
    try {
      const s = await ort.InferenceSession.create(identityModel(), { executionProviders: [b.name], logSeverityLevel: 4 });
      await s.release();
      available = true;
    } catch (err) {
      reason = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 300);
      if (!b.bundled) reason = `not bundled with onnxruntime-node (needs its provider libraries): ${reason}`;
    }
    out.push({ name: b.name, bundled: b.bundled, available, reason });
  }
  return { providers: out, runtimeVersion: ort.env.versions.common ?? 'unknown', arch: process.arch };
}
