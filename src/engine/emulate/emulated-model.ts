import * as fs from 'fs';
import { readJson, writeFileAtomic } from '../cache/cache-dir';
import { readModel, writeModel } from '../onnx/model-file';
import type { KernelFamily } from '../targets/kernel-family';
import { emulateIntegerKernels, KernelEmulation } from './integer-kernels';

/** Bump when the emulated graphs change, so cached copies are made again. */
const EMULATION_VERSION = 'v1';

export interface EmulatedModel {
  /** The compiled model with the family's kernels, saved beside it (loads with optimizations disabled). */
  path: string;
  emulated: KernelEmulation['emulated'];
  left: KernelEmulation['left'];
}

/** The compiled model at `compiledPath` as `family`'s kernels compute it; made once per compiled model and family. */
export function emulatedModel(compiledPath: string, family: KernelFamily): EmulatedModel {
  const file = `${compiledPath}.${family.id}.${EMULATION_VERSION}.onnx`;
  const summaryFile = `${file}.json`;
  const cached = readJson<Omit<EmulatedModel, 'path'>>(summaryFile);
  if (cached && fs.existsSync(file)) return { path: file, ...cached };
  const { model, emulated, left } = emulateIntegerKernels(readModel(compiledPath).model, family);
  writeModel(model, file);
  writeFileAtomic(summaryFile, JSON.stringify({ emulated, left }));
  return { path: file, emulated, left };
}
