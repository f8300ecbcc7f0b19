import { IRGraph, IRValue } from '../../ir/ir-types';
import { dtypeFromCode } from '../../onnx/dtype';
import { LAYOUT_OPS } from '../../../shared/layout';
import { staticValues } from '../../ir/static-values';

/** Element count of a value in its logical (NCHW, unpadded) form, or null when its shape is unknown. */
export function logicalCount(v: IRValue | undefined): number | null {
  if (!v?.shape || v.shape.some((d) => typeof d !== 'number')) return null;
  const dims = v.shape as number[];
  const channels = v.layout.kind === 'NCHWc' && v.layout.channels ? v.layout.channels : null;
  return dims.reduce((a, d, i) => a * (channels !== null && i === 1 ? channels : d), 1);
}

/** Whether a value holds integers; null when unknown (source graphs rarely declare intermediate types). */
function isInteger(v: IRValue | undefined): boolean | null {
  if (v?.dtype) return /int/.test(v.dtype);
  return v?.quant ? true : null;
}

/**
 * Which compiled tensor carries each source tensor's value. A compiled tensor with a source tensor's name carries it
 * (the runtime keeps graph inputs, outputs and many QuantizeLinear outputs); a renamed one carries the value its
 * origin nodes hand on to the rest of the graph: the output of the origin set that is read outside it, with the same
 * element count (after un-blocking) and the same integer-ness, the latest in graph order. Layout transforms only
 * re-represent a value, so they are used only when nothing else carries it.
 */
export function mapCompiledToSource(source: IRGraph, compiled: IRGraph): Map<string, string> {
  const out = new Map<string, string>();
  const srcByName = new Map(source.nodes.map((n) => [n.name, n]));
  const compiledNames = new Set(compiled.values.keys());
  for (const [name, v] of source.values) {
    if (!v.initializer && compiledNames.has(name) && !compiled.values.get(name)!.initializer) out.set(name, name);
  }
  // Renamed copies of a source tensor: an fp16 tensor the runtime computes in float32 (no fp16 kernel here), and a
  // float tensor whose data movement the runtime moved onto the integer grid (QDQ propagation: `_q_to_dq`), which
  // holds the same values as integers with their grid.
  for (const [name, v] of source.values) {
    if (v.initializer || out.has(name)) continue;
    const widened = compiled.values.get(`InsertedPrecisionFreeCast_${name}`);
    const onGrid = compiled.values.get(`${name}_q_to_dq`);
    if (widened && !widened.initializer) out.set(name, widened.name);
    else if (onGrid?.quant && !onGrid.initializer) out.set(name, onGrid.name);
  }
  // Parameters (constants, Casts of constants) a fusion absorbed are not values the rest of the graph reads.
  const statics = staticValues(source);
  const deferred: Array<[string, string]> = [];
  for (const c of compiled.nodes) {
    if (c.origin.length === 0) continue;
    const set = new Set(c.origin);
    const candidates: string[] = [];
    for (const o of c.origin) {
      const s = srcByName.get(o);
      if (!s) continue;
      for (const t of s.outputs) {
        const v = source.values.get(t);
        if (!v || statics.has(t)) continue;
        const leaves = v.consumers.some((k) => !set.has(source.nodes[k].name)) || source.outputs.includes(t);
        if (leaves) candidates.push(t);
      }
    }
    for (const ct of c.outputs) {
      if (!ct || source.values.has(ct)) continue;
      const cv = compiled.values.get(ct);
      const n = logicalCount(cv);
      const fits = candidates.filter((t) => {
        const sv = source.values.get(t);
        const m = logicalCount(sv);
        // Source graphs often declare no shapes for intermediate tensors: then integer-ness alone decides.
        const a = isInteger(sv);
        const b = isInteger(cv);
        return (m === null || n === null || m === n) && (a === null || b === null || a === b);
      });
      const best = carried(fits, ct, set);
      if (!best || out.has(best)) continue;
      if (LAYOUT_OPS.has(c.opType)) deferred.push([best, ct]);
      else out.set(best, ct);
    }
  }
  for (const [s, c] of deferred) if (!out.has(s)) out.set(s, c);
  aliasCopies(source, out);
  return out;

  /**
   * Of the source tensors that fit one compiled output, the one it carries. One fit is it. With several (two values
   * leave a fused pattern, e.g. the conv output and its sigmoid in x * sigmoid(x)), the carried one is read by the
   * nodes that read the compiled output (or both are graph outputs); a tie is not guessed: pairing a source tensor
   * with another value's tensor reports an error the target does not make.
   */
  function carried(fits: string[], ct: string, set: Set<string>): string | undefined {
    if (fits.length <= 1) return fits[0];
    const readers = new Set<string>();
    let isOut = false;
    // Layout moves the compiler inserted only re-represent the value: look through them to its readers.
    const read = (t: string, depth: number): void => {
      if (compiled.outputs.includes(t)) isOut = true;
      for (const k of compiled.values.get(t)?.consumers ?? []) {
        const node = compiled.nodes[k];
        if (LAYOUT_OPS.has(node.opType) && node.origin.length === 0 && depth < 4) read(node.outputs[0], depth + 1);
        else for (const o of node.origin) readers.add(o);
      }
    };
    read(ct, 0);
    const agree = fits.filter((t) => {
      const outside = (source.values.get(t)?.consumers ?? []).map((k) => source.nodes[k].name).filter((n) => !set.has(n));
      return (isOut && source.outputs.includes(t)) || (outside.length > 0 && outside.every((n) => readers.has(n)));
    });
    // Copies of one value (Identity, a Cast to its own type) are the same value: any of them is carried.
    const roots = new Set(agree.map((t) => copyRoot(source, t)));
    const latest = agree.sort((a, b) => source.values.get(b)!.producer - source.values.get(a)!.producer)[0];
    return agree.length === 1 || roots.size === 1 ? latest : undefined;
  }
}

/** The value a tensor copies, through Identity and same-type Casts. */
function copyRoot(source: IRGraph, t: string): string {
  for (let i = 0; i < 16; i++) {
    const p = source.values.get(t)?.producer ?? -1;
    if (p < 0 || !copiesValue(source.nodes[p], source)) break;
    t = source.nodes[p].inputs[0];
  }
  return t;
}

/** Ops whose output holds the same values as their input (a Cast between two integer types of the same grid). */
function copiesValue(n: IRGraph['nodes'][number], source: IRGraph): boolean {
  if (n.opType === 'Identity') return true;
  if (n.opType !== 'Cast') return false;
  const to = n.attributes.find((a) => a.name === 'to')?.value;
  const toType = typeof to === 'number' ? dtypeFromCode(to) : undefined;
  const from = source.values.get(n.inputs[0]);
  const fromType = from?.dtype ?? from?.quant?.dtype ?? null;
  return !!toType && toType === fromType;
}

/**
 * A source tensor that is a plain copy of another (Identity, a Cast to its own type) is carried by the same compiled
 * tensor, in both directions: fusions keep one of the two names at most.
 */
function aliasCopies(source: IRGraph, out: Map<string, string>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of source.nodes) {
      if (!copiesValue(n, source)) continue;
      const [a, b] = [n.inputs[0], n.outputs[0]];
      if (out.has(a) && !out.has(b)) { out.set(b, out.get(a)!); changed = true; }
      else if (out.has(b) && !out.has(a) && !source.values.get(a)?.initializer) { out.set(a, out.get(b)!); changed = true; }
    }
  }
}
