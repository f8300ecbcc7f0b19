import { badInput } from '../engine/errors';

/** Parsed command line: positional arguments, and flags (repeatable flags keep every value). */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

export interface FlagSpec {
  /** Flags that take no value. */
  booleans: string[];
  /** Flags that take a value. */
  values: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (spec.booleans.includes(name)) {
      if (eq > 0) throw badInput(undefined, `--${name} takes no value`);
      flags.set(name, ['true']);
    } else if (spec.values.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw badInput(undefined, `--${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else {
      throw badInput(undefined, `unknown option --${name}`);
    }
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function has(args: ParsedArgs, name: string): boolean {
  return args.flags.has(name);
}

/** `--dim name=value` pairs for symbolic input dimensions. */
export function parseDims(values: string[] | undefined): Record<string, number> {
  const dims: Record<string, number> = {};
  for (const v of values ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(v);
    if (!m || Number(m[2]) < 1) throw badInput(undefined, `--dim expects NAME=VALUE with a positive integer, got '${v}'`);
    dims[m[1]] = Number(m[2]);
  }
  return dims;
}
