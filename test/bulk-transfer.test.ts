import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packBulk, unpackBulk } from '../src/engine/process/bulk-transfer';
import { EngineClient } from '../src/engine/process/engine-client';

/** Large arrays between the engine and its parent go through a file (bulk-transfer.ts), the same values come back. */
describe('bulk transfer of large arrays', () => {
  it('writes the large arrays of a message to a file, reads each back into a buffer of its own, and deletes the file', () => {
    const a = Float32Array.from({ length: 300_000 }, (_, i) => i * 0.5 - 7);
    const b = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256);
    const big = new BigInt64Array(20_000).map((_, i) => BigInt(i) * -3n);
    const small = new Int32Array([1, 2, 3]);
    const message = { outputs: [{ x: { dtype: 'float32', dims: [300_000], data: a }, y: { data: b } }], z: big, small, note: 'kept', n: 4 };
    const packed = packBulk(message);
    assert.ok(packed.file && fs.existsSync(packed.file));
    // The message that crosses the channel holds no large array, and the caller's message is left as it was.
    assert.ok(!JSON.stringify(packed.message, (_, v) => (ArrayBuffer.isView(v) && v.byteLength > 1000 ? 'LARGE' : typeof v === 'bigint' ? String(v) : v)).includes('LARGE'));
    assert.equal(message.outputs[0].x.data, a);
    const back = unpackBulk(packed.message, packed.file);
    assert.ok(!fs.existsSync(packed.file));
    assert.deepEqual(back.outputs[0].x.data, a);
    assert.deepEqual(back.outputs[0].y.data, b);
    assert.deepEqual(back.z, big);
    assert.equal(back.small, small);
    assert.equal(back.note, 'kept');
    assert.notEqual(back.outputs[0].x.data.buffer, back.outputs[0].y.data.buffer);
    assert.ok(back.outputs[0].x.data instanceof Float32Array && back.z instanceof BigInt64Array);
  });

  it('leaves a message of small arrays as it is, with no file', () => {
    const message = { data: new Float32Array(1000) };
    const packed = packBulk(message);
    assert.equal(packed.file, null);
    assert.equal(packed.message, message);
  });

  it('leaves a large message to the channel when no folder has room or the file cannot be written', () => {
    const message = { data: new Float32Array(1_000_000).fill(3) };
    // A folder that does not exist (no room to find), then a "folder" that is a file (statfs answers, the write fails).
    const notAFolder = path.join(os.tmpdir(), `ql-bulk-not-a-folder-${process.pid}`);
    fs.writeFileSync(notAFolder, 'x');
    try {
      for (const dirs of [['/no/such/folder'], [notAFolder]]) {
        const packed = packBulk(message, dirs);
        assert.equal(packed.file, null, dirs[0]);
        assert.equal(packed.message, message);
      }
      // The next folder with room is taken.
      const packed = packBulk(message, ['/no/such/folder', os.tmpdir()]);
      assert.ok(packed.file?.startsWith(os.tmpdir()), String(packed.file));
      assert.deepEqual(unpackBulk(packed.message, packed.file).data, message.data);
    } finally {
      fs.rmSync(notAFolder, { force: true });
    }
  });

  it('carries a run through the engine process both ways: large feeds in, large outputs back, no file left', async () => {
    const { GraphBuilder } = await import('../src/engine/builder/model-builder');
    const { encodeModel } = await import('../src/engine/onnx/model-file');
    const g = new GraphBuilder('neg');
    g.output(g.op('Neg', [g.input('x', 'float32', [1, 500_000])], {}, { output: 'y' }), 'float32', [1, 500_000]);
    const engine = new EngineClient();
    try {
      const x = Float32Array.from({ length: 500_000 }, (_, i) => Math.sin(i));
      const r = await engine.call('run', { model: { bytes: encodeModel(g.model({ opset: 13 })) }, session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} }, feeds: { x: { dtype: 'float32', dims: [1, 500_000], data: x } } });
      const y = r.outputs.y.data as Float32Array;
      assert.equal(y.length, x.length);
      for (let i = 0; i < x.length; i += 997) assert.equal(y[i], -x[i]);
      // Files are named by the writing process: this one (the feeds) and the engine (the outputs).
      const mine = [`quantlens-${process.pid}-`, `quantlens-${engine.pid}-`];
      const left = fs.readdirSync(fs.existsSync('/dev/shm') ? '/dev/shm' : require('os').tmpdir()).filter((f) => mine.some((m) => f.startsWith(m)));
      assert.deepEqual(left, []);
    } finally {
      engine.dispose();
    }
  });
});
