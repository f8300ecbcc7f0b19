import * as fs from 'fs';
import * as path from 'path';
import { cacheRoot, hashParts } from '../../cache/cache-dir';
import { compileModel, CompileOutcome, ParsedModel, symbolicDims } from '../../compile/compile';
import { CompileReport } from '../../compile/report';
import { repairById } from '../../compile/repairs';
import { QuantLensError } from '../../errors';
import { buildIR } from '../../ir/build-ir';
import { ConstValues } from '../../ir/const-values';
import { IRGraph, IRValue } from '../../ir/ir-types';
import { staticValues } from '../../ir/static-values';
import { assignLayouts } from '../../ir/layout';
import { LAYOUT_OPS } from '../../../shared/layout';
import { encodeModel, readModel, writeModel } from '../../onnx/model-file';
import { ModelMsg } from '../../onnx/schema';
import { EngineClient } from '../../process/engine-client';
import { ModelSource, SessionSpec } from '../../process/engine-protocol';
import { Target } from '../../targets/target';
import { KernelFacts, kernelFacts } from '../../targets/target-kernels';
import { emulatedModel, EmulatedModel } from '../../emulate/emulated-model';
import { mapCompiledToSource } from './compiled-mapping';
import { expandIntegerOps, isExpandableIntegerOp } from './expand-integer-ops';

/** Where a source tensor's value is found when a side runs, and how to read it (layout, quantization). */
export interface Located {
  fetch: string;
  value: IRValue;
}

/** One side of a comparison: a model as it runs at one target, addressed by its SOURCE tensor names. */
export interface Side {
  file: string;
  target: Target;
  /** The model as written (after in-memory repairs), its IR and constants. */
  model: ModelMsg;
  source: IRGraph;
  consts: ConstValues;
  /** What to run to capture tensors: a compiled graph or the exact expansion, always at level `disabled`. */
  run: { model: ModelSource; session: SessionSpec };
  locate(tensor: string): Located | null;
  /** For a source tensor this side does not compute: the compiled node that absorbed the node producing it. */
  fusedInto?: (tensor: string) => string | null;
  /** Compiled tensors that carry no source tensor (shown as unmatched). */
  compiledOnly: string[];
  repairs: Array<{ id: string; title: string; count: number }>;
  /** The repaired copy that ran in place of `file` (in the cache), when `repairs` were applied. */
  repairedFile?: string;
  compiled: IRGraph | null;
  report: CompileReport | null;
  /** What this side's integer kernels compute; null for the exact reference (integer ops expanded). */
  kernels: KernelFacts | null;
  /** For an emulated target: which kernels were emulated, and which were left to this machine's runtime. */
  emulation: Omit<EmulatedModel, 'path'> | null;
}

export interface SideOptions {
  engine: EngineClient;
  dims: Record<string, number>;
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (m: string) => void;
}

function disabledSession(freeDims: Record<string, number>, threads?: number): SessionSpec {
  return { provider: 'cpu', level: 'disabled', config: {}, freeDims, threads };
}

/** Read a model file and build its source IR, once, for everything that needs either. */
export function parseModel(file: string): ParsedModel {
  const loaded = readModel(file);
  const { graph, consts } = buildIR(loaded.model);
  return { loaded, graph, consts };
}

function freeDimsOf(g: IRGraph, dims: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(symbolicDims(g, pick(g, dims))).map(([k, v]) => [k, v.value]));
}

/** Only the dims this graph has (the two sides of a comparison may name theirs differently). */
function pick(g: IRGraph, dims: Record<string, number>): Record<string, number> {
  const names = new Set<string>();
  for (const i of g.inputs) for (const d of g.values.get(i)?.shape ?? []) if (typeof d === 'string') names.add(d);
  return Object.fromEntries(Object.entries(dims).filter(([k]) => names.has(k)));
}

/**
 * The exact reference: the model with every integer op expanded to DequantizeLinear -> float op -> QuantizeLinear,
 * run with optimizations off (the runtime's own integer kernels saturate on some CPUs even then).
 */
export function referenceSide(file: string, target: Target, opts: SideOptions, loaded?: ModelMsg): Side {
  const model = loaded ?? readModel(file).model;
  const { graph: source, consts } = buildIR(model);
  assignLayouts(source, { nchwcBlock: null });
  return {
    file, target, model, source, consts,
    run: { model: exactModel(file, model, !!loaded), session: disabledSession(freeDimsOf(source, opts.dims), opts.threads) },
    locate: (t) => {
      const v = source.values.get(t);
      return v && !v.initializer ? { fetch: t, value: v } : null;
    },
    compiledOnly: [],
    repairs: [],
    compiled: null,
    report: null,
    kernels: null,
    emulation: null,
  };
}

/**
 * What the exact reference runs: the model with its integer ops expanded; a model without any (a float twin) runs
 * from its file as it is (copying and encoding a float model cost ~160 ms of a MobileNetV2 comparison), unless the
 * caller's model in memory is not the file's (a repaired copy).
 */
function exactModel(file: string, model: ModelMsg, inMemory: boolean): ModelSource {
  if (model.graph?.node.some(isExpandableIntegerOp)) return { bytes: encodeModel(expandIntegerOps(model).model) };
  return inMemory ? { bytes: encodeModel(model) } : { path: path.resolve(file) };
}

