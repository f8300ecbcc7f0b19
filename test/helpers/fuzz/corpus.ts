import * as fs from 'fs';
import * as path from 'path';
import { encodeModel } from '../../../src/engine/onnx/model-file';
import { ModelMsg } from '../../../src/engine/onnx/schema';
import { encodeNpy } from '../../../src/engine/io/npy';
import { encodeNpz } from '../../../src/engine/io/npz';
import { randomValues, rng, tensor } from '../../../src/engine/builder/model-builder';
import { dynamicReshapeModel, floatConvChain, ifModel, qdqConvModel, qlinearConvModel, quantMatMulModel } from '../models';
import { dict, scriptObject, tensor as torchTensor, torchArchive } from '../torchscript-archive';
import { mutateOnnx } from './mutate-onnx';
import { mutateNpy, mutateZip } from './mutate-files';
import { Dice, flipBytes } from './random';

export type FileKind = 'onnx' | 'npy' | 'npz' | 'pt';

export interface FuzzFile {
  file: string;
  kind: FileKind;
  /** The model it came from, or the model whose input it is. */
  base: string;
  what: string;
}

/** The repository's own small models: each shows one thing the compiler does (see models.ts). */
export function baseModels(): Record<string, ModelMsg> {
  return {
    float_convs: floatConvChain(5),
    qdq_convs: qdqConvModel({ perChannel: true }),
    qdq_one_elem: qdqConvModel({ oneElementParams: true }),
    qlinear_conv: qlinearConvModel(),
    quant_matmul: quantMatMulModel(),
    with_if: ifModel(),
    dynamic_reshape: dynamicReshapeModel(),
  };
}

function inputOf(): Uint8Array {
  const values = randomValues(8 * 12 * 12, -1, 1, rng(5));
  return encodeNpy(tensor('float32', [1, 8, 12, 12], values, 'x'), 'x.npy');
}

function torchFiles(): Uint8Array[] {
  const data = dict({ w: torchTensor('FloatStorage', '0', [4, 3]), b: torchTensor('FloatStorage', '1', [4]) });
  const script = scriptObject('__torch__.m.M', { w: torchTensor('FloatStorage', '0', [8]) });
  return [
    torchArchive({ name: 'archive', data }),
    torchArchive({ name: 'm', data: script, code: { '__torch__/m.py': 'class M(Module):\n  __parameters__ = ["w", ]\n  w : Tensor\n  def forward(self, x: Tensor) -> Tensor:\n    return torch.add(x, self.w)\n' } }),
  ];
}

/**
 * Write `count` mutants into `dir`: about 60% .onnx (protobuf-aware edits of the base models), the rest .npy, .npz
 * (header- and zip-aware) and .pt (zip-aware, pickles inside flipped). The same seed writes the same files. A
 * folder `folder.data` and a small `w.data` sit beside them, so external-data mutations meet a folder and a file.
 */
export function writeCorpus(dir: string, count: number, seed: number): FuzzFile[] {
  fs.mkdirSync(path.join(dir, 'folder.data'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'w.data'), new Uint8Array(8192));
  const d = new Dice(seed);
  const models = Object.entries(baseModels());
  const npy = inputOf();
  const npz = encodeNpz({ x: tensor('float32', [1, 8, 12, 12], randomValues(8 * 12 * 12, -1, 1, rng(6)), 'x') }, 'x.npz');
  const pts = torchFiles();
  const out: FuzzFile[] = [];
  for (let i = 0; i < count; i++) {
    const r = d.real();
    let kind: FileKind;
    let bytes: Uint8Array;
    let what: string;
    let base = 'float_convs';
    if (r < 0.6) {
      kind = 'onnx';
      const [name, model] = d.pick(models);
      base = name;
      ({ bytes, what } = mutateOnnx(model, d));
    } else if (r < 0.73) {
      kind = 'npy';
      ({ bytes, what } = mutateNpy(npy, d));
    } else if (r < 0.87) {
      kind = 'npz';
      ({ bytes, what } = mutateZip(npz, d, (_n, data, dd) => mutateNpy(data, dd).bytes));
    } else {
      kind = 'pt';
      ({ bytes, what } = mutateZip(d.pick(pts), d, (_n, data, dd) => flipBytes(data, dd)));
    }
    const file = path.join(dir, `m${String(i).padStart(5, '0')}.${kind}`);
    fs.writeFileSync(file, bytes);
    out.push({ file, kind, base, what });
  }
  return out;
}

/** The unmutated base models, written once (compare's inputs are checked against float_convs). */
export function writeBases(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, model] of Object.entries(baseModels())) {
    files[name] = path.join(dir, `${name}.onnx`);
    fs.writeFileSync(files[name], encodeModel(model));
  }
  return files;
}
