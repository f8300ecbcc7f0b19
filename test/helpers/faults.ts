import { buildIR } from '../../src/engine/ir/build-ir';
import { IRGraph } from '../../src/engine/ir/ir-types';
import { encodeTensor, toFloat32 } from '../../src/engine/onnx/tensor-codec';
import { ModelMsg } from '../../src/engine/onnx/schema';
import { ConstValues } from '../../src/engine/ir/const-values';

/** The fault kinds the localization benchmark injects, and the culprit kind each should be found as. */
export type FaultKind = 'act-scale' | 'weight-zero-point' | 'weight-scale';
export const EXPECTED_KIND: Record<FaultKind, string> = { 'act-scale': 'clipping', 'weight-zero-point': 'weights', 'weight-scale': 'weights' };

export function setInput(model: ModelMsg, nodeIndex: number, slot: number, name: string, values: Float32Array | number[], like: { dtype: string; dims: number[] }): void {
  const g = model.graph!;
  const data = like.dtype === 'float32' ? Float32Array.from(values) : like.dtype === 'int8' ? Int8Array.from(values) : like.dtype === 'uint8' ? Uint8Array.from(values) : Int32Array.from(values);
  // A second edit of the same parameter (a recalibrated model faulted again) replaces the first one's tensor.
  g.initializer = g.initializer.filter((t) => t.name !== name);
  g.initializer.push(encodeTensor({ name, dtype: like.dtype as 'float32', dims: like.dims, data }) as never);
  g.node[nodeIndex].input[slot] = name;
}

/** The first QuantizeLinear after `anchor`, following single consumers (the unit's output fake-quant). */
export function outputQuantize(g: IRGraph, anchor: number): number {
  let t = g.nodes[anchor].outputs[0];
  for (let i = 0; i < 16; i++) {
    const v = g.values.get(t);
    if (!v || v.consumers.length !== 1) return -1;
    const n = g.nodes[v.consumers[0]];
    if (n.opType === 'QuantizeLinear') return n.index;
    t = n.outputs[0];
  }
  return -1;
}

/**
 * The DequantizeLinears that read QuantizeLinear `q`'s output (through a Clip, as PyTorch exports 7-bit ranges, or
 * Casts and Identities): they share its scale.
 */
export function activationReaders(g: IRGraph, q: number): number[] {
  const readers = [...(g.values.get(g.nodes[q].outputs[0])?.consumers ?? [])];
  for (let i = 0; i < readers.length; i++) {
    const r = g.nodes[readers[i]];
    if (r.opType === 'Clip' || r.opType === 'Cast' || r.opType === 'Identity') readers.push(...(g.values.get(r.outputs[0])?.consumers ?? []));
  }
  return readers.filter((r) => g.nodes[r].opType === 'DequantizeLinear');
}

/** The DequantizeLinear that gives `anchor` its weights. */
function weightDequantize(g: IRGraph, anchor: number): number {
  const p = g.values.get(g.nodes[anchor].inputs[1])?.producer ?? -1;
  return p >= 0 && g.nodes[p].opType === 'DequantizeLinear' ? p : -1;
}

/**
 * Inject a realistic quantization fault into one layer of a QDQ model (in place): an activation scale 8x too small
 * (its QuantizeLinear and the DequantizeLinears reading it), a wrong weight zero point (+12 steps, as if the stored
 * int8 weights were read with another zero point), or a wrong weight scale (x2). Parameters get private copies, so
 * shared ones are not changed elsewhere. Returns false when the layer has nothing of that kind.
 */
export function injectFault(model: ModelMsg, anchorName: string, kind: FaultKind): boolean {
  const { graph: g } = buildIR(model);
  const consts = new ConstValues(model.graph!);
  const anchor = g.nodes.findIndex((n) => n.name === anchorName);
  if (anchor < 0) return false;
  const tag = `${anchorName}__fault`;
  if (kind === 'act-scale') {
    const q = outputQuantize(g, anchor);
    if (q < 0) return false;
    const s = consts.get(g.nodes[q].inputs[1]);
    if (!s) return false;
    const scaled = Array.from(toFloat32(s), (x) => x / 8);
    setInput(model, q, 1, `${tag}.scale`, scaled, s);
    for (const r of activationReaders(g, q)) model.graph!.node[r].input[1] = `${tag}.scale`;
    return true;
  }
  const dq = weightDequantize(g, anchor);
  if (dq < 0) return false;
  if (kind === 'weight-scale') {
    const s = consts.get(g.nodes[dq].inputs[1]);
    if (!s) return false;
    setInput(model, dq, 1, `${tag}.wscale`, Array.from(toFloat32(s), (x) => x * 2), s);
    return true;
  }
  const z = g.nodes[dq].inputs[2] ? consts.get(g.nodes[dq].inputs[2]) : undefined;
  const s = consts.get(g.nodes[dq].inputs[1]);
  if (!s) return false;
  const like = z ?? { dtype: 'int8', dims: s.dims };
  const base = z ? Array.from(toFloat32(z)) : new Array(toFloat32(s).length).fill(0);
  const lim = like.dtype === 'uint8' ? 255 : 127;
  setInput(model, dq, 2, `${tag}.wzp`, base.map((v) => Math.min(lim, v + 12)), like);
  return true;
}
