import type { Diagnostic } from '../findings/diagnostic';
import type { ModuleKind, QuantConfig } from './quant-classify';
import type { TensorRole } from './module-tree';
import type { InspectLimits } from './torch-file';

/** The JSON contract of `quantlens inspect` and of `inspectTorchScript`. */
export interface InspectReport {
  file: string;
  /**
   * `torchscript`: a jit.save archive (code + pickles); `pickle`: pickled Python objects from torch.save (zip or
   * legacy). `unknown` is part of the contract for readers, but a file QuantLens cannot read is an error instead.
   */
  format: 'torchscript' | 'pickle' | 'unknown';
  /** How the file stores its pickles. */
  container: 'zip' | 'legacy-pickle' | 'plain-pickle';
  /** The zip archive's folder name and `version` record, when it is a zip. */
  archive: { name: string; version: string | null; entries: number } | null;
  modules: ModuleInfo[];
  /** Op calls in one forward pass, by op (`aten::add`, `quantized::conv2d_relu`), most frequent first. */
  ops: Record<string, number>;
  /** `forward`: counted from the root's forward; `none`: the file has no TorchScript code, or no forward. */
  opsCounted: 'forward' | 'none';
  parameters: ParameterInfo[];
  quantization: QuantSummary;
  /** Objects of classes QuantLens does not interpret, kept as inert placeholders (pickle files): class -> count. */
  placeholders: Record<string, number>;
  diagnostics: Diagnostic[];
}

export interface ModuleInfo {
  /** Qualified name as in `named_modules()`: '' for the root, `features.0.0` below it. */
  name: string;
  /** The class, without TorchScript's `__torch__.` prefix and mangling; null when inferred from state_dict keys. */
  type: string | null;
  kind: ModuleKind;
  quant?: QuantConfig;
}

export interface ParameterInfo {
  name: string;
  dtype: string;
  shape: number[];
  kind: TensorRole;
  module: string;
  requiresGrad?: boolean;
  quantization?: {
    qscheme: string;
    scale?: number;
    zeroPoint?: number;
    axis?: number;
    channels?: number;
  };
}

export type QuantState = 'float' | 'qat-unconverted' | 'converted' | 'mixed';

/** One quantization range and how many modules or tensors use it. */
export interface QuantRange extends QuantConfig {
  count: number;
}

export interface QuantSummary {
  state: QuantState;
  fakeQuantModules: number;
  /** FusedMovingAvgObsFakeQuantize modules: they call aten::fused_moving_avg_obs_fake_quant, which ONNX export lacks. */
  fusedFakeQuantModules: number;
  /** Observers not owned by a fake-quantize module: a model prepared for post-training quantization. */
  observerModules: number;
  qatModules: number;
  quantizedModules: number;
  packedParams: number;
  quantizedTensors: number;
  fakeQuantOpCalls: number;
  quantizedOpCalls: number;
  ranges: QuantRange[];
}

export interface InspectOptions {
  limits?: Partial<InspectLimits>;
}
