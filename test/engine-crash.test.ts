import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXIT_CODES } from '../src/shared/exit-codes';
import { CliRunner } from '../src/extension/cli-runner';
import { QuantLensError } from '../src/engine/errors';
import { EngineClient } from '../src/engine/process/engine-client';
import { compileFor, repoRoot, saveModel } from './helpers/engine';
import { qdqConvModel } from './helpers/models';

const cli = path.join(repoRoot, 'dist', 'cli.js');

/**
 * A preload for the engine process that ends it with `signal` when it is asked to compile a file named victim.onnx:
 * what a native abort or the out-of-memory killer looks like from outside. (NODE_OPTIONS reaches the CLI too, where
 * the preload does nothing.)
 */
function crashPreload(dir: string, signal: NodeJS.Signals): string {
  const file = path.join(dir, `crash-${signal}.js`);
  // Only in the engine process: a 'message' listener would keep a CLI forked with an IPC channel (the extension's) alive.
  fs.writeFileSync(file, `if (/engine-process\\.js$/.test(process.argv[1] || '')) process.on('message', (m) => { if (m && m.method === 'compile' && m.params && m.params.model && /victim\\.onnx$/.test(m.params.model.path || '')) process.kill(process.pid, ${JSON.stringify(signal)}); });\n`);
  return file;
}

describe('native faults: the engine process dies', function () {
  let dir = '';
  let victim = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-crash-'));
    victim = saveModel(dir, 'victim.onnx', qdqConvModel());
  });

  const env = (signal: NodeJS.Signals) => ({ ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, `cache-${signal}`), NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${crashPreload(dir, signal)}` });

  for (const [signal, why] of [['SIGABRT', /aborted \(SIGABRT/], ['SIGSEGV', /crashed \(SIGSEGV/], ['SIGKILL', /killed by SIGKILL \(out of memory/]] as const) {
    it(`exits ${EXIT_CODES['engine-crashed']} saying what the runtime was doing when the engine dies by ${signal}`, () => {
      const r = spawnSync(process.execPath, [cli, 'compile', victim, '--json'], { encoding: 'utf8', env: env(signal), timeout: 120_000 });
      assert.equal(r.status, EXIT_CODES['engine-crashed'], r.stderr);
      const line = r.stderr.trim();
      assert.equal(line.split('\n').length, 1, line);
      assert.match(line, /^quantlens: the runtime crashed compiling victim\.onnx at level all: the engine process /);
      assert.match(line, why);
      const j = JSON.parse(r.stdout);
      assert.equal(j.error.kind, 'engine-crashed');
      assert.equal(j.error.exitCode, EXIT_CODES['engine-crashed']);
    });
  }

  it('the extension\'s runner stays up and gets the message to show', async () => {
    const runner = new CliRunner(cli, () => env('SIGABRT'), () => undefined);
    const o = await runner.run('compile', { model: victim });
    assert.equal(o.code, EXIT_CODES['engine-crashed']);
    assert.equal(o.cancelled, false);
    assert.match(o.error ?? '', /^the runtime crashed compiling victim\.onnx at level all/);
    // And it runs the next command as usual.
    const next = await runner.run('targets', {});
    assert.equal(next.code, 0);
    runner.dispose();
  });

  it('in the API: a killed engine is engine-crashed, not bad input, and the next call starts a new one', async () => {
    process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache-api');
    const engine = new EngineClient();
    try {
      const pending = compileFor(victim, 'cpu', engine);
      // Kill the engine as soon as it exists: the compile (after the probe) cannot have finished.
      for (let i = 0; i < 200 && !engine.pid; i++) await new Promise((r) => setTimeout(r, 5));
      process.kill(engine.pid!, 'SIGKILL');
      await assert.rejects(pending, (e: unknown) => e instanceof QuantLensError && e.kind === 'engine-crashed' && /^the runtime crashed/.test(e.message));
      const again = await compileFor(victim, 'cpu', engine);
      assert.ok(again.report.compiled);
    } finally {
      engine.dispose();
    }
  });
});
