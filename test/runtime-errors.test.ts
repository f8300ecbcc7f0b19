import { strict as assert } from 'assert';
import { QuantLensError } from '../src/engine/errors';
import { RuntimeError, classifyRuntimeError, nodeFromMessage, plainRuntimeMessage } from '../src/engine/process/runtime-error';

describe('runtime messages in plain words', () => {
  it('drops source paths, C++ signatures and error-code prefixes, keeping the reason', () => {
    const opset = "/onnxruntime_src/onnxruntime/core/graph/model_load_utils.h:46 void onnxruntime::model_load_utils::ValidateOpsetForDomain(const std::unordered_map<std::__cxx11::basic_string<char>, int>&, const onnxruntime::logging::Logger&, bool, const std::string&, int) ONNX Runtime only *guarantees* support for models stamped with official released onnx opset versions. Opset 99 is under development.";
    assert.equal(plainRuntimeMessage(opset), 'ONNX Runtime only *guarantees* support for models stamped with official released onnx opset versions. Opset 99 is under development.');
    const run = "Non-zero status code returned while running Resize node. Name:'up' Status Message: /onnxruntime_src/onnxruntime/core/providers/cpu/tensor/upsamplebase.h:276 void onnxruntime::UpsampleBase::ScalesValidation(const std::vector<float>&, onnxruntime::UpsampleMode) const Scale value should be greater than 0.";
    assert.equal(plainRuntimeMessage(run), "Non-zero status code returned while running Resize node. Name:'up' Status Message: Scale value should be greater than 0.");
    assert.equal(plainRuntimeMessage('[ONNXRuntimeError] : 1 : FAIL : Load model failed'), 'Load model failed');
    assert.equal(nodeFromMessage(run), 'up');
    assert.equal(nodeFromMessage('This is an invalid model. In Node, ("FooBar_0", FooBar, "", -1) : ("x": tensor(float),) -> ("y": tensor(float),) , Error No Op registered for FooBar'), 'FooBar_0');
  });

  it('is linear on long paths that are not source locations (no backtracking)', () => {
    const long = `Failed to load library ${'/segment.name-x'.repeat(4000)}/lib.so with error: not found`;
    const t0 = performance.now();
    assert.match(plainRuntimeMessage(long), /Failed to load library/);
    assert.ok(performance.now() - t0 < 200);
  });

  it('classifies: refused at load is bad input, failing while running names the node, the rest passes through', () => {
    const load = classifyRuntimeError(new RuntimeError('Load model failed: /x/y.cc:3 bad', 'load'), 'm.onnx') as QuantLensError;
    assert.equal(load.kind, 'bad-input');
    assert.match(load.message, /^m\.onnx: the runtime refuses to load the model: Load model failed: bad$/);
    const run = classifyRuntimeError(new RuntimeError("Non-zero status code returned while running Resize node. Name:'up' Status Message: scales", 'run'), 'm.onnx') as QuantLensError;
    assert.equal(run.kind, 'run-failed');
    assert.equal(run.node, 'up');
    assert.match(run.message, /^m\.onnx: the runtime failed while running the model at node 'up' \(Resize\): /);
    const bug = new TypeError('x is undefined');
    assert.equal(classifyRuntimeError(bug, 'm.onnx'), bug);
    const cancelled = new QuantLensError('cancelled', 'cancelled');
    assert.equal(classifyRuntimeError(cancelled, 'm.onnx'), cancelled);
  });
});
