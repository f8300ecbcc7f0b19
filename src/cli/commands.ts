import type { Command } from './command';

/** Every CLI verb, one module each. */
export const COMMANDS: Record<string, Command> = {};
