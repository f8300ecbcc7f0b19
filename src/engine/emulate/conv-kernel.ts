import type { Rewriter } from '../rewrite/integer-rewriter';
import { int, intsAttr, intAttr, without } from '../rewrite/node-attributes';
import { NodeMsg } from '../onnx/schema';
import { Tensor, elementCount, toNumbers } from '../onnx/tensor-codec';
import { convPairRule, KernelFamily } from '../targets/kernel-family';
import { constFloat, reshape, transpose } from './graph-ops';
import { laneCorrection } from './lane-correction';
import { activationRange, planWeights } from './pair-plan';
import { EmulationOutcome, NotEmulated } from './outcome';

/**
 * A quantized convolution's int32 accumulator as a family's kernel computes it: the exact sum (a float Conv on
 * zero-point-centered integers, exact while partial sums stay below 2^24) plus the correction of its 16-bit lanes.
 *
 * The kernels reduce over K = (kernel position, input channel of the group), channels fastest, and pair K indices
 * by the family's rule; depthwise convolutions run kernels that widen to int32 and are exact on every family.
 */
export interface ConvOperands {
  /** Activations, NCHW (a channels-last input is transposed first). */
  x: string;
  xZeroPoint: string | undefined;
  weights: Tensor;
  weightName: string;
  wZeroPoint: string | undefined;
  /** Conv attributes: group, strides, pads, dilations, auto_pad, kernel_shape. */
  node: NodeMsg;
  activation: 'uint8' | 'int8';
}

export function convAccumulator(r: Rewriter, c: ConvOperands, family: KernelFamily, base: string): { acc: string; outcome: EmulationOutcome } | NotEmulated {
  const w = c.weights;
  if (w.dtype !== 'int8' && w.dtype !== 'uint8') return { notEmulated: `its weights are ${w.dtype}` };
  if (w.dims.length < 3) return { notEmulated: `its weights have dims [${w.dims}]` };
  const [outChannels, groupIn, ...kernel] = w.dims;
  const group = int(c.node, 'group', 1);
  const positions = elementCount(kernel);
  const convAttrs = without(c.node, 'channels_last');
  const xf = r.centered(c.x, c.xZeroPoint);
  const wf = r.centered(c.weightName, c.wZeroPoint, 0);
  const exact = r.fresh(`${base}__ql_acc_exact`);
  r.emit('Conv', [xf, wf], [exact], convAttrs, c.node.name);

  const wz = c.wZeroPoint ? r.consts.get(c.wZeroPoint) : undefined;
  if (c.wZeroPoint && !wz) return { notEmulated: 'its weight zero point is computed at run time' };
  const rule = convPairRule(family, {
    activation: c.activation, weight: w.dtype, group, groupIn, outChannels, kernelSize: positions, symmetric: !wz || toNumbers(wz).every((v) => v === 0),
  });
  const outcome: EmulationOutcome = { rule, entries: 0, pairs: 0, columnsAtRisk: 0, worstBound: 0 };
  if (!rule) return { acc: exact, outcome };

  const plan = planWeights({ conv: { group } }, w.dims, w.data as Int8Array | Uint8Array, rule, c.activation);
  Object.assign(outcome, { entries: plan.entries.length, pairs: plan.pairs, columnsAtRisk: plan.columnsAtRisk, worstBound: plan.worstBound });
  if (plan.entries.length === 0) return { acc: exact, outcome };

  // im2col without shapes: a grouped Conv with one-hot kernels gives channel (c * positions + position). Padding
  // holds zero in centered values, which is the zero point as the kernel pads.
  const inChannels = groupIn * group;
  const oneHot = new Float32Array(inChannels * positions * positions);
  for (let ch = 0; ch < inChannels; ch++) for (let p = 0; p < positions; p++) oneHot[(ch * positions + p) * positions + p] = 1;
  const cols = r.step('Conv', [xf, constFloat(r, `${base}__ql_im2col_kernel`, [inChannels * positions, 1, ...kernel], oneHot)], `${base}__ql_im2col`,
    [...without(c.node, 'channels_last', 'group', 'kernel_shape'), intAttr('group', inChannels), intsAttr('kernel_shape', kernel)]);
  const bytes = activationBytes(r, cols, c, rule.activation === 'flip-u8' ? activationRange(rule, c.activation).shift : 0, base);
  // [N, C * positions, spatial...] -> [N, spatial, C * positions]: K positions on the last axis.
  const flat = transpose(r, reshape(r, bytes, [0, inChannels * positions, -1], `${base}__ql_cols_flat`), [0, 2, 1], `${base}__ql_cols_t`);
  const groupOut = outChannels / group;
  const position = (oc: number, k: number) => (Math.floor(oc / groupOut) * groupIn + (k % groupIn)) * positions + Math.floor(k / groupIn);
  const correction = laneCorrection(r, flat, 3, plan, outChannels, position, rule, `${base}__ql`);
  const perChannel = transpose(r, correction, [0, 2, 1], `${base}__ql_correction_nc`);
  const shaped = r.step('Reshape', [perChannel, r.step('Shape', [exact], `${base}__ql_acc_shape`)], `${base}__ql_correction_full`);
  return { acc: r.step('Add', [exact, shaped], `${base}__ql_acc`), outcome };
}

/** The activation bytes the kernel multiplies: centered values plus the zero point, plus the family's flip. */
function activationBytes(r: Rewriter, centered: string, c: ConvOperands, shift: number, base: string): string {
  const z = c.xZeroPoint ? r.consts.get(c.xZeroPoint) : undefined;
  if (c.xZeroPoint && !z) {
    const zf = r.step('Cast', [c.xZeroPoint], `${base}__ql_xz_float`, [intAttr('to', 1)]);
    const raw = r.step('Add', [centered, zf], `${base}__ql_bytes`);
    return shift ? r.step('Add', [raw, constFloat(r, `${base}__ql_flip`, [], [shift])], `${base}__ql_flipped`) : raw;
  }
  const offset = (z ? toNumbers(z)[0] : 0) + shift;
  return offset ? r.step('Add', [centered, constFloat(r, `${base}__ql_offset`, [], [offset])], `${base}__ql_bytes`) : centered;
}

/** A channels-last (NHWC) tensor of rank `rank` as NCHW. */
export function channelsFirst(r: Rewriter, x: string, rank: number, base: string): string {
  return transpose(r, x, [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)], base);
}

/** The permutation from NCHW back to channels last. */
export const CHANNELS_LAST_PERM = (rank: number): number[] => [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 2), 1];
