import * as ort from 'onnxruntime-node';
import * as fs from 'fs';
import { decodeModel, encodeModel } from '../onnx/model-file';
import { ValueInfoProto, make, ValueInfoMsg } from '../onnx/schema';
import { fromOrtTensor, toOrtTensor } from '../runtime/ort-tensor';
import type { CaptureParams, CaptureResult, CompileParams, CompileResult, ModelSource, ProvidersResult, RunParams, RunResult, SessionSpec } from './engine-protocol';
import type { Dim } from '../ir/ir-types';
import type { Tensor } from '../onnx/tensor-codec';
import { GraphBuilder } from '../builder/model-builder';

/** Runs in the engine process only: every call into the native runtime lives here. */

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

async function createSession(model: ModelSource, options: ort.InferenceSession.SessionOptions): Promise<ort.InferenceSession> {
  return 'path' in model ? ort.InferenceSession.create(model.path, options) : ort.InferenceSession.create(model.bytes, options);
}

function metadataType(m: ort.InferenceSession.ValueMetadata): { dtype: string | null; shape: Dim[] | null } {
  if (!m.isTensor) return { dtype: null, shape: null };
  return { dtype: m.type ? normalizeType(m.type) : null, shape: m.shape ? m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : String(d))) : null };
}

function normalizeType(t: string): string {
  return t === 'float' ? 'float32' : t === 'double' ? 'float64' : t;
}

/** The model with extra graph outputs (no type: the runtime infers it), so their values and metadata are visible. */
function withExposedOutputs(bytes: Uint8Array, file: string, names: string[] | 'all'): { bytes: Uint8Array; exposed: string[] } {
  const model = decodeModel(bytes, file);
  const g = model.graph!;
  const present = new Set(g.output.map((o) => o.name));
  const wanted = names === 'all' ? g.node.flatMap((n) => n.output) : names;
  const exposed: string[] = [];
  for (const name of wanted) {
    if (!name || present.has(name)) continue;
    present.add(name);
    exposed.push(name);
    g.output.push(make<ValueInfoMsg>(ValueInfoProto, { name }));
  }
  return { bytes: encodeModel(model), exposed };
}

function readSource(model: ModelSource): Uint8Array {
  return 'path' in model ? fs.readFileSync(model.path) : model.bytes;
}

export async function compile(p: CompileParams): Promise<CompileResult> {
  const t0 = performance.now();
  const session = await createSession(p.model, sessionOptions(p.session, p.optimizedPath ? { optimizedModelFilePath: p.optimizedPath } : {}));
  const inputs = session.inputMetadata.map((m) => ({ name: m.name, ...metadataType(m) }));
  const outputs = [...session.outputNames];
  await session.release();
  const t1 = performance.now();
  let types: CompileResult['types'] = [];
  if (p.exposeTypes && p.optimizedPath) {
    // Faithful exposure: the SAVED graph, loaded with optimizations off, computes exactly what the compiled session
    // does; its tensors become outputs so the runtime reports their dtype and dims.
    const { bytes } = withExposedOutputs(fs.readFileSync(p.optimizedPath), p.optimizedPath, 'all');
    const exposed = await ort.InferenceSession.create(bytes, sessionOptions({ ...p.session, level: 'disabled', config: {} }));
    types = exposed.outputMetadata.map((m) => ({ name: m.name, ...metadataType(m) }));
    await exposed.release();
  }
  return { types, inputs, outputs, timingsMs: { session: t1 - t0, expose: performance.now() - t1 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export async function run(p: RunParams): Promise<RunResult> {
  const t0 = performance.now();
  let model = p.model;
  if (p.fetch) model = { bytes: withExposedOutputs(readSource(p.model), 'model', p.fetch).bytes };
  const session = await createSession(model, sessionOptions(p.session));
  const t1 = performance.now();
  const feeds: Record<string, ort.Tensor> = {};
  for (const [name, t] of Object.entries(p.feeds)) feeds[name] = toOrtTensor(t);
  const fetch = p.fetch ?? [...session.outputNames];
  const results = await session.run(feeds, fetch);
  const outputs: RunResult['outputs'] = {};
  for (const name of fetch) outputs[name] = fromOrtTensor(results[name] as ort.Tensor, name);
  await session.release();
  return { outputs, timingsMs: { session: t1 - t0, run: performance.now() - t1 } };
}

/**
 * Several runs of one session, each fetching the same tensors. Exposing the tensors at level `disabled` (a saved
 * compiled graph, or a source graph) changes nothing the runtime computes, so what comes back is what production
 * computes; callers keep the fetch list small (a chunk) so memory does not grow with the number of layers.
 */
export async function capture(p: CaptureParams): Promise<CaptureResult> {
  const t0 = performance.now();
  const model = { bytes: withExposedOutputs(readSource(p.model), 'model', p.fetch).bytes };
  const session = await createSession(model, sessionOptions(p.session));
  const t1 = performance.now();
  const outputs: CaptureResult['outputs'] = [];
  try {
    for (const feedSet of p.feeds) {
      const feeds: Record<string, ort.Tensor> = {};
      for (const [name, t] of Object.entries(feedSet)) feeds[name] = toOrtTensor(t);
      const results = await session.run(feeds, p.fetch);
      const got: Record<string, Tensor> = {};
      for (const name of p.fetch) got[name] = fromOrtTensor(results[name] as ort.Tensor, name);
      outputs.push(got);
    }
  } finally {
    await session.release();
  }
  return { outputs, timingsMs: { session: t1 - t0, run: performance.now() - t1 }, peakRssMb: process.resourceUsage().maxRSS / 1024 };
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
