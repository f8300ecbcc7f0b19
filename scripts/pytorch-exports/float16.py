"""A float32 model as a float16 converter writes it: float16 weights and constants, Cast to float16 at the input and
back to float32 at the output, no value_info. Usage: float16.py SRC DST"""
import onnx, numpy as np, sys
from onnx import numpy_helper, helper, TensorProto
m = onnx.load(sys.argv[1]); g = m.graph
for i, t in enumerate(g.initializer):
    if t.data_type == TensorProto.FLOAT:
        g.initializer[i].CopyFrom(numpy_helper.from_array(numpy_helper.to_array(t).astype(np.float16), t.name))
for n in g.node:
    for a in n.attribute:
        if a.name == 'value' and a.t.data_type == TensorProto.FLOAT:
            a.t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(a.t).astype(np.float16), a.t.name))
        if n.op_type == 'Cast' and a.name == 'to' and a.i == TensorProto.FLOAT: a.i = TensorProto.FLOAT16
del g.value_info[:]
inp = g.input[0].name; out = g.output[0].name
for n in g.node:
    for j, x in enumerate(n.input):
        if x == inp: n.input[j] = inp + '_fp16'
    for j, x in enumerate(n.output):
        if x == out: n.output[j] = out + '_fp16'
g.node.insert(0, helper.make_node('Cast', [inp], [inp + '_fp16'], to=TensorProto.FLOAT16, name='/input/Cast'))
g.node.append(helper.make_node('Cast', [out + '_fp16'], [out], to=TensorProto.FLOAT, name='/output/Cast'))
onnx.save(m, sys.argv[2]); print('ok')
