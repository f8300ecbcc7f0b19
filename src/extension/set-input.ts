import * as path from 'path';
import type { SetReport } from '../engine/compare/over-set/set-report';
import { isImageFileName } from '../engine/inputs/image-decode';
import type { CompareOptions } from '../shared/cli-contract';

/**
 * The options of the comparison of one input of the set: the set's own (model, reference, target, threshold, the
 * dims the set resolved), with `--input FILE` in place of the set's flags, so its rows are that input's figures. An
 * image goes through the set's preprocessing spec, as the set fed it.
 */
export function singleInputOptions(setOptions: CompareOptions, set: SetReport, input: string, pairsOut: string): CompareOptions {
  const { inputs: _inputs, preprocess: _preprocess, jobs: _jobs, ...single } = setOptions;
  const dims = Object.keys(set.inputs.dims).length ? set.inputs.dims : undefined;
  const preprocess = isImageFileName(path.basename(input)) ? set.inputs.preprocess ?? undefined : undefined;
  return { ...single, input, preprocess, dims, pairsOut };
}
