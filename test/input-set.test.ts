import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { GraphBuilder } from '../src/engine/builder/model-builder';
import { buildIR } from '../src/engine/ir/build-ir';
import { IRGraph } from '../src/engine/ir/ir-types';
import { writeNpz } from '../src/engine/io/npz';
import { encodeNpy } from '../src/engine/io/npy';
import { TensorProto } from '../src/engine/onnx/schema';
import { encodeTensor } from '../src/engine/onnx/tensor-codec';
import { decodeImage } from '../src/engine/inputs/image-decode';
import { listInputFiles, openInputSet } from '../src/engine/inputs/input-set';
import { loadInputs } from '../src/engine/compare/capture/inputs';
import { imageToTensor } from '../src/engine/inputs/preprocess';
import { DEFAULT_PREPROCESS, parsePreprocessSpec } from '../src/engine/inputs/preprocess-spec';
import { RangeFold } from '../src/engine/compare/over-set/range-fold';
import { FactsFold, spread } from '../src/engine/compare/over-set/set-fold';
import type { UnitFacts } from '../src/engine/compare/culprits/facts';

/** A model taking one image-shaped input (or two inputs), made here: the set's loader only reads its graph. */
function graphOf(inputs: Array<{ name: string; dims: Array<number | string> }>): IRGraph {
  const b = new GraphBuilder('set');
  for (const i of inputs) b.output(b.op('Relu', [b.input(i.name, 'float32', i.dims as number[])], {}, { name: `${i.name}/Relu` }));
  return buildIR(b.model({ opset: 13 })).graph;
}

/** A PNG whose pixel (x, y) is (x * 10, y * 10, 200) so positions can be checked after preprocessing. */
function writePng(file: string, w: number, h: number): void {
  const png = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) png.data.set([x * 10, y * 10, 200, 255], (y * w + x) * 4);
  fs.writeFileSync(file, PNG.sync.write(png));
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ql-inputs-'));
}

