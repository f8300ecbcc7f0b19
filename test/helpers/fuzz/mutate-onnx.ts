import Long from 'long';
import { ATTR, GraphMsg, ModelMsg, ModelProto, NodeMsg, NodeProto, TensorMsg, make } from '../../../src/engine/onnx/schema';
import { Dice, flipBytes, truncate } from './random';

/** Interesting values for integer fields: edges of every range a reader might get wrong. */
const INTS = [-(2 ** 31), -1e12, -2, -1, 0, 1, 2, 3, 7, 255, 256, 65535, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 1e12, Number.MAX_SAFE_INTEGER];
const OP_TYPES = ['Conv', 'Relu', 'Add', 'MatMul', 'QuantizeLinear', 'DequantizeLinear', 'QLinearConv', 'QLinearMatMul', 'Reshape', 'Resize', 'BatchNormalization', 'Gather', 'Concat', 'Softmax', 'If', 'Loop', 'Identity', 'Cast', 'FooBar', '', 'conv', 'QLinearAdd', 'ConvInteger', 'MatMulInteger', 'DynamicQuantizeLinear', 'Transpose', 'Slice', 'TopK', 'NonZero', 'Where'];
const DOMAINS = ['', 'ai.onnx', 'com.microsoft', 'com.microsoft.nchwc', 'ai.onnx.ml', 'org.pytorch.aten', 'made.up', 'ai.onnx.preview.training'];
const LOCATIONS = ['../outside.data', '/etc/passwd', 'missing.data', 'folder.data', 'model.onnx', '', 'sub/../../x.data', 'w.data', 'C:\\w.data', 'w.data\0x'];

type Mutation = (m: ModelMsg, d: Dice) => string;

function graphOf(m: ModelMsg): GraphMsg {
  return m.graph!;
}

function someNode(g: GraphMsg, d: Dice): NodeMsg | undefined {
  return g.node.length ? d.pick(g.node) : undefined;
}

function someTensor(g: GraphMsg, d: Dice): TensorMsg | undefined {
  const all: TensorMsg[] = [...g.initializer];
  for (const n of g.node) for (const a of n.attribute) if (a.t) all.push(a.t);
  return all.length ? d.pick(all) : undefined;
}

function long(v: number): Long {
  return Long.fromNumber(v);
}

