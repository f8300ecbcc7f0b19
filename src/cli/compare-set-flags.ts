// ---------------------------------------------------------------------------------------------------------------
// The flags of a comparison over a set of inputs, parsed in one place so that they can move into the typed flag
// table (src/shared/cli-contract.ts) as one piece. compare-command.ts only adds SET_FLAGS to its value flags and
// calls setFlags().
// ---------------------------------------------------------------------------------------------------------------
import { badInput } from '../engine/errors';
import { flag, ParsedArgs } from './args';

/** Value flags: --inputs DIR|GLOB, --preprocess SPEC.json, --jobs N. */
export const SET_FLAGS = ['inputs', 'preprocess', 'jobs'] as const;

/** Flags of a single comparison that have no meaning over a set. */
const SINGLE_ONLY = ['input', 'pairs-out', 'pair', 'keep-float'];

export interface SetFlags {
  inputs: string;
  preprocess?: string;
  jobs: number;
}

/** The set's flags, or null without --inputs; wrong combinations and values are bad input. */
export function setFlags(args: ParsedArgs): SetFlags | null {
  const inputs = flag(args, 'inputs');
  const preprocess = flag(args, 'preprocess');
  const jobsText = flag(args, 'jobs');
  if (!inputs) {
    if (preprocess || jobsText) throw badInput(undefined, `--${preprocess ? 'preprocess' : 'jobs'} applies to a set of inputs; give --inputs DIR|GLOB`);
    return null;
  }
  for (const f of SINGLE_ONLY) if (args.flags.has(f)) throw badInput(undefined, `--${f} is for a single input; over a set (--inputs) drop it`);
  const jobs = jobsText === undefined ? 1 : Number(jobsText);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw badInput(undefined, `--jobs takes a whole number from 1 to 64, got '${jobsText}'`);
  return { inputs, preprocess, jobs };
}
