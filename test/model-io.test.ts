import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GraphBuilder, tensor } from '../src/engine/builder/model-builder';
import { readModel, writeModel } from '../src/engine/onnx/model-file';
import { decodeTensor, encodeTensor, toFloat32 } from '../src/engine/onnx/tensor-codec';
import { make, TensorProto, TensorMsg } from '../src/engine/onnx/schema';

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ql-io-'));
}

function convModel() {
  const b = new GraphBuilder('conv');
  const x = b.input('x', 'float32', [1, 3, 8, 8]);
  const w = b.constant('w', 'float32', [4, 3, 3, 3], Array.from({ length: 108 }, (_, i) => (i % 7) / 7 - 0.5));
  const y = b.op('Conv', [x, w], { pads: [1, 1, 1, 1] }, { name: 'conv0', output: 'y' });
  b.output(y);
  return b.model();
}

describe('model I/O', () => {
  it('writes and reads a model, keeping nodes and weights', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'm.onnx');
    writeModel(convModel(), file);
    const back = readModel(file).model;
    assert.equal(back.graph!.node[0].op_type, 'Conv');
    assert.equal(back.graph!.node[0].name, 'conv0');
    const w = decodeTensor(back.graph!.initializer[0]);
    assert.deepEqual(w.dims, [4, 3, 3, 3]);
    assert.ok(Math.abs(toFloat32(w)[1] - (1 / 7 - 0.5)) < 1e-6);
  });

  it('writes weights as external data and reads them back', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'ext.onnx');
    writeModel(convModel(), file, { externalData: { location: 'ext.data', threshold: 16 } });
    assert.ok(fs.existsSync(path.join(dir, 'ext.data')));
    assert.ok(fs.statSync(file).size < 400, 'weights left the model file');
    const loaded = readModel(file);
    assert.equal(loaded.hadExternalData, true);
    assert.equal(decodeTensor(loaded.model.graph!.initializer[0]).data.length, 108);
  });

  it('refuses external data that escapes the model folder, or is missing', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'ext.onnx');
    writeModel(convModel(), file, { externalData: { location: 'ext.data', threshold: 16 } });
    const m = readModel(file).model;
    // Point the weight at ../secret and write it back raw.
    const w = m.graph!.initializer[0];
    w.external_data = [{ key: 'location', value: '../secret.bin' }];
    w.data_location = 1;
    w.raw_data = new Uint8Array(0);
    const evil = path.join(dir, 'evil.onnx');
    writeModel(m, evil);
    assert.throws(() => readModel(evil), /escapes the model's folder/);
    w.external_data = [{ key: 'location', value: 'missing.bin' }];
    writeModel(m, evil);
    assert.throws(() => readModel(evil), /missing/);
    w.external_data = [{ key: 'location', value: '/etc/passwd' }];
    writeModel(m, evil);
    assert.throws(() => readModel(evil), /absolute/);
  });

  it('gives a clear error for files that are not models', () => {
    const dir = tmpdir();
    const text = path.join(dir, 'a.onnx');
    fs.writeFileSync(text, 'hello, this is text');
    assert.throws(() => readModel(text), /a\.onnx: not an ONNX model/);
    const good = path.join(dir, 'g.onnx');
    writeModel(convModel(), good);
    const bytes = fs.readFileSync(good);
    const cut = path.join(dir, 'cut.onnx');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    assert.throws(() => readModel(cut), /cut\.onnx: .*(truncated|not an ONNX model)/);
    const empty = path.join(dir, 'e.onnx');
    fs.writeFileSync(empty, '');
    assert.throws(() => readModel(empty), /empty/);
    assert.throws(() => readModel(path.join(dir, 'nope.onnx')), /no such file/);
  });

  it('never writes over the original', () => {
    const dir = tmpdir();
    const file = path.join(dir, 'm.onnx');
    writeModel(convModel(), file);
    assert.throws(() => writeModel(convModel(), file, {}, file), /refusing to write over the original/);
  });
});

describe('TensorProto', () => {
  it('round-trips every numeric dtype through raw_data', () => {
    const cases: Array<[Parameters<typeof tensor>[0], number[]]> = [
      ['float32', [1.5, -2, 0]], ['float64', [1e-300, 2, -3]], ['int8', [-128, 0, 127]], ['uint8', [0, 200, 255]],
      ['int16', [-32768, 5, 32767]], ['uint16', [0, 65535, 7]], ['int32', [-2147483648, 0, 2147483647]],
      ['uint32', [0, 4294967295, 9]], ['int64', [-5, 0, 2 ** 40]], ['uint64', [0, 2 ** 50, 3]], ['bool', [1, 0, 1]],
      ['float16', [1, -2.5, 65504]], ['bfloat16', [1, -2.5, 3.140625]], ['int4', [-8, 7, 1]], ['uint4', [0, 15, 3]],
    ];
    for (const [dtype, values] of cases) {
      const t = tensor(dtype, [3], values, 't');
      const back = decodeTensor(TensorProto.decode(TensorProto.encode(encodeTensor(t) as never).finish()) as unknown as TensorMsg);
      assert.equal(back.dtype, dtype);
      assert.deepEqual(Array.from(toFloat32(back)), Array.from(Float32Array.from(values)), dtype);
    }
  });

  it('reads the typed fields', () => {
    const mk = (fields: object) => decodeTensor(make<TensorMsg>(TensorProto, fields));
    assert.deepEqual(Array.from(mk({ data_type: 1, dims: [2], float_data: [1.5, 2] }).data as Float32Array), [1.5, 2]);
    assert.deepEqual(Array.from(mk({ data_type: 11, dims: [2], double_data: [1.5, 2] }).data as Float64Array), [1.5, 2]);
    assert.deepEqual(Array.from(mk({ data_type: 3, dims: [2], int32_data: [-3, 4] }).data as Int8Array), [-3, 4]);
    assert.deepEqual(Array.from(mk({ data_type: 7, dims: [2], int64_data: [-3, 4] }).data as BigInt64Array), [-3n, 4n]);
    assert.deepEqual(Array.from(mk({ data_type: 13, dims: [1], uint64_data: ['18446744073709551615'] }).data as BigUint64Array), [18446744073709551615n]);
    assert.deepEqual(Array.from(mk({ data_type: 12, dims: [1], uint64_data: [4000000000] }).data as Uint32Array), [4000000000]);
    assert.deepEqual(Array.from(toFloat32(mk({ data_type: 10, dims: [1], int32_data: [0x3c00] }))), [1]);
    assert.deepEqual(Array.from(toFloat32(mk({ data_type: 16, dims: [1], int32_data: [0x3f80] }))), [1]);
    assert.deepEqual(mk({ data_type: 8, dims: [2], string_data: [Buffer.from('a'), Buffer.from('bc')] }).data, ['a', 'bc']);
    assert.throws(() => mk({ data_type: 1, dims: [3], float_data: [1] }), /1 values in float_data, its dims need 3/);
    assert.throws(() => mk({ data_type: 99, dims: [1] }), /unknown data_type 99/);
  });
});
