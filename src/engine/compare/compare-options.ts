import * as fs from 'fs';
import * as path from 'path';
import { badInput } from '../errors';
import { QuantParams } from '../ir/ir-types';
import { EngineClient } from '../process/engine-client';
import { Target } from '../targets/target';
import { CompareMode } from './compare-report';

/** What a comparison is asked to do (the CLI's flags, the extension's picks). */
export interface CompareOptions {
  model: string;
  reference?: string;
  mode?: CompareMode;
  target: Target;
  /** The reference side's target: `reference` (exact), or B of --compare-targets. */
  referenceTarget: Target;
  compareTargets?: boolean;
  input?: string;
  /** The preprocessing spec an image input goes through (else quantlens.preprocess.json beside it). */
  preprocess?: string;
  dims?: Record<string, number>;
  map?: string;
  threshold?: number;
  keepFloat?: string[];
  engine: EngineClient;
  threads?: number;
  signal?: AbortSignal;
  onProgress?: (m: string) => void;
  /** Memory for one chunk of captured tensors (both sides, every sample). */
  chunkMb?: number;
  /**
   * Keep the normalized values (first input) of these layers' pairs (by tensor or node name), and with `notable` those
   * of the culprits, the first bad layer and the outputs; `onPairs` receives them at the end (the tensor diff view).
   */
  pairs?: { tensors: string[]; notable: boolean; onPairs: (pairs: PairValues[]) => void };
}

/** One aligned pair's values as compared: both sides float32 NCHW, with the compared tensor's grid. */
export interface PairValues {
  tensor: string;
  referenceTensor: string;
  node: string | null;
  dims: number[];
  reference: Float32Array;
  actual: Float32Array;
  quant: QuantParams | null;
  layoutNote: string | null;
}

const ACTIVATION_EXTENSIONS = new Set(['.npz', '.npy', '.pb']);

/** The mode the arguments ask for: explicit, or from the reference's kind (none, an .onnx, an activations file). */
export function resolveMode(opts: Pick<CompareOptions, 'mode' | 'reference' | 'compareTargets'>): CompareMode {
  const implied: CompareMode = opts.compareTargets ? 'target-vs-target'
    : !opts.reference ? 'compiled-vs-source'
      : path.extname(opts.reference).toLowerCase() === '.onnx' ? 'quant-vs-float'
        : 'activations';
  if (opts.reference && implied === 'activations') {
    const isDir = fs.existsSync(opts.reference) && fs.statSync(opts.reference).isDirectory();
    if (!isDir && !ACTIVATION_EXTENSIONS.has(path.extname(opts.reference).toLowerCase())) {
      throw badInput(opts.reference, 'a reference is an .onnx model (quant-vs-float) or activations: .npz, .npy, .pb, or a folder of them');
    }
  }
  if (opts.mode && opts.mode !== implied) {
    const why = implied === 'compiled-vs-source' ? 'no --reference was given' : implied === 'target-vs-target' ? '--compare-targets was given' : `the reference is ${implied === 'quant-vs-float' ? 'an .onnx model' : 'an activations file'}`;
    throw badInput(undefined, `--mode ${opts.mode} does not fit the arguments: ${why} (mode ${implied})`);
  }
  return implied;
}
