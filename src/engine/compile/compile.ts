import * as fs from 'fs';
import * as path from 'path';
import { cacheRoot, hashParts, readJson, writeFileAtomic } from '../cache/cache-dir';
import { badInput } from '../errors';
import { sortDiagnostics } from '../findings/diagnostic';
import { compiledFindings, sourceFindings } from '../findings/rules';
import { buildIR, countOps, declaredInputs, TypeInfo } from '../ir/build-ir';
import { ConstValues } from '../ir/const-values';
import { Dim, IRGraph } from '../ir/ir-types';
import { assignLayouts } from '../ir/layout';
import { assignOrigins } from '../ir/origin';
import { DType, isDType } from '../onnx/dtype';
import { encodeModel, LoadedModel, readModel } from '../onnx/model-file';
import { EngineClient, RuntimeError } from '../process/engine-client';
import type { CompileResult, SessionSpec } from '../process/engine-protocol';
import { RuntimeProbe, probeRuntime } from '../targets/runtime-probe';
import { describeKernels, KernelFacts, kernelFacts } from '../targets/target-kernels';
import { Target, sessionSpec } from '../targets/target';
import { DiagnoseContext, diagnoseFailure } from './failure-diagnosis';
import { ModelStage } from '../process/model-stage';
import { failsAtEveryLevel, levelResults, LoadFailure, loadFailure, loadFailureError } from './load-failure';
import { CompileFailure, CompileReport, graphJson } from './report';
import { runtimeVersion } from './runtime-version';

export interface CompileOptions {
  target: Target;
  engine: EngineClient;
  /** Values for symbolic input dimensions (default 1). */
  dims?: Record<string, number>;
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** Explain a failure (bisect levels and optimizers, try repairs and other targets). Default true. */
  diagnose?: boolean;
  /** `file` already read and parsed by the caller (it is not read again). */
  parsed?: ParsedModel;
}

/** A model file read and its source IR built. */
export interface ParsedModel {
  loaded: LoadedModel;
  graph: IRGraph;
  consts: ConstValues;
}

/** A compile with its IR kept, for callers that go on (the extension's tree, the comparison). */
export interface CompileOutcome {
  report: CompileReport;
  source: IRGraph;
  /** Constants of the source model (what its quantization parameters resolve to). */
  sourceConsts: ConstValues;
  compiled: IRGraph | null;
  probe: RuntimeProbe;
  loaded: LoadedModel;
}

/** Symbolic dims of the graph inputs, with the value each takes. */
export function symbolicDims(source: { inputs: string[]; values: ReadonlyMap<string, { shape: Dim[] | null }> }, given: Record<string, number> = {}): CompileReport['symbolicDims'] {
  const out: CompileReport['symbolicDims'] = {};
  for (const name of source.inputs) {
    for (const d of source.values.get(name)?.shape ?? []) {
      if (typeof d === 'string' && !(d in out)) out[d] = { value: given[d] ?? 1, defaulted: !(d in given) };
    }
  }
  for (const k of Object.keys(given)) if (!(k in out)) throw badInput(undefined, `--dim ${k}: the model has no symbolic input dimension named '${k}' (it has: ${Object.keys(out).join(', ') || 'none'})`);
  return out;
}

/** Runtime-reported types; symbolic dims the user fixed (or that default to 1) take their values. */
function typeMap(result: CompileResult, freeDims: Record<string, number>): Map<string, TypeInfo> {
  const m = new Map<string, TypeInfo>();
  for (const t of [...result.types, ...result.inputs]) {
    const shape = t.shape ? t.shape.map((d) => (typeof d === 'string' && d in freeDims ? freeDims[d] : d)) : null;
    m.set(t.name, { dtype: t.dtype && isDType(t.dtype) ? (t.dtype as DType) : null, shape });
  }
  return m;
}

function kernelsJson(k: KernelFacts): CompileReport['kernels'] {
  return { family: k.family.id, title: k.family.title, emulated: k.emulated, pairs: k.pairs, summary: describeKernels(k) };
}

export function targetJson(t: Target): CompileReport['target'] {
  return { id: t.id, title: t.title, provider: t.provider, level: t.level, config: t.config, emulates: t.emulates ?? null };
}

/**
 * Compile a model for a target: the runtime (in the engine process) creates the session and saves its optimized
 * graph; that graph becomes the compiled IR, with every tensor's dtype and shape from the faithful exposure, layouts,
 * quantization parameters, and origins. Artifacts are cached outside the user's folders, keyed by model content,
 * target configuration, runtime version and CPU.
 */
