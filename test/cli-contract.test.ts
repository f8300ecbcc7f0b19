import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeModel } from '../src/engine/onnx/model-file';
import { inspectEntries } from '../src/extension/torchscript-tree-model';
import {
  CLI_CONTRACT, CliOptions, CliUsageError, EXIT_CODES, helpText, parseArgv, readCliJson, toArgv, usageLine, Verb, VERBS,
} from '../src/shared/cli-contract';
import { repoRoot } from './helpers/engine';
import { qdqConvModel } from './helpers/models';
import { call, global, tensor, torchArchive, tuple } from './helpers/torchscript-archive';

const cli = path.join(repoRoot, 'dist', 'cli.js');

/** Every verb with every option set (values the parser accepts), and with only what it cannot run without. */
const FULL: { [V in Verb]: CliOptions[V] } = {
  targets: { json: true, refresh: true },
  compile: { model: 'm.onnx', target: 'x64-avx2', json: true, out: 'out dir', failOn: 'warning', dims: { batch: 2, seq: 7 }, threads: 3 },
  compare: {
    model: 'm.onnx', reference: 'ref.npz', mode: 'activations', compareTargets: 'cpu,reference', target: 'arm64', input: 'in.npy', map: 'map.json',
    threshold: -3.5, keepFloat: ['/a/Conv', '/b/Conv'], json: true, report: 'r.html', failUnder: 12, dims: { n: 1 }, threads: 2,
    pairsOut: 'pairs', pair: ['x', 'y=z'], inputs: 'images/*.png', preprocess: 'spec.json', jobs: 4,
  },
  repair: { model: 'm.onnx', out: 'fixed.onnx', convert: true, input: 'photo.png', preprocess: 'spec.json', force: true, json: true, dims: { h: 224, w: 224 } },
  inspect: { file: 'model.pth', json: true, failOn: 'error' },
  demo: { out: 'demo-out' },
};
const MINIMAL: { [V in Verb]: CliOptions[V] } = {
  targets: {}, compile: { model: 'm.onnx' }, compare: { model: 'm.onnx' }, repair: { model: 'm.onnx', out: 'o.onnx' }, inspect: { file: 'a.pt' }, demo: {},
};

function roundTrip<V extends Verb>(verb: V, options: CliOptions[V]): CliOptions[V] {
  const argv = toArgv(verb, options);
  assert.equal(argv[0], verb);
  return parseArgv(verb, argv.slice(1));
}

