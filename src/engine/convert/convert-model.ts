import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadInputs } from '../compare/capture/inputs';
import type { CompareReport } from '../compare/compare-report';
import { outputAgreement } from '../compare/metrics/output-agreement';
import { pairMetrics } from '../compare/metrics/pair-metrics';
import { symbolicDims } from '../compile/compile';
import { REPAIRS } from '../compile/repairs';
import { badInput } from '../errors';
import { buildIR } from '../ir/build-ir';
import { encodeModel, readModel, writeModel } from '../onnx/model-file';
import { ModelMsg } from '../onnx/schema';
import { Tensor, toFloat32 } from '../onnx/tensor-codec';
import { EngineClient } from '../process/engine-client';
import { convertQat, QatConversion } from './convert-qat';

/** Linear ops that run as integer kernels once compiled, and the float ones they replace. */
const INTEGER_LINEAR = new Set(['QLinearConv', 'QLinearMatMul', 'QGemm', 'MatMulInteger', 'ConvInteger', 'MatMulIntegerToFloat', 'DynamicQuantizeMatMul']);
const FLOAT_LINEAR = new Set(['Conv', 'FusedConv', 'Gemm', 'FusedGemm', 'MatMul', 'FusedMatMul']);

export interface KernelCount {
  /** Whether the model compiled at `cpu` (level all); when not, the counts are null. */
  compiles: boolean;
  integer: number | null;
  float: number | null;
}

export interface ConvertResult {
  model: string;
  out: string;
  folded: QatConversion['folded'];
  skipped: QatConversion['skipped'];
  /** Semantics-preserving repairs applied as well (so the converted model compiles), with their counts. */
  repairs: Array<{ id: string; changes: number }>;
  kernels: { before: KernelCount; after: KernelCount };
  /** The input it was measured on (as a comparison reports it). */
  input: CompareReport['input'];
  /**
   * Against the QAT model as exported, at `reference` (optimizations off): the folds alone (bias kept in float: the
   * fold itself is exact up to float rounding), the converted model (bias on its int32 grid, as integer kernels need),
   * and the converted model as `cpu` computes it here. Mean output SQNR over the inputs, and top-1 agreement.
   * `firstLayerOnlyDb`: only the first folded layer's bias on its int32 grid (a change of at most half a step of
   * input scale x weight scale): how far the model itself carries one layer's rounding. When it is about as low as
   * `convertedDb`, the gap is the model's sensitivity to one-step roundings, not the conversion.
   */
  fidelity: { inputs: number; foldsOnlyDb: number; convertedDb: number; firstLayerOnlyDb: number; convertedAtCpuDb: number; top1Agreement: number | null };
}

export interface ConvertOptions {
  engine: EngineClient;
  input?: string;
  /** The preprocessing spec of an image input (else the one beside it). */
  preprocess?: string;
  dims?: Record<string, number>;
  overwrite?: boolean;
  signal?: AbortSignal;
  onProgress?: (m: string) => void;
}

/**
 * `quantlens repair --convert`: convert a QAT export as PyTorch's `convert` would (see convert-qat.ts), make it
 * compile, measure what changed, and write it to `out` (never over the original or, without `overwrite`, another file).
 */
