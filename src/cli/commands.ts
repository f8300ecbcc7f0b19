import type { Verb } from '../shared/cli-contract';
import type { Command } from './command';
import { compareCommand } from './compare-command';
import { compileCommand } from './compile-command';
import { demoCommand } from './demo-command';
import { inspectCommand } from './inspect-command';
import { repairCommand } from './repair-command';
import { targetsCommand } from './targets-command';

/** Every CLI verb, one module each; their flags are in src/shared/cli-contract.ts. */
export const COMMANDS: { [V in Verb]: Command<V> } = {
  targets: targetsCommand,
  compile: compileCommand,
  compare: compareCommand,
  repair: repairCommand,
  demo: demoCommand,
  inspect: inspectCommand,
};
