import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { convertModel } from '../src/engine/convert/convert-model';
import { convertQat } from '../src/engine/convert/convert-qat';
import { QuantLensError } from '../src/engine/errors';
import { encodeModel, readModel } from '../src/engine/onnx/model-file';
import { ModelMsg, NodeMsg } from '../src/engine/onnx/schema';
import { toFloat32 } from '../src/engine/onnx/tensor-codec';
import { rng, randomValues, tensor } from '../src/engine/builder/model-builder';
import { qdqConvModel } from './helpers/models';
import { qatConvBnModel } from './helpers/qat-export';
import { repoRoot, saveModel, useEngine } from './helpers/engine';

describe('convert: a QAT export (Conv -> Div -> BatchNormalization) into the int8 model PyTorch\'s convert would give', function () {
  const ctx = useEngine();
  const input = () => ({ x: tensor('float32', [1, 8, 8, 8], randomValues(512, -1, 1, rng(4)), 'x') });
  const run = async (m: ModelMsg, level: 'disabled' | 'all') => toFloat32((await ctx.engine().call('run', { model: { bytes: encodeModel(m) }, session: { provider: 'cpu', level, config: {}, freeDims: {} }, feeds: input() })).outputs.y);
  const maxDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);
  const ops = (m: ModelMsg) => m.graph!.node.map((n) => n.op_type);

  it('folds every Div and BatchNormalization, stores the weights as int8 and the bias as int32 behind a DequantizeLinear', () => {
    const c = convertQat(qatConvBnModel({ layers: 3 }));
    assert.equal(c.folded.length, 3, JSON.stringify(c.skipped));
    assert.deepEqual(c.folded.map((f) => f.pattern), new Array(3).fill('Conv -> Div -> BatchNormalization'));
    assert.ok(!ops(c.model).includes('BatchNormalization') && !ops(c.model).includes('Div'));
    const g = c.model.graph!;
    for (const conv of g.node.filter((n) => n.op_type === 'Conv')) {
      const [, w, bias] = conv.input;
      const wdq = g.node.find((n) => n.output[0] === w)!;
      assert.equal(wdq.op_type, 'DequantizeLinear');
      assert.equal(g.initializer.find((t) => t.name === wdq.input[0])?.data_type, 3, 'int8 weights stored');
      const bdq = g.node.find((n) => n.output[0] === bias)!;
      assert.equal(bdq.op_type, 'DequantizeLinear');
      assert.equal(g.initializer.find((t) => t.name === bdq.input[0])?.data_type, 6, 'int32 bias');
    }
  });

  it('changes nothing but the bias grid: the folds alone give the QAT outputs, and every conv then runs as an integer kernel', async () => {
    const model = qatConvBnModel({ layers: 3, gemmHead: true });
    const exported = await run(model, 'disabled');
    const folds = await run(convertQat(model, { bias: 'float' }).model, 'disabled');
    assert.ok(maxDiff(exported, folds) <= 1e-5, `folds alone differ by ${maxDiff(exported, folds)}`);
    const file = saveModel(ctx.dir(), 'qat.onnx', model);
    const out = path.join(ctx.dir(), 'qat-int8.onnx');
    const r = await convertModel(file, out, { engine: ctx.engine() });
    assert.equal(r.folded.length, 4, JSON.stringify(r.skipped));
    assert.ok(r.folded.some((f) => f.pattern === 'Gemm -> Div -> BatchNormalization'));
    assert.equal(r.kernels.before.integer, 0, JSON.stringify(r.kernels));
    assert.equal(r.kernels.after.integer, 4, JSON.stringify(r.kernels));
    assert.equal(r.kernels.after.float, 0);
    assert.ok(r.fidelity.foldsOnlyDb > 100, JSON.stringify(r.fidelity));
    assert.ok(r.fidelity.convertedDb > 30, JSON.stringify(r.fidelity));
    assert.ok(r.fidelity.firstLayerOnlyDb <= r.fidelity.foldsOnlyDb, JSON.stringify(r.fidelity));
    assert.ok(fs.existsSync(out) && readModel(out).model.graph!.node.every((n) => n.op_type !== 'BatchNormalization'));
    console.log(`      ${JSON.stringify(r.kernels)}; ${JSON.stringify(r.fidelity)}`);
  });

  it('converts a layer whose input reaches it through a MaxPool (the DequantizeLinear grid kept), as in ResNet exports', async () => {
    // Seen on a PyTorch 1.13 eager-QAT ResNet-18: the first block's conv, after the stem's MaxPool, was left unfolded.
    const model = qatConvBnModel({ layers: 3, maxPoolAfter: 0 });
    const c = convertQat(model);
    assert.equal(c.folded.length, 3, JSON.stringify(c.skipped));
    const file = saveModel(ctx.dir(), 'qat-maxpool.onnx', model);
    const r = await convertModel(file, path.join(ctx.dir(), 'qat-maxpool-int8.onnx'), { engine: ctx.engine() });
    assert.equal(r.kernels.after.integer, 3, JSON.stringify(r.kernels));
    assert.ok(r.fidelity.foldsOnlyDb > 100, JSON.stringify(r.fidelity));
  });

  it('puts only the named layers\' biases on their int32 grid with int32Only (how far one layer\'s rounding travels)', () => {
    const model = qatConvBnModel({ layers: 3 });
    const first = convertQat(model).folded[0].node;
    const c = convertQat(model, { bias: 'float', int32Only: new Set([first]) });
    const g = c.model.graph!;
    const biasType = (conv: NodeMsg) => {
      const dq = g.node.find((n) => n.output[0] === conv.input[2]);
      return dq ? g.initializer.find((t) => t.name === dq.input[0])?.data_type : g.initializer.find((t) => t.name === conv.input[2])?.data_type;
    };
    const convs = g.node.filter((n) => n.op_type === 'Conv');
    assert.deepEqual(convs.map((n) => [n.name, biasType(n)]), convs.map((n) => [n.name, n.name === first ? 6 : 1]));
  });

  it('moves a BN factor without a Div into the per-channel weight scale, negative gamma included, exactly', async () => {
    const model = qatConvBnModel({ layers: 2, withDiv: false, negativeGamma: true });
    const c = convertQat(model, { bias: 'float' });
    assert.equal(c.folded.length, 2, JSON.stringify(c.skipped));
    assert.ok(c.folded.every((f) => f.weightRescaled && f.pattern === 'Conv -> BatchNormalization'));
    const d = maxDiff(await run(model, 'disabled'), await run(c.model, 'disabled'));
    assert.ok(d <= 1e-4, `differ by ${d}`);
  });

  it('refuses what it cannot convert, and never writes over the original', async () => {
    const plain = saveModel(ctx.dir(), 'plain-qdq.onnx', qdqConvModel({}));
    await assert.rejects(convertModel(plain, path.join(ctx.dir(), 'x.onnx'), { engine: ctx.engine() }), (e: unknown) => e instanceof QuantLensError && e.kind === 'bad-input' && /nothing to convert/.test(e.message));
    const file = saveModel(ctx.dir(), 'qat2.onnx', qatConvBnModel({ layers: 1 }));
    await assert.rejects(convertModel(file, file, { engine: ctx.engine() }), /over the original/);
  });

  it('quantlens repair --convert prints what it did and writes the model', () => {
    const file = saveModel(ctx.dir(), 'qat-cli.onnx', qatConvBnModel({ layers: 2 }));
    const out = path.join(ctx.dir(), 'qat-cli-int8.onnx');
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'repair', file, '--convert', '--out', out], { encoding: 'utf8', env: { ...process.env } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /folded 2 BatchNormalizations/);
    assert.match(r.stdout, /after: 2 integer, 0 float linear ops at cpu/);
    assert.ok(fs.existsSync(out));
  });
});
