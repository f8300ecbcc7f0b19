import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { QuantLensError } from '../src/engine/errors';
import { decodeModel, readModel, writeModel } from '../src/engine/onnx/model-file';
import { ModelProto } from '../src/engine/onnx/schema';
import { floatConvChain } from './helpers/models';
import { repoRoot } from './helpers/engine';
import { writeEmbeddingModel } from './helpers/big-model';
import { pendingBecause } from './helpers/probe';

const cli = path.join(repoRoot, 'dist', 'cli.js');

interface Run { code: number; stdout: string; stderr: string; ms: number; peakMb: number }

/** Run the CLI in `cwd` (not the model's folder); a preload makes the CLI write its peak resident memory on exit. */
function runIn(cwd: string, cache: string, args: string[]): Run {
  const peaks = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-peaks-'));
  const preload = path.join(peaks, 'peak.js');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(require('path').join(${JSON.stringify(peaks)}, process.pid + '.rss'), String(process.resourceUsage().maxRSS)));\n`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20,
    env: { ...process.env, QUANTLENS_CACHE_DIR: cache, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}` },
  });
  const ms = performance.now() - t0;
  const peakKb = fs.readdirSync(peaks).filter((f) => f.endsWith('.rss')).map((f) => Number(fs.readFileSync(path.join(peaks, f), 'utf8')));
  fs.rmSync(peaks, { recursive: true, force: true });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, ms, peakMb: peakKb.reduce((a, b) => a + b, 0) / 1024 };
}

describe('external data', function () {
  let dir = '';
  let elsewhere = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-ext-'));
    elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-cwd-'));
  });

  it('compiles and compares a model whose weights are beside it, from another working directory', () => {
    const models = path.join(dir, 'models');
    fs.mkdirSync(models);
    // Weights above the inline limit stay on disk while QuantLens works; small ones are read in.
    const { file } = writeEmbeddingModel(models, 'emb.onnx', 1024, 512);
    const conv = path.join(models, 'conv.onnx');
    writeModel(floatConvChain(5), conv, { externalData: { location: 'conv.onnx.data', threshold: 64 } });
    const cache = path.join(dir, 'cache');
    for (const model of [file, conv]) {
      const rel = path.relative(elsewhere, model);
      const c = runIn(elsewhere, cache, ['compile', rel, '--json', '--out', path.join(elsewhere, 'out')]);
      assert.equal(c.code, 0, c.stderr);
      const report = JSON.parse(c.stdout);
      assert.equal(report.failure, null);
      // The compiled copy in the cache loads on its own: its external data is beside it.
      assert.ok(fs.readdirSync(path.dirname(report.compiledModelPath)).some((f) => f.endsWith('.data')), 'compiled external data beside the copy');
      const back = runIn(elsewhere, cache, ['compile', rel, '--json']);
      assert.equal(JSON.parse(back.stdout).cached, true);
      const cmp = runIn(elsewhere, cache, ['compare', rel, '--json']);
      assert.equal(cmp.code, 0, cmp.stderr);
      const r = JSON.parse(cmp.stdout);
      assert.ok(r.output.every((o: { sqnrDb: number }) => o.sqnrDb > 60), JSON.stringify(r.output));
    }
    // --out writes the compiled model with its data beside it: it loads from there.
    const out = path.join(elsewhere, 'out');
    const written = fs.readdirSync(out).filter((f) => f.endsWith('.onnx'));
    for (const f of written) assert.ok(readModel(path.join(out, f), { trusted: true }).model.graph!.node.length > 0);
  });

  it('refuses locations that leave the folder or are not files, naming the tensor', () => {
    const sub = path.join(dir, 'bad');
    fs.mkdirSync(path.join(sub, 'folder.data'), { recursive: true });
    const file = path.join(sub, 'm.onnx');
    writeModel(floatConvChain(5), file, { externalData: { location: 'w.data', threshold: 64 } });
    for (const [location, re] of [['folder.data', /external data location 'folder\.data' is not a regular file/], ['../w.data', /escapes the model's folder/], ['/etc/passwd', /is absolute/], ['gone.data', /external data file 'gone\.data' is missing/]] as const) {
      const model = decodeModel(fs.readFileSync(file), file);
      for (const t of model.graph!.initializer) for (const e of t.external_data) if (e.key === 'location') e.value = location;
      const patched = path.join(sub, 'patched.onnx');
      fs.writeFileSync(patched, ModelProto.encode(model as never).finish());
      assert.throws(() => readModel(patched), (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input' && re.test(e.message) && !!e.tensor && e.message.startsWith(patched), location);
    }
  });

  it('compiles and compares a model with 1 GiB of external weights from another folder, in less than twice their memory', function () {
    this.timeout(900_000);
    const weights = 1 << 30;
    const free = fs.statfsSync(os.tmpdir());
    const freeDisk = free.bavail * free.bsize;
    // The model, its compiled copy in the cache, and room to spare.
    if (freeDisk < 3 * weights + (1 << 30)) pendingBecause(this, `needs ${(4 * weights / 2 ** 30).toFixed(0)} GiB free in ${os.tmpdir()}, has ${(freeDisk / 2 ** 30).toFixed(1)} GiB`);
    if (os.freemem() < 3 * weights) pendingBecause(this, `needs 3 GiB of free memory, has ${(os.freemem() / 2 ** 30).toFixed(1)} GiB`);
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-big-'));
    try {
      const { file, weightBytes } = writeEmbeddingModel(big, 'big.onnx', 1 << 18, 1024);
      assert.ok(weightBytes >= weights);
      const cache = path.join(big, 'cache');
      const rel = path.relative(elsewhere, file);
      const compile = runIn(elsewhere, cache, ['compile', rel, '--json']);
      assert.equal(compile.code, 0, compile.stderr);
      const compiled = JSON.parse(compile.stdout);
      assert.equal(compiled.failure, null);
      // The engine is stopped with SIGKILL when the CLI is done (no exit hook runs there): its peak is in meta.json.
      const enginePeak = JSON.parse(fs.readFileSync(path.join(path.dirname(compiled.compiledModelPath), 'meta.json'), 'utf8')).peakRssMb as number;
      const compilePeak = compile.peakMb + enginePeak;
      const compare = runIn(elsewhere, cache, ['compare', rel, '--json']);
      assert.equal(compare.code, 0, compare.stderr);
      const report = JSON.parse(compare.stdout);
      assert.ok(report.output.every((o: { sqnrDb: number }) => o.sqnrDb > 60));
      const weightsMb = weightBytes / 2 ** 20;
      console.log(`      1 GiB of external weights: compile ${(compile.ms / 1000).toFixed(1)} s, peak ${compilePeak.toFixed(0)} MiB (CLI ${compile.peakMb.toFixed(0)} + engine ${enginePeak.toFixed(0)}); compare (compiled copy cached) ${(compare.ms / 1000).toFixed(1)} s, peak ${report.peakRssMb} MiB (CLI + engine); weights ${weightsMb.toFixed(0)} MiB`);
      assert.ok(compilePeak < 2 * weightsMb, `compile peak ${compilePeak.toFixed(0)} MiB for ${weightsMb} MiB of weights`);
      assert.ok(report.peakRssMb < 2 * weightsMb, `compare peak ${report.peakRssMb} MiB for ${weightsMb} MiB of weights`);
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });
});

