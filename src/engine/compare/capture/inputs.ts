import * as fs from 'fs';
import * as path from 'path';
import { badInput } from '../../errors';
import { isImageFileName } from '../../inputs/image-decode';
import { imageSample } from '../../inputs/image-input';
import { randomInputs } from '../../inputs/random-input';
import { IRGraph } from '../../ir/ir-types';
import { readTensorFile } from '../../io/tensor-file';
import { Tensor, elementCount } from '../../onnx/tensor-codec';
import type { CompareReport } from '../compare-report';

/** The inputs of a comparison: one record of graph input -> tensor per sample. */
export type Samples = Array<Record<string, Tensor>>;

export interface InputSamples {
  samples: Samples;
  info: CompareReport['input'];
}

/** Graph inputs as the runtime needs them: fixed shapes (symbolic dims resolved), dtypes. */
function graphInputs(g: IRGraph, dims: Record<string, number>): Array<{ name: string; dtype: string; shape: number[]; symbolic: boolean[] }> {
  return g.inputs.map((name) => {
    const v = g.values.get(name);
    if (!v?.dtype || !v.shape) throw badInput(undefined, `graph input '${name}' has no tensor type`);
    return { name, dtype: v.dtype, shape: v.shape.map((d) => (typeof d === 'number' ? d : dims[d] ?? 1)), symbolic: v.shape.map((d) => typeof d !== 'number') };
  });
}

function sliceBatch(t: Tensor, index: number, per: number, name: string): Tensor {
  const inner = elementCount(t.dims.slice(1));
  const Ctor = t.data.constructor as new (buf: ArrayBufferLike, off: number, len: number) => Tensor['data'];
  const bytes = Array.isArray(t.data) ? 0 : (t.data as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  const data = Array.isArray(t.data) ? t.data.slice(index * per * inner, (index + 1) * per * inner) : new Ctor(t.data.buffer, t.data.byteOffset + index * per * inner * bytes, per * inner);
  return { name, dtype: t.dtype, dims: [per, ...t.dims.slice(1)], data };
}

/**
 * A file without the graph input: one line, naming a few of its tensors. A file of many tensors is most likely the
 * activations a framework dumped, which belong to --reference (listing them all made an 8 KB line).
 */
function missingInput(file: string, input: string, keys: string[], inputs: number): Error {
  if (keys.length === 0) return badInput(file, `no tensor for graph input '${input}' (the file holds nothing)`);
  const some = `${keys.slice(0, 3).join(', ')}${keys.length > 3 ? `, … ${keys.length - 3} more` : ''}`;
  if (keys.length > inputs) return badInput(file, `no tensor for graph input '${input}'; it holds ${keys.length} tensors (${some}), like activations: pass activations as --reference, and the model's input as --input`);
  return badInput(file, `no tensor for graph input '${input}' (the file holds: ${some})`);
}

/**
 * Inputs for a comparison: a tensor file or folder keyed by graph input name (a single-input model also takes an
 * unnamed `.npy`), several samples when the arrays hold a batch larger than the model's batch dimension; an image
 * (PNG or JPEG) through a preprocessing spec (`preprocess`, or the one beside it), as a set of inputs takes it; or,
 * without a file, one deterministic random sample. Dtypes and shapes are checked against the model with clear errors.
 */
export function loadInputs(g: IRGraph, file: string | undefined, dims: Record<string, number>, seed = 2024, preprocess?: string): InputSamples {
  if (preprocess && !(file && isImageFileName(path.basename(file)))) throw badInput(preprocess, `a preprocessing spec applies to images; the input is ${file ? `the tensor file ${file}` : 'random'}`);
  if (!file) {
    graphInputs(g, dims);
    return { samples: [randomInputs(g, dims, seed)], info: { source: 'random', paths: [], count: 1, seed, dims } };
  }
  if (isImageFileName(path.basename(file))) {
    const image = imageSample(g, file, dims, preprocess);
    return { samples: [image.sample], info: { source: 'file', paths: [file], count: 1, seed: null, dims: image.dims, preprocess: image.spec.file } };
  }
  const isDir = fs.existsSync(file) && fs.statSync(file).isDirectory();
  const tensors = readTensorFile(file);
  dims = { ...dims };
  // Symbolic dims the user did not fix take the input file's sizes (a symbolic batch takes the whole batch).
  for (const name of g.inputs) {
    const t = tensors.get(name) ?? (g.inputs.length === 1 && tensors.size === 1 ? [...tensors.values()][0] : undefined);
    g.values.get(name)?.shape?.forEach((d, i) => {
      if (typeof d === 'string' && !(d in dims) && t && i < t.dims.length) dims[d] = t.dims[i];
    });
  }
  const inputs = graphInputs(g, dims);
  const byInput = new Map<string, Tensor>();
  for (const inp of inputs) {
    let t = tensors.get(inp.name);
    if (!t && inputs.length === 1 && tensors.size === 1) t = [...tensors.values()][0];
    if (!t) throw missingInput(file, inp.name, [...tensors.keys()], inputs.length);
    if (t.dtype !== inp.dtype) throw badInput(file, `input '${inp.name}' is ${t.dtype}, the model expects ${inp.dtype}`);
    if (t.dims.length !== inp.shape.length) throw badInput(file, `input '${inp.name}' has shape [${t.dims}], the model expects [${inp.shape}] (rank ${inp.shape.length})`);
    for (let i = 1; i < inp.shape.length; i++) {
      if (t.dims[i] !== inp.shape[i] && !inp.symbolic[i]) throw badInput(file, `input '${inp.name}' has shape [${t.dims}], the model expects [${inp.shape}]`);
    }
    byInput.set(inp.name, t);
  }
  for (const key of tensors.keys()) if (!byInput.has(key) && inputs.length > 1) throw badInput(file, `'${key}' is not an input of the model (inputs: ${inputs.map((i) => i.name).join(', ')})`);
  // A batch: the arrays' first dimension is a multiple of the model's (fixed) batch dimension.
  const counts = inputs.map((inp) => {
    const t = byInput.get(inp.name)!;
    if (inp.symbolic[0] || t.dims.length === 0) return 1;
    if (t.dims[0] % inp.shape[0] !== 0) throw badInput(file, `input '${inp.name}' has ${t.dims[0]} rows, not a multiple of the model's batch ${inp.shape[0]}`);
    return t.dims[0] / inp.shape[0];
  });
  const count = counts[0];
  if (counts.some((c) => c !== count)) throw badInput(file, `the inputs hold different numbers of samples (${counts.join(', ')})`);
  const samples: InputSamples['samples'] = [];
  for (let s = 0; s < count; s++) {
    const sample: Record<string, Tensor> = {};
    for (const inp of inputs) {
      const t = byInput.get(inp.name)!;
      sample[inp.name] = count === 1 ? { ...t, name: inp.name } : sliceBatch(t, s, inp.shape[0], inp.name);
    }
    samples.push(sample);
  }
  return { samples, info: { source: isDir ? 'folder' : 'file', paths: [file], count, seed: null, dims } };
}
