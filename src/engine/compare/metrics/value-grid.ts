import { ConstValues } from '../../ir/const-values';
import { IRGraph, QuantParams } from '../../ir/ir-types';
import { toFloat32 } from '../../onnx/tensor-codec';
import type { Candidate } from '../align/align';
import { Unit } from '../align/units';

/** The grid a row's values sit on: which quantization their errors are counted in, and the layer's output range. */
export interface RowGrid {
  /** The layer's output quantization (Clip narrowing included), when it is quantized. */
  unitQuant: QuantParams | null;
  /** The compared tensor's quantization: the layer's when both sit on the same grid, else its own. */
  quant: QuantParams | null;
}

/** The quantization a tensor's values sit on: its own, or, for a DequantizeLinear output, that of its input. */
export function tensorQuant(g: IRGraph, t: string): QuantParams | null {
  const v = g.values.get(t);
  if (v?.quant) return v.quant;
  const p = v ? g.nodes[v.producer] : undefined;
  if (p?.opType === 'DequantizeLinear') return g.values.get(p.inputs[0])?.quant ?? null;
  return null;
}

/**
 * The quantization of a unit's output: the last quantized tensor of its chain, with the range a Clip on the integers
 * narrows it to (PyTorch exports 7-bit activations as QuantizeLinear, then Clip 0..127).
 */
export function unitOutputQuant(g: IRGraph, u: Unit, consts?: ConstValues): QuantParams | null {
  for (let i = u.chain.length - 1; i >= 0; i--) {
    const q = tensorQuant(g, u.chain[i]);
    if (!q) continue;
    if (!consts || q.qmin === null || q.qmax === null) return q;
    let qmin = q.qmin;
    let qmax = q.qmax;
    for (const t of u.chain) {
      const n = g.nodes[g.values.get(t)?.producer ?? -1];
      // Only a Clip on the integers narrows the grid (a float Clip before QuantizeLinear bounds real values).
      if (n?.opType !== 'Clip' || !g.values.get(n.inputs[0])?.quant) continue;
      const lo = n.inputs[1] ? consts.get(n.inputs[1]) : undefined;
      const hi = n.inputs[2] ? consts.get(n.inputs[2]) : undefined;
      if (lo) qmin = Math.max(qmin, toFloat32(lo)[0]);
      if (hi) qmax = Math.min(qmax, toFloat32(hi)[0]);
    }
    return qmin === q.qmin && qmax === q.qmax ? q : { ...q, qmin, qmax };
  }
  return null;
}

const sameGrid = (a: QuantParams, b: QuantParams) => a.scale.join() === b.scale.join() && a.zeroPoint.join() === b.zeroPoint.join();

/**
 * The grid of a row's chosen tensor, once per row (not per input): a tensor past the layer's quantization (a Cast of
 * it) uses the layer's; on the same grid as the layer's output, the layer's, which knows the Clip narrowing it.
 */
export function rowGrid(g: IRGraph, consts: ConstValues, unit: Unit | null, m: Candidate): RowGrid {
  const unitQuant = unit ? unitOutputQuant(g, unit, consts) : null;
  const own = tensorQuant(g, m.tensor) ?? m.at.value.quant;
  return { unitQuant, quant: own && unitQuant && sameGrid(own, unitQuant) ? unitQuant : own ?? unitQuant };
}