export async function compileModel(file: string, opts: CompileOptions): Promise<CompileOutcome> {
  const t0 = performance.now();
  const progress = opts.onProgress ?? (() => undefined);
  progress(`reading ${path.basename(file)}`);
  const loaded = opts.parsed?.loaded ?? readModel(file);
  // The dims come from the declared inputs alone, so the runtime can start before the source IR is built.
  const dims = symbolicDims(opts.parsed?.graph ?? declaredInputs(loaded.model), opts.dims);
  const freeDims = Object.fromEntries(Object.entries(dims).map(([k, v]) => [k, v.value]));
  let loadMs = performance.now() - t0;

  const version = runtimeVersion();
  const probe = await probeRuntime(opts.engine, version, { onMeasure: () => progress('measuring the runtime on this CPU (once)') });
  const spec = sessionSpec(opts.target, freeDims, opts.threads);
  const key = hashParts('compile-v2', loaded.contentHash, JSON.stringify({ p: spec.provider, l: spec.level, c: spec.config, d: freeDims }), version, probe.cpu.arch, probe.cpu.isa.join(','), probe.cpu.model);
  const entry = path.join(cacheRoot(), 'compiled', key.slice(0, 32));
  const optimizedPath = path.join(entry, 'optimized.onnx');
  const metaPath = path.join(entry, 'meta.json');
  // A failure is cached like a success (same key): diagnosing it again would take seconds on every run.
  const failurePath = path.join(entry, 'failure.json');

  let result = readJson<CompileResult>(metaPath);
  const tCompile = performance.now();
  const known = readJson<CachedFailure>(failurePath);
  const cachedOk = !!result && fs.existsSync(optimizedPath);
  const cachedFailure = !!known && !result && !!(known.load || known.failure);
  // The engine process creates the session while this one builds the source IR (two cores, two processes).
  const tmp = `${entry}.${process.pid}.${Date.now()}.tmp`;
  const doing = `compiling ${path.basename(loaded.file)} at level ${spec.level}`;
  let compiling: Promise<CompileResult> | null = null;
  if (!cachedOk && !cachedFailure) {
    progress(`compiling for ${opts.target.id}`);
    fs.mkdirSync(tmp, { recursive: true });
    compiling = opts.engine.call('compile', {
      model: { path: loaded.file }, session: spec, optimizedPath: path.join(tmp, 'optimized.onnx'), exposeTypes: false,
      optimizedExternalData: loaded.hadExternalData ? 'optimized.onnx.data' : undefined,
    }, { signal: opts.signal, doing });
    // Awaited below; a failure while the source IR is built must not count as unhandled meanwhile.
    compiling.catch(() => undefined);
  }
  const tSource = performance.now();
  const { graph: source, consts: sourceConsts } = opts.parsed ? { graph: opts.parsed.graph, consts: opts.parsed.consts } : buildIR(loaded.model);
  assignLayouts(source, { nchwcBlock: null });
  loadMs += performance.now() - tSource;

  const report: CompileReport = {
    model: loaded.file,
    target: targetJson(opts.target),
    cpu: { arch: probe.engineArch, model: probe.cpu.model, isa: probe.cpu.isa, nchwcBlock: probe.nchwcBlock, u8s8Saturates: probe.u8s8Saturates, family: probe.family },
    kernels: kernelsJson(kernelFacts(opts.target, probe)),
    runtimeVersion: version,
    symbolicDims: dims,
    source: { nodes: source.nodes.length, opCounts: countOps(source.nodes) },
    compiled: null,
    failure: null,
    diagnostics: [],
    timingsMs: { load: loadMs, compile: 0, ir: 0, total: 0 },
    cached: false,
    compiledModelPath: null,
  };

  const failed = (failure: CompileFailure): CompileOutcome => {
    report.failure = failure;
    report.diagnostics = sortDiagnostics(sourceFindings(source, loaded.model, probe, failure));
    report.timingsMs.compile = performance.now() - tCompile;
    report.timingsMs.total = performance.now() - t0;
    return { report, source, sourceConsts, compiled: null, probe, loaded };
  };
  const refused = (f: LoadFailure): never => {
    throw loadFailureError(loaded.file, f, sourceFindings(source, loaded.model, probe, null));
  };
  if (cachedFailure) {
    report.cached = true;
    if (known!.load) refused(known!.load);
    return failed(known!.failure!);
  }
  let early: { optimized: LoadedModel | null; findings: ReturnType<typeof sourceFindings> } | null = null;
  if (cachedOk) {
    report.cached = true;
  } else {
    try {
      ({ result, early } = await savedAndTyped(compiling!, { engine: opts.engine, tmp, spec, signal: opts.signal, doing, readEarly: !loaded.hadExternalData, sourceFindings: () => sourceFindings(source, loaded.model, probe, null) }));
      writeFileAtomic(path.join(tmp, 'meta.json'), JSON.stringify(result));
      replaceEntry(tmp, entry);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (!(err instanceof RuntimeError)) throw err;
      const why = await whyItFails(loaded, opts.target, err.message, { engine: opts.engine, freeDims, threads: opts.threads, signal: opts.signal, onProgress: progress }, opts.diagnose !== false);
      cacheFailure(entry, why);
      if (why.load) refused(why.load);
      return failed(why.failure!);
    }
  }
  report.timingsMs.compile = performance.now() - tCompile;
  const tIr = performance.now();
  // The runtime wrote this graph (contrib ops, its own layouts): it is read as it is, not validated as user input.
  const optimized = early?.optimized ?? readModel(optimizedPath, { trusted: true });
  const { graph: compiled, consts: compiledConsts } = buildIR(optimized.model, { types: typeMap(result!, freeDims) });
  assignOrigins(source, compiled);
  assignLayouts(compiled, { nchwcBlock: probe.nchwcBlock, source });
  report.compiled = { ...graphJson(compiled), opCounts: countOps(compiled.nodes) };
  report.compiledModelPath = optimizedPath;
  const sourceFound = early?.findings ?? sourceFindings(source, loaded.model, probe, null);
  report.diagnostics = sortDiagnostics([...sourceFound, ...compiledFindings(source, compiled, compiledConsts, probe, opts.target)]);
  report.timingsMs.ir = performance.now() - tIr;
  report.timingsMs.total = performance.now() - t0;
  return { report, source, sourceConsts, compiled, probe, loaded };
}

