import * as fs from 'fs';
import * as path from 'path';
import { PNG } from 'pngjs';
import { GraphBuilder, randomValues, rng } from '../src/engine/builder/model-builder';
import { encodeNpy } from '../src/engine/io/npy';
import { encodeModel, writeModel } from '../src/engine/onnx/model-file';
import { ModelMsg } from '../src/engine/onnx/schema';
import { floatConvChain, qdqConvModel } from '../test/helpers/models';
import { qatConvBnModel } from '../test/helpers/qat-export';

/** The models the end-to-end specs open, written into a fresh workspace folder as a user would have them. */

export const MODELS = {
  /** Float convs: at `cpu` they run NCHWc-blocked (the badge carries the block the runtime probe measures), at `cpu-no-layout` plain NCHW. */
  float: 'float-convs.onnx',
  /** QDQ convs with a residual add: at `cpu` NHWC QLinearConv + QLinearAdd. */
  qdq: 'qdq-convs.onnx',
  /** A uint8 x int8 conv whose int16 pair sums overflow on CPUs without VNNI: the culprit of a comparison. */
  saturating: 'saturating-conv.onnx',
  /** A model file cut in half. */
  bad: 'bad.onnx',
  /** 10,000 nodes in nested name scopes, for the tree's responsiveness. */
  big: 'big-10k.onnx',
  /** The real MobileNetV2 QAT export, copied in when the shared fixtures are there. */
  mnv2: 'mnv2_qat_qdq.onnx',
  /** A folder of .npy inputs for the saturating model, for Compare over a Folder of Inputs…. */
  setInputs: 'set-inputs',
  /** Two PNG images and no preprocessing spec beside them: the folder command says what the spec must hold. */
  setImages: 'set-images',
  /** A QAT export as PyTorch writes fused Conv+BN modules (Conv -> Div -> BatchNormalization): Repair Model… converts it. */
  qatExport: 'qat-export.onnx',
  /** A model that takes an RGB image ([1,3,8,8]): compared on a photograph of the workspace. */
  rgbModel: 'rgb-model.onnx',
  /** One photograph with its quantlens.preprocess.json beside it. */
  photos: 'photos',
  /** TorchScript of the QAT model saved before convert (fixtures), for Inspect TorchScript. */
  torchscript: 'mnv2_qat_fused_ts.pt',
} as const;

export const SATURATING_CONV = '/conv/Conv';

/** How many inputs the set-inputs folder holds. */
export const SET_INPUTS = 3;

/**
 * Inputs for the saturating model: seeded uniform values in [-1, 1), each scaled a little differently (so their
 * output SQNRs differ and one is the worst), in the range where its pair sums overflow without VNNI.
 */
function writeSetInputs(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(21);
  for (let k = 0; k < SET_INPUTS; k++) {
    const data = Float32Array.from({ length: 32 * 8 * 8 }, () => (r() * 2 - 1) * (0.6 + 0.2 * k));
    fs.writeFileSync(path.join(dir, `sample${k}.npy`), encodeNpy({ dtype: 'float32', dims: [1, 32, 8, 8], data }, 'sample.npy'));
  }
}

/**
 * The saturation case of test/compare.test.ts (uint8 x int8 3x3 conv 32->16, full-range weights), with a float shift
 * in front so that the comparison's default random input (uniform in [-1, 1)) lands at uint8 140..240 — the
 * activation range where the pair sums overflow — without the user giving an input file.
 */
export function saturatingConv(): ModelMsg {
  const r = rng(11);
  const b = new GraphBuilder('sat_qdq');
  const s = (n: string, v: number) => b.constant(n, 'float32', [], [v]);
  const z = (n: string, v: number, t: 'uint8' | 'int8' = 'uint8') => b.constant(n, t, [], [v]);
  const x = b.input('x', 'float32', [1, 32, 8, 8]);
  const shifted = b.op('Add', [x, s('shift', 3.8)], {}, { name: '/shift/Add' });
  const xq = b.op('QuantizeLinear', [shifted, s('xs', 0.02), z('xz', 0)], {}, { name: '/in/QuantizeLinear' });
  const xd = b.op('DequantizeLinear', [xq, 'xs', 'xz'], {}, { name: '/in/DequantizeLinear' });
  const w = b.constant('w', 'int8', [16, 32, 3, 3], randomValues(16 * 32 * 9, -127, 127, r, true));
  const wd = b.op('DequantizeLinear', [w, s('ws', 0.01), z('wz', 0, 'int8')], {}, { name: '/conv/w/DequantizeLinear' });
  const c = b.op('Conv', [xd, wd], { pads: [1, 1, 1, 1] }, { name: SATURATING_CONV });
  const yq = b.op('QuantizeLinear', [c, s('ys', 0.5), z('yz', 128)], {}, { name: '/out/QuantizeLinear' });
  b.output(b.op('DequantizeLinear', [yq, 'ys', 'yz'], {}, { name: '/out/DequantizeLinear', output: 'y' }));
  return b.model({ opset: 13 });
}

