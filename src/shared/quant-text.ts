/**
 * One line of a tensor's quantization parameters, for every view that shows them. A tensor quantized at run time
 * (a DynamicQuantizeLinear output, the inputs of ConvInteger/MatMulInteger) has no fixed scale in the graph: its
 * scale list is empty, and it says so rather than showing a number it does not have.
 */

export interface QuantLike {
  scale: number[];
  zeroPoint: number[];
  axis: number | null;
}

/**
 * A quantization parameter or a value on its grid, written the same way in every view (4 significant digits: a
 * scale of 0.124668 reads 0.1247 in the tree, the graph, the diff's header and its histogram alike).
 */
export function quantNumber(x: number): string {
  return Number.isFinite(x) ? String(+x.toPrecision(4)) : String(x);
}

const num = quantNumber;

export function quantText(q: QuantLike): string {
  const zp = q.zeroPoint.length > 1 ? 'zero point per channel' : q.zeroPoint.length === 1 ? `zero point ${num(q.zeroPoint[0])}` : null;
  if (!q.scale.length) return `quantized at run time${zp ? ` (${zp})` : ''}`;
  const axis = q.axis !== null ? `axis ${q.axis}, ` : '';
  const scale = q.scale.length > 1 ? `scale per channel (${axis}${q.scale.length} channels)` : `scale ${num(q.scale[0])}`;
  return zp ? `${scale}, ${zp}` : scale;
}
