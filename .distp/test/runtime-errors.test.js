"use strict";

// test/runtime-errors.test.ts
var import_assert = require("assert");

// src/shared/exit-codes.ts
var EXIT_CODES = {
  /** The work is done (a comparison may still have found culprits). */
  ok: 0,
  /** A check the user asked for did not hold (`compare --fail-under`, `--fail-on`). */
  checkFailed: 1,
  /** The input is bad: a file that cannot be read, an invalid model, one the runtime refuses to load, a wrong option. */
  "bad-input": 2,
  /**
   * The model loads but the runtime fails while running it (a node's inputs do not fit it, or a graph input that
   * random data cannot fill): bad input too, reported with the node and why.
   */
  "run-failed": 2,
  /** A valid model that the target cannot compile (the diagnosis says why). */
  "compile-failed": 3,
  /** The engine process died (the native runtime crashed or ran out of memory); the message says what it was doing. */
  "engine-crashed": 4,
  /**
   * The machine refused what the work needs (no space left on a device, too many open files, no permission on the
   * temporary or cache folder): neither the input's fault nor a bug; the message says what was refused and where.
   */
  system: 5,
  /** Stopped by the user. */
  cancelled: 130,
  /** A bug in QuantLens. */
  internal: 70
};
function exitCodeFor(kind) {
  return EXIT_CODES[kind];
}

