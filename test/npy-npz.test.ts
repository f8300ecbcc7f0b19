import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { listZip } from '../src/engine/io/zip-archive';
import { zipSync } from 'fflate';
import { tensor } from '../src/engine/builder/model-builder';
import { QuantLensError } from '../src/engine/errors';
import { DType } from '../src/engine/onnx/dtype';
import { TensorProto } from '../src/engine/onnx/schema';
import { Tensor, encodeTensor, toFloat32, toLittleEndian } from '../src/engine/onnx/tensor-codec';
import { encodeNpy, parseNpy, readNpy, writeNpy } from '../src/engine/io/npy';
import { encodeNpz, parseNpz, readNpz, writeNpz } from '../src/engine/io/npz';
import { readTensorFile } from '../src/engine/io/tensor-file';
import { pendingBecause } from './helpers/probe';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ql-npy-'));
}

/** A .npy made by hand: the header text exactly as given (padded to 64 bytes), then `data`. */
function npyBytes(header: string, data: Uint8Array | number[] = [], version = 1): Uint8Array {
  const pre = version === 1 ? 10 : 12;
  const padded = header + ' '.repeat((64 - ((pre + header.length + 1) % 64)) % 64) + '\n';
  const text = Buffer.from(padded, version === 3 ? 'utf8' : 'latin1');
  const head = Buffer.alloc(pre);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]).copy(head);
  if (version === 1) head.writeUInt16LE(text.length, 8);
  else head.writeUInt32LE(text.length, 8);
  return new Uint8Array(Buffer.concat([head, text, Buffer.from(data)]));
}

