import * as protobuf from 'protobufjs';

/**
 * Exposing tensors as graph outputs without decoding and re-encoding the whole model: only the names are read (the
 * initializers' bytes are skipped, not copied), and the new outputs are appended to the bytes as a second `graph`
 * field, which protobuf parsers merge into the first (repeated fields concatenate: the outputs come after the
 * model's own, in order). Field numbers are ONNX's: ModelProto.graph = 7, GraphProto.node = 1 and output = 12,
 * NodeProto.output = 2, ValueInfoProto.name = 1.
 */
const root = protobuf.parse(`
syntax = "proto2";
message NodeOutputs { repeated string output = 2; }
message OutputName { optional string name = 1; }
message GraphOutputs { repeated NodeOutputs node = 1; repeated OutputName output = 12; }
message ModelOutputs { optional GraphOutputs graph = 7; }
`).root;
const ModelOutputs = root.lookupType('ModelOutputs');

interface Names {
  graph?: { node?: Array<{ output?: string[] }>; output?: Array<{ name?: string }> };
}

/** The graph's outputs and every top-level node's outputs, in graph order. */
export function outputNames(bytes: Uint8Array): { graphOutputs: string[]; nodeOutputs: string[] } {
  const m = ModelOutputs.decode(bytes) as unknown as Names;
  return {
    graphOutputs: (m.graph?.output ?? []).map((o) => o.name ?? ''),
    nodeOutputs: (m.graph?.node ?? []).flatMap((n) => n.output ?? []),
  };
}

/** The model's bytes with `names` added as graph outputs (no type: the runtime infers it). */
export function appendGraphOutputs(bytes: Uint8Array, names: string[]): Uint8Array {
  if (!names.length) return bytes;
  const extra = ModelOutputs.encode(ModelOutputs.fromObject({ graph: { output: names.map((name) => ({ name })) } })).finish();
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes, 0);
  out.set(extra, bytes.length);
  return out;
}

/** The model with `names` (or every node output) as graph outputs too, untyped (the runtime infers their types), and which were added. */
export function withExposedOutputs(bytes: Uint8Array, names: string[] | 'all'): { bytes: Uint8Array; exposed: string[] } {
  const { graphOutputs, nodeOutputs } = outputNames(bytes);
  const present = new Set(graphOutputs);
  const wanted = names === 'all' ? nodeOutputs : names;
  const exposed: string[] = [];
  for (const name of wanted) {
    if (!name || present.has(name)) continue;
    present.add(name);
    exposed.push(name);
  }
  return { bytes: appendGraphOutputs(bytes, exposed), exposed };
}