describe('CLI contract: one table for argv, parsing and --help', () => {
  it('round-trips every verb\'s options, full and minimal, through toArgv and parseArgv', () => {
    for (const verb of VERBS) {
      assert.deepEqual(roundTrip(verb, FULL[verb]), FULL[verb], verb);
      assert.deepEqual(roundTrip(verb, MINIMAL[verb]), MINIMAL[verb], verb);
      // The full options exercise every flag of the table: none is left out of the builder or the parser.
      const argv = toArgv(verb, FULL[verb]);
      for (const f of CLI_CONTRACT[verb].flags) assert.ok(argv.includes(`--${f.flag}`), `${verb} --${f.flag}`);
    }
  });

  it('parses --flag=value, repeated flags and the last of a repeated single flag', () => {
    const o = parseArgv('compare', ['m.onnx', '--threshold=25', '--keep-float', 'a', '--keep-float=b', '--dim', 'n=2', '--dim', 'h=3', '--target', 'cpu', '--target', 'arm64']);
    assert.deepEqual(o, { model: 'm.onnx', threshold: 25, keepFloat: ['a', 'b'], dims: { n: 2, h: 3 }, target: 'arm64' });
  });

  it('refuses what the table does not allow, saying what is wrong', () => {
    const cases: Array<[Verb, string[], RegExp, boolean]> = [
      ['compile', ['m.onnx', '--frob'], /unknown option --frob for compile/, true],
      ['compile', [], /compile takes one model file/, true],
      ['compile', ['a.onnx', 'b.onnx'], /got 2 arguments/, true],
      ['targets', ['x'], /targets takes no file/, true],
      ['compile', ['m.onnx', '--threads', '0'], /--threads takes a positive integer, got '0'/, false],
      ['compile', ['m.onnx', '--threads', '1.5'], /--threads takes a positive integer/, false],
      ['compile', ['m.onnx', '--fail-on', 'info'], /--fail-on takes error or warning; got 'info'/, false],
      ['compile', ['m.onnx', '--dim', 'batch'], /--dim expects NAME=VALUE/, false],
      ['compile', ['m.onnx', '--target'], /--target needs a value \(ID\)/, false],
      ['compare', ['m.onnx', '--threshold', 'loud'], /--threshold takes a number \(dB\), got 'loud'/, false],
      ['compare', ['m.onnx', '--threshold', ''], /--threshold takes a number/, false],
      ['compare', ['m.onnx', '--mode', 'best'], /--mode takes compiled-vs-source, quant-vs-float, activations, target-vs-target; got 'best'/, false],
      ['compare', ['m.onnx', '--json=yes'], /--json takes no value/, false],
      ['repair', ['m.onnx'], /repair needs --out FILE/, false],
    ];
    for (const [verb, argv, re, withUsage] of cases) {
      assert.throws(() => parseArgv(verb, argv), (e: unknown) => e instanceof CliUsageError && re.test(e.message) && e.withUsage === withUsage, `${verb} ${argv.join(' ')}`);
    }
  });

  it('--help lists every flag of the verb with its default', () => {
    for (const verb of VERBS) {
      const help = helpText(verb);
      assert.ok(help.startsWith(`usage: quantlens ${usageLine(verb)}`), help);
      for (const f of CLI_CONTRACT[verb].flags) {
        const line = help.split('\n').find((l) => l.trimStart().startsWith(`--${f.flag}`));
        assert.ok(line, `${verb} --${f.flag}`);
        if (f.kind !== 'boolean') assert.match(line!, f.required ? /\(required\)$/ : /\(default: .+\)$/, line);
      }
    }
    assert.match(helpText('compile'), /--threads N +threads the runtime may use per session \(default: 1/);
    assert.match(helpText('compare'), /--threshold DB .*\(default: 20\)/);
  });

  it('reads results and error objects by verb, and nothing else', () => {
    assert.equal(readCliJson('compile', 'not json'), null);
    assert.equal(readCliJson('compile', '[1]'), null);
    assert.equal(readCliJson('compile', JSON.stringify({ targets: [] })), null, 'a targets result is not a compile result');
    const err = readCliJson('compare', JSON.stringify({ error: { kind: 'bad-input', exitCode: 2, message: 'm.onnx: no such file', file: 'm.onnx', node: null, tensor: null } }));
    assert.equal(err?.result, null);
    assert.equal(err?.error?.exitCode, EXIT_CODES['bad-input']);
  });
});

describe('CLI contract: the real CLI\'s output through the typed reader', function () {
  let dir = '';
  const run = (argv: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache') }, timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  let model = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-contract-'));
    model = path.join(dir, 'qdq.onnx');
    writeModel(qdqConvModel({ perChannel: true, weightMax: 60 }), model);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('targets, compile, compare and repair print what the contract names', () => {
    const t = run(toArgv('targets', { json: true }));
    assert.equal(t.code, 0, t.stderr);
    const targets = readCliJson('targets', t.stdout)?.result;
    assert.ok(targets?.targets.some((x) => x.id === 'x64-avx2' && x.kind === 'emulated'));
    const c = run(toArgv('compile', { model, json: true, target: 'cpu-basic', threads: 1 }));
    assert.equal(c.code, 0, c.stderr);
    assert.equal(readCliJson('compile', c.stdout)?.result?.target.id, 'cpu-basic');
    const cmp = run(toArgv('compare', { model, json: true, threshold: 30, keepFloat: [] }));
    assert.equal(cmp.code, 0, cmp.stderr);
    const report = readCliJson('compare', cmp.stdout)?.result;
    assert.equal(report?.threshold, 30);
    assert.equal(report?.mode, 'compiled-vs-source');
    const rep = run(toArgv('repair', { model, out: path.join(dir, 'fixed.onnx'), json: true }));
    assert.equal(rep.code, 0, rep.stderr);
    assert.deepEqual(readCliJson('repair', rep.stdout)?.result?.failingBefore, [], 'it compiles everywhere: nothing to repair');
  });

  it('a failed run prints the error object, with its exit code', () => {
    const missing = path.join(dir, 'missing.onnx');
    const r = run(toArgv('compile', { model: missing, json: true }));
    assert.equal(r.code, EXIT_CODES['bad-input']);
    const j = readCliJson('compile', r.stdout);
    assert.equal(j?.result, null);
    assert.equal(j?.error?.kind, 'bad-input');
    assert.equal(j?.error?.file, missing);
    assert.equal(j?.error?.exitCode, r.code);
  });

  it('inspects a .pth state_dict (modules without a type) and the TorchScript view shows it', () => {
    const sd = call(global('collections', 'OrderedDict'), [
      tuple('conv.weight', tensor('FloatStorage', '0', [4, 3, 3, 3])),
      tuple('conv.weight_fake_quant.scale', tensor('FloatStorage', '1', [4])),
    ]);
    const file = path.join(dir, 'sd.pth');
    fs.writeFileSync(file, torchArchive({ name: 'archive', data: sd }));
    const r = run(toArgv('inspect', { file, json: true }));
    assert.equal(r.code, 0, r.stderr);
    const report = readCliJson('inspect', r.stdout)?.result;
    assert.ok(report);
    assert.ok(report.modules.some((m) => m.type === null), 'a state_dict names no classes');
    const modules = inspectEntries(report).find((e) => e.id === 'modules')!;
    const conv = modules.children!.find((e) => e.label === 'conv')!;
    assert.match(conv.description!, /^\(from state_dict keys\) · /);
    assert.match(conv.tooltip!, /state_dict/);
  });
});
