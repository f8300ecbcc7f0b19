import type { CompareMode, CompareReport, Culprit, CpuFacts, Top1Misses } from '../compare-report';

/** Mean, lowest and 5th percentile of a metric over the inputs that measured it (dB). */
export interface Spread {
  mean: number | null;
  min: number | null;
  p5: number | null;
}

/** One compared layer over the set. */
export interface SetLayer {
  tensor: string;
  referenceTensor: string;
  node: string | null;
  opType: string | null;
  unit: string;
  dtype: string | null;
  /** Inputs it was measured on. */
  inputs: number;
  sqnrDb: Spread;
  localSqnrDb: Spread;
  /** Fraction of reference values outside the quantized range: mean and highest over the inputs. */
  clippedFraction: { mean: number | null; max: number | null };
  /** The input where its SQNR was lowest, and that SQNR. */
  worstInput: string | null;
  worstSqnrDb: number | null;
}

/** A culprit ranked on the set's aggregate, and how many of the inputs it holds on alone. */
export interface SetCulprit extends Culprit {
  /** Inputs on which it was a culprit on its own. */
  holdsOn: number;
  /** Inputs compared. */
  of: number;
  /** The input where its local SQNR was lowest. */
  worstInput: string | null;
}

/** What a tensor's values did over the set, against the range its quantization represents (to choose scales). */
export interface SetRange {
  tensor: string;
  node: string | null;
  observed: { min: number; max: number };
  /** The range its grid represents, (qmin - zp) * scale .. (qmax - zp) * scale; null when it has no per-tensor grid. */
  quant: { min: number; max: number; scale: number; zeroPoint: number; qmin: number; qmax: number } | null;
  /** Fraction of all its values over the set outside `quant`. */
  clippedFraction: number | null;
  /** The range that leaves 0.01% of the values outside (from a log histogram: within 2.2%, rounded outward). */
  clip01pct: { low: number; high: number } | null;
  /** The scale that grid would need to cover clip01pct with its zero point (null without a grid). */
  suggestedScale: number | null;
}

/** Many layers clipping over the set: the model's calibration does not cover these inputs (one finding, not one per layer). */
export interface SetCalibration {
  /** Clipping culprits on the aggregate, and the quantized activations compared (ranges with a grid). */
  clippingLayers: number;
  quantizedActivations: number;
  /** The median over those culprits of the inputs each holds on alone, of `of` compared. */
  medianHoldsOn: number;
  of: number;
  explanation: string;
  fix: string;
}

/** A comparison over a set of inputs (`quantlens compare --inputs`). */
export interface SetReport {
  kind: 'input-set';
  mode: CompareMode;
  model: string;
  reference: string;
  target: CompareReport['target'];
  referenceTarget: CompareReport['target'];
  inputs: {
    source: string;
    /** Files in the set, and how many the statistics cover (fewer when the run was stopped). */
    files: number;
    covered: number;
    partial: boolean;
    preprocess: string | null;
    dims: Record<string, number>;
    jobs: number;
  };
  threshold: number;
  output: Array<{ name: string; sqnrDb: Spread; top1Agreement: number | null; top1Misses: Top1Misses | null; worstInput: string | null }>;
  layers: SetLayer[];
  culprits: SetCulprit[];
  /** Layers that were a culprit on some inputs but not on the aggregate. */
  occasional: Array<{ node: string; holdsOn: number; worstInput: string | null }>;
  /** Set when so many layers clip that the calibration, not a layer, is the finding (see calibrationFit). */
  calibration: SetCalibration | null;
  ranges: SetRange[];
  /** Per input, in set order: its output SQNR (lowest over outputs) and how many culprits it had alone. */
  perInput: Array<{ file: string; outputSqnrDb: number | null; culprits: number } | null>;
  cpuFacts: CpuFacts;
  /** Engine sessions made and reused over the set (a reused one skips compiling). */
  sessions: { created: number; reused: number };
  timingsMs: Record<string, number>;
  peakRssMb: number;
}
