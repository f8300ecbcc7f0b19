import { buildIR } from '../../src/engine/ir/build-ir';
import { ConstValues } from '../../src/engine/ir/const-values';
import type { IRGraph } from '../../src/engine/ir/ir-types';
import { toFloat32 } from '../../src/engine/onnx/tensor-codec';
import type { ModelMsg } from '../../src/engine/onnx/schema';
import { activationReaders, outputQuantize, setInput } from './faults';

const INT32_MAX = 2147483647;

/**
 * A QDQ model's activation scales set anew (in place), as a recalibration would set them: each named layer's output
 * QuantizeLinear and the DequantizeLinears that read it get the new scale (the zero point stays), and the int32 bias of
 * every Conv or Gemm that reads those DequantizeLinears is requantized to its new input scale x weight scale, the
 * convention quantizers follow (and integer formats such as QLinearConv require). onnxruntime itself reads the bias
 * through its own DequantizeLinear (measured: scaling that scale changes the fused model's output as it changes the
 * QDQ model's), so for it this only keeps the convention. Returns the layers whose scale was set (a layer with no
 * output QuantizeLinear is skipped).
 */
export function setActivationScales(model: ModelMsg, scales: Map<string, number>): string[] {
  const { graph: g } = buildIR(model);
  const consts = new ConstValues(model.graph!);
  const set: string[] = [];
  for (const [anchorName, scale] of scales) {
    const anchor = g.nodes.findIndex((n) => n.name === anchorName);
    const q = anchor < 0 ? -1 : outputQuantize(g, anchor);
    const old = q < 0 ? undefined : consts.get(g.nodes[q].inputs[1]);
    if (!old || toFloat32(old).length !== 1 || !(scale > 0)) continue;
    const ratio = toFloat32(old)[0] / scale;
    const name = `${anchorName}__calibrated.scale`;
    setInput(model, q, 1, name, [scale], old);
    for (const r of activationReaders(g, q)) {
      model.graph!.node[r].input[1] = name;
      for (const c of g.values.get(g.nodes[r].outputs[0])?.consumers ?? []) rescaleBias(model, g, consts, c, ratio, anchorName);
    }
    set.push(anchorName);
  }
  return set;
}

/** Conv or Gemm `c`'s int32 bias (a DequantizeLinear of int32 values) moved to an input scale `ratio` times smaller. */
function rescaleBias(model: ModelMsg, g: IRGraph, consts: ConstValues, c: number, ratio: number, tag: string): void {
  const node = g.nodes[c];
  if ((node.opType !== 'Conv' && node.opType !== 'Gemm') || !node.inputs[2]) return;
  const p = g.values.get(node.inputs[2])?.producer ?? -1;
  if (p < 0 || g.nodes[p].opType !== 'DequantizeLinear') return;
  const values = consts.get(g.nodes[p].inputs[0]);
  const biasScale = consts.get(g.nodes[p].inputs[1]);
  if (!values || values.dtype !== 'int32' || !biasScale) return;
  const ints = Array.from(values.data as Int32Array, (v) => Math.max(-INT32_MAX - 1, Math.min(INT32_MAX, Math.round(v * ratio))));
  const bias = `${node.name}__${tag}__bias`;
  setInput(model, p, 0, `${bias}.values`, ints, values);
  setInput(model, p, 1, `${bias}.scale`, Array.from(toFloat32(biasScale), (s) => s / ratio), biasScale);
}
