import * as fs from 'fs';
import type { EngineMethod, EngineMethods, EngineRequest, EngineResponse } from './engine-protocol';
import * as ops from './session-ops';
import { packBulk, unpackBulk } from './bulk-transfer';
import { failureOf } from './error-reply';
import { arrayCollector, type CollectGarbage } from './array-collector';

/**
 * The engine process: the only place the native runtime runs. Session creation and runs block the thread they run
 * on, and a native abort or out-of-memory ends the process; keeping them here leaves the editor and the CLI standing,
 * and cancel is a kill.
 */
const handlers: { [M in EngineMethod]: (p: EngineMethods[M]['params']) => Promise<EngineMethods[M]['result']> } = {
  compile: ops.compile,
  types: ops.types,
  run: ops.run,
  capture: ops.capture,
  providers: () => ops.providers(),
  sessions: ops.keepSessions,
};

/**
 * 8 MiB of growth, measured on a small convnet: each engine's peak over 200 inputs 108-112 MiB, against 125-133 without
 * and 99-106 over 10 inputs; at 32 MiB nothing changed. The same wall time on it and on MobileNetV2 (BENCHMARKS.md).
 */
const collectDeadArrays = arrayCollector((globalThis as { gc?: CollectGarbage }).gc, 8 * 2 ** 20);

function reply(msg: EngineResponse): void {
  process.send?.(msg);
  // After the reply, so the collection overlaps the parent's reading of it.
  collectDeadArrays();
}

process.on('message', (msg: EngineRequest) => {
  const handler = handlers[msg.method] as (p: unknown) => Promise<unknown>;
  if (!handler) {
    reply({ id: msg.id, ok: false, error: { kind: 'bad-input', message: `unknown engine method ${String(msg.method)}`, phase: 'load' } });
    return;
  }
  // Large arrays come and go through a file (bulk-transfer.ts); a failure to read or write one is the call's error.
  Promise.resolve()
    .then(() => handler(unpackBulk(msg.params, msg.bulk)))
    .then((result) => packBulk(result))
    .then(
      (packed) => {
        // With the parent gone (killed mid-call) nobody would read the file.
        if (packed.file && !process.connected) fs.rmSync(packed.file, { force: true });
        else reply({ id: msg.id, ok: true, result: packed.message, bulk: packed.file });
      },
      (err) => reply({ id: msg.id, ok: false, error: failureOf(err) }),
    );
});

// The parent going away (editor closed, CLI killed) must not leave this process behind.
process.on('disconnect', () => process.exit(0));
