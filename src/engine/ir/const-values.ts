import { ATTR, GraphMsg, NodeMsg, num } from '../onnx/schema';
import { dtypeFromCode } from '../onnx/dtype';
import { Tensor, allocate, decodeTensor, toFloat32 } from '../onnx/tensor-codec';

/**
 * Values known before running: initializers, Constant outputs, and what a few shape-preserving ops make of them
 * (Identity, Cast, Reshape, Squeeze, Unsqueeze, ConstantOfShape). Quantization parameters in exported models often
 * sit behind such chains (PyTorch emits a Constant per scale; zero points are shared through Identity nodes).
 */
export class ConstValues {
  private readonly producers = new Map<string, NodeMsg>();
  private readonly initializers = new Map<string, GraphMsg['initializer'][number]>();
  private readonly cache = new Map<string, Tensor | null>();

  constructor(graph: GraphMsg) {
    for (const t of graph.initializer) this.initializers.set(t.name, t);
    for (const n of graph.node) for (const o of n.output) if (o) this.producers.set(o, n);
  }

  isInitializer(name: string): boolean {
    return this.initializers.has(name);
  }

  /** The tensor behind `name`, or undefined when it is only known at run time. */
  get(name: string): Tensor | undefined {
    if (!name) return undefined;
    if (this.cache.has(name)) return this.cache.get(name) ?? undefined;
    this.cache.set(name, null); // cycle guard
    let value: Tensor | undefined;
    try {
      value = this.compute(name);
    } catch {
      value = undefined;
    }
    this.cache.set(name, value ?? null);
    return value;
  }

  /** Follow Identity/Cast/Reshape-like chains back to the tensor that holds the data (for naming sources). */
  origin(name: string): string {
    let cur = name;
    for (let i = 0; i < 64; i++) {
      const n = this.producers.get(cur);
      if (!n || !PASS_THROUGH.has(n.op_type) || !n.input[0]) return cur;
      cur = n.input[0];
    }
    return cur;
  }

  private compute(name: string): Tensor | undefined {
    const init = this.initializers.get(name);
    if (init) return decodeTensor(init);
    const n = this.producers.get(name);
    if (!n) return undefined;
    switch (n.op_type) {
      case 'Constant': {
        const a = n.attribute[0];
        if (!a) return undefined;
        if (a.type === ATTR.TENSOR && a.t) return decodeTensor(a.t);
        if (a.name === 'value_float') return { dtype: 'float32', dims: [], data: Float32Array.of(a.f) };
        if (a.name === 'value_floats') return { dtype: 'float32', dims: [a.floats.length], data: Float32Array.from(a.floats) };
        if (a.name === 'value_int') return { dtype: 'int64', dims: [], data: BigInt64Array.of(BigInt(num(a.i))) };
        if (a.name === 'value_ints') return { dtype: 'int64', dims: [a.ints.length], data: BigInt64Array.from(a.ints, (v) => BigInt(num(v))) };
        return undefined;
      }
      case 'Identity': {
        const src = this.get(n.input[0]);
        return src && { ...src, name };
      }
      case 'Reshape': case 'Squeeze': case 'Unsqueeze': case 'Flatten': {
        const src = this.get(n.input[0]);
        if (!src) return undefined;
        const count = src.dims.reduce((a, b) => a * b, 1);
        // The values are what matters for quantization parameters; the exact new shape only when it is simple.
        const shape = n.op_type === 'Reshape' ? this.get(n.input[1]) : undefined;
        const dims = shape ? toFloat32(shape).map((d, i) => (d === 0 ? src.dims[i] : d)) : undefined;
        const fixed = dims && !dims.includes(-1) ? Array.from(dims) : count === 1 ? [] : [count];
        return { ...src, name, dims: fixed };
      }
      case 'Cast': {
        const src = this.get(n.input[0]);
        const to = n.attribute.find((a) => a.name === 'to');
        if (!src || !to) return undefined;
        return castTensor(src, num(to.i), name);
      }
      case 'ConstantOfShape': {
        const shape = this.get(n.input[0]);
        if (!shape) return undefined;
        const dims = Array.from(toFloat32(shape));
        const value = n.attribute.find((a) => a.name === 'value')?.t;
        const fill = value ? decodeTensor(value) : { dtype: 'float32' as const, dims: [1], data: Float32Array.of(0) };
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > 1 << 20) return undefined;
        const data = new (fill.data.constructor as new (n: number) => Float32Array)(count);
        (data as unknown as { fill(v: unknown): void }).fill((fill.data as ArrayLike<unknown>)[0]);
        return { name, dtype: fill.dtype, dims, data: data as Tensor['data'] };
      }
      default:
        return undefined;
    }
  }
}

const PASS_THROUGH = new Set(['Identity', 'Cast', 'Reshape', 'Squeeze', 'Unsqueeze', 'Flatten']);

function castTensor(src: Tensor, toCode: number, name: string): Tensor | undefined {
  const dtype = dtypeFromCode(toCode);
  if (!dtype || dtype === 'string' || dtype === 'float16' || dtype === 'bfloat16') return undefined;
  const values = toFloat32(src);
  const out = allocate(dtype, values.length);
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) for (let i = 0; i < values.length; i++) out[i] = BigInt(Math.trunc(values[i]));
  else if (!Array.isArray(out)) (out as Float32Array).set(values);
  return { name, dtype, dims: src.dims, data: out };
}
