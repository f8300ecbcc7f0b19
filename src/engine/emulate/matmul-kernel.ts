import type { Rewriter } from '../rewrite/integer-rewriter';
import { intAttr } from '../rewrite/node-attributes';
import { Tensor } from '../onnx/tensor-codec';
import { KernelFamily, operandPair, pairRuleFor } from '../targets/kernel-family';
import { constFloat, reshape } from './graph-ops';
import { laneCorrection } from './lane-correction';
import { activationRange, planWeights } from './pair-plan';
import { EmulationOutcome, NotEmulated } from './outcome';

/**
 * A quantized matmul's int32 accumulator as a family's kernel computes it: A [..., M, K] (activations) times a constant
 * B [K, N], exact (a float MatMul on centered integers) plus the correction of the 16-bit lanes along K.
 */
export interface MatMulOperands {
  a: string;
  aZeroPoint: string | undefined;
  activation: 'uint8' | 'int8';
  b: Tensor;
  bName: string;
  bZeroPoint: string | undefined;
  /** The node's name, kept by the float MatMul so the layer stays recognizable. */
  name: string;
}

export function matMulAccumulator(r: Rewriter, m: MatMulOperands, family: KernelFamily, base: string): { acc: string; outcome: EmulationOutcome } | NotEmulated {
  if (m.b.dtype !== 'int8' && m.b.dtype !== 'uint8') return { notEmulated: `its B is ${m.b.dtype}` };
  if (m.b.dims.length !== 2) return { notEmulated: `its B has dims [${m.b.dims}] (a batched B is left to this machine's kernel)` };
  const [k, n] = m.b.dims;
  const exact = r.fresh(`${base}__ql_acc_exact`);
  r.emit('MatMul', [r.centered(m.a, m.aZeroPoint), r.centered(m.bName, m.bZeroPoint, -1)], [exact], [], m.name);

  const rule = pairRuleFor(family, operandPair(m.activation, m.b.dtype));
  const outcome: EmulationOutcome = { rule, entries: 0, pairs: 0, columnsAtRisk: 0, worstBound: 0 };
  if (!rule) return { acc: exact, outcome };
  const plan = planWeights({ matmul: { transposed: false } }, m.b.dims, m.b.data as Int8Array | Uint8Array, rule, m.activation);
  Object.assign(outcome, { entries: plan.entries.length, pairs: plan.pairs, columnsAtRisk: plan.columnsAtRisk, worstBound: plan.worstBound });
  if (plan.entries.length === 0) return { acc: exact, outcome };

  // The bytes as the kernel multiplies them, rows flattened to 2-D so any rank of A works.
  const shift = activationRange(rule, m.activation).shift;
  let bytes = r.step('Cast', [m.a], `${base}__ql_a_bytes`, [intAttr('to', 1)]);
  if (shift) bytes = r.step('Add', [bytes, constFloat(r, `${base}__ql_flip`, [], [shift])], `${base}__ql_a_flipped`);
  const rows = reshape(r, bytes, [-1, k], `${base}__ql_a_rows`);
  const correction = laneCorrection(r, rows, 2, plan, n, (_col, kk) => kk, rule, `${base}__ql`);
  const shaped = r.step('Reshape', [correction, r.step('Shape', [exact], `${base}__ql_acc_shape`)], `${base}__ql_correction_full`);
  return { acc: r.step('Add', [exact, shaped], `${base}__ql_acc`), outcome };
}
