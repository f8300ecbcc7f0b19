import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphBuilder, rng } from '../src/engine/builder/model-builder';
import { matchActivationKeys } from '../src/engine/compare/align/activation-keys';
import { moduleToScope, scopeToModule } from '../src/engine/compare/align/module-index';
import { chooseByValues } from '../src/engine/compare/align/choose-by-values';
import { readMapFile } from '../src/engine/compare/align/map-file';
import { QuantLensError } from '../src/engine/errors';
import { readNpy } from '../src/engine/io/npy';
import { readNpz } from '../src/engine/io/npz';
import { TypeInfo, buildIR } from '../src/engine/ir/build-ir';
import type { Dim, IRGraph } from '../src/engine/ir/ir-types';
import { DType } from '../src/engine/onnx/dtype';
import { readModel } from '../src/engine/onnx/model-file';
import { Tensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { EngineClient } from '../src/engine/process/engine-client';
import { repoRoot as builtRepoRoot, requireRealFixtures, useEngine } from './helpers/engine';
import { pendingBecause } from './helpers/probe';

/** The repository: where dist/test sits, or else where mocha runs (a test bundle built elsewhere). */
const repoRoot = [builtRepoRoot, process.cwd()].find((d) => fs.existsSync(path.join(d, 'src', 'engine'))) ?? builtRepoRoot;
const realFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'real');

/**
 * A PyTorch-style QAT export in miniature: `block.0` (Conv+Relu, its fake-quant traced in the parent's scope
 * `/block/activation_post_process`), `block.1` (Conv), a `quant` stub whose fake-quant sits at the root, and a
 * FloatFunctional add (`skip_add`) whose Add and fake-quant land in its parent's scope.
 */
function qatLikeModel(): { graph: IRGraph } {
  const b = new GraphBuilder('qat_like');
  const x = b.input('input', 'float32', ['batch', 4, 6, 6]);
  const s = b.constant('s', 'float32', [], [0.05]);
  const z = b.constant('z', 'uint8', [], [0]);
  const fq = (t: string, scope: string) => {
    const q = b.op('QuantizeLinear', [t, s, z], {}, { name: `${scope}/QuantizeLinear` });
    const c = b.op('Clip', [q], {}, { name: `${scope}/Clip` });
    return b.op('DequantizeLinear', [c, s, z], {}, { name: `${scope}/DequantizeLinear` });
  };
  const w = b.constant('w', 'float32', [4, 4, 1, 1], new Array(16).fill(0.1));
  const a0 = fq(x, '/activation_post_process');
  const conv0 = b.op('Conv', [a0, w], {}, { name: '/block/block.0/Conv' });
  const relu0 = b.op('Relu', [conv0], {}, { name: '/block/block.0/Relu' });
  const a1 = fq(relu0, '/block/activation_post_process');
  const conv1 = b.op('Conv', [a1, w], {}, { name: '/block/block.1/Conv' });
  const a2 = fq(conv1, '/block/activation_post_process_1');
  const sum = b.op('Add', [a2, a1], {}, { name: '/block/Add' });
  const a3 = fq(sum, '/block/activation_post_process_2');
  const pooled = b.op('GlobalAveragePool', [a3], {}, { name: '/pool/GlobalAveragePool' });
  b.output(b.op('Flatten', [pooled], {}, { name: '/Flatten', output: 'logits' }));
  const model = b.model({ opset: 13 });
  // The runtime's types, as the compare feature gets them: every activation [batch, 4, 6, 6], integers for Q/Clip.
  const types = new Map<string, TypeInfo>();
  for (const n of model.graph!.node) {
    for (const o of n.output) {
      const dtype: DType = n.op_type === 'QuantizeLinear' || n.op_type === 'Clip' ? 'uint8' : 'float32';
      const shape: Dim[] = o === 'logits' ? ['batch', 4] : n.op_type === 'GlobalAveragePool' ? ['batch', 4, 1, 1] : ['batch', 4, 6, 6];
      types.set(o, { dtype, shape });
    }
  }
  return { graph: buildIR(model, { types }).graph };
}

const ACT = [1, 4, 6, 6];

