import type { Command } from './command';
import { compareCommand } from './compare-command';
import { compileCommand } from './compile-command';
import { demoCommand } from './demo-command';
import { inspectCommand } from './inspect-command';
import { repairCommand } from './repair-command';
import { targetsCommand } from './targets-command';

/** Every CLI verb, one module each. */
export const COMMANDS: Record<string, Command> = {
  targets: targetsCommand,
  compile: compileCommand,
  compare: compareCommand,
  repair: repairCommand,
  demo: demoCommand,
  inspect: inspectCommand,
};
