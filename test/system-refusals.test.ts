import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { QuantLensError, systemRefusal } from '../src/engine/errors';
import { errorOfFailure, failureOf } from '../src/engine/process/error-reply';
import { RuntimeError } from '../src/engine/process/runtime-error';
import { EXIT_CODES } from '../src/shared/exit-codes';
import { writeEmbeddingModel } from './helpers/big-model';
import { repoRoot } from './helpers/engine';

/** An error as Node's fs raises it. */
function errno(code: string, syscall: string, message: string, file?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, syscall, ...(file ? { path: file } : {}) });
}

describe('refusals of the machine (full disk, file limits) are said as such, not blamed on the model', () => {
  it('names what was refused, where, and what to do; other errors are not refusals', () => {
    const full = systemRefusal(errno('ENOSPC', 'write', 'ENOSPC: no space left on device, write'), 'capturing m.onnx');
    assert.ok(full instanceof QuantLensError);
    assert.equal(full.kind, 'system');
    assert.equal(full.message, 'while capturing m.onnx, the system refused: no space left on device (ENOSPC, write); free space on that device, or point TMPDIR elsewhere');
    const files = systemRefusal(errno('EMFILE', 'open', "EMFILE: too many open files, open '/tmp/x'", '/tmp/x'));
    assert.match(files!.message, /^the system refused: too many open files \(EMFILE, open '\/tmp\/x'\); raise the open-file limit/);
    assert.equal(systemRefusal(errno('ENOENT', 'open', 'ENOENT: no such file or directory')), null, 'a missing file is the caller\'s to explain');
    assert.equal(systemRefusal(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })), null, 'not a system call error');
    assert.equal(systemRefusal('ENOSPC'), null);
  });

  it('crosses the engine channel keeping its kind: system, bad input, and the runtime\'s phase', () => {
    const viaChannel = (err: unknown) => errorOfFailure(structuredClone(failureOf(err)), 'capturing m.onnx');
    const full = viaChannel(errno('ENOSPC', 'write', 'ENOSPC: no space left on device, write', '/dev/shm/q'));
    assert.ok(full instanceof QuantLensError && full.kind === 'system');
    assert.match(full.message, /^while capturing m\.onnx, the system refused: no space left on device \(ENOSPC, write '\/dev\/shm\/q'\)/);
    const ours = viaChannel(new QuantLensError('system', 'the compiled graph could not be written to \'/c\''));
    assert.ok(ours instanceof QuantLensError && ours.kind === 'system');
    assert.equal(ours.message, 'while capturing m.onnx, the compiled graph could not be written to \'/c\'');
    const bad = viaChannel(new QuantLensError('bad-input', 'no such input'));
    assert.ok(bad instanceof QuantLensError && bad.kind === 'bad-input');
    const run = viaChannel(Object.assign(new Error('Non-zero status code returned while running Resize node.'), { phase: 'run' }));
    assert.ok(run instanceof RuntimeError && run.phase === 'run');
  });

  it('a compile whose graph cannot be saved (file size limit) exits 5 saying so, not "does not compile"', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-refuse-'));
    try {
      // 1 MiB of weights; the limit below lets the CLI read them but not the runtime write its optimized copy.
      const { file } = writeEmbeddingModel(dir, 'big.onnx', 1024, 256);
      const cli = path.join(repoRoot, 'dist', 'cli.js');
      // RLIMIT_FSIZE in KiB; Node ignores SIGXFSZ, so a write past it fails (EFBIG) instead of killing the process.
      const r = spawnSync('bash', ['-c', 'ulimit -f 256 && exec "$0" "$@"', process.execPath, cli, 'compile', file, '--json'], {
        encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache') },
      });
      assert.equal(r.status, EXIT_CODES.system, r.stderr);
      const j = JSON.parse(r.stdout) as { error: { kind: string; message: string } };
      assert.equal(j.error.kind, 'system');
      assert.match(j.error.message, /big\.onnx.*the compiled graph could not be written to '.*cache.*' \(\d+\.\d MiB free on its device\), though the model itself loads/);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
