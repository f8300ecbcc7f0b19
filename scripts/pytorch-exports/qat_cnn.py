"""A torchvision quantizable CNN (random weights, a few SGD steps on random data), exported as PyTorch 1.13 eager QAT
gives it (fused Conv+BN: Conv -> Div -> BatchNormalization, per-channel int8 weights, 7-bit activations) and as its
float twin (the same QAT module with fake quantization disabled).
Usage: qat_cnn.py resnet18|mbv3 OUT_DIR [train]
'train' calibrates the observers in train mode, as a short QAT run does: the BN statistics move while the weight
observer's moving average trails them, which leaves float weights past the int8 grid."""
import torch, torch.nn as nn, numpy as np, copy, sys
import torch.ao.quantization as tq
from torchvision.models.quantization import resnet18, mobilenet_v3_large
torch.manual_seed(0)
arch, out = sys.argv[1], sys.argv[2]
train_mode = len(sys.argv) > 3 and sys.argv[3] == 'train'
tag = f'{arch}{"_train" if train_mode else ""}'
size = 96
net = (resnet18 if arch == 'resnet18' else mobilenet_v3_large)(weights=None, quantize=False, num_classes=10)
opt = torch.optim.SGD(net.parameters(), 0.01)
net.train()
for i in range(5):
    x = torch.randn(8, 3, size, size); opt.zero_grad(); nn.functional.cross_entropy(net(x), torch.randint(0, 10, (8,))).backward(); opt.step()
net.eval()
qat = copy.deepcopy(net); qat.train()
qat.fuse_model(is_qat=True)
act = tq.FakeQuantize.with_args(observer=tq.MovingAverageMinMaxObserver, quant_min=0, quant_max=127, dtype=torch.quint8)
wt = tq.FakeQuantize.with_args(observer=tq.MovingAveragePerChannelMinMaxObserver, quant_min=-128, quant_max=127, dtype=torch.qint8, qscheme=torch.per_channel_symmetric)
qat.qconfig = tq.QConfig(activation=act, weight=wt)
tq.prepare_qat(qat, inplace=True)
if not train_mode:
    qat.eval(); qat.apply(torch.nn.intrinsic.qat.freeze_bn_stats)
with torch.no_grad():
    for i in range(10): qat(torch.randn(4, 3, size, size))
qat.apply(tq.disable_observer)
if train_mode:
    qat.apply(torch.nn.intrinsic.qat.freeze_bn_stats); qat.eval()
x = torch.randn(1, 3, size, size)
np.save(f'{out}/{tag}_input.npy', x.numpy())
flt = copy.deepcopy(qat); flt.apply(tq.disable_fake_quant)
torch.onnx.export(flt, x, f'{out}/{tag}_float.onnx', opset_version=13, input_names=['x'], output_names=['logits'])
torch.onnx.export(qat, x, f'{out}/{tag}_qat.onnx', opset_version=13, input_names=['x'], output_names=['logits'])
