import { dtypeFromCode } from '../onnx/dtype';
import { TypeProtoMsg, ValueInfoMsg } from '../onnx/schema';
import { RuleContext, invalid } from './problem';
import { MAX_ELEMENTS, checkedDim } from './tensor-rules';

/** What a declared tensor type says, when it says it: the dtype and the static dims (null where symbolic). */
export interface DeclaredType {
  dtype: string | null;
  dims: Array<number | null> | null;
}

/**
 * A declared type (graph input, output or value_info) must be usable: a known element type, no negative dims, and a
 * static size that fits in a machine. Sequence, map and optional types are checked through their element types.
 */
export function checkType(t: TypeProtoMsg | undefined, what: string, ctx: RuleContext, place: { tensor?: string }, depth = 0): DeclaredType {
  const none = { dtype: null, dims: null };
  if (!t || depth > 16) return none;
  const tensor = t.tensor_type ?? t.sparse_tensor_type;
  if (tensor) {
    const code = tensor.elem_type;
    const dtype = code ? dtypeFromCode(code) : undefined;
    if (code && !dtype) throw invalid(ctx, `${what} has unknown element type ${code}`, place);
    if (!tensor.shape) return { dtype: dtype ?? null, dims: null };
    let elements = 1;
    const dims = tensor.shape.dim.map((d) => {
      // proto2 defaults read through unset fields: only a dim whose oneof says dim_value is a number.
      if (d.value !== 'dim_value' || d.dim_value === undefined || d.dim_value === null) return null;
      const v = checkedDim(d.dim_value, what, ctx, place);
      elements *= v;
      return v;
    });
    if (elements > MAX_ELEMENTS) throw invalid(ctx, `${what} declares dims [${dims.map((d) => d ?? '?').join(', ')}]: more elements than any machine holds`, place);
    return { dtype: dtype ?? null, dims };
  }
  if (t.sequence_type) checkType(t.sequence_type.elem_type, what, ctx, place, depth + 1);
  if (t.optional_type) checkType(t.optional_type.elem_type, what, ctx, place, depth + 1);
  if (t.map_type) checkType(t.map_type.value_type, what, ctx, place, depth + 1);
  return none;
}

export function checkValueInfo(v: ValueInfoMsg, role: string, ctx: RuleContext): DeclaredType {
  return checkType(v.type, `${role} '${v.name}'`, ctx, { tensor: v.name });
}