// src/engine/errors.ts
var QuantLensError = class _QuantLensError extends Error {
  constructor(kind, message, file, details = {}) {
    super(file ? `${file}: ${message}` : message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.kind = kind;
    this.file = file;
    this.name = "QuantLensError";
    this.reason = message;
    this.node = details.node;
    this.tensor = details.tensor;
  }
  kind;
  file;
  node;
  tensor;
  /** The message without the file in front. */
  reason;
  /** The same error, naming `file` when it named none (a caller that knows which file the work was about). */
  withFile(file) {
    if (this.file) return this;
    return new _QuantLensError(this.kind, this.reason, file, { node: this.node, tensor: this.tensor, cause: this.cause });
  }
  toObject() {
    return { kind: this.kind, exitCode: exitCodeFor(this.kind), message: this.message, file: this.file ?? null, node: this.node ?? null, tensor: this.tensor ?? null };
  }
};

// src/engine/process/runtime-error.ts
var RuntimeError = class extends Error {
  constructor(message, phase = "load") {
    super(message);
    this.phase = phase;
    this.name = "RuntimeError";
  }
  phase;
  /** The message in plain words: no source paths, no C++ signatures, no error-code prefixes. */
  get plain() {
    return plainRuntimeMessage(this.message);
  }
  /** The node the runtime names, when it names one. */
  get node() {
    return nodeFromMessage(this.message);
  }
};
function nodeFromMessage(message) {
  const m = /Node \(([^)]*)\)/.exec(message) ?? /In Node, \("([^"]*)"/.exec(message) ?? /node\. Name:'([^']*)'/.exec(message) ?? /node with name '([^']*)'/.exec(message) ?? /node_name[:=]\s*'?([^'\s,]+)/i.exec(message) ?? /Node:\s*([^\s]+)/.exec(message);
  return m && m[1] ? m[1] : null;
}
function opFromMessage(message) {
  return /while running (\S+) node/.exec(message)?.[1] ?? /In Node, \("[^"]*", (\w+),/.exec(message)?.[1] ?? null;
}
function skipSignature(s, i) {
  const head = /^[\w:<>,*&~ \[\]]*?::[~\w]+\(/.exec(s.slice(i));
  if (!head) return i;
  let depth = 0;
  for (let j = i + head[0].length - 1; j < s.length; j++) {
    if (s[j] === "(") depth++;
    else if (s[j] === ")" && --depth === 0) {
      const rest = /^\)(?:\s*const)?\s*/.exec(s.slice(j));
      return j + (rest ? rest[0].length : 1);
    }
  }
  return i;
}
function plainRuntimeMessage(message) {
  let s = message.replace(/\s+/g, " ").trim();
  s = s.replace(/\[ONNXRuntimeError\]\s*:\s*\d+\s*:\s*\w+\s*:\s*/g, "");
  const path = /(^|[\s(\[])\/[^\s:]*\.(?:cc|cpp|h|hpp|c):\d+\s*/g;
  let out = "";
  let last = 0;
  for (let m = path.exec(s); m; m = path.exec(s)) {
    out += s.slice(last, m.index + m[1].length);
    last = skipSignature(s, m.index + m[0].length);
    path.lastIndex = last;
  }
  out += s.slice(last);
  out = out.replace(/\bonnxruntime::/g, "").replace(/\s+/g, " ").trim();
  return out.length > 600 ? `${out.slice(0, 600)}\u2026` : out;
}
function classifyRuntimeError(err, file, what = "the model") {
  if (err instanceof QuantLensError) return file && err.kind !== "cancelled" ? err.withFile(file) : err;
  if (!(err instanceof RuntimeError)) return err;
  const node = err.node ?? void 0;
  if (err.phase === "run") {
    const op = opFromMessage(err.message);
    const where = node !== void 0 ? ` at node '${node}'${op ? ` (${op})` : ""}` : op ? ` in a ${op} node` : "";
    return new QuantLensError("run-failed", `the runtime failed while running ${what}${where}: ${err.plain}`, file, { node, cause: err });
  }
  return new QuantLensError("bad-input", `the runtime refuses to load ${what}${node !== void 0 ? ` (node '${node}')` : ""}: ${err.plain}`, file, { node, cause: err });
}

// test/runtime-errors.test.ts
describe("runtime messages in plain words", () => {
  it("drops source paths, C++ signatures and error-code prefixes, keeping the reason", () => {
    const opset = "/onnxruntime_src/onnxruntime/core/graph/model_load_utils.h:46 void onnxruntime::model_load_utils::ValidateOpsetForDomain(const std::unordered_map<std::__cxx11::basic_string<char>, int>&, const onnxruntime::logging::Logger&, bool, const std::string&, int) ONNX Runtime only *guarantees* support for models stamped with official released onnx opset versions. Opset 99 is under development.";
    import_assert.strict.equal(plainRuntimeMessage(opset), "ONNX Runtime only *guarantees* support for models stamped with official released onnx opset versions. Opset 99 is under development.");
    const run = "Non-zero status code returned while running Resize node. Name:'up' Status Message: /onnxruntime_src/onnxruntime/core/providers/cpu/tensor/upsamplebase.h:276 void onnxruntime::UpsampleBase::ScalesValidation(const std::vector<float>&, onnxruntime::UpsampleMode) const Scale value should be greater than 0.";
    import_assert.strict.equal(plainRuntimeMessage(run), "Non-zero status code returned while running Resize node. Name:'up' Status Message: Scale value should be greater than 0.");
    import_assert.strict.equal(plainRuntimeMessage("[ONNXRuntimeError] : 1 : FAIL : Load model failed"), "Load model failed");
    import_assert.strict.equal(nodeFromMessage(run), "up");
    import_assert.strict.equal(nodeFromMessage('This is an invalid model. In Node, ("FooBar_0", FooBar, "", -1) : ("x": tensor(float),) -> ("y": tensor(float),) , Error No Op registered for FooBar'), "FooBar_0");
  });
  it("is linear on long paths that are not source locations (no backtracking)", () => {
    const long = `Failed to load library ${"/segment.name-x".repeat(4e3)}/lib.so with error: not found`;
    const t0 = performance.now();
    import_assert.strict.match(plainRuntimeMessage(long), /Failed to load library/);
    import_assert.strict.ok(performance.now() - t0 < 200);
  });
  it("classifies: refused at load is bad input, failing while running names the node, the rest passes through", () => {
    const load = classifyRuntimeError(new RuntimeError("Load model failed: /x/y.cc:3 bad", "load"), "m.onnx");
    import_assert.strict.equal(load.kind, "bad-input");
    import_assert.strict.match(load.message, /^m\.onnx: the runtime refuses to load the model: Load model failed: bad$/);
    const run = classifyRuntimeError(new RuntimeError("Non-zero status code returned while running Resize node. Name:'up' Status Message: scales", "run"), "m.onnx");
    import_assert.strict.equal(run.kind, "run-failed");
    import_assert.strict.equal(run.node, "up");
    import_assert.strict.match(run.message, /^m\.onnx: the runtime failed while running the model at node 'up' \(Resize\): /);
    const bug = new TypeError("x is undefined");
    import_assert.strict.equal(classifyRuntimeError(bug, "m.onnx"), bug);
    const cancelled = new QuantLensError("cancelled", "cancelled");
    import_assert.strict.equal(classifyRuntimeError(cancelled, "m.onnx"), cancelled);
  });
});
//# sourceMappingURL=runtime-errors.test.js.map
