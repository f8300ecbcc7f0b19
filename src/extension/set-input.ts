import * as fs from 'fs';
import * as path from 'path';
import type { SetReport } from '../engine/compare/over-set/set-report';
import { parseModel } from '../engine/compare/sides/sides';
import { isImageFileName } from '../engine/inputs/image-decode';
import { openInputSet } from '../engine/inputs/input-set';
import { writeNpz } from '../engine/io/npz';
import type { CompareOptions } from '../shared/cli-contract';

/**
 * The file a single-input comparison of `input` reads: the input itself for a tensor file; for an image, the tensor
 * the set fed the model (decoded and preprocessed with the set's spec, the same code the CLI runs), written to
 * `scratch` as an .npz keyed by the graph input, since a single comparison takes tensors, not images.
 */
export function singleInputFile(model: string, set: SetReport, input: string, scratch: string): string {
  if (!isImageFileName(path.basename(input))) return input;
  const inputs = openInputSet(parseModel(model).graph, set.inputs.source, { ...set.inputs.dims }, set.inputs.preprocess ?? undefined);
  const i = inputs.files.indexOf(input);
  if (i < 0) throw new Error(`${input} is no longer in ${set.inputs.source}`);
  fs.mkdirSync(scratch, { recursive: true });
  const out = path.join(scratch, `${path.basename(input)}.npz`);
  writeNpz(out, inputs.load(i));
  return out;
}

/**
 * The options of the comparison of one input of the set: the set's own (model, reference, target, threshold, the
 * dims the set resolved), with `--input FILE` in place of the set's flags, so its rows are that input's figures.
 */
export function singleInputOptions(setOptions: CompareOptions, set: SetReport, inputFile: string, pairsOut: string): CompareOptions {
  const { inputs: _inputs, preprocess: _preprocess, jobs: _jobs, ...single } = setOptions;
  const dims = Object.keys(set.inputs.dims).length ? set.inputs.dims : undefined;
  return { ...single, input: inputFile, dims, pairsOut };
}