function throwsNaming(fn: () => unknown, file: string, what: RegExp): void {
  assert.throws(fn, (err: Error & { file?: string }) => {
    assert.match(`${err.file ?? ''} ${err.message}`, new RegExp(path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(err.message, what);
    return true;
  });
}

describe('input sets', () => {
  it('lists a folder and a glob of input files in name order, and refuses an empty one', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'sub'));
    for (const f of ['b.npy', 'a.png', 'notes.txt', 'sub/c.npy']) fs.writeFileSync(path.join(dir, f), '');
    assert.deepStrictEqual(listInputFiles(dir).files.map((f) => path.relative(dir, f)), ['a.png', 'b.npy']);
    assert.deepStrictEqual(listInputFiles(path.join(dir, '*.npy')).files.map((f) => path.relative(dir, f)), ['b.npy']);
    assert.deepStrictEqual(listInputFiles(path.join(dir, '**', '*.npy')).files.map((f) => path.relative(dir, f)), ['b.npy', path.join('sub', 'c.npy')]);
    throwsNaming(() => listInputFiles(path.join(dir, '*.jpg')), '*.jpg', /no input files/);
    throwsNaming(() => listInputFiles(path.join(dir, 'missing')), 'missing', /no such folder/);
  });

  it('reads a preprocessing spec with defaults, and names the wrong field of a bad one', () => {
    const spec = parsePreprocessSpec({ resize: 10, centerCrop: 8, mean: [0.5, 0.5, 0.5], layout: 'NHWC' }, 'p.json');
    assert.deepStrictEqual(spec.centerCrop, [8, 8]);
    assert.strictEqual(spec.scale, DEFAULT_PREPROCESS.scale);
    throwsNaming(() => parsePreprocessSpec({ layout: 'CHW' }, 'p.json'), 'p.json', /'layout' takes 'NCHW' or 'NHWC'/);
    throwsNaming(() => parsePreprocessSpec({ mean: [1, 2] }, 'p.json'), 'p.json', /'mean' takes a number or a list of 3/);
    throwsNaming(() => parsePreprocessSpec({ std: 0 }, 'p.json'), 'p.json', /non-zero/);
    throwsNaming(() => parsePreprocessSpec({ rezise: 3 }, 'p.json'), 'p.json', /unknown field 'rezise'/);
    throwsNaming(() => parsePreprocessSpec([1], 'p.json'), 'p.json', /JSON object/);
  });

  it('turns a PNG into NCHW and NHWC tensors: crop, channel order, scale, mean and std', () => {
    const dir = tmp();
    const file = path.join(dir, 'img.png');
    writePng(file, 6, 4);
    const img = decodeImage(file);
    const slot = { name: 'x', dtype: 'float32', shape: [1, 3, 2, 2] };
    const spec = parsePreprocessSpec({ centerCrop: 2, scale: 1, mean: [1, 2, 3], std: [2, 2, 2] }, 'p.json');
    const t = imageToTensor(img, spec, slot, file);
    // The crop starts at x = 2, y = 1: pixel (2, 1) is R 20, G 10, B 200.
    assert.deepStrictEqual(Array.from(t.data as Float32Array), [(20 - 1) / 2, (30 - 1) / 2, (20 - 1) / 2, (30 - 1) / 2, (10 - 2) / 2, (10 - 2) / 2, (20 - 2) / 2, (20 - 2) / 2, 98.5, 98.5, 98.5, 98.5]);
    const nhwc = imageToTensor(img, parsePreprocessSpec({ centerCrop: 2, channelOrder: 'BGR', layout: 'NHWC', dtype: 'uint8', scale: 1 }, 'p.json'), { name: 'x', dtype: 'uint8', shape: [1, 2, 2, 3] }, file);
    assert.deepStrictEqual(Array.from(nhwc.data as Uint8Array).slice(0, 6), [200, 10, 20, 200, 10, 30]);
  });

  it('resizes the shorter side, then crops; an image that does not fit the input is refused naming the file', () => {
    const dir = tmp();
    const file = path.join(dir, 'wide.png');
    writePng(file, 16, 8);
    const img = decodeImage(file);
    const t = imageToTensor(img, parsePreprocessSpec({ resize: 4, centerCrop: 4 }, 'p.json'), { name: 'x', dtype: 'float32', shape: [1, 3, 4, 4] }, file);
    assert.deepStrictEqual(t.dims, [1, 3, 4, 4]);
    throwsNaming(() => imageToTensor(img, DEFAULT_PREPROCESS, { name: 'x', dtype: 'float32', shape: [1, 3, 4, 4] }, file), file, /takes 4x4/);
    throwsNaming(() => imageToTensor(img, DEFAULT_PREPROCESS, { name: 'x', dtype: 'float32', shape: [1, 1, 8, 16] }, file), file, /3 channel/);
    throwsNaming(() => imageToTensor(img, DEFAULT_PREPROCESS, { name: 'x', dtype: 'uint8', shape: [1, 3, 8, 16] }, file), file, /set 'dtype'/);
    const broken = path.join(dir, 'broken.png');
    fs.writeFileSync(broken, Buffer.from('\x89PNG not really'));
    throwsNaming(() => decodeImage(broken), broken, /cannot decode the PNG/);
  });

  it('decodes JPEG with jpeg-js', () => {
    const dir = tmp();
    const file = path.join(dir, 'flat.jpg');
    const data = Buffer.alloc(8 * 8 * 4);
    for (let i = 0; i < 64; i++) data.set([100, 150, 50, 255], i * 4);
    fs.writeFileSync(file, jpeg.encode({ width: 8, height: 8, data }, 95).data);
    const img = decodeImage(file);
    assert.strictEqual(img.width, 8);
    for (const [c, want] of [[0, 100], [1, 150], [2, 50]]) assert.ok(Math.abs(img.data[c] - want) <= 3, `channel ${c}: ${img.data[c]}`);
  });

  it('opens a folder of images with the spec beside them; without a spec, images are refused', () => {
    const dir = tmp();
    writePng(path.join(dir, 'a.png'), 10, 8);
    writePng(path.join(dir, 'b.png'), 12, 8);
    const g = graphOf([{ name: 'x', dims: ['N', 3, 8, 8] }]);
    throwsNaming(() => openInputSet(g, dir, {}), 'a.png', /preprocessing spec/);
    fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ resize: 8, centerCrop: 8 }));
    const set = openInputSet(g, dir, {});
    assert.strictEqual(set.files.length, 2);
    assert.ok(set.preprocess?.file.endsWith('quantlens.preprocess.json'));
    assert.deepStrictEqual(set.load(1).x.dims, [1, 3, 8, 8]);
    assert.strictEqual(set.dims.N, 1);
    fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ resize: 'big' }));
    throwsNaming(() => openInputSet(g, dir, {}), 'quantlens.preprocess.json', /'resize' takes/);
  });

  it('takes one image as a comparison\'s input: the tensor the set feeds, through the spec given or the one beside it', () => {
    const dir = tmp();
    const image = path.join(dir, 'a.png');
    writePng(image, 10, 8);
    const g = graphOf([{ name: 'x', dims: ['N', 3, 8, 8] }]);
    throwsNaming(() => loadInputs(g, image, {}), 'a.png', /preprocessing spec: put quantlens.preprocess.json beside it, or give --preprocess SPEC.json/);
    fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ resize: 8, centerCrop: 8 }));
    const one = loadInputs(g, image, {});
    assert.deepStrictEqual(Array.from(one.samples[0].x.data as Float32Array), Array.from(openInputSet(g, dir, {}).load(0).x.data as Float32Array));
    assert.strictEqual(one.info.preprocess, path.join(dir, 'quantlens.preprocess.json'));
    assert.strictEqual(one.info.dims.N, 1);
    // A spec given on the command line wins over the one beside the image.
    const other = path.join(tmp(), 'spec.json');
    fs.writeFileSync(other, JSON.stringify({ resize: 8, centerCrop: 8, channelOrder: 'BGR' }));
    const bgr = loadInputs(g, image, {}, undefined, other);
    assert.strictEqual(bgr.info.preprocess, other);
    assert.notDeepStrictEqual(Array.from(bgr.samples[0].x.data as Float32Array), Array.from(one.samples[0].x.data as Float32Array));
    // A spec for a tensor file, or for a random input, is refused naming the spec.
    const npy = path.join(dir, 'x.npy');
    fs.writeFileSync(npy, encodeNpy({ dtype: 'float32', dims: [1, 3, 8, 8], data: new Float32Array(192) }, 'x.npy'));
    throwsNaming(() => loadInputs(g, npy, {}, undefined, other), 'spec.json', /applies to images; the input is the tensor file/);
    throwsNaming(() => loadInputs(g, undefined, {}, undefined, other), 'spec.json', /applies to images; the input is random/);
  });

  it('reads .npz files with one member per graph input, .npy and .pb files; a later input of another shape names its file', () => {
    const dir = tmp();
    const g = graphOf([{ name: 'a', dims: [1, 4] }, { name: 'b', dims: [1, 2] }]);
    for (const k of [0, 1]) writeNpz(path.join(dir, `s${k}.npz`), { a: { dtype: 'float32', dims: [1, 4], data: new Float32Array(4).fill(k) }, b: { dtype: 'float32', dims: [1, 2], data: new Float32Array(2).fill(-k) } });
    const set = openInputSet(g, dir, {});
    assert.deepStrictEqual(Array.from(set.load(1).b.data as Float32Array), [-1, -1]);
    const one = graphOf([{ name: 'x', dims: [1, 'L'] }]);
    const d2 = tmp();
    fs.writeFileSync(path.join(d2, 'a.npy'), encodeNpy({ dtype: 'float32', dims: [1, 3], data: new Float32Array(3) }, 'a.npy'));
    fs.writeFileSync(path.join(d2, 'b.npy'), encodeNpy({ dtype: 'float32', dims: [1, 5], data: new Float32Array(5) }, 'b.npy'));
    const s2 = openInputSet(one, d2, {});
    assert.strictEqual(s2.dims.L, 3);
    throwsNaming(() => s2.load(1), 'b.npy', /the set's first input has \[1,3\]/);
    // A serialized TensorProto (as in the ONNX test data) is one input too.
    const d3 = tmp();
    fs.writeFileSync(path.join(d3, 'input_0.pb'), TensorProto.encode(encodeTensor({ name: 'x', dtype: 'float32', dims: [1, 3], data: Float32Array.from([1, 2, 3]) }) as never).finish());
    assert.deepStrictEqual(Array.from(openInputSet(one, d3, {}).load(0).x.data as Float32Array), [1, 2, 3]);
  });
});