const dict = (descr: string, shape: string, fortran = 'False') => `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;

/** Assert a QuantLens bad-input error whose message names the file and matches `why`. */
function assertBadInput(fn: () => unknown, file: string, why: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof QuantLensError, `expected a QuantLensError, got ${String(err)}`);
    assert.equal(err.kind, 'bad-input');
    assert.ok(err.message.startsWith(`${file}: `), `message does not name ${file}: ${err.message}`);
    assert.match(err.message, why);
    return true;
  });
}

/** Every dtype .npy holds, with edge values. */
const DTYPE_CASES: Array<[DType, number[]]> = [
  ['float32', [1.5, -0, NaN, Infinity, -3.4028234663852886e38, 1e-45]],
  ['float64', [1e-300, -0, NaN, -Infinity, Math.PI, 2 ** 60]],
  ['float16', [1, -2.5, 65504, NaN, -Infinity, 5.960464477539063e-8]],
  ['int8', [-128, 0, 127, -1, 5, 6]], ['uint8', [0, 200, 255, 1, 2, 3]],
  ['int16', [-32768, 5, 32767, -1, 0, 1]], ['uint16', [0, 65535, 7, 8, 9, 10]],
  ['int32', [-2147483648, 0, 2147483647, -1, 1, 2]], ['uint32', [0, 4294967295, 9, 1, 2, 3]],
  ['int64', [-5, 0, 2 ** 40, -(2 ** 52), 1, 2]], ['uint64', [0, 2 ** 50, 3, 4, 5, 6]],
  ['bool', [1, 0, 1, 1, 0, 0]],
  ['complex64', [1, -1, 0.5, 2, NaN, 0, 3, 4, -0, 1, 7, 8]],
  ['complex128', [1e-300, -1, 0.5, 2, Infinity, 0, 3, 4, 5, 6, 7, 8]],
];

describe('.npy', () => {
  it('round-trips every dtype, scalars and empty arrays', () => {
    for (const [dtype, values] of DTYPE_CASES) {
      const t = tensor(dtype, [2, 3], values);
      const back = parseNpy(encodeNpy(t, 'x.npy'), 'x.npy');
      assert.equal(back.dtype, dtype);
      assert.deepEqual(back.dims, [2, 3]);
      assert.deepStrictEqual(back.data, t.data, dtype);
    }
    const scalar = parseNpy(encodeNpy(tensor('float64', [], [2.5]), 's.npy'), 's.npy');
    assert.deepEqual(scalar.dims, []);
    assert.deepEqual(Array.from(scalar.data as Float64Array), [2.5]);
    const empty = parseNpy(encodeNpy(tensor('int32', [0, 4], []), 'e.npy'), 'e.npy');
    assert.deepEqual(empty.dims, [0, 4]);
    assert.equal(empty.data.length, 0);
  });

  it('writes the header NumPy writes, data aligned to 64 bytes', () => {
    const bytes = encodeNpy(tensor('float32', [1, 3], [1, 2, 3]), 'x.npy');
    const headerLen = Buffer.from(bytes).readUInt16LE(8);
    assert.equal(bytes[6], 1);
    assert.equal((10 + headerLen) % 64, 0);
    const header = Buffer.from(bytes.subarray(10, 10 + headerLen)).toString('latin1');
    assert.match(header, /^\{'descr': '<f4', 'fortran_order': False, 'shape': \(1, 3\), \} *\n$/);
    const one = Buffer.from(encodeNpy(tensor('bool', [4], [1, 0, 0, 1]), 'b.npy')).toString('latin1');
    assert.match(one, /'descr': '\|b1'.*'shape': \(4,\)/);
  });

  it('uses version 2.0 when the header is too long for 1.0', () => {
    const dims = Array.from({ length: 30000 }, () => 1);
    const bytes = encodeNpy(tensor('uint8', dims, [7]), 'long.npy');
    assert.equal(bytes[6], 2);
    const back = parseNpy(bytes, 'long.npy');
    assert.equal(back.dims.length, 30000);
    assert.deepEqual(Array.from(back.data as Uint8Array), [7]);
  });

  it('reads versions 2.0 and 3.0 and Python 2 long integers', () => {
    const data = new Uint8Array(new Float32Array([1, 2]).buffer);
    for (const v of [2, 3]) {
      const t = parseNpy(npyBytes(dict('<f4', '(2,)'), data, v), 'v.npy');
      assert.deepEqual(Array.from(t.data as Float32Array), [1, 2]);
    }
    const py2 = parseNpy(npyBytes(dict('<f4', '(1L, 2L)'), data), 'py2.npy');
    assert.deepEqual(py2.dims, [1, 2]);
  });

  it('transposes Fortran-order arrays to C order', () => {
    // C-order values 0..23 of shape (2, 3, 4); in Fortran order the first index varies fastest.
    const dims = [2, 3, 4];
    const fortran = new Int16Array(24);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 4; k++) fortran[i + 2 * j + 6 * k] = i * 12 + j * 4 + k;
    const t = parseNpy(npyBytes(dict('<i2', '(2, 3, 4)', 'True'), new Uint8Array(fortran.buffer)), 'f.npy');
    assert.deepEqual(t.dims, dims);
    assert.deepEqual(Array.from(t.data as Int16Array), Array.from({ length: 24 }, (_, i) => i));
    // A complex Fortran array moves whole (real, imaginary) pairs.
    const c = new Float32Array([1, 10, 3, 30, 2, 20, 4, 40]); // shape (2, 2) in Fortran order: [[1, 2], [3, 4]] + 10i
    const ct = parseNpy(npyBytes(dict('<c8', '(2, 2)', 'True'), new Uint8Array(c.buffer)), 'c.npy');
    assert.deepEqual(Array.from(ct.data as Float32Array), [1, 10, 2, 20, 3, 30, 4, 40]);
  });

  it('converts big-endian arrays', () => {
    const be = (descr: string, size: number, le: ArrayBufferView) => {
      const bytes = new Uint8Array(le.buffer, le.byteOffset, le.byteLength).slice();
      for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
      return parseNpy(npyBytes(dict(descr, '(2,)'), bytes), 'be.npy');
    };
    assert.deepEqual(Array.from(be('>f4', 4, new Float32Array([1.5, -2])).data as Float32Array), [1.5, -2]);
    assert.deepEqual(Array.from(be('>f8', 8, new Float64Array([Math.E, -0.25])).data as Float64Array), [Math.E, -0.25]);
    assert.deepEqual(Array.from(be('>i8', 8, new BigInt64Array([-2n, 2n ** 62n])).data as BigInt64Array), [-2n, 2n ** 62n]);
    assert.deepEqual(Array.from(be('>u2', 2, new Uint16Array([1, 65000])).data as Uint16Array), [1, 65000]);
    assert.deepEqual(Array.from(toFloat32(be('>f2', 2, new Uint16Array([0x3c00, 0xc100])))), [1, -2.5]);
    // Complex swaps each half on its own.
    const c = parseNpy(npyBytes(dict('>c8', '(1,)'), [0x3f, 0xc0, 0, 0, 0xc0, 0x20, 0, 0]), 'c.npy');
    assert.deepEqual(Array.from(c.data as Float32Array), [1.5, -2.5]);
    assert.deepEqual(Array.from(parseNpy(npyBytes(dict('|i1', '(2,)'), [0xff, 3]), 'i.npy').data as Int8Array), [-1, 3]);
  });

  it('refuses malformed and hostile files with errors naming the file', () => {
    const f32 = new Uint8Array(new Float32Array([1, 2]).buffer);
    const good = npyBytes(dict('<f4', '(2,)'), f32);
    assertBadInput(() => parseNpy(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 'a.npy'), 'a.npy', /not a \.npy file/);
    assertBadInput(() => parseNpy(good.subarray(0, 9), 'a.npy'), 'a.npy', /not a \.npy file|truncated/);
    assertBadInput(() => parseNpy(good.subarray(0, 40), 'a.npy'), 'a.npy', /truncated: the header needs/);
    assertBadInput(() => parseNpy(good.subarray(0, good.length - 1), 'a.npy'), 'a.npy', /truncated: shape \(2\) of float32 needs 8 bytes/);
    assertBadInput(() => parseNpy(npyBytes(dict('<f4', '(2,)'), [...f32, 0, 0, 0, 0]), 'a.npy'), 'a.npy', /shape and data do not match/);
    assertBadInput(() => parseNpy(npyBytes(dict('|O', '(2,)'), f32), 'o.npy'), 'o.npy', /object array .*never loaded/);
    assertBadInput(() => parseNpy(npyBytes(dict('<U5', '(2,)'), f32), 'u.npy'), 'u.npy', /unsupported dtype '<U5'/);
    assertBadInput(() => parseNpy(npyBytes(`{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }`, f32), 's.npy'), 's.npy', /structured/);
    const code = `{'descr': __import__('os').system('touch /tmp/pwned'), 'fortran_order': False, 'shape': (2,), }`;
    assertBadInput(() => parseNpy(npyBytes(code, f32), 'evil.npy'), 'evil.npy', /not a plain Python dict literal.*never evaluated/);
    assertBadInput(() => parseNpy(npyBytes(dict('<f4', '(10**12,)'), f32), 'pow.npy'), 'pow.npy', /not a plain Python dict literal/);
    assertBadInput(() => parseNpy(npyBytes(dict('<f4', '(-2,)'), f32), 'neg.npy'), 'neg.npy', /not a non-negative integer/);
    assertBadInput(() => parseNpy(npyBytes(dict('<f4', '2'), f32), 'int.npy'), 'int.npy', /shape is 2, not a tuple/);
    assertBadInput(() => parseNpy(npyBytes(`{'descr': '<f4', 'shape': (2,)}`, f32), 'k.npy'), 'k.npy', /exactly descr, fortran_order and shape/);
    assertBadInput(() => parseNpy(npyBytes('('.repeat(5000) + ')'.repeat(5000), f32), 'deep.npy'), 'deep.npy', /nested too deep/);
    // An oversize declared shape is refused from the sizes alone, before anything is allocated for it.
    assertBadInput(() => parseNpy(npyBytes(dict('<f8', '(1000000, 1000000, 1000000)'), f32), 'big.npy'), 'big.npy', /too large|needs \d+ bytes/);
    assertBadInput(() => parseNpy(npyBytes(dict('<f4', '(100000000000,)'), f32), 'big.npy'), 'big.npy', /truncated: shape \(100000000000\) of float32 needs 400000000000 bytes/);
    const huge = npyBytes(dict('<f4', '(2,)'), f32, 2);
    Buffer.from(huge.buffer).writeUInt32LE(0xfffffff0, 8);
    assertBadInput(() => parseNpy(huge, 'h.npy'), 'h.npy', /header of 4294967280 bytes, over the limit/);
    const v9 = good.slice();
    v9[6] = 9;
    assertBadInput(() => parseNpy(v9, 'v9.npy'), 'v9.npy', /unsupported \.npy version 9\.0/);
  });

  it('refuses to write dtypes that .npy cannot hold', () => {
    assertBadInput(() => encodeNpy(tensor('bfloat16', [1], [1], 'w'), 'w.npy'), 'w.npy', /dtype bfloat16, which \.npy cannot hold/);
    assertBadInput(() => encodeNpy(tensor('string', [1], ['a']), 's.npy'), 's.npy', /dtype string/);
  });

  it('reads and writes files, atomically and keyed by stem', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'act.npy');
    writeNpy(file, tensor('float32', [2], [1, 2]));
    assert.deepEqual(fs.readdirSync(dir), ['act.npy']);
    const t = readNpy(file);
    assert.equal(t.name, 'act');
    assert.deepEqual(Array.from(t.data as Float32Array), [1, 2]);
    assertBadInput(() => readNpy(path.join(dir, 'none.npy')), path.join(dir, 'none.npy'), /no such file/);
    assertBadInput(() => writeNpy(path.join(dir, 'no-dir', 'x.npy'), t), path.join(dir, 'no-dir', 'x.npy'), /cannot write/);
  });
});

describe('.npz', () => {
  const arrays = (): Map<string, Tensor> => new Map<string, Tensor>([
    ['features.1.conv.0', tensor('float32', [1, 2, 2], [1, 2, 3, 4])],
    ['labels', tensor('int64', [3], [7, -8, 9])],
    ['mask', tensor('bool', [2], [1, 0])],
    ['nested/name ü', tensor('float16', [1], [0.5])],
  ]);

  it('round-trips several arrays, stored and deflated', () => {
    for (const compress of [false, true]) {
      const back = parseNpz(encodeNpz(arrays(), 'a.npz', { compress }), 'a.npz');
      assert.deepEqual([...back.keys()], [...arrays().keys()]);
      for (const [k, t] of arrays()) {
        assert.equal(back.get(k)!.name, k);
        assert.equal(back.get(k)!.dtype, t.dtype);
        assert.deepStrictEqual(back.get(k)!.data, t.data, k);
      }
    }
    const zeros = tensor('float32', [4096], new Array(4096).fill(0));
    assert.ok(encodeNpz({ zeros }, 'z.npz', { compress: true }).length < 1000, 'deflated');
    assert.ok(encodeNpz({ zeros }, 'z.npz').length > 16384, 'stored');
    assert.deepEqual(encodeNpz(arrays(), 'a.npz'), encodeNpz(arrays(), 'a.npz'), 'same tensors, same bytes');
  });

  it('reads and writes files atomically, also from a plain object', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'ref.npz');
    writeNpz(file, { a: tensor('uint8', [2], [1, 2]), b: tensor('float64', [], [3]) });
    assert.deepEqual(fs.readdirSync(dir), ['ref.npz']);
    const back = readNpz(file);
    assert.deepEqual([...back.keys()], ['a', 'b']);
    assert.deepEqual(Array.from(back.get('b')!.data as Float64Array), [3]);
  });

  it('refuses malformed archives with errors naming the file', () => {
    assertBadInput(() => parseNpz(new TextEncoder().encode('this is no zip archive at all'), 'x.npz'), 'x.npz', /not an \.npz file/);
    const good = encodeNpz(arrays(), 'a.npz');
    assertBadInput(() => parseNpz(good.subarray(0, good.length - 30), 'cut.npz'), 'cut.npz', /not a valid \.npz \(zip\) archive/);
    const other = zipSync({ 'readme.txt': new TextEncoder().encode('hi') });
    assertBadInput(() => parseNpz(other, 'o.npz'), 'o.npz', /entry 'readme\.txt' is not a \.npy array/);
    const badEntry = zipSync({ 'x.npy': new Uint8Array([1, 2, 3]) });
    assertBadInput(() => parseNpz(badEntry, 'e.npz'), 'e.npz', /entry 'x\.npy': not a \.npy file/);
    const pickled = zipSync({ 'p.npy': npyBytes(dict('|O', '(1,)'), [0x80, 4]) });
    assertBadInput(() => parseNpz(pickled, 'p.npz'), 'p.npz', /entry 'p\.npy': .*object array/);
  });

  it('guards against zip bombs', () => {
    // An entry whose header claims a huge shape: refused from sizes before anything is allocated for the shape.
    const claim = zipSync({ 'big.npy': [npyBytes(dict('<f4', '(4000000000,)'), new Uint8Array(16)), { level: 9 }] });
    assertBadInput(() => parseNpz(claim, 'claim.npz'), 'claim.npz', /entry 'big\.npy': truncated: .* needs 16000000000 bytes/);
    // A highly compressible entry larger than the cap: refused from its declared size, before inflating.
    const zeros = new Uint8Array(64 << 20);
    const bomb = zipSync({ 'zeros.npy': [npyBytes(dict('|u1', `(${zeros.length},)`), zeros), { level: 9 }] });
    assert.ok(bomb.length < 200_000, `the bomb is small (${bomb.length} bytes)`);
    assertBadInput(() => parseNpz(bomb, 'bomb.npz', { maxBytes: 1 << 20 }), 'bomb.npz', /more than the limit of 1048576/);
    assert.equal(parseNpz(bomb, 'bomb.npz', { maxBytes: 128 << 20 }).get('zeros')!.data.length, zeros.length);
    // The cap is on the total of all entries.
    const two = encodeNpz({ a: tensor('uint8', [600], new Array(600).fill(1)), b: tensor('uint8', [600], new Array(600).fill(2)) }, 't.npz');
    assertBadInput(() => parseNpz(two, 't.npz', { maxBytes: 1000 }), 't.npz', /at least 1456 bytes uncompressed/);
    // An entry that lies about its uncompressed size is refused before it is inflated: where the directory and the
    // local header disagree, and where both lie alike (inflating stops at the declared size).
    const lying = Buffer.from(bomb);
    const cd = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(1000, cd + 24);
    assertBadInput(() => parseNpz(new Uint8Array(lying), 'lie.npz', { maxBytes: 1 << 20 }), 'lie.npz', /member 'zeros\.npy' declares 1000 bytes .* in the directory but 67108992/);
    lying.writeUInt32LE(1000, 22);
    assertBadInput(() => parseNpz(new Uint8Array(lying), 'lie2.npz', { maxBytes: 1 << 20 }), 'lie2.npz', /member 'zeros\.npy' inflates to more than the 1000 bytes it declares/);
  });

  it('keys arrays by ONNX tensor names that start with /, as NumPy writes them; a .pt member may not', () => {
    const npz = zipSync({ '/conv/Relu_output_0.npy': [npyBytes(dict('<f4', '(1,)'), new Uint8Array(4)), { level: 0 }] });
    assert.deepEqual([...parseNpz(npz, 'keys.npz').keys()], ['/conv/Relu_output_0']);
    assert.throws(() => listZip(npz, 10, () => { throw new Error('too many'); }), /member name '\/conv\/Relu_output_0\.npy' is absolute or leaves the archive's folder; refused/);
  });

  it('refuses bombs and hostile members in well under a second, before inflating them', () => {
    const zeros = new Uint8Array(64 << 20);
    const timed = (name: string, bytes: Uint8Array, re: RegExp) => {
      const t0 = performance.now();
      assertBadInput(() => parseNpz(bytes, name), name, re);
      const ms = performance.now() - t0;
      assert.ok(ms < 300, `${name} took ${ms.toFixed(0)} ms`);
    };
    // A member that is not an array at all, 64 MiB of zeros: its missing .npy magic is seen in the first kilobytes.
    timed('junk.npz', zipSync({ 'junk.npy': [zeros, { level: 9 }] }), /entry 'junk\.npy': not a \.npy file/);
    // A header whose shape does not fit the member's declared size: refused from the header alone.
    timed('short.npz', zipSync({ 'a.npy': [npyBytes(dict('<f4', '(100000000,)'), zeros), { level: 9 }] }), /entry 'a\.npy': truncated: .* needs 400000000 bytes of data/);
    // Declared sizes deflate cannot produce (more than 1032:1), in both headers alike.
    const bomb = Buffer.from(zipSync({ 'z.npy': [npyBytes(dict('|u1', `(${zeros.length},)`), zeros), { level: 9 }] }));
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xf0000000, cd + 24);
    bomb.writeUInt32LE(0xf0000000, 22);
    timed('ratio.npz', new Uint8Array(bomb), /more than deflate can produce: its sizes lie/);
    // Member names that would leave a folder if anyone unpacked the archive.
    for (const name of ['../evil.npy', '/../evil.npy', 'a/../../b.npy', 'C:/x.npy', '\\\\host\\x.npy']) {
      timed('names.npz', zipSync({ [name]: [npyBytes(dict('<f4', '(1,)'), new Uint8Array(4)), { level: 0 }] }), /absolute or leaves the archive's folder; refused/);
    }
  });
});

describe('tensor files', () => {
  it('reads .npy, .npz, .pb and folders of them by extension', () => {
    const dir = tmpdir();
    writeNpy(path.join(dir, 'x.npy'), tensor('float32', [2], [1, 2]));
    writeNpz(path.join(dir, 'ref.npz'), { a: tensor('int8', [1], [-1]), b: tensor('uint16', [1], [9]) });
    const pb = (t: Tensor) => TensorProto.encode(encodeTensor(t) as never).finish();
    fs.writeFileSync(path.join(dir, 'input_0.pb'), pb(tensor('int64', [2], [5, 6], 'tokens')));
    fs.writeFileSync(path.join(dir, 'anon.pb'), pb(tensor('float64', [1], [0.5])));
    fs.writeFileSync(path.join(dir, 'model.onnx'), 'ignored');
    assert.deepEqual([...readTensorFile(path.join(dir, 'x.npy')).keys()], ['x']);
    assert.deepEqual([...readTensorFile(path.join(dir, 'ref.npz')).keys()], ['a', 'b']);
    const proto = readTensorFile(path.join(dir, 'input_0.pb')).get('tokens')!;
    assert.deepEqual(Array.from(proto.data as BigInt64Array), [5n, 6n]);
    assert.deepEqual([...readTensorFile(path.join(dir, 'anon.pb')).keys()], ['anon']);
    const all = readTensorFile(dir);
    assert.deepEqual([...all.keys()], ['anon', 'tokens', 'a', 'b', 'x']);
  });

  it('gives clear errors for unknown, missing, duplicate and non-tensor files', () => {
    const dir = tmpdir();
    const csv = path.join(dir, 'x.csv');
    fs.writeFileSync(csv, '1,2');
    assertBadInput(() => readTensorFile(csv), csv, /unknown tensor file type '\.csv'/);
    assertBadInput(() => readTensorFile(path.join(dir, 'gone.npy')), path.join(dir, 'gone.npy'), /no such file/);
    assertBadInput(() => readTensorFile(dir), dir, /holds no \.npy, \.npz, \.pb files/);
    writeNpy(path.join(dir, 'a.npy'), tensor('float32', [1], [1]));
    writeNpz(path.join(dir, 'b.npz'), { a: tensor('float32', [1], [2]) });
    assertBadInput(() => readTensorFile(dir), dir, /tensor 'a' is in both a\.npy and b\.npz/);
    const text = path.join(dir, 'note.pb');
    fs.writeFileSync(text, 'just some text, not a protobuf');
    assertBadInput(() => readTensorFile(text), text, /not a serialized ONNX TensorProto/);
    // A TensorProto whose dims do not match its bytes is refused before decoding allocates for the dims.
    const lying = encodeTensor(tensor('float32', [2], [1, 2], 't'));
    lying.dims = [1e12];
    const lie = path.join(dir, 'lie.pb');
    fs.writeFileSync(lie, TensorProto.encode(lying as never).finish());
    assertBadInput(() => readTensorFile(lie), lie, /8 bytes of raw_data, its dims \[1000000000000\] need 4000000000000/);
  });
});

/** Files NumPy itself wrote, and files NumPy reads back: only where python3 with numpy is installed. */
describe('.npy and .npz against NumPy', () => {
  const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
  const python = (script: string, dir: string) => {
    const r = spawnSync('python3', ['-c', script, dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };
  /** Each array's C-order little-endian bytes, as NumPy lays them out, saved next to it as NAME.raw. */
  const rawOf = (dir: string, key: string) => new Uint8Array(fs.readFileSync(path.join(dir, `${key}.raw`)));
  const bytesOf = (t: Tensor) => new Uint8Array(toLittleEndian(t));

  before(function () {
    if (!hasNumpy) pendingBecause(this, 'numpy is not installed for python3 (it writes the reference archives)');
  });

  it('reads what NumPy writes: every dtype, both byte orders, Fortran order, savez and savez_compressed', () => {
    const dir = tmpdir();
    python(`