describe('activation keys: module names and scopes', () => {
  it('writes a numeric child as parent.N and reads both scope styles back', () => {
    assert.equal(moduleToScope('features.1.conv.0.0'), '/features/features.1/conv/conv.0/conv.0.0');
    assert.equal(moduleToScope('0.1.conv'), '/0/0.1/conv');
    assert.equal(moduleToScope('classifier'), '/classifier');
    assert.equal(scopeToModule('/features/features.1/conv/conv.0/conv.0.0'), 'features.1.conv.0.0');
    assert.equal(scopeToModule('/features/1/conv/0/0'), 'features.1.conv.0.0');
    assert.equal(scopeToModule(''), '');
    for (const m of ['features.1.conv.0.0', 'layer1.0.downsample.0', '0.1.2', 'encoder.layers.11.self_attn', 'features.18.activation_post_process']) {
      assert.equal(scopeToModule(moduleToScope(m)), m);
    }
    for (const s of ['/features/features.1/conv/conv.0/conv.0.0', '/layer1/layer1.0/downsample/downsample.0', '/0/0.1']) {
      assert.equal(moduleToScope(scopeToModule(s)), s);
    }
  });
});

describe('activation keys: matching reference keys to a built model', () => {
  const { graph } = qatLikeModel();
  const match = (keys: string[], dims = ACT, map?: Record<string, string>) => matchActivationKeys(graph, keys.map((key) => ({ key, dims })), map);

  it('takes a module\'s output through its fake-quant in the parent scope, latest first', () => {
    const r = match(['block.0']);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.matches, [{
      key: 'block.0',
      how: 'module',
      candidates: ['/block/activation_post_process/DequantizeLinear_output_0', '/block/activation_post_process/Clip_output_0', '/block/activation_post_process/QuantizeLinear_output_0', '/block/block.0/Relu_output_0'],
    }]);
  });

  it('reads integer tensors only where they have quantization parameters', () => {
    // The Clip output feeds a DequantizeLinear, so it is a quantized tensor; a plain Conv output is float.
    const c = match(['block.1']).matches[0].candidates;
    assert.equal(c[0], '/block/activation_post_process_1/DequantizeLinear_output_0');
    assert.ok(c.every((t) => graph.values.get(t)!.dtype === 'float32' || graph.values.get(t)!.quant !== null));
  });

  it('finds stubs and FloatFunctionals that left no node through their parent\'s scope', () => {
    const r = match(['quant', 'quant.activation_post_process', 'block.skip_add', 'block.skip_add.activation_post_process']);
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.matches[0].candidates, ['/activation_post_process/DequantizeLinear_output_0']);
    assert.deepEqual(r.matches[1].candidates, r.matches[0].candidates);
    // Of the three fake-quants in `block`'s scope, two read block.0 and block.1: the add owns the third.
    assert.deepEqual(r.matches[2].candidates, ['/block/activation_post_process_2/DequantizeLinear_output_0']);
    assert.deepEqual(r.matches[3].candidates, r.matches[2].candidates);
  });

  it('gives a module that left no node nothing unless the reference shows it owns a fake-quant', () => {
    // nn.Identity, Dropout, a DeQuantStub: recorded without `.activation_post_process`, so no stand-in is guessed.
    const r = match(['quant', 'block.skip_add', 'block.2']);
    assert.deepEqual(r.matches, []);
    assert.deepEqual(r.unmatched.map((u) => u.key), ['quant', 'block.skip_add', 'block.2']);
    assert.match(r.unmatched[2].reason, /no node lies in module scope \/block\/block\.2 \(a module that left no node/);
  });

  it('maps `.activation_post_process` keys to the fake-quant outputs only', () => {
    const r = match(['block.0.activation_post_process']);
    assert.deepEqual(r.matches[0].candidates, ['/block/activation_post_process/DequantizeLinear_output_0', '/block/activation_post_process/Clip_output_0', '/block/activation_post_process/QuantizeLinear_output_0']);
  });

  it('prefers an exact tensor name, then the map, and accepts `output` and scope paths', () => {
    const r = matchActivationKeys(graph, [
      { key: '/block/block.0/Relu_output_0', dims: ACT },
      { key: 'conv-one', dims: ACT },
      { key: 'output', dims: [1, 4] },
      { key: 'output.0', dims: [1, 4] },
      { key: '/block/block.1', dims: ACT },
      { key: 'pool', dims: [1, 4, 1, 1] },
    ], { 'conv-one': '/block/block.1/Conv_output_0', '/block/block.0/Relu_output_0': 'logits' });
    assert.deepEqual(r.unmatched, []);
    assert.deepEqual(r.matches.map((m) => [m.key, m.how, m.candidates[0]]), [
      ['/block/block.0/Relu_output_0', 'tensor-name', '/block/block.0/Relu_output_0'],
      ['conv-one', 'map', '/block/block.1/Conv_output_0'],
      ['output', 'tensor-name', 'logits'],
      ['output.0', 'tensor-name', 'logits'],
      ['/block/block.1', 'module', '/block/activation_post_process_1/DequantizeLinear_output_0'],
      ['pool', 'module', '/pool/GlobalAveragePool_output_0'],
    ]);
  });

  it('lets a symbolic batch dim take any size but nothing else differ', () => {
    assert.equal(match(['block.0'], [8, 4, 6, 6]).matches.length, 1);
    for (const dims of [[4, 6, 6], [1, 1, 4, 6, 6], [1, 4, 6, 7]]) assert.equal(match(['block.0'], dims).matches.length, 0, `${dims}`);
  });

  it('says why a key is unmatched, naming both shapes', () => {
    const r = matchActivationKeys(graph, [
      { key: 'logits', dims: [1, 8] },
      { key: 'block.0', dims: [1, 8, 3, 3] },
      { key: 'block.7.conv', dims: ACT },
      { key: 'mapped', dims: ACT },
      { key: 'mapped-bad-shape', dims: ACT },
    ], { mapped: 'no-such-thing', 'mapped-bad-shape': 'logits' });
    assert.equal(r.matches.length, 0);
    const why = new Map(r.unmatched.map((u) => [u.key, u.reason]));
    assert.equal(why.get('logits'), "tensor 'logits' has shape [batch, 4] in the model, the reference [1, 8]");
    assert.match(why.get('block.0')!, /module 'block\.0' has no output of the reference's shape \[1, 8, 3, 3\]: '\/block\/activation_post_process\/DequantizeLinear_output_0' \[batch, 4, 6, 6\]/);
    assert.match(why.get('block.7.conv')!, /no node lies in module scope \/block\/block\.7\/conv/);
    assert.match(why.get('mapped')!, /the map sends it to 'no-such-thing', which is neither a tensor nor a module scope/);
    assert.match(why.get('mapped-bad-shape')!, /\[batch, 4\] is not the reference's \[1, 4, 6, 6\]/);
  });
});

describe('activation keys: choosing by values', () => {
  const random = rng(7);
  const ref = Float32Array.from({ length: 200 }, () => random() * 4 - 2);

  it('picks the highest SQNR and says over what', () => {
    const near = ref.map((v, i) => (i === 0 ? v + 0.01 : v));
    const far = ref.map((v) => v * 0.5);
    const r = chooseByValues(ref, [{ tensor: 'far', values: far }, { tensor: 'near', values: near }]);
    assert.equal(r.tensor, 'near');
    assert.match(r.note!, /^decided by values: near \(\d+\.\d dB\) over far \(6\.0 dB\)$/);
    const signal = ref.reduce((a, v) => a + v * v, 0);
    const db = Number(/near \(([\d.]+) dB\)/.exec(r.note!)![1]);
    assert.ok(Math.abs(db - 10 * Math.log10(signal / 1e-4)) < 0.1, r.note!);
  });

  it('takes the tensor whose quantization grid the reference sits on, even at a lower SQNR', () => {
    // A fake-quant's output (steps of 0.1) against the framework's: one side rounded 20 values a step the other way.
    const levels = Float32Array.from({ length: 200 }, () => Math.round(random() * 20) * 0.1);
    const dq = levels.map((v, i) => (i % 10 === 0 ? v + 0.1 : v));
    const float = levels.map((v) => v + (random() - 0.5) * 0.01);
    const r = chooseByValues(levels, [{ tensor: 'float', values: float }, { tensor: 'dq', values: dq }]);
    assert.equal(r.tensor, 'dq');
    assert.match(r.note!, /^decided by values: dq \(\d+\.\d dB, on the reference's quantization grid\) over float \(\d+\.\d dB\)$/);
    const [dqDb, floatDb] = [...r.note!.matchAll(/\((\d+\.\d) dB/g)].map((m) => Number(m[1]));
    assert.ok(floatDb > dqDb + 10, r.note!);
    // A float reference is on no grid: the SQNR decides.
    assert.equal(chooseByValues(float, [{ tensor: 'dq', values: dq }, { tensor: 'float', values: float.slice() }]).tensor, 'float');
  });

  it('has no note for one candidate, breaks ties by order, and never picks a wrong size or NaN', () => {
    assert.deepEqual(chooseByValues(ref, [{ tensor: 'only', values: new Float32Array(200) }]), { tensor: 'only', note: null });
    const tie = chooseByValues(ref, [{ tensor: 'dq', values: ref.slice() }, { tensor: 'clip', values: ref.slice() }]);
    assert.equal(tie.tensor, 'dq');
    assert.equal(tie.note, 'decided by values: dq (exact) over clip (exact, a tie: the earlier candidate wins)');
    const withNaN = ref.slice();
    withNaN[3] = NaN;
    const r = chooseByValues(ref, [
      { tensor: 'long', values: new Float32Array(400) },
      { tensor: 'nan', values: withNaN },
      { tensor: 'zeros', values: new Float32Array(200) },
    ]);
    assert.equal(r.tensor, 'zeros');
    assert.equal(r.note, 'decided by values: zeros (0.0 dB) over long (400 values, not 200), nan (-inf dB)');
    assert.throws(() => chooseByValues(ref, []));
  });
});

describe('activation keys: map files', () => {
  let dir = '';
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-map-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  const fails = (file: string, pattern: RegExp) => assert.throws(() => readMapFile(file), (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input' && e.message.startsWith(file) && pattern.test(e.message));

  it('reads a JSON object of key -> tensor', () => {
    assert.deepEqual(readMapFile(write('ok.json', '{"features.0.0": "/features/x", "b": "y"}')), { 'features.0.0': '/features/x', b: 'y' });
  });

  it('refuses missing files, bad JSON, and the wrong shapes of data', () => {
    fails(path.join(dir, 'missing.json'), /no such file/);
    fails(write('bad.json', '{"a": '), /not valid JSON/);
    fails(write('array.json', '["a", "b"]'), /holds an array; a map is one JSON object/);
    fails(write('null.json', 'null'), /holds null/);
    fails(write('number.json', '{"a": 3}'), /the value of 'a' is a number; it must name a model tensor/);
    fails(write('nested.json', '{"a": {"tensor": "x"}}'), /the value of 'a' is a object/);
    fails(write('empty.json', '{"a": ""}'), /the value of 'a' is an empty string/);
    fails(write('emptykey.json', '{"": "x"}'), /empty key/);
  });
});

describe('activation keys: the PyTorch recording script', () => {
  const script = path.join(repoRoot, 'scripts', 'record_activations.py');
  const python = (args: string[]) => spawnSync('python3', args, { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONPYCACHEPREFIX: os.tmpdir() } });

  it('compiles with python3', function () {
    assert.ok(fs.existsSync(script), script);
    if (python(['--version']).status !== 0) pendingBecause(this, 'python3 is not on this machine');
    const r = python(['-m', 'py_compile', script]);
    assert.equal(r.status, 0, r.stderr);
  });

  it('writes an .npz that QuantLens reads, with any module name as a key', function () {
    // torch is not needed to write the archive: a stand-in module lets the script import where torch is absent.
    if (python(['-c', 'import numpy']).status !== 0) pendingBecause(this, 'numpy is not installed for python3');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ql-rec-')), 'acts.npz');
    const code = [
      'import sys, types, numpy as np',
      "sys.modules.setdefault('torch', types.ModuleType('torch'))",
      `sys.path.insert(0, ${JSON.stringify(path.dirname(script))})`,
      'import record_activations as r',
      "r._write_npz(sys.argv[1], {'features.1.conv.0.0': np.arange(6, dtype=np.float32).reshape(1, 2, 3), 'file': np.ones(2, np.float32), 'output': np.zeros((1, 4), np.float32)})",
    ].join('\n');
    const r = python(['-c', code, out]);
    assert.equal(r.status, 0, r.stderr);
    const got = readNpz(out);
    assert.deepEqual([...got.keys()], ['features.1.conv.0.0', 'file', 'output']);
    assert.deepEqual(got.get('features.1.conv.0.0')!.dims, [1, 2, 3]);
    assert.deepEqual([...toFloat32(got.get('features.1.conv.0.0')!)], [0, 1, 2, 3, 4, 5]);
    assert.equal(got.get('output')!.dtype, 'float32');
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});

/** Real values of a fetched tensor: integers dequantized with the IR's per-tensor parameters. */
function realValues(t: Tensor, g: IRGraph): Float32Array | null {
  const data = toFloat32(t);
  if (t.dtype === 'float32') return data;
  const q = g.values.get(t.name!)?.quant;
  if (!q || q.scale.length !== 1) return null;
  const [scale, zp] = [q.scale[0], q.zeroPoint[0] ?? 0];
  return data.map((v) => (v - zp) * scale);
}

/** Which tensor carries each reference key: match by name, run the model at `disabled`, decide by values. */
async function chooseForFixture(engine: EngineClient, dir: string, modelFile: string, refFile: string, inputFile: string) {
  const session = { provider: 'cpu', level: 'disabled' as const, config: {}, freeDims: {} };
  const compiled = await engine.call('compile', { model: { path: modelFile }, session, optimizedPath: path.join(dir, path.basename(modelFile)), exposeTypes: true });
  const types = new Map<string, TypeInfo>(compiled.types.map((t) => [t.name, { dtype: t.dtype as DType | null, shape: t.shape }]));
  const g = buildIR(readModel(modelFile).model, { types }).graph;
  const refs = readNpz(refFile);
  const { matches, unmatched } = matchActivationKeys(g, [...refs].map(([key, t]) => ({ key, dims: t.dims })));
  const fetch = [...new Set(matches.flatMap((m) => m.candidates))];
  const values = new Map<string, Float32Array | null>();
  const input = readNpy(inputFile);
  for (let i = 0; i < fetch.length; i += 64) {
    const chunk = fetch.slice(i, i + 64);
    const r = await engine.call('run', { model: { path: modelFile }, session, feeds: { input }, fetch: chunk });
    for (const name of chunk) values.set(name, realValues({ ...r.outputs[name], name }, g));
  }
  const chosen = new Map<string, { tensor: string; note: string | null }>();
  for (const m of matches) {
    const usable = m.candidates.flatMap((t) => (values.get(t) ? [{ tensor: t, values: values.get(t)! }] : []));
    if (usable.length > 0) chosen.set(m.key, chooseByValues(toFloat32(refs.get(m.key)!), usable));
  }
  return { chosen, unmatched, keys: refs.size, fetched: fetch.length };
}

describe('activation keys: the real MobileNetV2 exports (../shared/fixtures/real)', function () {
  const ctx = useEngine();
  const fixture = (name: string) => path.join(realFixtures, name);
  before(function () {
    requireRealFixtures(this, 'mnv2_qat_qdq.onnx', realFixtures);
  });

  for (const [model, reference] of [['mnv2_qat_qdq.onnx', 'mnv2_ref_qat.npz'], ['mnv2_int8.onnx', 'mnv2_ref_int8.npz']]) {
    it(`gives at least 95% of the unit table its tensor: ${model} with ${reference}`, async () => {
      const { chosen, unmatched, keys, fetched } = await chooseForFixture(ctx.engine(), ctx.dir(), fixture(model), fixture(reference), fixture('input.npy'));
      const table = JSON.parse(fs.readFileSync(fixture('mnv2_unit_table.json'), 'utf8')) as { units: Record<string, Record<string, string>> };
      const units = Object.entries(table.units).map(([unit, byModel]) => ({ unit, want: byModel[model] }));
      const wrong = units.filter((u) => chosen.get(u.unit)?.tensor !== u.want);
      const rate = (units.length - wrong.length) / units.length;
      const decided = [...chosen.values()].filter((c) => c.note).length;
      console.log(`      units matched exactly: ${units.length - wrong.length}/${units.length} (${(100 * rate).toFixed(1)}%); keys matched ${chosen.size}/${keys}, decided by values ${decided}, tensors fetched ${fetched}`);
      for (const w of wrong) console.log(`      differs from the table: ${w.unit} -> ${chosen.get(w.unit)?.tensor ?? '(none)'}, table ${w.want}`);
      // Most unmatched keys are nn.Identity modules, which leave no node; the others are shown with their reasons.
      const noNode = unmatched.filter((u) => /left no node/.test(u.reason));
      console.log(`      unmatched: ${unmatched.length} keys, ${noNode.length} of modules that left no node: ${noNode.map((u) => u.key).join(', ')}`);
      for (const u of unmatched.filter((x) => !noNode.includes(x))) console.log(`      unmatched: ${u.key}: ${u.reason}`);
      // Every module, not only units: the fixture's full map (found by running every tensor) for comparison.
      const full = JSON.parse(fs.readFileSync(fixture('mnv2_onnx_map.json'), 'utf8')) as Record<string, { map?: Record<string, { tensor: string | null }> }>;
      const fullMap = full[model].map ?? {};
      const agree = [...chosen].filter(([key, c]) => fullMap[key]?.tensor === c.tensor).length;
      console.log(`      matched keys that agree with mnv2_onnx_map.json: ${agree}/${chosen.size}`);
      assert.ok(rate >= 0.95, `only ${(100 * rate).toFixed(1)}% of units matched`);
      if (model === 'mnv2_qat_qdq.onnx') {
        // The same module's BatchNormalization (before the fake-quant) is told apart from the fake-quant's output.
        assert.equal(chosen.get('features.1.conv.1.bn')?.tensor, '/features/features.1/conv/conv.1/bn/BatchNormalization_output_0');
      }
    });
  }
});
