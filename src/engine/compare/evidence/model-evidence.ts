import { diag, Diagnostic } from '../../findings/diagnostic';
import { IRGraph } from '../../ir/ir-types';
import { Tensor } from '../../onnx/tensor-codec';
import type { Row } from '../align/align';
import type { Side } from '../sides/sides';
import type { Unit } from '../align/units';
import type { WeightEvidence } from './weight-evidence';
import { biasOf, outputChannelAxis } from './layer-weights';

/** Evidence a comparison gathers beyond single pairs: the float twin's weights, model-wide weight findings, clipping. */

/** The float twin's weight and bias for a model layer, when the twin has the same shapes as constants. */
export function twinWeights(u: Unit, rows: Row[], ref: Side): { weight: Tensor; bias: Tensor | null } | null {
  const row = rows.find((r) => r.referenceUnit && r.unit !== null && r.tensor === u.output) ?? rows.find((r) => r.referenceUnit && r.model[0].tensor && u.chain.includes(r.model[0].tensor));
  const twin = row?.referenceUnit;
  if (!twin || !u.weightShape) return null;
  const anchor = ref.source.nodes[twin.anchor];
  const weight = ref.consts.get(anchor.inputs[1]);
  if (!weight || weight.dtype !== 'float32' || weight.dims.join(',') !== u.weightShape.join(',')) return null;
  // The bias as the twin holds it: the anchor's input, or the Add after a MatMul (how exporters write a Linear).
  const channels = weight.dims[outputChannelAxis(anchor, weight.dims.length)];
  const bias = biasOf(twin, ref.source, ref.consts, channels);
  return { weight, bias: bias ? { dtype: 'float32', dims: [channels], data: bias.values } : null };
}

export interface WeightStat {
  node: string;
  depthwise: boolean;
  evidence: WeightEvidence;
}

export function isDepthwise(g: IRGraph, u: Unit): boolean {
  const a = g.nodes[u.anchor];
  const group = a.attributes.find((x) => x.name === 'group')?.value;
  return typeof group === 'number' && group > 1 && !!u.weightShape && u.weightShape[1] === 1;
}

/** What the weight comparison shows across the model, beyond any one culprit. */
export function weightFindings(stats: WeightStat[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const zp = stats.filter((s) => s.evidence.zeroPointNonZero > 0);
  if (zp.length) {
    const channels = zp.reduce((a, s) => a + s.evidence.zeroPointNonZero, 0);
    const dw = zp.filter((s) => s.depthwise).length;
    out.push(diag('QL-WEIGHT-ZERO-POINT', 'warning', `${channels} weight channels in ${zp.length} layers${dw ? ` (${dw} of them depthwise)` : ''} have a non-zero zero point although the weights are int8, where a symmetric scheme expects 0: ${zp.slice(0, 3).map((s) => s.node).join(', ')}${zp.length > 3 ? ', ...' : ''}. The quantized model and one converted from the same weights will differ there.`, {
      node: zp[0].node,
      fix: 'Recompute the weight quantization parameters from the final weights (torch.ao.quantization.convert does; PyTorch 1.13 fused fake-quant left such zero points), or re-export with a newer PyTorch.',
    }));
  }
  const clipped = stats.filter((s) => s.evidence.clippedChannels > 0);
  if (clipped.length) {
    const channels = clipped.reduce((a, s) => a + s.evidence.clippedChannels, 0);
    const worst = clipped.reduce((a, s) => (s.evidence.worst.errSteps > a.evidence.worst.errSteps ? s : a));
    out.push(diag('QL-WEIGHT-RANGE', 'info', `In ${clipped.length} layers, ${channels} weight channels of the float twin reach past the int8 grid and are clipped by quantization (worst ${worst.evidence.worst.errSteps.toFixed(1)} steps, ${worst.node} channel ${worst.evidence.worst.channel}).`, {
      node: worst.node,
      fix: 'The weight scales trail the final weights (a moving-average observer): recompute them from the final float weights before export.',
    }));
  }
  return out;
}
