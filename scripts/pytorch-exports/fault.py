"""Inject a fault: multiply one initializer (or Constant node) by a factor, e.g. an activation scale by 1/8.
Usage: fault.py SRC DST NAME FACTOR"""
import onnx, sys, numpy as np
from onnx import numpy_helper
src, dst, name, factor = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
m = onnx.load(src)
hit = 0
for i, t in enumerate(m.graph.initializer):
    if t.name == name:
        a = numpy_helper.to_array(t) * factor
        m.graph.initializer[i].CopyFrom(numpy_helper.from_array(a.astype(numpy_helper.to_array(t).dtype), name)); hit += 1
for n in m.graph.node:
    if n.op_type == 'Constant' and n.output[0] == name:
        a = numpy_helper.to_array(n.attribute[0].t) * factor
        n.attribute[0].t.CopyFrom(numpy_helper.from_array(a.astype(np.float32), '')); hit += 1
assert hit, name
onnx.save(m, dst); print('faulted', name, 'x', factor, hit)