const MUTATIONS: Record<string, Mutation> = {
  'op-type': (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n) n.op_type = d.pick(OP_TYPES);
    return `op type ${n?.op_type}`;
  },
  domain: (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n) n.domain = d.pick(DOMAINS);
    return `domain ${n?.domain}`;
  },
  'dangling-input': (m, d) => {
    const n = someNode(graphOf(m), d);
    if (n && n.input.length) n.input[d.int(0, n.input.length - 1)] = d.pick(['nowhere', '', n.output[0] ?? 'x']);
    return 'input renamed';
  },
  'swap-nodes': (m, d) => {
    const g = graphOf(m);
    if (g.node.length > 1) {
      const [i, j] = [d.int(0, g.node.length - 1), d.int(0, g.node.length - 1)];
      [g.node[i], g.node[j]] = [g.node[j], g.node[i]];
    }
    return 'nodes swapped';
  },
  'duplicate-output': (m, d) => {
    const g = graphOf(m);
    const a = someNode(g, d);
    const b = someNode(g, d);
    if (a && b && b.output.length) a.output[0] = b.output[0];
    return 'output produced twice';
  },
  'graph-outputs': (m, d) => {
    const g = graphOf(m);
    if (d.chance(0.5) && g.output.length) g.output.push(g.output[0]);
    else if (g.output.length) g.output[0].name = d.pick(['missing', '', g.input[0]?.name ?? 'x']);
    return 'graph outputs';
  },
  'drop-node': (m, d) => {
    const g = graphOf(m);
    if (g.node.length) g.node.splice(d.int(0, g.node.length - 1), 1);
    return 'node dropped';
  },
  'repeat-node': (m, d) => {
    // The hostile case that once hung the repair: one node repeated thousands of times, all writing one output or
    // each its own.
    const g = graphOf(m);
    const n = someNode(g, d);
    if (!n) return 'no node';
    const times = d.pick([10, 200, 2000]);
    const fresh = d.chance(0.5);
    for (let i = 0; i < times; i++) {
      const copy = make<NodeMsg>(NodeProto, { ...n, name: '', output: fresh ? n.output.map((o) => `${o}_rep${i}`) : n.output });
      g.node.push(copy);
    }
    return `node repeated ${times} times${fresh ? '' : ' onto one output'}`;
  },
  'tensor-dtype': (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) t.data_type = d.int(0, 30);
    return `dtype ${t?.data_type}`;
  },
  'tensor-dims': (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      if (t.dims.length && d.chance(0.7)) t.dims[d.int(0, t.dims.length - 1)] = long(d.pick(INTS));
      else t.dims.push(long(d.pick([0, 1, 2, -1])));
    }
    return 'tensor dims';
  },
  'raw-data-length': (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t && t.raw_data?.length) t.raw_data = d.chance(0.5) ? t.raw_data.slice(0, d.int(0, t.raw_data.length - 1)) : new Uint8Array([...t.raw_data, ...new Uint8Array(d.int(1, 64))]);
    return 'raw_data length';
  },
  'typed-field': (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      t.raw_data = new Uint8Array(0);
      const n = t.dims.reduce<number>((a, b) => a * Number(b), 1);
      const count = Math.max(0, Math.min(4096, n + d.int(-1, 1)));
      t.int32_data = Array.from({ length: count }, () => d.pick([0, 1, -1, 127, 128, 255, 300, -129, 65536]));
    }
    return 'typed field values';
  },
  'scale-values': (m, d) => {
    const scales = graphOf(m).initializer.filter((t) => t.data_type === 1 && (t.raw_data?.length ?? 0) <= 64 && /s|scale/i.test(t.name));
    const t = scales.length ? d.pick(scales) : undefined;
    if (t && t.raw_data?.length) {
      const f = new Float32Array(t.raw_data.length / 4);
      f.fill(d.pick([0, -1, NaN, Infinity, 1e-45]));
      t.raw_data = new Uint8Array(f.buffer);
    }
    return `scale ${t?.name}`;
  },
  'zero-point-dtype': (m, d) => {
    const zps = graphOf(m).initializer.filter((t) => (t.data_type === 2 || t.data_type === 3) && /z|zero/i.test(t.name));
    const t = zps.length ? d.pick(zps) : undefined;
    if (t) {
      t.data_type = d.pick([6, 7, 1, 8, 9]);
      const n = t.dims.reduce<number>((a, b) => a * Number(b), 1);
      t.raw_data = new Uint8Array(n * (t.data_type === 7 ? 8 : t.data_type === 9 ? 1 : 4));
    }
    return `zero point dtype ${t?.data_type}`;
  },
  'input-dims': (m, d) => {
    const v = graphOf(m).input[0];
    const dim = v?.type?.tensor_type?.shape?.dim;
    if (dim?.length) dim[d.int(0, dim.length - 1)] = { dim_value: long(d.pick(INTS)), value: 'dim_value' };
    return 'input dims';
  },
  'elem-type': (m, d) => {
    const vs = [...graphOf(m).input, ...graphOf(m).output];
    const v = vs.length ? d.pick(vs) : undefined;
    if (v?.type?.tensor_type) v.type.tensor_type.elem_type = d.int(0, 30);
    return 'elem type';
  },
  opset: (m, d) => {
    const o = m.opset_import[0];
    if (d.chance(0.2)) m.opset_import.push({ domain: d.pick(DOMAINS), version: long(d.pick([1, 13])) });
    else if (d.chance(0.1)) m.opset_import = [];
    else if (o) o.version = long(d.pick([0, 1, 6, 7, 10, 13, 17, 21, 23, 26, 27, 99, 2 ** 31]));
    return 'opset';
  },
  'ir-version': (m, d) => {
    m.ir_version = long(d.pick([0, 1, 3, 7, 10, 11, 12, 99, -1]));
    return `ir ${m.ir_version}`;
  },
  'external-location': (m, d) => {
    const t = someTensor(graphOf(m), d);
    if (t) {
      const length = d.chance(0.7) ? t.raw_data?.length ?? 0 : d.pick(INTS);
      t.data_location = 1;
      t.raw_data = new Uint8Array(0);
      t.external_data = [{ key: 'location', value: d.pick(LOCATIONS) }, { key: 'offset', value: String(d.pick([0, 0, 4096, -1, 1e15])) }, { key: 'length', value: String(length) }];
    }
    return `external location ${t?.external_data[0]?.value}`;
  },
  attribute: (m, d) => {
    const n = someNode(graphOf(m), d);
    const a = n?.attribute.length ? d.pick(n.attribute) : undefined;
    if (a) {
      if (d.chance(0.3)) a.type = d.int(0, 20);
      else if (a.type === ATTR.INT) a.i = long(d.pick(INTS));
      else if (a.type === ATTR.INTS) a.ints = a.ints.map(() => long(d.pick(INTS)));
      else if (a.type === ATTR.FLOAT) a.f = d.pick([NaN, -1, 0, 1e30]);
      else n!.attribute.push(a);
    }
    return 'attribute';
  },
};

export const ONNX_MUTATIONS = Object.keys(MUTATIONS);

/** A mutant of `model`: one or two protobuf-aware edits, then now and then a cut or some flipped bytes. */
export function mutateOnnx(model: ModelMsg, d: Dice): { bytes: Uint8Array; what: string } {
  const m = ModelProto.decode(ModelProto.encode(model as never).finish()) as unknown as ModelMsg;
  const names: string[] = [];
  const edits = d.chance(0.3) ? 2 : 1;
  for (let i = 0; i < edits; i++) {
    const name = d.pick(ONNX_MUTATIONS);
    names.push(`${name}: ${MUTATIONS[name](m, d)}`);
  }
  let bytes: Uint8Array = ModelProto.encode(m as never).finish();
  const r = d.real();
  if (r < 0.08) {
    bytes = truncate(bytes, d);
    names.push('truncated');
  } else if (r < 0.16) {
    bytes = flipBytes(bytes, d);
    names.push('bytes flipped');
  }
  return { bytes, what: names.join('; ') };
}
