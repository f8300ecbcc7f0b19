import { ConstValues } from '../ir/const-values';
import { NodeMsg } from '../onnx/schema';
import { toNumbers } from '../onnx/tensor-codec';

/**
 * BatchNormalization after a quantized Conv, Gemm or MatMul, as PyTorch QAT exports fused Conv+BN modules: the
 * linear op's weight is already scaled by sf = gamma / sqrt(var + eps) and fake-quantized; the export divides the
 * result by sf and applies BN with the running statistics. In eval mode that is the identity on the weight:
 *   BN((lin(x, w) + b) / d) = (sf / d) * lin(x, w) + beta + sf * (b / d - mean)
 * where d = sf in a QAT export (the factor is 1) and d = 1 without a Div; a factor other than 1 moves into the
 * weight's per-channel scale (exact: the stored integers do not change).
 */
export interface BatchNormFold {
  /** The linear op, the optional Div and the BatchNormalization, in graph order. */
  linear: NodeMsg;
  div: NodeMsg | null;
  bn: NodeMsg;
  /** Per output channel: what multiplies the linear op's result (1 with a Div), and the bias after folding. */
  scale: Float64Array;
  bias: Float64Array;
}

const LINEAR = new Set(['Conv', 'Gemm', 'MatMul']);

/** A tensor's values per channel (one value broadcast, or one per channel); null when it is not constant or does not fit. */
function perChannel(consts: ConstValues, name: string | undefined, channels: number, fallback?: number): Float64Array | null {
  if (!name) return fallback === undefined ? null : new Float64Array(channels).fill(fallback);
  const t = consts.get(name);
  if (!t) return null;
  const v = toNumbers(t);
  if (v.length === 1) return new Float64Array(channels).fill(v[0]);
  return v.length === channels ? Float64Array.from(v) : null;
}

function epsilon(bn: NodeMsg): number {
  const a = bn.attribute.find((x) => x.name === 'epsilon');
  return a ? a.f : 1e-5;
}

/**
 * The folds a model offers: each linear op whose only consumer is a Div by a constant (optional) whose only consumer
 * is a BatchNormalization with constant parameters. `channels(linear)` gives the output channel count.
 */
export function findBatchNormFolds(nodes: readonly NodeMsg[], consts: ConstValues, consumers: Map<string, NodeMsg[]>, channels: (n: NodeMsg) => number | null): BatchNormFold[] {
  const only = (t: string) => {
    const c = consumers.get(t) ?? [];
    return c.length === 1 ? c[0] : null;
  };
  const folds: BatchNormFold[] = [];
  for (const linear of nodes) {
    if (!LINEAR.has(linear.op_type) || (linear.domain !== '' && linear.domain !== 'ai.onnx')) continue;
    let next = only(linear.output[0]);
    const div = next?.op_type === 'Div' && next.input[0] === linear.output[0] ? next : null;
    if (div) next = only(div.output[0]);
    if (next?.op_type !== 'BatchNormalization' || next.output.filter(Boolean).length !== 1) continue;
    const bn = next;
    const c = channels(linear);
    if (!c) continue;
    const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) => perChannel(consts, bn.input[i], c));
    const divisor = div ? perChannel(consts, div.input[1], c) : null;
    const linearBias = perChannel(consts, linear.op_type === 'Conv' ? linear.input[2] || undefined : linear.op_type === 'Gemm' ? linear.input[2] || undefined : undefined, c, 0);
    if (!gamma || !beta || !mean || !variance || !linearBias || (div && !divisor)) continue;
    const eps = epsilon(bn);
    const sf = gamma.map((g, i) => g / Math.sqrt(variance[i] + eps));
    const scale = new Float64Array(c);
    const bias = new Float64Array(c);
    for (let i = 0; i < c; i++) {
      // z = (lin + b0) / d, y = sf * (z - mean) + beta = (sf / d) * lin + sf * (b0 / d - mean) + beta.
      const d = div ? divisor![i] : 1;
      scale[i] = sf[i] / d;
      bias[i] = beta[i] + sf[i] * (linearBias[i] / d - mean[i]);
    }
    folds.push({ linear, div, bn, scale, bias });
  }
  return folds;
}
