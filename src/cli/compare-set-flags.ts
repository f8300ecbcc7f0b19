import { badInput } from '../engine/errors';
import type { CompareOptions } from '../shared/cli-contract';

/** Options of a single comparison that have no meaning over a set. */
const SINGLE_ONLY = [['input', 'input'], ['pairsOut', 'pairs-out'], ['pair', 'pair'], ['keepFloat', 'keep-float']] as const;

export interface SetFlags {
  inputs: string;
  preprocess?: string;
  jobs: number;
}

/** The set's options (--inputs DIR|GLOB, --preprocess SPEC.json, --jobs N), or null without --inputs (a single input); wrong combinations are bad input. */
export function setFlags(o: CompareOptions): SetFlags | null {
  if (!o.inputs) {
    if (o.jobs !== undefined) throw badInput(undefined, '--jobs applies to a set of inputs; give --inputs DIR|GLOB');
    // --preprocess also applies to one image (--input photo.png); the comparison checks the input is one.
    return null;
  }
  for (const [key, flag] of SINGLE_ONLY) if (o[key] !== undefined) throw badInput(undefined, `--${flag} is for a single input; over a set (--inputs) drop it`);
  const jobs = o.jobs ?? 1;
  if (jobs > 64) throw badInput(undefined, `--jobs takes a whole number from 1 to 64, got '${jobs}'`);
  return { inputs: o.inputs, preprocess: o.preprocess, jobs };
}
