import type { CliOptions, Verb } from '../shared/cli-contract';

/** A CLI verb: what it does with its options (parsed from the contract's table); resolves to the exit code. */
export interface Command<V extends Verb> {
  run(options: CliOptions[V]): Promise<number>;
}
