import type { Command } from './command';
import { compileCommand } from './compile-command';
import { targetsCommand } from './targets-command';

/** Every CLI verb, one module each. */
export const COMMANDS: Record<string, Command> = {
  targets: targetsCommand,
  compile: compileCommand,
};
