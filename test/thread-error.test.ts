import * as assert from 'assert';
import { QuantLensError } from '../src/engine/errors';
import { RuntimeError } from '../src/engine/process/runtime-error';
import { fromThreadError, toThreadError } from '../src/engine/process/thread-error';

/** Through a structured clone, as a worker thread's message carries it. */
const across = (err: unknown) => fromThreadError(structuredClone(toThreadError(err)));

describe('errors from a worker thread', () => {
  it('keep a QuantLensError\'s kind, file, node and tensor', () => {
    const e = across(new QuantLensError('bad-input', 'holds 3 values; its header says 12', '/data/in3.npy', { node: 'conv1', tensor: 'x' }));
    assert.ok(e instanceof QuantLensError);
    assert.deepStrictEqual([e.kind, e.reason, e.file, e.node, e.tensor, e.message], ['bad-input', 'holds 3 values; its header says 12', '/data/in3.npy', 'conv1', 'x', '/data/in3.npy: holds 3 values; its header says 12']);
  });

  it('keep a RuntimeError\'s phase, and any other error\'s message and stack (where the bug is)', () => {
    const r = across(new RuntimeError('Non-zero status code returned while running Conv node', 'run'));
    assert.ok(r instanceof RuntimeError);
    assert.strictEqual(r.phase, 'run');
    const bug = new TypeError('cannot read properties of undefined');
    const o = across(bug);
    assert.ok(!(o instanceof QuantLensError) && !(o instanceof RuntimeError));
    assert.strictEqual(o.message, bug.message);
    assert.strictEqual(o.stack, bug.stack);
  });
});
