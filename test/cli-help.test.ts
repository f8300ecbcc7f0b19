import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareTable } from '../src/cli/compare-table';
import type { CompareReport, LayerRow } from '../src/engine/compare/compare-report';
import { demoModel } from '../src/engine/examples/demo-model';
import { writeNpz } from '../src/engine/io/npz';
import { writeModel } from '../src/engine/onnx/model-file';
import { CLI_CONTRACT, EXIT_CODES } from '../src/shared/cli-contract';
import { repoRoot } from './helpers/engine';

const cli = path.join(repoRoot, 'dist', 'cli.js');

describe('CLI: a CLI that explains itself', function () {
  let dir = '';
  const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache'), ...env }, timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-cli-help-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--version names QuantLens\'s version and the runtime\'s', () => {
    const own = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
    const ort = JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'onnxruntime-node', 'package.json'), 'utf8')).version;
    const r = run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), `quantlens ${own} (onnxruntime-node ${ort})`);
  });

  it('VERB --help lists every flag with its default; the top-level help lists every verb', () => {
    const r = run(['compile', '--help']);
    assert.equal(r.code, 0, r.stderr);
    for (const f of CLI_CONTRACT.compile.flags) assert.match(r.stdout, new RegExp(`--${f.flag}\\b`));
    assert.match(r.stdout, /--threads N .*\(default: 1/);
    assert.match(r.stdout, /--target ID .*\(default: cpu\)/);
    assert.equal(run(['help', 'compare']).stdout, run(['compare', 'x.onnx', '-h']).stdout);
    const top = run(['--help']);
    for (const verb of Object.keys(CLI_CONTRACT)) assert.match(top.stdout, new RegExp(`quantlens ${verb}\\b`));
  });

  it('an unknown flag gets the error, then the verb\'s usage, and the bad-usage exit code', () => {
    const r = run(['compare', 'm.onnx', '--treshold', '10']);
    assert.equal(r.code, EXIT_CODES['bad-input']);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines[0], 'quantlens: unknown option --treshold for compare');
    assert.match(lines[1], /^usage: quantlens compare MODEL \[--reference REF\].*\[--threshold DB\]/);
    assert.match(lines[2], /quantlens compare --help/);
    assert.equal(r.stdout, '', 'nothing on stdout without --json');
  });

  it('compare prints the per-layer table: worst first, the culprit marked, SQNR in dB', () => {
    const model = path.join(dir, 'demo.onnx');
    writeModel(demoModel(), model);
    // At the emulated x64-avx2 target the demo's stem conv saturates on every CPU.
    const r = run(['compare', model, '--target', 'x64-avx2']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('per layer, worst first'));
    assert.ok(head >= 0, r.stdout);
    assert.match(lines[head + 1], /layer +op +unit +dtype +layout +SQNR +local SQNR/);
    const rows = lines.slice(head + 2).filter((l) => l.startsWith('  ') && !l.startsWith('  …'));
    const end = rows.findIndex((l) => !/ dB | identical | - /.test(l));
    const table = end < 0 ? rows : rows.slice(0, end);
    assert.ok(table.length >= 5, table.join('\n'));
    const sqnr = table.map((l) => /(identical|-?\d+\.\d dB)/.exec(l.slice(lines[head + 1].indexOf('SQNR')))![1]).map((x) => (x === 'identical' ? Infinity : parseFloat(x)));
    assert.deepEqual(sqnr, [...sqnr].sort((a, b) => a - b), 'worst first');
    assert.ok(table.some((l) => /#1 saturation +\/stem\/conv\/Conv +Conv +\/stem\/conv/.test(l)), table.join('\n'));
  });

  it('the table keeps culprits beyond its row limit and says how many layers it left out', () => {
    const layer = (i: number, sqnrDb: number): LayerRow => ({
      tensor: `t${i}`, compiledOnly: false, referenceTensor: `t${i}`, node: `/n${i}`, opType: 'Conv', unit: `/u${i}`, dtype: 'uint8', layout: 'NCHW',
      sqnrDb, localSqnrDb: sqnrDb, cosine: 0.99, maxAbs: 0.1, meanAbs: 0.01, errSteps: null, clippedFraction: null,
    });
    const r = {
      threshold: 20, layers: [layer(0, 40), layer(1, 10), layer(2, 30), layer(3, 50)],
      culprits: [{ node: '/n3', tensor: 't3', unit: '/u3', score: 9, localSqnrDb: 50, kind: 'weights', explanation: '', fix: '' }],
    } as unknown as CompareReport;
    const text = compareTable(r, 2);
    const body = text.split('\n').slice(2);
    assert.match(body[0], /^ {2}< +\/n1 /);
    assert.match(body[1], /\/n2 .*30\.0 dB/);
    assert.match(body[2], /#1 weights +\/n3 .*50\.0 dB/, 'a culprit shows even past the limit');
    assert.match(body[3], /… 1 more layers/);
  });

  it('activations passed as --input get one short line that says to use --reference', () => {
    const model = path.join(dir, 'demo.onnx');
    writeModel(demoModel(), model);
    const acts = path.join(dir, 'acts.npz');
    const tensors: Record<string, { dtype: 'float32'; dims: number[]; data: Float32Array }> = {};
    for (let i = 0; i < 40; i++) tensors[`features.${i}.conv.0.0_with_a_long_module_path`] = { dtype: 'float32', dims: [1, 4], data: new Float32Array(4) };
    writeNpz(acts, tensors);
    const r = run(['compare', model, '--input', acts]);
    assert.equal(r.code, EXIT_CODES['bad-input']);
    const line = r.stderr.trim();
    assert.equal(line.split('\n').length, 1, line);
    assert.ok(line.length < 400, `${line.length} characters`);
    assert.match(line, /acts\.npz: no tensor for graph input .*40 tensors.*pass activations as --reference/);
  });

  it('the demo removes its temporary folder, and keeps what it wrote with --out', () => {
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(tmp);
    const r = run(['demo'], { TMPDIR: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /culprit 1: \/stem\/conv\/Conv \[saturation\]/);
    // onnxruntime 1.31.1's Linux build keeps one file of its own there (`.ses`: its telemetry SDK's first-launch time
    // and id, written when a session is created); the demo's own folder must be gone.
    assert.deepEqual(fs.readdirSync(tmp).filter((f) => f !== '.ses'), [], 'nothing of the demo left in the temporary folder');
    const out = path.join(dir, 'demo-out');
    const kept = run(['demo', '--out', out], { TMPDIR: tmp });
    assert.equal(kept.code, 0, kept.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['demo_compare.html', 'demo_qdq.onnx']);
    assert.match(kept.stdout, new RegExp(`Report: ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/demo_compare\\.html`));
  });
});
