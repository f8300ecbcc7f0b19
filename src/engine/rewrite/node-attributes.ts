import Long from 'long';
import { ATTR, AttributeMsg, AttributeProto, NodeMsg, make, num } from '../onnx/schema';

/** Reading and making node attributes for the rewrites. */

/** ONNX TensorProto element types used as Cast's `to`. */
export const FLOAT = 1;
export const INT32 = 6;

export function attr(n: NodeMsg, name: string): AttributeMsg | undefined {
  return n.attribute.find((a) => a.name === name);
}

export function int(n: NodeMsg, name: string, fallback: number): number {
  const a = attr(n, name);
  return a ? num(a.i) : fallback;
}

export function ints(n: NodeMsg, name: string): number[] | undefined {
  const a = attr(n, name);
  return a && a.type === ATTR.INTS ? a.ints.map(num) : undefined;
}

export function intAttr(name: string, value: number): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.INT, i: Long.fromNumber(value) });
}

export function intsAttr(name: string, values: number[]): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.INTS, ints: values.map((v) => Long.fromNumber(v)) });
}

export function floatAttr(name: string, value: number): AttributeMsg {
  return make<AttributeMsg>(AttributeProto, { name, type: ATTR.FLOAT, f: value });
}

export function without(n: NodeMsg, ...names: string[]): AttributeMsg[] {
  return n.attribute.filter((a) => !names.includes(a.name));
}
