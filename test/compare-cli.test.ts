import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphBuilder } from '../src/engine/builder/model-builder';
import { writeModel } from '../src/engine/onnx/model-file';
import { repoRoot } from './helpers/engine';
import { qdqConvModel } from './helpers/models';

const cli = path.join(repoRoot, 'dist', 'cli.js');

describe('CLI: quantlens compare', function () {
  let dir = '';
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache') }, timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };
  let model = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-compare-cli-'));
    model = path.join(dir, 'qdq.onnx');
    writeModel(qdqConvModel({ perChannel: true, weightMax: 60 }), model);
  });

  it('--json keeps the contract (layers in graph order)', () => {
    const r = run('compare', model, '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(j).sort(), ['cpuFacts', 'culprits', 'diagnostics', 'firstBad', 'input', 'layers', 'mode', 'model', 'output', 'peakRssMb', 'reference', 'referenceTarget', 'repairedCopy', 'repairs', 'target', 'threshold', 'timingsMs', 'unmatched', 'whatIf'].sort());
    assert.equal(j.mode, 'compiled-vs-source');
    assert.deepEqual(Object.keys(j.cpuFacts).sort(), ['kernels', 'machine', 'notes']);
    assert.deepEqual(Object.keys(j.input).sort(), ['count', 'dims', 'paths', 'seed', 'source']);
    assert.equal(j.input.source, 'random');
    for (const k of ['tensor', 'compiledOnly', 'referenceTensor', 'node', 'opType', 'unit', 'dtype', 'layout', 'sqnrDb', 'cosine', 'maxAbs', 'meanAbs', 'errSteps', 'clippedFraction', 'localSqnrDb']) assert.ok(k in j.layers[0], k);
    for (const k of ['name', 'sqnrDb', 'cosine', 'maxAbs', 'top1Agreement']) assert.ok(k in j.output[0], k);
    assert.deepEqual(Object.keys(j.unmatched).sort(), ['model', 'reference']);
    assert.ok(j.diagnostics.some((d: { code: string }) => d.code === 'QL-RANDOM-INPUT'));
    const order = j.layers.map((l: { tensor: string }) => l.tensor);
    assert.ok(order.indexOf('y') === order.length - 1, 'the output comes last');
  });

  it('--fail-under exits 1 when an output is below it, and --report writes Markdown and HTML', () => {
    const md = path.join(dir, 'r.md');
    const html = path.join(dir, 'r.html');
    assert.equal(run('compare', model, '--fail-under', '1', '--report', md).code, 0);
    const strict = run('compare', model, '--fail-under', '500', '--report', html);
    assert.equal(strict.code, 1, strict.stderr);
    assert.match(fs.readFileSync(md, 'utf8'), /^# /m);
    assert.match(fs.readFileSync(html, 'utf8'), /<svg/);
  });

  it('bad arguments and bad files exit 2 with the reason; a model no target compiles exits 3', () => {
    const both = run('compare', model, '--compare-targets', 'cpu,reference', '--target', 'cpu');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--compare-targets names both targets/);
    const mode = run('compare', model, '--mode', 'quant-vs-float');
    assert.equal(mode.code, 2);
    assert.match(mode.stderr, /--mode quant-vs-float does not fit the arguments: no --reference was given/);
    const ref = path.join(dir, 'acts.txt');
    fs.writeFileSync(ref, 'hello');
    const foreign = run('compare', model, '--reference', ref);
    assert.equal(foreign.code, 2);
    assert.match(foreign.stderr, /acts\.txt/);
    const truncated = path.join(dir, 'truncated.onnx');
    fs.writeFileSync(truncated, fs.readFileSync(model).subarray(0, 200));
    const t = run('compare', truncated);
    assert.equal(t.code, 2, t.stderr);
    assert.match(t.stderr, /truncated\.onnx/);
    const b = new GraphBuilder('custom');
    b.output(b.op('NoSuchOp', [b.input('x', 'float32', [1, 4])], {}, { domain: 'com.example', output: 'y' }), 'float32', [1, 4]);
    const custom = path.join(dir, 'custom.onnx');
    writeModel(b.model({ opset: 13, extraOpsets: { 'com.example': 1 } }), custom);
    // No level loads it: the model, not an optimizer, is the problem (bad input, with the runtime's reason).
    const c = run('compare', custom);
    assert.equal(c.code, 2, c.stderr);
    assert.match(c.stderr, /custom\.onnx: the runtime refuses to load this model at every optimization level: .*NoSuchOp.*QL-UNSUPPORTED-OP/);
    // One that loads as written but not at the target is a compile failure, with the diagnosis.
    const oneElem = path.join(dir, 'one_elem.onnx');
    writeModel(qdqConvModel({ oneElementParams: true }), oneElem);
    const ce = run('compile', oneElem);
    assert.equal(ce.code, 3, ce.stderr);
  });
});
