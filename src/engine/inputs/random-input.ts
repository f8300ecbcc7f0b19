import { rng, tensor } from '../builder/model-builder';
import { badInput } from '../errors';
import { IRGraph } from '../ir/ir-types';
import { Tensor } from '../onnx/tensor-codec';

/**
 * A deterministic input for every graph input: floats uniform in [-1, 1), integers in [0, 10), bools alternating.
 * Symbolic dims take `dims` values (1 by default). The same model and seed always give the same tensors.
 */
export function randomInputs(graph: IRGraph, dims: Record<string, number> = {}, seed = 2024): Record<string, Tensor> {
  const random = rng(seed);
  const feeds: Record<string, Tensor> = {};
  for (const name of graph.inputs) {
    const v = graph.values.get(name)!;
    if (!v.dtype || !v.shape) throw badInput(undefined, `graph input '${name}' has no tensor type: cannot make an input for it`);
    const shape = v.shape.map((d) => (typeof d === 'number' ? d : dims[d] ?? 1));
    const n = shape.reduce((a, b) => a * b, 1);
    if (n > 1 << 28) throw badInput(undefined, `graph input '${name}' would hold ${n} elements; give smaller --dim values`);
    const isFloat = v.dtype.startsWith('float') || v.dtype === 'bfloat16' || v.dtype.startsWith('complex');
    // Complex values take two numbers each (real, imaginary).
    const slots = n * (v.dtype.startsWith('complex') ? 2 : 1);
    const values = v.dtype === 'string' ? Array.from({ length: n }, (_, i) => `s${i}`) : Array.from({ length: slots }, (_, i) => (isFloat ? random() * 2 - 1 : v.dtype === 'bool' ? i % 2 : Math.floor(random() * 10)));
    feeds[name] = tensor(v.dtype, shape, values as number[] | string[], name);
  }
  return feeds;
}
