import * as path from 'path';
import type { CompareMode } from '../../../shared/compare-modes';
import { ParsedModel } from '../../compile/compile';
import { badInput } from '../../errors';
import { readTensorFile } from '../../io/tensor-file';
import { Tensor } from '../../onnx/tensor-codec';
import type { Samples } from '../capture/inputs';
import { Located, referenceSide, Side, SideOptions, targetSide } from '../sides/sides';
import type { CompareOptions } from '../compare-options';

/**
 * What the model is held against. The kind decides how rows align, where layers run alone, and which evidence and
 * what-if apply; a new kind of reference (emulated kernels, say) is one more member here and a side in sides.ts.
 */
export type Reference =
  /** The same model, exact: integer ops expanded to DequantizeLinear -> float op -> QuantizeLinear (compiled-vs-source). */
  | { kind: 'exact'; side: Side; file: string }
  /** The same model compiled for another target (target-vs-target): layers also run alone there. */
  | { kind: 'target'; side: Side; file: string }
  /** The float model the quantized one came from (quant-vs-float): units matched by structure, weights compared. */
  | { kind: 'float-twin'; side: Side; file: string }
  /** Activations dumped from the framework, keyed by tensor or module name. */
  | { kind: 'activations'; tensors: Map<string, Tensor>; file: string };

/** Where one aligned row's reference value comes from. */
export type RowReference =
  /** A tensor the reference side computes (exact, another target, the float twin). */
  | { kind: 'tensor'; at: Located }
  /** An entry of the activations file. */
  | { kind: 'key'; key: string };

/** Both sides run the same model: a layer should agree to rounding, and "in float" keeps the model's quantization points. */
export function sameModel(r: Reference): boolean {
  return r.kind === 'exact' || r.kind === 'target';
}

export function referenceSideOf(r: Reference): Side | null {
  return r.kind === 'activations' ? null : r.side;
}

export interface Sides {
  model: Side;
  reference: Reference;
}

type SidesOptions = Pick<CompareOptions, 'model' | 'reference' | 'target' | 'referenceTarget'>;

function referenceFile(opts: SidesOptions): string {
  if (!opts.reference) throw badInput(undefined, 'this comparison needs --reference');
  return opts.reference;
}

/**
 * The capture and reference stages' start: the model as its target compiles it, and what it is held against. An
 * activations file is read first, so a bad one fails before anything is compiled.
 */
export async function openSides(opts: SidesOptions, mode: CompareMode, sideOpts: SideOptions, parsed: ParsedModel): Promise<Sides> {
  const activations = mode === 'activations' ? readTensorFile(referenceFile(opts)) : null;
  sideOpts.onProgress?.(`compiling ${path.basename(opts.model)} for ${opts.target.id}`);
  const model = await targetSide(opts.model, opts.target, sideOpts, parsed);
  switch (mode) {
    case 'compiled-vs-source':
      return { model, reference: { kind: 'exact', side: referenceSide(model.file, opts.referenceTarget, sideOpts, model.model), file: model.file } };
    case 'target-vs-target':
      return { model, reference: { kind: 'target', side: await targetSide(opts.model, opts.referenceTarget, sideOpts, parsed), file: model.file } };
    case 'quant-vs-float': {
      const file = referenceFile(opts);
      const side = opts.referenceTarget.id === 'reference' ? referenceSide(file, opts.referenceTarget, sideOpts) : await targetSide(file, opts.referenceTarget, sideOpts);
      return { model, reference: { kind: 'float-twin', side, file: path.resolve(file) } };
    }
    case 'activations': {
      const file = referenceFile(opts);
      return { model, reference: { kind: 'activations', tensors: activations ?? readTensorFile(file), file: path.resolve(file) } };
    }
  }
}

/** The inputs as the reference side takes them: a float twin may name its inputs differently. */
export function referenceFeeds(reference: Reference, model: Side, samples: Samples): Samples {
  if (reference.kind !== 'float-twin') return samples;
  const from = model.source.inputs;
  const to = reference.side.source.inputs;
  if (from.length !== to.length) throw badInput(reference.side.file, `the reference has ${to.length} inputs, the model ${from.length}: they cannot take the same input`);
  return samples.map((s) => Object.fromEntries(to.map((name, i) => [name, { ...s[from[i]], name }])));
}
