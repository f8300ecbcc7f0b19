"""nn.TransformerEncoder (2 layers, 64 wide, post-norm) and a Linear head, exported in float32.
Usage: float_transformer.py OUT_DIR"""
import torch, torch.nn as nn, numpy as np, sys
out = sys.argv[1]
torch.manual_seed(0)
enc = nn.TransformerEncoder(nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=128, batch_first=True), num_layers=2).eval()
net = nn.Sequential(enc, nn.Linear(64, 10)).eval()
x = torch.randn(1, 16, 64)
np.save(f'{out}/enc_input.npy', x.numpy())
torch.onnx.export(net, x, f'{out}/enc_float.onnx', opset_version=14, input_names=['x'], output_names=['y'])
