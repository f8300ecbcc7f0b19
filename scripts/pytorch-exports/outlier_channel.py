"""One outlier channel, as trained transformers have them: LayerNorm gain GAIN_NAME's channel 0 x100, and the next
linear (the MatMul node LINEAR) reading that channel 1000x more weakly. Usage: outlier_channel.py SRC DST GAIN_NAME LINEAR"""
import onnx, sys
from onnx import numpy_helper
src, dst, gain, linear = sys.argv[1:5]
m = onnx.load(src); g = m.graph
inits = {t.name: t for t in g.initializer}
def edit(name, fn):
    a = numpy_helper.to_array(inits[name]).copy(); fn(a); inits[name].CopyFrom(numpy_helper.from_array(a, name))
edit(gain, lambda a: a.__setitem__(0, a[0] * 100))
edit([n for n in g.node if n.name == linear][0].input[1], lambda a: a.__setitem__(0, a[0] * 0.001))
onnx.save(m, dst)
