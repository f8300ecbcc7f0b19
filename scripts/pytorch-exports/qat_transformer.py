"""A small transformer (3 pre-norm blocks, 64 wide) trained briefly, exported as PyTorch 1.13 eager QAT gives it
(per-channel int8 weights, 7-bit activations: QuantizeLinear -> Clip -> DequantizeLinear) and as its float twin.
Usage: qat_transformer.py OUT_DIR"""
import torch, torch.nn as nn, numpy as np, sys, copy
out = sys.argv[1]
import torch.ao.quantization as tq
torch.manual_seed(0)
D, H, T, L = 64, 4, 16, 3

class Block(nn.Module):
    def __init__(s):
        super().__init__()
        s.ln1 = nn.LayerNorm(D); s.q = nn.Linear(D, D); s.k = nn.Linear(D, D); s.v = nn.Linear(D, D); s.o = nn.Linear(D, D)
        s.ln2 = nn.LayerNorm(D); s.fc1 = nn.Linear(D, 4*D); s.fc2 = nn.Linear(4*D, D); s.act = nn.GELU()
        s.qs = nn.ModuleList([tq.QuantStub() for _ in range(4)]); s.dq = nn.ModuleList([tq.DeQuantStub() for _ in range(4)])
    def forward(s, x):
        h = s.qs[0](s.ln1(x))
        q = s.dq[0](s.q(h)); k = s.dq[1](s.k(h)); v = s.dq[2](s.v(h))
        B = x.shape[0]
        q = q.reshape(B, T, H, D//H).transpose(1, 2); k = k.reshape(B, T, H, D//H).transpose(1, 2); v = v.reshape(B, T, H, D//H).transpose(1, 2)
        a = torch.softmax(q @ k.transpose(-1, -2) / (D//H) ** 0.5, dim=-1)
        c = (a @ v).transpose(1, 2).reshape(B, T, D)
        x = x + s.dq[3](s.o(s.qs[1](c)))
        h = s.qs[2](s.ln2(x))
        h = s.fc1(h)
        h = s.act(h)
        return x + s.fc2(h)

class Net(nn.Module):
    def __init__(s):
        super().__init__()
        s.inp = nn.Linear(32, D); s.blocks = nn.ModuleList([Block() for _ in range(L)]); s.head = nn.Linear(D, 10)
        s.qin = tq.QuantStub(); s.dqin = tq.DeQuantStub(); s.qh = tq.QuantStub(); s.dqh = tq.DeQuantStub()
    def forward(s, x):
        x = s.dqin(s.inp(s.qin(x)))
        for b in s.blocks: x = b(x)
        return s.dqh(s.head(s.qh(x)))

net = Net()
# a little training so weights are not purely random-init
opt = torch.optim.Adam(net.parameters(), 1e-3)
X = torch.randn(256, T, 32); Y = torch.randint(0, 10, (256,))
for i in range(100):
    opt.zero_grad(); loss = nn.functional.cross_entropy(net(X).mean(1), Y); loss.backward(); opt.step()
net.eval()
flt = copy.deepcopy(net)
qat = copy.deepcopy(net); qat.train()
act = tq.FakeQuantize.with_args(observer=tq.MovingAverageMinMaxObserver, quant_min=0, quant_max=127, dtype=torch.quint8, reduce_range=False)
wt = tq.FakeQuantize.with_args(observer=tq.MovingAveragePerChannelMinMaxObserver, quant_min=-128, quant_max=127, dtype=torch.qint8, qscheme=torch.per_channel_symmetric)
qat.qconfig = tq.QConfig(activation=act, weight=wt)
for b in qat.blocks: b.ln1.qconfig = None; b.ln2.qconfig = None; b.act.qconfig = None
tq.prepare_qat(qat, inplace=True)
for i in range(20): qat(torch.randn(8, T, 32))
qat.apply(tq.disable_observer); qat.eval()
x = torch.randn(1, T, 32)
np.save(f'{out}/tx_input.npy', x.numpy())
torch.onnx.export(flt, x, f'{out}/tx_float.onnx', opset_version=13, input_names=['x'], output_names=['logits'])
torch.onnx.export(qat, x, f'{out}/tx_qat.onnx', opset_version=13, input_names=['x'], output_names=['logits'])