export async function convertModel(file: string, out: string, opts: ConvertOptions): Promise<ConvertResult> {
  const progress = opts.onProgress ?? (() => undefined);
  const original = readModel(file);
  if (fs.existsSync(out) && fs.realpathSync(out) === original.file) throw badInput(out, 'refusing to write the converted model over the original; choose another --out');
  if (fs.existsSync(out) && !opts.overwrite) throw badInput(out, 'already exists; choose another --out (or pass --force to replace it)');
  const { graph } = buildIR(original.model);
  const dims = Object.fromEntries(Object.entries(symbolicDims(graph, opts.dims)).map(([k, v]) => [k, v.value]));
  const loaded = loadInputs(graph, opts.input, dims, undefined, opts.preprocess);
  const inputs = loaded.samples;

  progress('folding BatchNormalization into the quantized layers');
  const converted = convertQat(original.model);
  if (converted.folded.length === 0) {
    const why = converted.skipped.length ? `: ${converted.skipped.slice(0, 3).map((s) => `${s.node}: ${s.why}`).join('; ')}` : ' (no Conv/Gemm -> [Div ->] BatchNormalization after a quantized weight)';
    throw badInput(file, `nothing to convert${why}`);
  }
  const repairs = REPAIRS.map((r) => ({ id: r.id, changes: r.apply(converted.model) })).filter((r) => r.changes > 0);
  const foldsOnly = convertQat(original.model, { bias: 'float' }).model;
  const firstLayerOnly = convertQat(original.model, { bias: 'float', int32Only: new Set([converted.folded[0].node]) }).model;

  progress('compiling before and after at cpu');
  const before = await kernelCount(original.model, dims, opts);
  const after = await kernelCount(converted.model, dims, opts);

  progress('comparing the outputs with the QAT model as exported');
  const run = async (model: ModelMsg, level: 'disabled' | 'all') => {
    const outputs: Float32Array[] = [];
    for (const feeds of inputs) {
      const r = await opts.engine.call('run', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level, config: {}, freeDims: dims }, feeds }, { signal: opts.signal });
      outputs.push(toFloat32(firstOutput(r.outputs, original.model)));
    }
    return outputs;
  };
  const qat = await run(original.model, 'disabled');
  const mean = (xs: Float32Array[]) => qat.reduce((s, ref, i) => s + (pairMetrics(ref, xs[i], null).sqnrDb ?? 0), 0) / qat.length;
  const folds = await run(foldsOnly, 'disabled');
  const conv = await run(converted.model, 'disabled');
  const first = await run(firstLayerOnly, 'disabled');
  const atCpu = after.compiles ? await run(converted.model, 'all') : conv;
  const classes = outputClasses(qat[0]);
  writeModel(converted.model, out, {}, original.file);
  return {
    model: original.file, out: path.resolve(out), folded: converted.folded, skipped: converted.skipped, repairs,
    kernels: { before, after },
    input: loaded.info,
    fidelity: {
      inputs: inputs.length, foldsOnlyDb: round(mean(folds)), convertedDb: round(mean(conv)), firstLayerOnlyDb: round(mean(first)), convertedAtCpuDb: round(mean(atCpu)),
      top1Agreement: classes ? outputAgreement(qat, atCpu, classes) : null,
    },
  };
}

const round = (x: number) => Number(x.toFixed(2));

function firstOutput(outputs: Record<string, Tensor>, model: ModelMsg): Tensor {
  return outputs[model.graph!.output[0].name] ?? Object.values(outputs)[0];
}

/** Class scores: a row of at least two per sample. */
function outputClasses(x: Float32Array): number | null {
  return x.length >= 2 && x.length <= 100_000 ? x.length : null;
}

/** How many linear ops run as integer kernels and how many in float once the model is compiled at cpu. */
async function kernelCount(model: ModelMsg, dims: Record<string, number>, opts: ConvertOptions): Promise<KernelCount> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quantlens-convert-'));
  try {
    const optimizedPath = path.join(dir, 'compiled.onnx');
    await opts.engine.call('compile', { model: { bytes: encodeModel(model) }, session: { provider: 'cpu', level: 'all', config: {}, freeDims: dims }, optimizedPath, exposeTypes: false }, { signal: opts.signal });
    const nodes = readModel(optimizedPath).model.graph!.node;
    return { compiles: true, integer: nodes.filter((n) => INTEGER_LINEAR.has(n.op_type)).length, float: nodes.filter((n) => FLOAT_LINEAR.has(n.op_type)).length };
  } catch (err) {
    if ((err as Error)?.name !== 'RuntimeError') throw err;
    return { compiles: false, integer: null, float: null };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