/** The shape of the big model: stages x blocks x ops, each op in its own block scope. */
export const BIG = { stages: 25, blocks: 8, ops: 50 };

/**
 * 10,000 elementwise float nodes (Add, Mul, Tanh in turn, which the runtime neither fuses nor folds) in the scopes
 * `/encoder/stageI/blockJ/`, so the IR tree has groups to expand and names to filter.
 */
export function bigModel(): ModelMsg {
  const b = new GraphBuilder('big_10k');
  let x = b.input('x', 'float32', [1, 8]);
  const add = b.constant('c.add', 'float32', [], [0.01]);
  const mul = b.constant('c.mul', 'float32', [], [0.99]);
  for (let i = 0; i < BIG.stages; i++) {
    for (let j = 0; j < BIG.blocks; j++) {
      for (let k = 0; k < BIG.ops; k++) {
        const scope = `/encoder/stage${i}/block${j}`;
        const kind = k % 3;
        x = kind === 0 ? b.op('Add', [x, add], {}, { name: `${scope}/Add_${k}` })
          : kind === 1 ? b.op('Mul', [x, mul], {}, { name: `${scope}/Mul_${k}` })
          : b.op('Tanh', [x], {}, { name: `${scope}/Tanh_${k}` });
      }
    }
  }
  b.output(b.op('Identity', [x], {}, { name: '/output/Identity', output: 'y' }));
  return b.model({ opset: 13 });
}

export interface Workspace {
  dir: string;
  file(name: string): string;
  /** Whether the real MobileNetV2 fixture was copied in. */
  hasMnv2: boolean;
  hasTorchScript: boolean;
}

/** Writes every model into `dir` (created fresh), and the real fixture when `fixtures` holds it. */
export function writeWorkspace(dir: string, fixtures?: string): Workspace {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, name);
  writeModel(floatConvChain(), file(MODELS.float));
  writeModel(qdqConvModel({ perChannel: true }), file(MODELS.qdq));
  writeModel(saturatingConv(), file(MODELS.saturating));
  writeSetInputs(file(MODELS.setInputs));
  fs.mkdirSync(file(MODELS.setImages));
  for (let k = 0; k < 2; k++) {
    const png = new PNG({ width: 8, height: 8 });
    png.data.fill(40 + 80 * k);
    fs.writeFileSync(path.join(file(MODELS.setImages), `photo${k}.png`), PNG.sync.write(png));
  }
  writeModel(bigModel(), file(MODELS.big));
  writeModel(qatConvBnModel({ layers: 2 }), file(MODELS.qatExport));
  writeModel(qatConvBnModel({ layers: 2, channels: 3 }), file(MODELS.rgbModel));
  writePhoto(file(MODELS.photos));
  const bytes = encodeModel(qdqConvModel());
  fs.writeFileSync(file(MODELS.bad), bytes.subarray(0, Math.floor(bytes.length / 2)));
  const real = fixtures ? path.join(fixtures, MODELS.mnv2) : '';
  const hasMnv2 = !!real && fs.existsSync(real);
  if (hasMnv2) {
    fs.copyFileSync(real, file(MODELS.mnv2));
    // The shared fixtures are read-only; the copy is the user's file.
    fs.chmodSync(file(MODELS.mnv2), 0o644);
  }
  const ts = fixtures ? path.join(fixtures, MODELS.torchscript) : '';
  const hasTorchScript = !!ts && fs.existsSync(ts);
  if (hasTorchScript) {
    fs.copyFileSync(ts, file(MODELS.torchscript));
    fs.chmodSync(file(MODELS.torchscript), 0o644);
  }
  return { dir, file, hasMnv2, hasTorchScript };
}

/** A 12x10 RGB photograph (seeded noise) and the spec that makes it the 8x8 input of the RGB model. */
function writePhoto(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const png = new PNG({ width: 12, height: 10 });
  const r = rng(8);
  for (let i = 0; i < png.data.length; i++) png.data[i] = i % 4 === 3 ? 255 : Math.floor(r() * 256);
  fs.writeFileSync(path.join(dir, 'photo.png'), PNG.sync.write(png));
  fs.writeFileSync(path.join(dir, 'quantlens.preprocess.json'), JSON.stringify({ resize: [8, 8], scale: 1 / 255, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25], layout: 'NCHW' }));
}
