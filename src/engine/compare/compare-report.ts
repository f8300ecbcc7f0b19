import type { Diagnostic } from '../findings/diagnostic';
import type { CompileReport } from '../compile/report';
import type { CompareMode } from '../../shared/compare-modes';

export type { CompareMode } from '../../shared/compare-modes';

export type CulpritKind = 'clipping' | 'weights' | 'saturation' | 'layout' | 'dtype' | 'precision' | 'dynamic-range' | 'fp16-range' | 'unknown';

/** Metrics of one aligned pair; with several inputs each is the mean over them (`worst` holds the worst). */
export interface PairMetrics {
  sqnrDb: number | null;
  cosine: number | null;
  maxAbs: number | null;
  meanAbs: number | null;
  /** Max error in quantization steps of the compared (model-side) tensor, when it is quantized. */
  errSteps: number | null;
  /** Fraction of reference values outside the range the quantized tensor can represent. */
  clippedFraction: number | null;
}

export interface LayerRow extends PairMetrics {
  /** The tensor's name in MODEL's source graph (or the compiled name with `compiledOnly`). */
  tensor: string;
  compiledOnly: boolean;
  referenceTensor: string;
  node: string | null;
  opType: string | null;
  /** The layer's name scope (for PyTorch exports, the module path). */
  unit: string;
  dtype: string | null;
  layout: string | null;
  /** The error this layer introduces on its own: it ran on the reference side's inputs. */
  localSqnrDb: number | null;
  /**
   * The layer read exactly the reference side's values (every input, bit for bit), so its local SQNR is its own
   * measured pair: no copy of it ran alone.
   */
  localFromModel?: true;
  /** Worst value over the inputs (lowest SQNR / cosine, highest errors), when there were several. */
  worst?: PairMetrics & { localSqnrDb: number | null };
  /** How the reference tensor was chosen when several could carry it ("decided by values: ..."). */
  note?: string;
  /**
   * The compiled node that absorbed this tensor (a fusion such as x * sigmoid(x) into QuickGelu): the target never
   * computes it, so the row has no metrics and says "not observable (fused into NODE)".
   */
  fused?: string;
}

export interface Culprit {
  node: string;
  tensor: string;
  unit: string;
  /** Error the layer introduces (dB): max of the local error's shortfall and the drop from its inputs. Higher is worse. */
  score: number;
  localSqnrDb: number | null;
  kind: CulpritKind;
  explanation: string;
  fix: string;
}

export interface CompareReport {
  mode: CompareMode;
  model: string;
  reference: string;
  target: CompileReport['target'];
  /** Target of the reference side (`reference`, or B of --compare-targets). */
  referenceTarget: CompileReport['target'];
  repairs: Array<{ id: string; title: string; count: number }>;
  /** The repaired copy that was compared in place of `model` (in the cache), when `repairs` were applied in memory. */
  repairedCopy?: string | null;
  input: {
    source: 'file' | 'folder' | 'random';
    paths: string[];
    count: number;
    seed: number | null;
    dims: Record<string, number>;
    /** The preprocessing spec an image input went through. */
    preprocess?: string;
  };
  output: Array<{ name: string; sqnrDb: number | null; cosine: number | null; maxAbs: number | null; top1Agreement: number | null; top1Misses: Top1Misses | null }>;
  threshold: number;
  layers: LayerRow[];
  /**
   * Tensors of the model quantized at run time (DynamicQuantizeLinear, the runtime's DynamicQuantizeMatMul): their
   * scale and zero point exist only while the model runs; the comparison dequantizes them with the captured ones.
   * Present only when there are some.
   */
  runtimeQuantized?: string[];
  unmatched: { model: string[]; reference: string[] };
  firstBad: { tensor: string; node: string | null; sqnrDb: number } | null;
  culprits: Culprit[];
  whatIf: Array<{ layer: string; outputSqnrBefore: number | null; outputSqnrAfter: number | null }>;
  diagnostics: Diagnostic[];
  /** The CPU facts this result depends on: what the target's integer kernels compute, and this machine. */
  cpuFacts: CpuFacts;
  timingsMs: Record<string, number>;
  peakRssMb: number;
}

/** The samples whose top-1 class differs between the sides, and how many of them are near ties the error decides. */
export interface Top1Misses {
  count: number;
  /** The reference scores both picks closer than the sides' largest difference in that sample. */
  withinError: number;
}

export interface CpuFacts {
  /** The model side's kernels (emulated family, or measured here); null when it is the exact reference. */
  kernels: CompileReport['kernels'] | null;
  /** This machine, as the runtime probe measured it. */
  machine: string;
  /** Sentences a reader needs to carry the result to another CPU. */
  notes: string[];
}