import numpy as np, sys, json
d = sys.argv[1]
arrays = {}
for code in ['f2', 'f4', 'f8', 'c8', 'c16', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'b1']:
    base = (np.arange(24) * 37 - 300).reshape(2, 3, 4)
    if code[0] in 'fc': base = base / 7.0
    if code[0] == 'c': base = base + 1j * base[::-1]
    a = (base % 3 == 0) if code == 'b1' else base.astype('<' + code)
    arrays[code + '_le'] = a
    arrays[code + '_be'] = a.astype(a.dtype.newbyteorder('>'))
    arrays[code + '_fortran'] = np.asfortranarray(a)
arrays['scalar'] = np.float32(3.5)
arrays['empty'] = np.zeros((0, 3), np.int16)
for k, a in arrays.items():
    np.save(f'{d}/{k}.npy', a)
    open(f'{d}/{k}.raw', 'wb').write(np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes())
np.savez(f'{d}/stored.npz', **{k: arrays[k] for k in ['f4_le', 'i8_be', 'b1_fortran']})
np.savez_compressed(f'{d}/deflated.npz', **{k: arrays[k] for k in ['f2_le', 'u2_fortran', 'scalar']})
json.dump({k: [a.dtype.str, list(a.shape), a.flags.f_contiguous and not a.flags.c_contiguous] for k, a in arrays.items()}, open(f'{d}/meta.json', 'w'))
`, dir);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as Record<string, [string, number[], boolean]>;
    assert.equal(Object.keys(meta).length, 14 * 3 + 2);
    for (const [key, [descr, shape]] of Object.entries(meta)) {
      const t = readNpy(path.join(dir, `${key}.npy`));
      assert.deepEqual(t.dims, shape, key);
      assert.deepEqual(bytesOf(t), rawOf(dir, key), `${key} (${descr})`);
    }
    for (const archive of ['stored.npz', 'deflated.npz']) {
      for (const [key, t] of readNpz(path.join(dir, archive))) assert.deepEqual(bytesOf(t), rawOf(dir, key), `${archive}: ${key}`);
    }
  });

  it('writes what NumPy reads', () => {
    const dir = tmpdir();
    const tensors = new Map<string, Tensor>(DTYPE_CASES.map(([dtype, values]) => [dtype, tensor(dtype, [3, 2], values)]));
    writeNpz(path.join(dir, 'ours.npz'), tensors);
    writeNpz(path.join(dir, 'ours_deflated.npz'), tensors, { compress: true });
    writeNpy(path.join(dir, 'one.npy'), tensors.get('float16')!);
    python(`