interface SavedAndTypedOptions {
  engine: EngineClient;
  tmp: string;
  spec: SessionSpec;
  signal?: AbortSignal;
  doing: string;
  /** Decode the saved graph from the temporary entry while the engine exposes it (not when its data is external: it would link to files about to move). */
  readEarly: boolean;
  sourceFindings: () => ReturnType<typeof sourceFindings>;
}

/**
 * The session saves the optimized graph; then the engine exposes that graph for its types while this process decodes
 * it and finds what the source says. The result is what one engine call returned before (same cache entry).
 */
async function savedAndTyped(compiling: Promise<CompileResult>, o: SavedAndTypedOptions): Promise<{ result: CompileResult; early: { optimized: LoadedModel | null; findings: ReturnType<typeof sourceFindings> } }> {
  const saved = await compiling;
  const savedPath = path.join(o.tmp, 'optimized.onnx');
  const typing = o.engine.call('types', { optimizedPath: savedPath, session: o.spec }, { signal: o.signal, doing: o.doing });
  typing.catch(() => undefined);
  const optimized = o.readEarly ? readModel(savedPath, { trusted: true }) : null;
  const findings = o.sourceFindings();
  const typed = await typing;
  const result: CompileResult = { ...saved, types: typed.types, timingsMs: { session: saved.timingsMs.session, expose: typed.timingsMs.expose }, peakRssMb: Math.max(saved.peakRssMb, typed.peakRssMb) };
  return { result, early: { optimized, findings } };
}

/**
 * Why a valid model does not compile at `target`: refused at every level (a load failure: bad input), or diagnosed
 * (the level, the optimizer, the repairs that fix it, the targets that compile it). The diagnosis compiles the same
 * bytes many times: they are staged in a temporary file once.
 */
async function whyItFails(loaded: LoadedModel, target: Target, message: string, ctx: DiagnoseContext, diagnose: boolean): Promise<CachedFailure> {
  const stage = new ModelStage();
  const staged = { ...ctx, stage };
  const progress = ctx.onProgress ?? (() => undefined);
  try {
    progress('compile failed: is it the model or an optimizer?');
    const bytes = encodeModel(loaded.model);
    const levels = await levelResults(bytes, target, message, staged);
    if (failsAtEveryLevel(levels)) return { load: loadFailure(levels.get('disabled') ?? message) };
    if (!diagnose) return { failure: { level: target.level, optimizer: null, node: null, message, cause: 'not diagnosed', repairs: [], workingTargets: [] } };
    progress('compile failed: finding out why');
    return { failure: await diagnoseFailure(loaded, target, message, { ...staged, levels }, bytes) };
  } finally {
    stage.dispose();
  }
}

/** What failure.json in a cache entry holds: a load failure (bad input) or a diagnosed compile failure. */
interface CachedFailure {
  load?: LoadFailure;
  failure?: CompileFailure;
}

/** Put a finished entry in place of whatever was there (another process may have written it meanwhile). */
function replaceEntry(tmp: string, entry: string): void {
  fs.rmSync(entry, { recursive: true, force: true });
  fs.renameSync(tmp, entry);
}

function cacheFailure(entry: string, failure: CachedFailure): void {
  const tmp = `${entry}.${process.pid}.${Date.now()}.failure.tmp`;
  try {
    fs.mkdirSync(tmp, { recursive: true });
    writeFileAtomic(path.join(tmp, 'failure.json'), JSON.stringify(failure));
    replaceEntry(tmp, entry);
  } catch {
    // A cache that cannot be written costs time on the next run, nothing else.
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
