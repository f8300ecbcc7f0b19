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
import { PNG } from 'pngjs';
import { loadInputs } from '../src/engine/compare/capture/inputs';
import { buildIR } from '../src/engine/ir/build-ir';
import { encodeNpy } from '../src/engine/io/npy';
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

  it('measures the converted model on an image through a preprocessing spec, as it would on that tensor', async () => {
    const file = saveModel(ctx.dir(), 'qat-img.onnx', qatConvBnModel({ layers: 2, channels: 3 }));
    const dir = path.join(ctx.dir(), 'img');
    fs.mkdirSync(dir, { recursive: true });
    const png = new PNG({ width: 12, height: 10 });
    const r = rng(5);
    for (let i = 0; i < png.data.length; i++) png.data[i] = i % 4 === 3 ? 255 : Math.floor(r() * 256);
    const image = path.join(dir, 'photo.png');
    fs.writeFileSync(image, PNG.sync.write(png));
    const spec = path.join(ctx.dir(), 'spec.json');
    fs.writeFileSync(spec, JSON.stringify({ resize: [8, 8], scale: 1 / 255, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25], layout: 'NCHW' }));
    // The same input as a tensor file: the image through the spec, as a comparison reads it.
    const { graph } = buildIR(readModel(file).model);
    const tensorFile = path.join(ctx.dir(), 'photo.npy');
    fs.writeFileSync(tensorFile, encodeNpy(loadInputs(graph, image, {}, undefined, spec).samples[0].x, 'photo.npy'));
    const out = (name: string) => path.join(ctx.dir(), name);
    const viaImage = await convertModel(file, out('img-a.onnx'), { engine: ctx.engine(), input: image, preprocess: spec });
    const viaTensor = await convertModel(file, out('img-b.onnx'), { engine: ctx.engine(), input: tensorFile });
    const random = await convertModel(file, out('img-c.onnx'), { engine: ctx.engine() });
    assert.deepStrictEqual(viaImage.fidelity, viaTensor.fidelity);
    assert.deepStrictEqual([viaImage.input.paths, viaImage.input.preprocess], [[image], spec], 'the image, through the spec given');
    assert.deepStrictEqual([random.input.source, viaTensor.input.preprocess], ['random', undefined]);
    // Without a spec: the image is named, and where a spec goes.
    await assert.rejects(convertModel(file, out('img-d.onnx'), { engine: ctx.engine(), input: image }), (e: unknown) => e instanceof QuantLensError && e.file === image && /put quantlens.preprocess.json beside it, or give --preprocess SPEC.json/.test(e.message));
    // From the command line; --preprocess without --convert is refused, naming the spec.
    const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'repair', file, ...args], { encoding: 'utf8', env: { ...process.env } });
    const ok = cli('--convert', '--out', out('img-e.onnx'), '--input', image, '--preprocess', spec, '--json');
    assert.equal(ok.status, 0, ok.stderr);
    assert.deepStrictEqual(JSON.parse(ok.stdout).fidelity, viaImage.fidelity);
    const refused = cli('--out', out('img-f.onnx'), '--preprocess', spec);
    assert.equal(refused.status, 2, refused.stderr);
    assert.match(refused.stderr, /spec\.json.*--preprocess is for --convert with an image --input/);
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