import numpy as np, sys
d = sys.argv[1]
one = np.load(f'{d}/one.npy')
assert one.dtype == np.float16 and one.shape == (3, 2), (one.dtype, one.shape)
plain, deflated = np.load(f'{d}/ours.npz'), np.load(f'{d}/ours_deflated.npz')
assert sorted(plain.keys()) == sorted(deflated.keys())
for k in plain.keys():
    a = plain[k]
    assert a.shape == (3, 2), (k, a.shape)
    assert np.array_equal(a, deflated[k], equal_nan=True), k
    open(f'{d}/{k}.raw', 'wb').write(np.ascontiguousarray(a).astype(a.dtype.newbyteorder('<')).tobytes())
    open(f'{d}/{k}.dtype', 'w').write(a.dtype.name)
`, dir);
    for (const [key, t] of tensors) {
      assert.deepEqual(rawOf(dir, key), bytesOf(t), key);
      // Our dtype names are NumPy's.
      assert.equal(fs.readFileSync(path.join(dir, `${key}.dtype`), 'utf8'), t.dtype, key);
    }
  });
});

/** Files made with NumPy and PyTorch on the development machine (see their README); absent elsewhere. */
describe('real NumPy files from /work/shared/fixtures', () => {
  const real = path.resolve(__dirname, '../../../shared/fixtures/real');

  before(function () {
    if (!fs.existsSync(path.join(real, 'input.npy'))) {
      console.log(`    (skipped: ${real} is not on this machine)`);
      this.skip();
    }
  });

  it('reads input.npy: float32 1x3x224x224 with the values NumPy reads', () => {
    const t = readNpy(path.join(real, 'input.npy'));
    assert.equal(t.dtype, 'float32');
    assert.deepEqual(t.dims, [1, 3, 224, 224]);
    const v = t.data as Float32Array;
    assert.deepEqual([v[0], v[1], v[2], v[v.length - 1]], [1.8412635326385498, 1.128938913345337, 1.410739779472351, 0.25375646352767944]);
    let sum = 0;
    for (const x of v) sum += x;
    assert.ok(Math.abs(sum - 1413.2114692926407) < 1e-6, `sum ${sum}`);
  });

  it('reads mnv2_ref_qat.npz: 270 deflated activations, and writes them back unchanged', () => {
    const ref = readNpz(path.join(real, 'mnv2_ref_qat.npz'));
    assert.equal(ref.size, 270);
    const out = ref.get('output')!;
    assert.deepEqual(out.dims, [1, 4]);
    assert.deepEqual(Array.from(out.data as Float32Array), [8.404298782348633, 0.6225406527519226, -1.867621898651123, -8.404298782348633]);
    const conv = ref.get('features.1.conv.0.0')!;
    assert.deepEqual(conv.dims, [1, 32, 112, 112]);
    let sum = 0;
    for (const x of conv.data as Float32Array) sum += x;
    assert.ok(Math.abs(sum - 114208.98122428358) < 1e-3, `sum ${sum}`);
    const again = parseNpz(encodeNpz(ref, 'again.npz'), 'again.npz');
    for (const [k, t] of ref) assert.deepStrictEqual(again.get(k)!.data, t.data, k);
  });
});
