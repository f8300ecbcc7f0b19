import type { Dim, QuantParams } from '../ir/ir-types';
import type { Tensor } from '../onnx/tensor-codec';
import type { EngineFailure } from './error-reply';

/** Session settings the child applies: one target, as the runtime sees it. */
export interface SessionSpec {
  provider: string;
  level: 'disabled' | 'basic' | 'extended' | 'layout' | 'all';
  /** Session config entries (`session.x64quantprecision` = '1', ...), passed to the runtime as they are. */
  config: Record<string, string>;
  /** Values for symbolic input dimensions. */
  freeDims: Record<string, number>;
  threads?: number;
}

/**
 * A model for the child: a file path (the runtime loads external data next to it) or serialized bytes. Bytes whose
 * tensors keep their data in external files say which folder those files are in: the runtime would otherwise look
 * in the process's working directory.
 */
export type ModelSource = { path: string } | { bytes: Uint8Array; externalDataDir?: string };

export interface CompileParams {
  model: ModelSource;
  session: SessionSpec;
  /** Where the runtime writes the optimized graph (ONNX). */
  optimizedPath?: string;
  /** Also expose every tensor of the saved graph to learn its dtype and shape (the saved value_info is stale). */
  exposeTypes: boolean;
  /**
   * Write the saved graph's large initializers to this file beside it (a model with external data may not fit in one
   * protobuf, and its compiled copy must load from the cache).
   */
  optimizedExternalData?: string;
}

export interface CompileResult {
  types: Array<{ name: string; dtype: string | null; shape: Dim[] | null }>;
  inputs: Array<{ name: string; dtype: string | null; shape: Dim[] | null }>;
  outputs: string[];
  timingsMs: { session: number; expose: number };
  /** Peak resident memory of the engine process so far (MiB). */
  peakRssMb: number;
}

/** The dtype and shape of every tensor of a saved compiled graph (the faithful exposure, on its own). */
export interface TypesParams {
  optimizedPath: string;
  /** The compile's session; the exposure runs at level `disabled` with its threads and dims. */
  session: SessionSpec;
}

export interface TypesResult {
  types: CompileResult['types'];
  timingsMs: { expose: number };
  peakRssMb: number;
}

export interface RunParams {
  model: ModelSource;
  session: SessionSpec;
  feeds: Record<string, Tensor>;
  /** Tensors to fetch; graph outputs when omitted. Tensors that are not graph outputs are exposed first. */
  fetch?: string[];
}

export interface RunResult {
  outputs: Record<string, Tensor>;
  timingsMs: { session: number; run: number };
}

/** One session, several inputs: the chosen tensors of each run (exposed as outputs first when they are not). */
export interface CaptureParams {
  model: ModelSource;
  session: SessionSpec;
  /** One feed set per input sample. */
  feeds: Array<Record<string, Tensor>>;
  fetch: string[];
  /**
   * Capture in graph order (see segment-capture.ts): calls with the same key continue where the last one stopped
   * instead of running the whole model again (sessions with optimizations off only; otherwise ignored). `end` lets
   * the key's state go. `later`: what later calls of the stream will fetch; those tensors are kept until then (any
   * other no later node reads is let go: without it, a later call fetching one restarts the stream). `held`: the
   * model and feeds are those the last call of the key that sent them sent (`model` and `feeds` are then left empty):
   * a large input, or a model sent as bytes, need not cross the pipe again on every call (a 1024x1024 comparison's
   * 187 chunks sent 4 GB of input and, for its exact reference, 1.2 GB of model).
   */
  stream?: { key: string; end?: boolean; later?: string[]; held?: boolean };
  /**
   * Keep this call's fetched tensors under this name, so a later call can be fed from them (`keptFeeds`) without the
   * values crossing the pipe twice. The engine holds the last two calls' (the oldest goes).
   */
  keep?: string;
  /** Per input sample, feeds taken from kept tensors (added to `feeds`, which must then hold as many sets). */
  keptFeeds?: Array<Record<string, KeptFeed>>;
}

/**
 * A feed this engine process already holds: input k's tensor `fetch` of the call kept as `kept` (float32, as
 * captured), quantized first with `quantize` when the model starts on integers there.
 */
export interface KeptFeed {
  kept: string;
  fetch: string;
  quantize: QuantParams | null;
}

export interface CaptureResult {
  /** Per sample, the fetched tensors by name. */
  outputs: Array<Record<string, Tensor>>;
  timingsMs: { session: number; run: number };
  /** Peak resident memory of the engine process so far (MiB). */
  peakRssMb: number;
  /** With `stream`: how many nodes this call ran (absent when it ran the whole model). */
  streamedNodes?: number;
}

export interface ProvidersResult {
  providers: Array<{ name: string; bundled: boolean; available: boolean; reason: string | null }>;
  runtimeVersion: string;
  /** The engine process's architecture (the runtime's, which may differ from the parent's under an emulator). */
  arch: string;
}

/** Sessions kept between calls: a comparison over a set of inputs makes each session once (0: release after use). */
export interface SessionsParams {
  keep: number;
}

export interface SessionsResult {
  /** Calls that found their session held, and calls that made one, since the process started. */
  hits: number;
  misses: number;
}

/** Every method the engine process answers, with its parameters and result. */
export interface EngineMethods {
  compile: { params: CompileParams; result: CompileResult };
  types: { params: TypesParams; result: TypesResult };
  run: { params: RunParams; result: RunResult };
  capture: { params: CaptureParams; result: CaptureResult };
  providers: { params: Record<string, never>; result: ProvidersResult };
  sessions: { params: SessionsParams; result: SessionsResult };
}

export type EngineMethod = keyof EngineMethods;

export interface EngineRequest<M extends EngineMethod = EngineMethod> {
  id: number;
  method: M;
  params: EngineMethods[M]['params'];
  /** The file holding the params' large arrays (bulk-transfer.ts), when they did not go by the channel. */
  bulk?: string | null;
}

export type EngineResponse =
  | { id: number; ok: true; result: unknown; bulk?: string | null }
  | { id: number; ok: false; error: EngineFailure };
