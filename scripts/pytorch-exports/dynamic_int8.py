"""onnxruntime quantize_dynamic's output, written by hand: MatMul(x, W const) -> DynamicQuantizeLinear(x) ->
MatMulInteger(xq, Wq, xzp, Wzp) -> Cast(float) -> Mul(x_scale * w_scale); per-tensor int8 symmetric weights.
Usage: dynamic_int8.py SRC DST"""
import onnx, numpy as np, sys
from onnx import numpy_helper, helper, TensorProto
src, dst = sys.argv[1], sys.argv[2]
m = onnx.load(src); g = m.graph
inits = {t.name: t for t in g.initializer}
new = []
k = 0
for n in g.node:
    if n.op_type == 'MatMul' and n.input[1] in inits and numpy_helper.to_array(inits[n.input[1]]).ndim == 2:
        w = numpy_helper.to_array(inits[n.input[1]])
        s = float(np.abs(w).max() / 127.0)
        wq = np.clip(np.round(w / s), -127, 127).astype(np.int8)
        p = f'{n.name}_dq'; k += 1
        g.initializer.extend([numpy_helper.from_array(wq, f'{p}.Wq'), numpy_helper.from_array(np.array(s, np.float32), f'{p}.Ws'), numpy_helper.from_array(np.array(0, np.int8), f'{p}.Wzp')])
        x = n.input[0]
        new.append(helper.make_node('DynamicQuantizeLinear', [x], [f'{x}_quantized', f'{x}_scale', f'{x}_zero_point'], name=f'{x}_QuantizeLinear'))
        new.append(helper.make_node('MatMulInteger', [f'{x}_quantized', f'{p}.Wq', f'{x}_zero_point', f'{p}.Wzp'], [f'{n.output[0]}_output_quantized'], name=f'{n.name}_quant'))
        new.append(helper.make_node('Cast', [f'{n.output[0]}_output_quantized'], [f'{n.output[0]}_output_quantized_cast_output'], to=TensorProto.FLOAT, name=f'{n.name}_quant_output_cast'))
        new.append(helper.make_node('Mul', [f'{x}_scale', f'{p}.Ws'], [f'{n.name}_quant_scales_mul:0'], name=f'{n.name}_quant_scales_mul'))
        new.append(helper.make_node('Mul', [f'{n.output[0]}_output_quantized_cast_output', f'{n.name}_quant_scales_mul:0'], [n.output[0]], name=f'{n.name}_quant_output_scale_mul'))
    else:
        new.append(n)
del g.node[:]; g.node.extend(new)
onnx.save(m, dst); print('dynamic matmuls', k)
