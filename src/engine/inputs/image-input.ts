import * as fs from 'fs';
import * as path from 'path';
import { badInput } from '../errors';
import type { IRGraph } from '../ir/ir-types';
import type { Tensor } from '../onnx/tensor-codec';
import { decodeImage } from './image-decode';
import { imageToTensor, InputSlot } from './preprocess';
import { PREPROCESS_FILE_NAME, PreprocessSpec, readPreprocessSpec } from './preprocess-spec';

/** A preprocessing spec and the file it came from. */
export interface SpecFile {
  file: string;
  spec: PreprocessSpec;
}

/** The spec images in folder `dir` go through: the one given (--preprocess), else `quantlens.preprocess.json` there. */
export function findPreprocessSpec(dir: string, given?: string): SpecFile | null {
  const besides = path.join(dir, PREPROCESS_FILE_NAME);
  const file = given ?? (fs.existsSync(besides) ? besides : null);
  return file ? { file, spec: readPreprocessSpec(file) } : null;
}

/** Where a spec must come from, said when an image has none. */
export function noSpec(image: string, them: 'it' | 'them'): Error {
  return badInput(image, `images need a preprocessing spec: put ${PREPROCESS_FILE_NAME} beside ${them}, or give --preprocess SPEC.json`);
}

/**
 * The graph input an image feeds (the spec's, or the only one) at the size it takes: symbolic spatial dims take the
 * spec's output size, a symbolic batch is one image; `dims` receives what it resolved.
 */
export function imageSlot(g: IRGraph, spec: PreprocessSpec, dims: Record<string, number>, specFile: string): InputSlot {
  const name = spec.input ?? (g.inputs.length === 1 ? g.inputs[0] : null);
  if (!name) throw badInput(specFile, `the model has ${g.inputs.length} inputs (${g.inputs.join(', ')}); the preprocessing spec must say which one images feed ('input')`);
  if (g.inputs.length !== 1) throw badInput(specFile, `images feed a model with one input; this one has ${g.inputs.join(', ')}`);
  if (!g.inputs.includes(name)) throw badInput(specFile, `'input': the model has no input '${name}' (inputs: ${g.inputs.join(', ')})`);
  const v = g.values.get(name);
  if (!v?.dtype || !v.shape) throw badInput(undefined, `graph input '${name}' has no tensor type`);
  const fromSpec = spec.centerCrop ?? (Array.isArray(spec.resize) ? spec.resize : null);
  const hw = spec.layout === 'NCHW' ? [2, 3] : [1, 2];
  const shape = v.shape.map((d, i) => (typeof d === 'number' ? d : dims[d] ?? (fromSpec && hw.includes(i) ? fromSpec[hw.indexOf(i)] : 1)));
  v.shape.forEach((d, i) => {
    if (typeof d === 'string' && !(d in dims)) dims[d] = shape[i];
  });
  return { name, dtype: v.dtype, shape };
}

/** One image as the model's input: decoded and preprocessed with the spec given or the one beside it. */
export function imageSample(g: IRGraph, file: string, dims: Record<string, number>, given?: string): { sample: Record<string, Tensor>; spec: SpecFile; dims: Record<string, number> } {
  const spec = findPreprocessSpec(path.dirname(file), given);
  if (!spec) throw noSpec(file, 'it');
  const resolved = { ...dims };
  const slot = imageSlot(g, spec.spec, resolved, spec.file);
  return { sample: { [slot.name]: imageToTensor(decodeImage(file), spec.spec, slot, file) }, spec, dims: resolved };
}
