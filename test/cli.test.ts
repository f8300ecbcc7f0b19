import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import type { KernelFamilyId } from '../src/engine/targets/kernel-family';
import { sameAsCpuHere } from '../src/engine/targets/target-kernels';
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeModel } from '../src/engine/onnx/model-file';
import { floatConvChain, qdqConvModel } from './helpers/models';
import { repoRoot } from './helpers/engine';
import { GraphBuilder } from '../src/engine/builder/model-builder';

const cli = path.join(repoRoot, 'dist', 'cli.js');
let dir = '';

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache') }, timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI', function () {
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-cli-'));
  });

  it('targets --json lists every built-in target, the CPU and the providers', () => {
    const r = run('targets', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(j.targets.map((t: { id: string }) => t.id), ['cpu', 'cpu-no-layout', 'cpu-basic', 'cpu-int8-precise', 'cpu-qdq-float', 'reference', 'x64-avx2', 'x64-vnni', 'arm64', 'arm64-dotprod']);
    for (const t of j.targets) for (const k of ['id', 'title', 'description', 'provider', 'level', 'kind', 'emulates', 'kernels', 'available', 'reason', 'sameAsCpu']) assert.ok(k in t, k);
    assert.deepEqual(j.targets.filter((t: { kind: string }) => t.kind === 'emulated').map((t: { emulates: string }) => t.emulates), ['x64-avx2', 'x64-vnni', 'arm64', 'arm64-dotprod']);
    assert.ok(['x64-avx2', 'x64-vnni', 'arm64', 'arm64-dotprod'].includes(j.cpu.family), j.cpu.family);
    assert.ok(j.providers.some((p: { name: string; available: boolean }) => p.name === 'cpu' && p.available));
    assert.equal(typeof j.cpu.u8s8Saturates, 'boolean');
    // The precise u8s8 mode changes numbers only where the probe measured u8s8 saturation.
    const precise = j.targets.find((t: { id: string }) => t.id === 'cpu-int8-precise');
    assert.equal(precise.sameAsCpu !== null, !j.cpu.u8s8Saturates, `${precise.sameAsCpu} (u8s8Saturates ${j.cpu.u8s8Saturates})`);
    assert.ok(j.targets.filter((t: { id: string }) => t.id !== 'cpu-int8-precise').every((t: { sameAsCpu: string | null }) => t.sameAsCpu === null));
  });

  it('says the precise u8s8 target makes no difference for each kernel family but x64 without VNNI', () => {
    const precise = BUILTIN_TARGETS.find((t) => t.id === 'cpu-int8-precise')!;
    const said = (family: KernelFamilyId) => sameAsCpuHere(precise, { family });
    assert.equal(said('x64-avx2'), null);
    assert.match(said('x64-vnni')!, /no difference on this CPU: .*measured exact \(x64 with VNNI\)/);
    assert.match(said('arm64')!, /x64 option/);
    assert.match(said('arm64-dotprod')!, /x64 option/);
    assert.equal(sameAsCpuHere(BUILTIN_TARGETS[0], { family: 'x64-vnni' }), null);
  });

  it('compile --json keeps the contract', () => {
    const file = path.join(dir, 'qdq.onnx');
    writeModel(qdqConvModel({ perChannel: true }), file);
    const r = run('compile', file, '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    for (const k of ['model', 'target', 'cpu', 'source', 'compiled', 'failure', 'diagnostics', 'timingsMs']) assert.ok(k in j, k);
    assert.deepEqual(Object.keys(j.target).sort(), ['config', 'emulates', 'id', 'level', 'provider', 'title']);
    for (const k of ['arch', 'model', 'isa', 'nchwcBlock', 'u8s8Saturates', 'family']) assert.ok(k in j.cpu, k);
    for (const k of ['family', 'title', 'emulated', 'pairs', 'summary']) assert.ok(k in j.kernels, k);
    for (const k of ['name', 'opType', 'domain', 'inputs', 'outputs', 'attributes', 'origin', 'inserted']) assert.ok(k in j.compiled.nodes[0], k);
    for (const k of ['name', 'dtype', 'shape', 'layout', 'quant', 'initializer']) assert.ok(k in j.compiled.values[0], k);
    assert.ok(j.compiled.values.every((v: { layout: object }) => ['kind', 'block', 'channels'].every((k) => k in v.layout)));
    for (const k of ['load', 'compile', 'ir', 'total']) assert.equal(typeof j.timingsMs[k], 'number');
    assert.ok(j.diagnostics.every((d: object) => ['code', 'severity', 'node', 'tensor', 'message', 'fix'].every((k) => k in d)));
    assert.equal(j.failure, null);
    assert.ok(j.compiled.nodes.some((n: { domain: string }) => n.domain === ''), 'default domain is ""');
  });

  it('writes the compiled graph and report with --out, and exits 1 when --fail-on is met', () => {
    const file = path.join(dir, 'f.onnx');
    writeModel(floatConvChain(), file);
    const out = path.join(dir, 'out');
    const r = run('compile', file, '--out', out, '--fail-on', 'warning');
    assert.equal(r.code, 0, 'a float model has no warnings');
    assert.ok(fs.existsSync(path.join(out, 'f.cpu.onnx')) && fs.existsSync(path.join(out, 'f.cpu.json')));
    const q = path.join(dir, 'q.onnx');
    writeModel(qdqConvModel({ depthwisePerTensor: true }), q);
    assert.equal(run('compile', q, '--fail-on', 'warning').code, 1);
    assert.equal(run('compile', q, '--fail-on', 'error').code, 0);
  });

  it('exits 3 with the diagnosis when the target cannot compile a valid model, and repairs it', () => {
    const file = path.join(dir, 'one.onnx');
    writeModel(qdqConvModel({ oneElementParams: true }), file);
    const r = run('compile', file);
    assert.equal(r.code, 3);
    assert.match(r.stdout, /COMPILE FAILED at level extended, optimizer QDQSelectorActionTransformer, node \/add\/Add/);
    assert.match(r.stdout, /targets that compile it: cpu-basic, cpu-qdq-float, reference/);
    const fixed = path.join(dir, 'one_fixed.onnx');
    const rep = run('repair', file, '--out', fixed);
    assert.equal(rep.code, 0, rep.stdout + rep.stderr);
    assert.match(rep.stdout, /now compiles at every built-in target/);
    assert.equal(run('compile', fixed).code, 0);
  });

  it('states the values it used for symbolic dims', () => {
    const b = new GraphBuilder('sym');
    b.output(b.op('Relu', [b.input('x', 'float32', ['batch', 4])], {}, { output: 'y' }));
    const file = path.join(dir, 'sym.onnx');
    writeModel(b.model(), file);
    const j = JSON.parse(run('compile', file, '--json').stdout);
    assert.deepEqual(j.symbolicDims, { batch: { value: 1, defaulted: true } });
    const j2 = JSON.parse(run('compile', file, '--json', '--dim', 'batch=3').stdout);
    assert.deepEqual(j2.compiled.values.find((v: { name: string }) => v.name === 'y').shape, [3, 4]);
    const bad = run('compile', file, '--dim', 'nope=2');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no symbolic input dimension named 'nope'/);
  });

  it('exits 2 with one clear line for bad input', () => {
    const text = path.join(dir, 'notes.onnx');
    fs.writeFileSync(text, 'this is not a model');
    const cases: Array<[string[], RegExp]> = [
      [['compile', text], /notes\.onnx: not an ONNX model/],
      [['compile', path.join(dir, 'missing.onnx')], /missing\.onnx: no such file/],
      [['compile', dir], /is a folder/],
      [['compile', text, '--target', 'gpu-9000'], /unknown target 'gpu-9000'/],
      [['compile', text, '--fail-on', 'info'], /--fail-on takes error or warning/],
      [['repair', text], /needs --out/],
      [['frobnicate'], /unknown command 'frobnicate'/],
    ];
    const good = fs.readFileSync(path.join(dir, 'qdq.onnx'));
    const cut = path.join(dir, 'cut.onnx');
    fs.writeFileSync(cut, good.subarray(0, good.length - 200));
    cases.push([['compile', cut], /cut\.onnx: .*(truncated|not an ONNX model)/]);
    // A protobuf that is not a model: a TensorProto.
    const foreign = path.join(dir, 'tensor.onnx');
    fs.writeFileSync(foreign, Buffer.from([0x08, 0x03, 0x10, 0x01, 0x4a, 0x0c, 0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, 0, 0, 0x40, 0x40]));
    cases.push([['compile', foreign], /tensor\.onnx: not an ONNX model/]);
    for (const [args, re] of cases) {
      const r = run(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    }
  });

  it('refuses custom targets with config keys the runtime would ignore', () => {
    const targets = path.join(dir, 'targets.json');
    fs.writeFileSync(targets, JSON.stringify({ id: 'mine', level: 'all', config: { 'session.x64quantprecisoin': '1' } }));
    const r = spawnSync(process.execPath, [cli, 'targets'], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache'), QUANTLENS_TARGETS: targets } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown config key 'session.x64quantprecisoin'.*silently ignore/);
    fs.writeFileSync(targets, JSON.stringify([{ id: 'mine', level: 'extended', config: { 'session.x64quantprecision': '1' } }]));
    const ok = spawnSync(process.execPath, [cli, 'targets', '--json'], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache'), QUANTLENS_TARGETS: targets } });
    assert.equal(ok.status, 0, ok.stderr);
    assert.ok(JSON.parse(ok.stdout).targets.some((t: { id: string; level: string }) => t.id === 'mine' && t.level === 'extended'));
  });
});
