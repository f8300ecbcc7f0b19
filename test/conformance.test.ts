import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ort from 'onnxruntime-node';
import { GraphBuilder, tensor } from '../src/engine/builder/model-builder';
import { QuantLensError, errorMessage } from '../src/engine/errors';
import { DType, isFloat } from '../src/engine/onnx/dtype';
import { encodeModel, readModel } from '../src/engine/onnx/model-file';
import { GraphMsg } from '../src/engine/onnx/schema';
import { Tensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { readTensorProtoFile } from '../src/engine/io/tensor-file';
import { fromOrtTensor, toOrtTensor } from '../src/engine/runtime/ort-tensor';
import { BackendTest, ONNX_TESTDATA, ValueKind, listBackendTests, valueKind } from './helpers/onnx-testdata';

const sessionOptions: ort.InferenceSession.SessionOptions = {
  graphOptimizationLevel: 'disabled',
  intraOpNumThreads: 1,
  interOpNumThreads: 1,
  executionMode: 'sequential',
  logSeverityLevel: 4,
};

/** The ONNX backend runner's defaults (onnx/backend/test/runner): rtol 1e-3, atol 1e-7, NaN equal to NaN. */
const RTOL = 1e-3;
const ATOL = 1e-7;

/** Why `actual` differs from `expected` as the ONNX backend runner judges it, or undefined when they agree. */
function difference(actual: Tensor, expected: Tensor): string | undefined {
  if (actual.dtype !== expected.dtype) return `dtype ${actual.dtype}, expected ${expected.dtype}`;
  if (actual.dims.join() !== expected.dims.join()) return `dims [${actual.dims}], expected [${expected.dims}]`;
  const a = actual.data;
  const e = expected.data;
  if (a.length !== e.length) return `${a.length} values, expected ${e.length}`;
  const float = isFloat(expected.dtype) || expected.dtype.startsWith('complex');
  // float16 and bfloat16 hold bits: compare their values. Integers, bools and strings must match exactly.
  const av: ArrayLike<unknown> = expected.dtype === 'float16' || expected.dtype === 'bfloat16' ? toFloat32(actual) : a;
  const ev: ArrayLike<unknown> = expected.dtype === 'float16' || expected.dtype === 'bfloat16' ? toFloat32(expected) : e;
  let bad = 0;
  let first = -1;
  for (let i = 0; i < ev.length; i++) {
    const x = av[i];
    const y = ev[i];
    let ok: boolean;
    if (!float) ok = x === y;
    else if (typeof x !== 'number' || typeof y !== 'number') ok = false;
    else if (Number.isNaN(y)) ok = Number.isNaN(x);
    else if (!Number.isFinite(y)) ok = x === y;
    else ok = Math.abs(x - y) <= ATOL + RTOL * Math.abs(y);
    if (!ok && bad++ === 0) first = i;
  }
  if (bad === 0) return undefined;
  return `${bad} of ${ev.length} values differ (first at ${first}: ${String(av[first])}, expected ${String(ev[first])})`;
}

/** The graph's inputs that are fed (initializers are not), in the order input_K.pb follow. */
function fedInputs(graph: GraphMsg) {
  const inits = new Set(graph.initializer.map((t) => t.name));
  return graph.input.filter((v) => !inits.has(v.name));
}

interface Loaded {
  test: BackendTest;
  graph: GraphMsg;
  /** Per data set, every value's kind: inputs then outputs. */
  kinds: ValueKind[];
}

function load(test: BackendTest): Loaded {
  const graph = readModel(test.model).model.graph!;
  const inputs = fedInputs(graph);
  const kinds: ValueKind[] = [];
  for (const set of test.dataSets) {
    set.inputs.forEach((_, k) => kinds.push(valueKind(inputs[k]?.type)));
    set.outputs.forEach((_, k) => kinds.push(valueKind(graph.output[k]?.type)));
  }
  return { test, graph, kinds };
}

/** The suites whose data the package holds (`real` only names models to download). */
const SUITES = ['node', 'simple', 'pytorch-converted', 'pytorch-operator'];

function backendSuite(suite: string): void {
  describe(`ONNX backend ${suite} tests: our model and tensor I/O against onnxruntime`, function () {
    this.timeout(600_000);
    const root = path.join(ONNX_TESTDATA, suite);
    let tests: BackendTest[] = [];

    before(function () {
      if (!fs.existsSync(root)) {
        console.log(`    (skipped: ${root} is missing; install it with 'apt-get install libonnx-testdata' or set QUANTLENS_ONNX_TESTDATA)`);
        this.skip();
      }
      tests = listBackendTests(root);
    });

    it('loads every model and decodes every tensor file', () => {
      const failures: string[] = [];
      const byKind = new Map<string, number>();
      let models = 0;
      for (const test of tests) {
        let loaded: Loaded;
        try {
          loaded = load(test);
          models++;
        } catch (err) {
          failures.push(`${test.name}: ${errorMessage(err)}`);
          continue;
        }
        const files = test.dataSets.flatMap((s) => [...s.inputs, ...s.outputs]);
        files.forEach((file, i) => {
          const kind = loaded.kinds[i];
          if (kind !== 'tensor') {
            // SequenceProto, OptionalProto and MapProto files: not TensorProtos, counted apart.
            byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
            return;
          }
          try {
            const t = readTensorProtoFile(file);
            const key = t.dtype === 'string' ? 'string tensor' : 'numeric tensor';
            byKind.set(key, (byKind.get(key) ?? 0) + 1);
          } catch (err) {
            failures.push(`${test.name}/${path.relative(path.dirname(test.model), file)}: ${errorMessage(err)}`);
          }
        });
      }
      const counts = [...byKind].sort().map(([k, n]) => `${n} ${k}`).join(', ');
      console.log(`    models loaded: ${models} of ${tests.length}; value files: ${counts}`);
      assert.ok(tests.length > 0, `no tests under ${root}`);
      assert.deepEqual(failures, []);
    });

    it('reproduces the expected outputs of the models onnxruntime runs', async () => {
      let notTensors = 0;
      const unsupported = new Map<string, string>();
      const passed: string[] = [];
      const failed: string[] = [];
      for (const test of tests) {
        const { graph, kinds } = load(test);
        if (kinds.some((k) => k !== 'tensor')) {
          notTensors++;
          continue;
        }
        let session: ort.InferenceSession;
        try {
          session = await ort.InferenceSession.create(fs.readFileSync(test.model), sessionOptions);
        } catch (err) {
          unsupported.set(test.name, errorMessage(err).split('\n')[0]);
          continue;
        }
        try {
          const why: string[] = [];
          for (const set of test.dataSets) {
            const feeds: Record<string, ort.Tensor> = {};
            fedInputs(graph).forEach((input, k) => {
              if (set.inputs[k]) feeds[input.name] = toOrtTensor(readTensorProtoFile(set.inputs[k]));
            });
            const results = await session.run(feeds);
            set.outputs.forEach((file, k) => {
              const name = graph.output[k].name;
              const d = difference(fromOrtTensor(results[name], name), readTensorProtoFile(file));
              if (d) why.push(`${path.basename(set.dir)} ${name}: ${d}`);
            });
          }
          if (why.length) failed.push(`${test.name} (${why.join('; ')})`);
          else passed.push(test.name);
        } catch (err) {
          failed.push(`${test.name} (run failed: ${errorMessage(err).split('\n')[0]})`);
        } finally {
          await session.release();
        }
      }
      const runnable = passed.length + failed.length;
      console.log(`    ${tests.length} tests: ${notTensors} with sequence/optional values (not run), ${unsupported.size} unsupported by the runtime, ${runnable} runnable`);
      console.log(`    runnable: ${passed.length} passed, ${failed.length} failed (${((100 * passed.length) / runnable).toFixed(1)}% pass)`);
      for (const f of failed) console.log(`      failed: ${f}`);
      const byReason = new Map<string, string[]>();
      for (const [name, why] of unsupported) byReason.set(why.slice(0, 120), [...(byReason.get(why.slice(0, 120)) ?? []), name]);
      for (const [why, names] of byReason) console.log(`      unsupported (${names.length}): ${why} [${names.join(', ')}]`);
      assert.ok(runnable > 0, 'nothing ran');
      assert.ok(passed.length >= 0.95 * runnable, `only ${passed.length} of ${runnable} runnable tests pass`);
    });
  });
}

for (const suite of SUITES) backendSuite(suite);

describe('onnxruntime tensor conversion', () => {
  const cases: Array<[DType, Array<number> | string[]]> = [
    ['float32', [1.5, -0, NaN]], ['float64', [1e-300, -Infinity, Math.PI]], ['float16', [1, -2.5, 65504]],
    ['int8', [-128, 0, 127]], ['uint8', [0, 200, 255]], ['int16', [-32768, 5, 32767]], ['uint16', [0, 65535, 7]],
    ['int32', [-2147483648, 0, 2147483647]], ['uint32', [0, 4294967295, 9]], ['int64', [-5, 0, 2 ** 40]],
    ['uint64', [0, 2 ** 50, 3]], ['bool', [1, 0, 1]], ['string', ['a', '', 'ünï']],
  ];

  it('passes every dtype through an Identity model unchanged', async () => {
    for (const [dtype, values] of cases) {
      const b = new GraphBuilder('identity');
      b.output(b.op('Identity', [b.input('x', dtype, [3])], {}, { output: 'y' }), dtype, [3]);
      const session = await ort.InferenceSession.create(encodeModel(b.model({ opset: 21, irVersion: 10 })), sessionOptions);
      const x = tensor(dtype, [3], values, 'x');
      const y = fromOrtTensor((await session.run({ x: toOrtTensor(x) })).y, 'y');
      await session.release();
      assert.equal(y.dtype, dtype);
      assert.deepEqual(y.dims, [3]);
      assert.deepStrictEqual(y.data, x.data, dtype);
    }
  });

  it('refuses dtypes onnxruntime-node cannot take, as bad input', () => {
    for (const dtype of ['bfloat16', 'int4', 'float8e4m3fn'] as const) {
      const refused = (err: unknown) => err instanceof QuantLensError && err.kind === 'bad-input' && new RegExp(`'w' has dtype ${dtype}`).test(err.message);
      assert.throws(() => toOrtTensor(tensor(dtype, [1], [1], 'w')), refused);
    }
  });
});
