import Long from 'long';
import { DType, dtypeCode } from '../onnx/dtype';
import { ATTR, AttributeMsg, GraphMsg, GraphProto, ModelMsg, ModelProto, NodeMsg, NodeProto, TensorMsg, ValueInfoMsg, ValueInfoProto, make } from '../onnx/schema';
import { Tensor, TensorData, allocate, encodeTensor, numberToBfloat16Bits, numberToFloat16Bits } from '../onnx/tensor-codec';

/**
 * A small typed ONNX model builder, for tests, the runtime probe and the demo. Values are tensor names; `node()`
 * returns the names of the outputs it makes.
 */
export type AttrValue =
  | number | number[] | string | string[]
  | { kind: 'float'; value: number } | { kind: 'floats'; value: number[] }
  | { kind: 'tensor'; value: Tensor } | { kind: 'graph'; value: GraphMsg };

/** Mark a number as a float attribute (plain numbers are ints). */
export const f = (value: number): AttrValue => ({ kind: 'float', value });
export const fs = (value: number[]): AttrValue => ({ kind: 'floats', value });
export const tensorAttr = (value: Tensor): AttrValue => ({ kind: 'tensor', value });
export const graphAttr = (value: GraphMsg): AttrValue => ({ kind: 'graph', value });

/** Make a tensor from numbers (float16/bfloat16 converted to their bits; int64 to BigInt). */
export function tensor(dtype: DType, dims: number[], values: ArrayLike<number> | string[], name?: string): Tensor {
  const n = dims.reduce((a, b) => a * b, 1);
  if (values.length !== n * (dtype === 'complex64' || dtype === 'complex128' ? 2 : 1)) {
    throw new Error(`tensor ${name ?? ''}: ${values.length} values for dims [${dims}]`);
  }
  if (dtype === 'string') return { name, dtype, dims, data: [...(values as string[])] };
  const nums = values as ArrayLike<number>;
  const data = allocate(dtype, n) as Exclude<TensorData, string[]>;
  for (let i = 0; i < nums.length; i++) {
    const v = nums[i];
    if (dtype === 'float16') data[i] = numberToFloat16Bits(v);
    else if (dtype === 'bfloat16') data[i] = numberToBfloat16Bits(v);
    else if (data instanceof BigInt64Array || data instanceof BigUint64Array) data[i] = BigInt(Math.trunc(v));
    else data[i] = dtype === 'bool' ? (v ? 1 : 0) : v;
  }
  return { name, dtype, dims, data };
}

export function valueInfo(name: string, dtype?: DType, shape?: Array<number | string>): ValueInfoMsg {
  if (!dtype) return make<ValueInfoMsg>(ValueInfoProto, { name });
  const dim = (shape ?? []).map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }));
  return make<ValueInfoMsg>(ValueInfoProto, {
    name,
    type: { tensor_type: { elem_type: dtypeCode(dtype), ...(shape ? { shape: { dim } } : {}) } },
  });
}

function attribute(name: string, v: AttrValue): Partial<AttributeMsg> {
  if (typeof v === 'number') return { name, type: ATTR.INT, i: Long.fromNumber(v) };
  if (typeof v === 'string') return { name, type: ATTR.STRING, s: Buffer.from(v) };
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'number')) return { name, type: ATTR.INTS, ints: (v as number[]).map((x) => Long.fromNumber(x)) };
    return { name, type: ATTR.STRINGS, strings: (v as string[]).map((x) => Buffer.from(x)) };
  }
  switch (v.kind) {
    case 'float': return { name, type: ATTR.FLOAT, f: v.value };
    case 'floats': return { name, type: ATTR.FLOATS, floats: v.value };
    case 'tensor': return { name, type: ATTR.TENSOR, t: encodeTensor(v.value) };
    case 'graph': return { name, type: ATTR.GRAPH, g: v.value };
  }
}

export class GraphBuilder {
  private readonly nodes: NodeMsg[] = [];
  private readonly inits: TensorMsg[] = [];
  private readonly inputs: ValueInfoMsg[] = [];
  private readonly outputs: ValueInfoMsg[] = [];
  private counter = 0;

  constructor(readonly name = 'graph') {}

  input(name: string, dtype: DType, shape: Array<number | string>): string {
    this.inputs.push(valueInfo(name, dtype, shape));
    return name;
  }

  /** A graph output; dtype and shape may be left for the runtime to infer. */
  output(name: string, dtype?: DType, shape?: Array<number | string>): string {
    this.outputs.push(valueInfo(name, dtype, shape));
    return name;
  }

  initializer(name: string, t: Omit<Tensor, 'name'>): string {
    this.inits.push(encodeTensor({ ...t, name }));
    return name;
  }

  /** Shorthand for an initializer made from numbers. */
  constant(name: string, dtype: DType, dims: number[], values: ArrayLike<number>): string {
    return this.initializer(name, tensor(dtype, dims, values));
  }

  node(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, opts: { name?: string; domain?: string; outputs?: number | string[] } = {}): string[] {
    const name = opts.name ?? `${opType}_${this.counter++}`;
    const outputs = Array.isArray(opts.outputs) ? opts.outputs : Array.from({ length: opts.outputs ?? 1 }, (_, i) => `${name}_output_${i}`);
    this.nodes.push(make<NodeMsg>(NodeProto, {
      name, op_type: opType, domain: opts.domain ?? '', input: inputs, output: outputs,
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    }));
    return outputs;
  }

  /** One-output node. */
  op(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, opts: { name?: string; domain?: string; output?: string } = {}): string {
    return this.node(opType, inputs, attrs, { ...opts, outputs: opts.output ? [opts.output] : 1 })[0];
  }

  graph(): GraphMsg {
    return make<GraphMsg>(GraphProto, {
      name: this.name, node: this.nodes, initializer: this.inits, input: this.inputs, output: this.outputs,
    });
  }

  model(opts: { opset?: number; irVersion?: number; extraOpsets?: Record<string, number> } = {}): ModelMsg {
    const opsets = [{ domain: '', version: opts.opset ?? 17 }, ...Object.entries(opts.extraOpsets ?? {}).map(([domain, version]) => ({ domain, version }))];
    return make<ModelMsg>(ModelProto, {
      ir_version: opts.irVersion ?? 8,
      producer_name: 'quantlens-builder',
      opset_import: opsets,
      graph: this.graph(),
    });
  }
}

/** Deterministic pseudo-random numbers: test models and probes must be the same every run. */
export { rng } from '../../shared/rng';

export function randomValues(n: number, lo: number, hi: number, random: () => number, integer = false): number[] {
  return Array.from({ length: n }, () => {
    const v = lo + (hi - lo) * random();
    return integer ? Math.round(v) : v;
  });
}
