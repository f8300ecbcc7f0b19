import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EngineClient } from '../src/engine/process/engine-client';
import { repoRoot, saveModel } from './helpers/engine';
import { qdqConvModel } from './helpers/models';

const cli = path.join(repoRoot, 'dist', 'cli.js');

/** A preload that makes the engine process write the mmap threshold it was started with (or 'unset') to `out`. */
function thresholdPreload(dir: string, out: string): string {
  const file = path.join(dir, 'heap-preload.js');
  fs.writeFileSync(file, `if (/engine-process\\.js$/.test(process.argv[1] || '')) require('fs').writeFileSync(${JSON.stringify(out)}, process.env.MALLOC_MMAP_THRESHOLD_ ?? 'unset');\n`);
  return file;
}

describe('the engine process heap', function () {
  let dir = '';
  let saved: string | undefined;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-heap-'));
    saved = process.env.MALLOC_MMAP_THRESHOLD_;
    delete process.env.MALLOC_MMAP_THRESHOLD_;
  });
  after(() => {
    if (saved !== undefined) process.env.MALLOC_MMAP_THRESHOLD_ = saved;
  });

  it('quantlens compile keeps the allocator default (a fixed threshold slows every session creation)', () => {
    const out = path.join(dir, 'compile.txt');
    const model = saveModel(dir, 'm.onnx', qdqConvModel());
    const env = { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache'), NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${thresholdPreload(dir, out)}` };
    const r = spawnSync(process.execPath, [cli, 'compile', model, '--json'], { encoding: 'utf8', env, timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.readFileSync(out, 'utf8'), 'unset');
  });

  it('an engine for a comparison returns freed buffers (a fixed threshold)', async () => {
    const out = path.join(dir, 'default.txt');
    const before = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${before ?? ''} --require ${thresholdPreload(dir, out)}`;
    const engine = new EngineClient();
    try {
      await engine.call('providers', {});
    } finally {
      engine.dispose();
      if (before === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = before;
    }
    assert.equal(fs.readFileSync(out, 'utf8'), '131072');
  });
});