/** Apply the verified repairs a failed compile offers, to a copy kept in the cache (the user's file is untouched). */
function repairedCopy(file: string, outcome: CompileOutcome): { file: string; repairs: Side['repairs'] } | null {
  const offers = outcome.report.failure?.repairs ?? [];
  if (offers.length === 0) return null;
  const model = readModel(file).model;
  const repairs: Side['repairs'] = [];
  for (const o of offers) {
    const r = repairById(o.id);
    if (r) repairs.push({ id: r.id, title: r.title, count: r.apply(model) });
  }
  const out = path.join(cacheRoot(), 'repaired', `${hashParts('repaired-v1', outcome.loaded.contentHash, repairs.map((r) => r.id).join(','))}.onnx`);
  if (!fs.existsSync(out)) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    writeModel(model, out);
  }
  return { file: out, repairs };
}

/**
 * The model as the target compiles it. When the target cannot compile it and the diagnosis found semantics-preserving
 * repairs, they are applied in memory (a cached copy) and reported; otherwise the compile failure is the error.
 */
export async function targetSide(file: string, target: Target, opts: SideOptions, parsed?: ParsedModel): Promise<Side> {
  if (target.id === 'reference') return referenceSide(file, target, opts, parsed?.loaded.model);
  const given = parsed ?? parseModel(file);
  const dims = pick(given.graph, opts.dims);
  let outcome = await compileModel(file, { target, engine: opts.engine, dims, threads: opts.threads, signal: opts.signal, onProgress: opts.onProgress, parsed: given });
  let repairs: Side['repairs'] = [];
  let repairedFile: string | undefined;
  if (!outcome.compiled) {
    const repaired = repairedCopy(file, outcome);
    const failure = outcome.report.failure!;
    if (repaired) {
      opts.onProgress?.(`${target.id} cannot compile ${path.basename(file)} as written; applying ${repaired.repairs.map((r) => r.id).join(' + ')} in memory`);
      outcome = await compileModel(repaired.file, { target, engine: opts.engine, dims, threads: opts.threads, signal: opts.signal, onProgress: opts.onProgress });
      repairs = repaired.repairs;
      repairedFile = repaired.file;
    }
    if (!outcome.compiled) {
      throw new QuantLensError('compile-failed', `${target.id} cannot compile this model: failed at level ${failure.level}${failure.optimizer ? ` in ${failure.optimizer}` : ''}${failure.node ? ` (node ${failure.node})` : ''}: ${failure.cause}; targets that work: ${failure.workingTargets.join(', ') || 'none'}`, file);
    }
  }
  const compiled = outcome.compiled;
  const model = outcome.loaded.model;
  const consts = outcome.sourceConsts;
  const links = mapCompiledToSource(outcome.source, compiled);
  const linked = new Set(links.values());
  // A tensor on either side of a layout transform or a Cast (the runtime's float16 <-> float32 casts) whose other side
  // is linked is the same value in another layout or type.
  const moved = (op: string) => LAYOUT_OPS.has(op) || op === 'Cast';
  const relayout = (t: string): boolean => {
    const v = compiled.values.get(t);
    const p = v && v.producer >= 0 ? compiled.nodes[v.producer] : undefined;
    if (p && moved(p.opType) && linked.has(p.inputs[0])) return true;
    return !!v && v.consumers.some((c) => moved(compiled.nodes[c].opType) && linked.has(compiled.nodes[c].outputs[0]));
  };
  // Shapes and indices the runtime computes for its own kernels (a Gemm's reshape arguments) are not activations.
  const plumbing = (t: string) => /^(int64|int32|bool)$/.test(compiled.values.get(t)?.dtype ?? '');
  // Values computed from constants alone (the runtime's casts of float16 weights, its reshape arguments) are weights
  // in another form, not activations that went missing.
  const constant = staticValues(compiled);
  const compiledOnly = compiled.nodes.flatMap((n) => n.outputs).filter((t) => t && !linked.has(t) && !constant.has(t) && !relayout(t) && !plumbing(t));
  const kernels = kernelFacts(target, outcome.probe);
  // An emulated target runs the compiled graph with its integer kernels computed as the deployment family's.
  const emulated = target.emulates ? emulatedModel(outcome.report.compiledModelPath!, kernels.family) : null;
  return {
    file, target, model, source: outcome.source, consts,
    run: { model: { path: emulated?.path ?? outcome.report.compiledModelPath! }, session: disabledSession(freeDimsOf(outcome.source, opts.dims), opts.threads) },
    locate: (t) => {
      const c = links.get(t);
      const v = c ? compiled.values.get(c) : undefined;
      return c && v ? { fetch: c, value: v } : null;
    },
    fusedInto: (t) => {
      const p = outcome.source.values.get(t)?.producer ?? -1;
      if (p < 0 || links.has(t)) return null;
      const name = outcome.source.nodes[p].name;
      return compiled.nodes.find((n) => n.origin.includes(name))?.name ?? null;
    },
    compiledOnly,
    repairs,
    repairedFile,
    compiled,
    report: outcome.report,
    kernels,
    emulation: emulated ? { emulated: emulated.emulated, left: emulated.left } : null,
  };
}
