import type { DType } from '../onnx/dtype';

/** Memory layout of an activation. NCHWc: channels blocked by `block`, `channels` the true (unpadded) count. */
export interface Layout {
  kind: 'NCHW' | 'NHWC' | 'NCHWc' | 'unknown';
  block: number | null;
  channels: number | null;
}

/** Quantization parameters of a tensor. Per-channel when `scale` has several entries (along `axis`). */
export interface QuantParams {
  scale: number[];
  zeroPoint: number[];
  axis: number | null;
  /** dtype of the quantized integer values (int8, uint8, ...). */
  dtype: DType | null;
  qmin: number | null;
  qmax: number | null;
  /** Names of the tensors that held the scale and zero point (after resolving Constant/Identity chains). */
  scaleTensor: string | null;
  zeroPointTensor: string | null;
  /**
   * Quantized at run time (DynamicQuantizeLinear): `scale` and `zeroPoint` are empty here, and `scaleTensor` and
   * `zeroPointTensor` name the tensors the runtime computes them into.
   */
  runtime?: boolean;
}

export type Dim = number | string;

export interface IRValue {
  name: string;
  dtype: DType | null;
  shape: Dim[] | null;
  layout: Layout;
  quant: QuantParams | null;
  initializer: boolean;
  /** Index of the producing node in `IRGraph.nodes`, or -1 for graph inputs and initializers. */
  producer: number;
  consumers: number[];
}

export interface IRAttribute {
  name: string;
  /** numbers, strings, arrays of them, a tensor summary, or subgraph names. */
  value: number | string | number[] | string[] | { tensor: { dtype: string; dims: number[] } } | { graph: string } | { graphs: string[] };
}

export interface IRNode {
  /** Position in graph order (topological, as stored). */
  index: number;
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  attributes: IRAttribute[];
  /** Names of source-model nodes this node came from (compiled graphs); [name] for source graphs. */
  origin: string[];
  /** True for nodes the compiler added (layout transforms) that replace no source node. */
  inserted: boolean;
  /** `/features/features.1/conv` for `/features/features.1/conv/conv.0/Conv`: the name scope to group by. */
  scope: string;
  /** Subgraphs held by attributes (If/Loop/Scan bodies), listed with their node counts. */
  subgraphs: Array<{ attribute: string; name: string; nodes: number; opCounts: Record<string, number> }>;
}

export interface IRGraph {
  name: string;
  opsets: Record<string, number>;
  inputs: string[];
  outputs: string[];
  nodes: IRNode[];
  values: Map<string, IRValue>;
}