describe('set statistics', () => {
  it('spreads: mean, min and the 5th percentile', () => {
    const s = spread(Array.from({ length: 21 }, (_, i) => 10 + i));
    assert.deepStrictEqual(s, { mean: 20, min: 10, p5: 11 });
    assert.deepStrictEqual(spread([]), { mean: null, min: null, p5: null });
  });

  it('aggregates clipping alone\'s SQNR as error energy: inputs where the layer does not clip (200 dB) do not hide the ones where it does', () => {
    const fold = new FactsFold();
    const facts = (clipDb: number, localSqnrDb: number): UnitFacts => ({
      node: 'conv', tensor: 't', unit: 'u', sqnrDb: localSqnrDb, inputSqnrDb: 60, localSqnrDb, inputQuantDb: 45, quant: { scale: 0.1, zeroPoint: 0, qmin: 0, qmax: 255, dtype: 'uint8' },
      clippedFraction: clipDb < 200 ? 0.006 : 0, clipDb, coverScale: null, levelsUsed: 200, weights: null, saturation: null, lanes: null, dtype: null, layout: null,
    });
    // 7 inputs clip (clipping alone: 28 dB, the layer at 27 dB), 3 do not (200 dB, the layer at 35 dB).
    for (let k = 0; k < 10; k++) fold.add(k, k < 7 ? facts(28, 27) : facts(200, 35), k < 7);
    const a = fold.aggregate()!;
    const energy = (dbs: number[]) => -10 * Math.log10(dbs.reduce((s, d) => s + 10 ** (-d / 10), 0) / dbs.length);
    assert.ok(Math.abs(a.clipDb! - energy([28, 28, 28, 28, 28, 28, 28, 200, 200, 200])) < 1e-9, `clipDb ${a.clipDb}`);
    assert.ok(a.clipDb! < 30, `a mean of decibels would say ${(7 * 28 + 3 * 200) / 10} dB`);
    // The layer's own SQNR stays the mean of decibels the report's table shows.
    assert.ok(Math.abs(a.localSqnrDb! - (7 * 27 + 3 * 35) / 10) < 1e-9);
    assert.ok(Math.abs(a.clippedFraction! - 0.0042) < 1e-12, 'a share is a plain mean');
    assert.strictEqual(fold.holdsOn, 7);
    // The same whatever order the inputs finish in.
    const reversed = new FactsFold();
    for (let k = 9; k >= 0; k--) reversed.add(k, k < 7 ? facts(28, 27) : facts(200, 35), k < 7);
    assert.deepStrictEqual(reversed.aggregate(), a);
  });

  it('folds a range over inputs: min, max, clipped share against the grid, and the range that clips 0.01%', () => {
    const r = new RangeFold();
    const quant = { scale: [0.1], zeroPoint: [0], axis: null, dtype: 'uint8' as const, qmin: 0, qmax: 100, scaleTensor: null, zeroPointTensor: null };
    // 10 inputs of 10,000 values uniform in [0, 5), and one outlier of 50 on one input.
    for (let k = 0; k < 10; k++) {
      const v = Float32Array.from({ length: 10000 }, (_, i) => (i / 10000) * 5);
      if (k === 3) v[7] = 50;
      r.add(v, quant);
    }
    assert.strictEqual(r.max, 50);
    assert.strictEqual(r.outside, 1);
    const clip = r.clipRange(1e-4)!;
    // 0.005% of 100,000 values is 5 above: the outlier is among them, so the high end is near 5, not 50.
    assert.ok(clip.high >= 4.99 && clip.high <= 5 * 1.023, `high ${clip.high}`);
    assert.strictEqual(clip.low, 0);
  });
});
