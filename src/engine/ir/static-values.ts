import { IRGraph } from './ir-types';

/**
 * Tensors known before any input arrives: initializers and everything computed from them alone (weights behind
 * QuantizeLinear/DequantizeLinear, Constant chains). They are not activations: never compared, never fed.
 */
export function staticValues(g: IRGraph): Set<string> {
  const out = new Set<string>();
  for (const v of g.values.values()) if (v.initializer) out.add(v.name);
  for (const n of g.nodes) {
    if (n.opType === 'RandomNormal' || n.opType === 'RandomUniform') continue;
    if (n.inputs.every((i) => !i || out.has(i))) for (const o of n.outputs) if (o) out.add(o);
  }
  return out;
}
