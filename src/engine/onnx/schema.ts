import * as protobuf from 'protobufjs';
import Long from 'long';
import onnxProtoText from './onnx.proto';

/**
 * Decoded ONNX messages. Field names are the schema's own (snake_case). 64-bit integers stay `Long` so that a model
 * read and written again keeps every value exactly (INT64_MAX in Slice ends, for one); `num()` converts where a
 * JavaScript number is meant.
 */
export type Int64 = Long | number;

export interface StringStringEntry { key: string; value: string }
export interface OperatorSetId { domain: string; version: Int64 }

export interface TensorShapeDim { dim_value?: Int64; dim_param?: string; value?: 'dim_value' | 'dim_param' }
export interface TypeProtoMsg {
  tensor_type?: { elem_type: number; shape?: { dim: TensorShapeDim[] } };
  sequence_type?: { elem_type?: TypeProtoMsg };
  map_type?: { key_type: number; value_type?: TypeProtoMsg };
  optional_type?: { elem_type?: TypeProtoMsg };
  sparse_tensor_type?: { elem_type: number; shape?: { dim: TensorShapeDim[] } };
  value?: string;
}
export interface ValueInfoMsg { name: string; type?: TypeProtoMsg; doc_string?: string }

export interface TensorMsg {
  dims: Int64[];
  data_type: number;
  float_data: number[];
  int32_data: number[];
  string_data: Uint8Array[];
  int64_data: Int64[];
  name: string;
  raw_data: Uint8Array;
  external_data: StringStringEntry[];
  data_location: number;
  double_data: number[];
  uint64_data: Int64[];
  segment?: unknown;
}

export interface AttributeMsg {
  name: string;
  type: number;
  f: number;
  i: Int64;
  s: Uint8Array;
  t?: TensorMsg;
  g?: GraphMsg;
  floats: number[];
  ints: Int64[];
  strings: Uint8Array[];
  tensors: TensorMsg[];
  graphs: GraphMsg[];
}

export interface NodeMsg {
  input: string[];
  output: string[];
  name: string;
  op_type: string;
  domain: string;
  attribute: AttributeMsg[];
  doc_string?: string;
}

export interface GraphMsg {
  node: NodeMsg[];
  name: string;
  initializer: TensorMsg[];
  sparse_initializer: unknown[];
  input: ValueInfoMsg[];
  output: ValueInfoMsg[];
  value_info: ValueInfoMsg[];
}

export interface ModelMsg {
  ir_version: Int64;
  opset_import: OperatorSetId[];
  producer_name: string;
  producer_version: string;
  domain: string;
  graph?: GraphMsg;
  metadata_props: StringStringEntry[];
  functions: unknown[];
}

export const ATTR = {
  FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8, TENSORS: 9, GRAPHS: 10,
  SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
} as const;

// protobufjs reads int64 as Long only when it is told which Long to use; bundling would otherwise lose it.
protobuf.util.Long = Long;
protobuf.configure();

const root = protobuf.parse(onnxProtoText, { keepCase: true }).root;
export const ModelProto = root.lookupType('onnx.ModelProto');
export const TensorProto = root.lookupType('onnx.TensorProto');
export const GraphProto = root.lookupType('onnx.GraphProto');
export const NodeProto = root.lookupType('onnx.NodeProto');
export const AttributeProto = root.lookupType('onnx.AttributeProto');
export const ValueInfoProto = root.lookupType('onnx.ValueInfoProto');

export function num(v: Int64 | undefined | null): number {
  if (v === undefined || v === null) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

export function bigint(v: Int64): bigint {
  return typeof v === 'number' ? BigInt(v) : BigInt(v.toString());
}

/** Make a message of `type` from a plain object (missing fields take their defaults). */
export function make<T>(type: protobuf.Type, fields: object): T {
  return type.fromObject(fields) as unknown as T;
}
