import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipSync } from 'fflate';
import { inspectTorchScript } from '../src/engine/torchscript/inspect';
import { PyDict, PyGlobal, PyList, PyObject, PyTuple, PyValue, TorchTensor } from '../src/engine/torchscript/pickle-values';
import { unpickle } from '../src/engine/torchscript/unpickler';
import {
  call, dict, float, global, newObj, pickle, PV, qtensor, raw, scriptObject, tensor, torchArchive, tuple,
} from './helpers/torchscript-archive';

let dir = '';

function tmpDir(): string {
  if (!dir) dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-ts-bad-'));
  return dir;
}

function write(name: string, bytes: Uint8Array): string {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, bytes);
  return file;
}

function read(bytes: Uint8Array): PyValue {
  return unpickle(bytes, { file: 't.pkl', entry: 'pickle', maxDepth: 256, maxBytes: 1 << 20 }).value;
}

/** A zip whose central directory declares `size` uncompressed bytes for the entry ending in `suffix`. */
function declareSize(zip: Uint8Array, suffix: string, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 < out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    const name = Buffer.from(out.subarray(i + 46, i + 46 + nameLen)).toString('utf8');
    if (name.endsWith(suffix)) {
      view.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${suffix}`);
}

describe('safe unpickler', () => {
  it('reads the values torch writes, in protocols 2 and 4', () => {
    const value: PV = dict({
      ints: [0, 255, 256, 65535, 65536, -1, -(2 ** 31), 2 ** 31, 2 ** 53 + 2],
      big: -(2n ** 70n),
      f: [float(1.5), -0.25], s: 'µ-ünïcode', t: tuple(1, tuple(), tuple(1, 2, 3, 4)), b: [true, false, null],
    });
    for (const protocol of [2, 4] as const) {
      const v = read(pickle(value, protocol));
      assert.ok(v instanceof PyDict);
      const ints = v.get('ints') as PyList;
      assert.deepEqual(ints.items, [0, 255, 256, 65535, 65536, -1, -(2 ** 31), 2 ** 31, 2n ** 53n + 2n]);
      assert.equal(v.get('big'), -(2n ** 70n));
      assert.deepEqual((v.get('f') as PyList).items, [1.5, -0.25]);
      assert.equal(v.get('s'), 'µ-ünïcode');
      const t = v.get('t') as PyTuple;
      assert.equal(t.items[0], 1);
      assert.deepEqual((t.items[2] as PyTuple).items, [1, 2, 3, 4]);
      assert.deepEqual((v.get('b') as PyList).items, [true, false, null]);
    }
  });

  it('reads tensors and quantized tensors as data, and classes as inert placeholders', () => {
    const v = read(pickle([
      tensor('HalfStorage', '3', [2, 5]),
      qtensor('QUInt8Storage', '4', [1, 8], { scale: 0.5, zeroPoint: 7 }),
      scriptObject('__torch__.m.M', { x: 1 }),
      global('torch', 'quint8'),
    ]));
    const [t, q, obj, g] = (v as PyList).items;
    assert.ok(t instanceof TorchTensor);
    assert.deepEqual([t.dtype, t.shape, t.storage?.key, t.storage?.numel], ['float16', [2, 5], '3', 10]);
    assert.ok(q instanceof TorchTensor);
    assert.deepEqual([q.dtype, q.quant?.qscheme, q.quant?.scale, q.quant?.zeroPoint], ['quint8', 'per_tensor_affine', 0.5, 7]);
    assert.ok(obj instanceof PyObject);
    assert.equal(obj.cls, '__torch__.m.M');
    assert.equal((obj.state as PyDict).get('x'), 1);
    assert.ok(g instanceof PyGlobal && g.qualified === 'torch.quint8');
  });

  it('keeps a list that contains itself without looping', () => {
    const v = read(Uint8Array.from([0x80, 2, 0x5d, 0x71, 0, 0x68, 0, 0x61, 0x2e]));
    assert.ok(v instanceof PyList && v.items[0] === v);
    const r = inspectTorchScript(write('cycle.pkl', Uint8Array.from([0x80, 2, 0x5d, 0x71, 0, 0x68, 0, 0x61, 0x2e])));
    assert.equal(r.container, 'plain-pickle');
    assert.deepEqual(r.parameters, []);
  });

  it('refuses unknown opcodes, bad memo references, huge integers and truncation', () => {
    assert.throws(() => read(Uint8Array.from([0x80, 2, 0x69, 0x2e])), /unsupported pickle opcode 'i' 0x69/);
    assert.throws(() => read(Uint8Array.from([0x80, 2, 0x68, 5, 0x2e])), /memo reference 5 to nothing/);
    assert.throws(() => read(Uint8Array.from([0x80, 2, 0x8b, 0xe8, 3, 0, 0, ...new Array(1000).fill(1), 0x2e])), /an integer of 1000 bytes/);
    const whole = pickle(dict({ a: 'some text', b: [1, 2, 3] }));
    for (const cut of [3, 10, whole.length - 1]) assert.throws(() => read(whole.subarray(0, cut)), /truncated/);
    assert.throws(() => read(Uint8Array.from([0x80, 2, 0x30, 0x2e])), /pops more values than it pushed/);
  });

  it('refuses nesting deeper than the limit, however it is built', () => {
    const tuples = Uint8Array.from([0x80, 2, 0x29, ...new Array(5000).fill(0x85), 0x2e]);
    assert.throws(() => read(tuples), /nested deeper than 256 levels/);
    const marks = Uint8Array.from([0x80, 2, ...new Array(5000).fill(0x28), 0x2e]);
    assert.throws(() => read(marks), /nested deeper than 256 levels/);
    // n empty lists on the stack, then n-1 APPENDs: each list goes into the one below it.
    const lists = Uint8Array.from([0x80, 2, ...new Array(1000).fill(0x5d), ...new Array(999).fill(0x61), 0x2e]);
    assert.throws(() => read(lists), /nested deeper than 256 levels/);
    assert.doesNotThrow(() => read(Uint8Array.from([0x80, 2, 0x29, ...new Array(200).fill(0x85), 0x2e])));
  });
});

describe('inspect: hostile and broken files', () => {
  it('refuses a pickle that would call os.system, and runs nothing', () => {
    const marker = path.join(tmpDir(), 'pwned');
    const evil = call(global('os', 'system'), `touch ${marker}`);
    const zipped = write('evil.pt', torchArchive({ name: 'archive', data: dict({ model: evil }) }));
    assert.throws(() => inspectTorchScript(zipped), /evil\.pt: archive\/data\.pkl: the pickle calls os\.system\(\) when it is loaded.*nothing was run/);
    const legacy = write('evil-legacy.pt', Buffer.concat([pickle(0x1950a86a20f9469cfc6cn), pickle(1001), pickle(dict({})), pickle(evil)]));
    assert.throws(() => inspectTorchScript(legacy), /calls os\.system\(\)/);
    // Protocol 4 names globals with STACK_GLOBAL; a TorchScript module attribute is no hiding place either.
    const p4 = write('evil4.pkl', pickle(call(global('posix', 'system'), 'id'), 4));
    assert.throws(() => inspectTorchScript(p4), /calls posix\.system\(\)/);
    const inModule = write('evil-ts.pt', torchArchive({ name: 'm', data: scriptObject('__torch__.m.M', { x: call(global('builtins', 'eval'), '1+1') }), code: { '__torch__/m.py': 'class M(Module):\n  training : bool\n' } }));
    assert.throws(() => inspectTorchScript(inModule), /calls builtins\.eval\(\)/);
    const viaNewObj = write('evil-newobj.pkl', pickle(newObj(global('subprocess', 'Popen'), dict({}))));
    assert.throws(() => inspectTorchScript(viaNewObj), /calls subprocess\.Popen\(\)/);
    assert.equal(fs.existsSync(marker), false);
  });

  it('keeps calls of other unknown globals as named placeholders', () => {
    const arr = call(global('numpy.core.multiarray', '_reconstruct'), global('numpy', 'ndarray'), tuple(0), 'b');
    const file = write('ckpt.pt', torchArchive({ name: 'archive', data: dict({ epoch: 3, stats: arr, weight: tensor('FloatStorage', '0', [3]) }) }));
    const r = inspectTorchScript(file);
    assert.deepEqual(r.placeholders, { 'numpy.core.multiarray._reconstruct': 1 });
    assert.deepEqual(r.parameters.map((p) => [p.name, p.kind]), [['weight', 'tensor']]);
  });

  it('refuses files that are neither zip nor pickle, empty files and folders', () => {
    assert.throws(() => inspectTorchScript(write('text.pt', Buffer.from('hello, this is text'))), /text\.pt: not a PyTorch file: neither a zip archive/);
    assert.throws(() => inspectTorchScript(write('onnx.pt', Uint8Array.from([0x08, 0x07, 0x12, 0x04]))), /not a PyTorch file/);
    assert.throws(() => inspectTorchScript(write('empty.pt', new Uint8Array(0))), /empty\.pt: the file is empty/);
    assert.throws(() => inspectTorchScript(tmpDir()), /is a folder/);
    assert.throws(() => inspectTorchScript(path.join(tmpDir(), 'missing.pt')), /missing\.pt: no such file/);
  });

  it('refuses zip archives that are not PyTorch files, and truncated ones', () => {
    assert.throws(() => inspectTorchScript(write('other.zip', zipSync({ 'a/readme.txt': Buffer.from('hi') }))), /a zip archive without data\.pkl/);
    const good = torchArchive({ name: 'm', data: dict({ w: tensor('FloatStorage', '0', [64]) }), storages: { 0: new Uint8Array(256) } });
    for (const cut of [Math.floor(good.length / 2), good.length - 10]) {
      assert.throws(() => inspectTorchScript(write('cut.pt', good.subarray(0, cut))), /cut\.pt: a damaged or truncated zip archive/);
    }
    const halfPickle = pickle(dict({ w: tensor('FloatStorage', '0', [64]) }));
    const cutPickle = zipSync({ 'm/data.pkl': [halfPickle.subarray(0, 40), { level: 0 }], 'm/version': Buffer.from('3\n') });
    assert.throws(() => inspectTorchScript(write('cutpkl.pt', cutPickle)), /cutpkl\.pt: m\/data\.pkl: truncated/);
    const legacy = Buffer.concat([pickle(0x1950a86a20f9469cfc6cn), pickle(1001), pickle(dict({})), pickle(dict({ w: tensor('FloatStorage', '0', [4]) }))]);
    assert.throws(() => inspectTorchScript(write('cut-legacy.pt', legacy.subarray(0, legacy.length - 20))), /truncated/);
  });

  it('refuses a zip bomb from its declared sizes, before inflating anything', () => {
    const archive = torchArchive({ name: 'm', data: dict({ w: tensor('FloatStorage', '0', [4]) }), code: { '__torch__/m.py': 'x' }, deflate: true });
    const bomb = write('bomb.pt', declareSize(archive, 'data.pkl', 0xf0000000));
    assert.throws(() => inspectTorchScript(bomb), /bomb\.pt: entry 'm\/data\.pkl' declares 3840 MiB uncompressed \(limit 64 MiB\); refused without inflating it/);
    const bigCode = write('bomb-code.pt', declareSize(archive, 'm.py', 200 * 1024 * 1024));
    assert.throws(() => inspectTorchScript(bigCode, { limits: { maxTotalBytes: 100 * 1024 * 1024 } }), /declares 200 MiB uncompressed \(limit 100 MiB\)/);
    assert.throws(() => inspectTorchScript(write('bomb-total.pt', archive), { limits: { maxTotalBytes: 20 } }), /declare more than 20 bytes uncompressed; refused without inflating them/);
    // An entry that declares less than it inflates to is cut at its declared size, so memory stays bounded.
    const liar = write('liar.pt', declareSize(archive, 'data.pkl', 10));
    assert.throws(() => inspectTorchScript(liar), /liar\.pt: (m\/data\.pkl: truncated|a damaged or truncated zip archive)/);
  });

  it('refuses an archive whose pickle names a storage record the archive lacks, or one too small', () => {
    const data = dict({ w: tensor('FloatStorage', '0', [64]), b: tensor('FloatStorage', '1', [8]) });
    assert.doesNotThrow(() => inspectTorchScript(write('whole.pt', torchArchive({ name: 'm', data }))));
    assert.throws(() => inspectTorchScript(write('missing.pt', torchArchive({ name: 'm', data, omitStorages: ['1'] }))),
      /missing\.pt: m\/data\.pkl names tensor storage '1', but the archive has no record m\/data\/1: the file is incomplete or damaged/);
    assert.throws(() => inspectTorchScript(write('small.pt', torchArchive({ name: 'm', data, storages: { 0: new Uint8Array(16) } }))),
      /small\.pt: storage record m\/data\/0 holds 16 bytes, but m\/data\.pkl says it has 64 float32 elements \(256 bytes\)/);
  });

  it('caps the number of entries, the size of a pickle and the depth of the module tree', () => {
    const storages = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), new Uint8Array(4)]));
    const many = write('many.pt', torchArchive({ name: 'm', data: dict({}), storages }));
    assert.throws(() => inspectTorchScript(many, { limits: { maxEntries: 5 } }), /many\.pt: the zip archive has more than 5 entries; refused/);
    assert.doesNotThrow(() => inspectTorchScript(many));
    const legacy = write('long.pt', Buffer.concat([pickle(dict({ s: 'x'.repeat(500) }))]));
    assert.throws(() => inspectTorchScript(legacy, { limits: { maxPickleBytes: 100 } }), /the pickle is longer than 100 bytes; refused/);
    let deep: PV = scriptObject('__torch__.m.M', {});
    for (let i = 0; i < 10; i++) deep = scriptObject('__torch__.m.M', { child: deep });
    const file = write('deep.pt', torchArchive({ name: 'm', data: deep, code: { '__torch__/m.py': 'class M(Module):\n  training : bool\n' } }));
    assert.throws(() => inspectTorchScript(file, { limits: { maxDepth: 8 } }), /deep\.pt: m\/data\.pkl: .*nested deeper than 8 levels/);
    assert.equal(inspectTorchScript(file).modules.length, 11);
  });

  it('refuses raw opcodes that would build an object Python runs code for, whatever the opcode', () => {
    // INST and OBJ (protocol 0/1) create instances by calling the class: refused as unsupported opcodes.
    const inst = Uint8Array.from([0x80, 2, 0x28, ...Buffer.from('ios\nsystem\n'), 0x2e]);
    assert.throws(() => inspectTorchScript(write('inst.pkl', inst)), /unsupported pickle opcode 'i'/);
    const obj = pickle([raw(0x28), global('os', 'system'), 'id', raw(0x6f)]);
    assert.throws(() => inspectTorchScript(write('obj.pkl', obj)), /unsupported pickle opcode 'o'/);
  });
});
