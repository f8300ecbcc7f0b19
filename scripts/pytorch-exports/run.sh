#!/usr/bin/env bash
# Real PyTorch 1.13 exports (Debian python3-torch, python3-torchvision, python3-onnx), clean and with faults
# injected, through `quantlens compare` against their float twins. Not part of the tests (they build their own
# models); this is how the table in BENCHMARKS.md ("PyTorch exports") was made. Usage: run.sh [OUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$(mktemp -d)}"
py=/usr/bin/python3
ql="node $here/../../dist/cli.js"
mkdir -p "$out"
$py "$here/qat_transformer.py" "$out" >/dev/null 2>&1
$py "$here/qat_cnn.py" resnet18 "$out" >/dev/null 2>&1
$py "$here/qat_cnn.py" resnet18 "$out" train >/dev/null 2>&1
$py "$here/qat_cnn.py" mbv3 "$out" >/dev/null 2>&1
$py "$here/float_transformer.py" "$out" >/dev/null 2>&1
cd "$out"
$py "$here/fault.py" tx_qat.onnx tx_fc1.onnx blocks.1.fc1.activation_post_process.scale 0.125 >/dev/null
$py "$here/fault.py" tx_qat.onnx tx_ln1.onnx blocks.2.qs.0.activation_post_process.scale 0.125 >/dev/null
$py "$here/fault.py" tx_qat.onnx tx_v.onnx blocks.0.v.weight_fake_quant.scale 8 >/dev/null
$py "$here/fault.py" tx_qat.onnx tx_bias.onnx blocks.1.fc1.bias 4 >/dev/null
$py "$here/fault.py" resnet18_qat.onnx resnet18_conv1.onnx layer2.0.conv1.activation_post_process.scale 0.125 >/dev/null
$py "$here/fault.py" mbv3_qat.onnx mbv3_f6.onnx features.6.block.1.0.activation_post_process.scale 0.125 >/dev/null
$py "$here/fault.py" mbv3_qat.onnx mbv3_f9.onnx features.9.block.0.0.activation_post_process.scale 0.125 >/dev/null
$py "$here/fault.py" mbv3_qat.onnx mbv3_w4.onnx features.4.block.0.0.weight_fake_quant.scale 4 >/dev/null
$py "$here/float16.py" enc_float.onnx enc_fp16.onnx >/dev/null
$py "$here/dynamic_int8.py" enc_float.onnx enc_dyn.onnx >/dev/null
$py "$here/outlier_channel.py" enc_float.onnx enc_outlier_float.onnx 0.layers.0.norm1.weight /0/layers.0/linear1/MatMul
$py "$here/dynamic_int8.py" enc_outlier_float.onnx enc_outlier_dyn.onnx >/dev/null

row() {  # label model reference input
  $ql compare "$2" --reference "$3" --input "$4" --json 2>/dev/null | $py -c '
import json, sys
j = json.load(sys.stdin); o = j["output"][0]; w = j.get("whatIf") or []
cs = "; ".join("`%s` %s, local %s" % (c["node"], c["kind"], "-" if c["localSqnrDb"] is None else "%.1f dB" % c["localSqnrDb"]) for c in j["culprits"][:2]) or "none"
print("| %s | %s | %s | %s |" % (sys.argv[1], "-" if o["sqnrDb"] is None else "%.1f dB" % o["sqnrDb"], cs, "%.1f -> %.1f dB" % (w[0]["outputSqnrBefore"], w[0]["outputSqnrAfter"]) if w else "-"))' "$1"
}
echo "| model | output SQNR | culprits | what-if |"
echo "|---|---|---|---|"
row "transformer, eager QAT, clean" tx_qat.onnx tx_float.onnx tx_input.npy
row "transformer, fc1 activation scale /8 (block 1)" tx_fc1.onnx tx_float.onnx tx_input.npy
row "transformer, LayerNorm output scale /8 (block 2)" tx_ln1.onnx tx_float.onnx tx_input.npy
row "transformer, v weight scale x8 (block 0)" tx_v.onnx tx_float.onnx tx_input.npy
row "transformer, fc1 bias x4 (block 1)" tx_bias.onnx tx_float.onnx tx_input.npy
row "ResNet-18, eager QAT, clean" resnet18_qat.onnx resnet18_float.onnx resnet18_input.npy
row "ResNet-18, observers calibrated in train mode" resnet18_train_qat.onnx resnet18_train_float.onnx resnet18_train_input.npy
row "ResNet-18, layer2.0.conv1 activation scale /8" resnet18_conv1.onnx resnet18_float.onnx resnet18_input.npy
row "MobileNetV3-L, eager QAT, clean" mbv3_qat.onnx mbv3_float.onnx mbv3_input.npy
row "MobileNetV3-L, features.6 expand activation scale /8" mbv3_f6.onnx mbv3_float.onnx mbv3_input.npy
row "MobileNetV3-L, features.9 expand activation scale /8" mbv3_f9.onnx mbv3_float.onnx mbv3_input.npy
row "MobileNetV3-L, features.4 expand weight scale x4" mbv3_w4.onnx mbv3_float.onnx mbv3_input.npy
row "TransformerEncoder, float16 (Casts in and out)" enc_fp16.onnx enc_float.onnx enc_input.npy
row "TransformerEncoder, dynamic int8" enc_dyn.onnx enc_float.onnx enc_input.npy
row "TransformerEncoder, dynamic int8, one LayerNorm gain x100 (1 of 64 channels)" enc_outlier_dyn.onnx enc_outlier_float.onnx enc_input.npy
$ql repair --convert resnet18_qat.onnx --out resnet18_int8.onnx --input resnet18_input.npy 2>&1 | sed -n '2p;5,6p'
