import { repairModel } from '../engine/compile/repair-model';
import { badInput } from '../engine/errors';
import { flag, has, parseArgs, parseDims } from './args';
import type { Command } from './command';
import { progressSink } from './progress';
import { withEngine } from './engine-context';

export const repairCommand: Command = {
  usage: 'repair MODEL --out FILE [--force] [--json] [--dim NAME=VALUE]...   write a repaired copy that compiles',
  async run(argv) {
    const args = parseArgs(argv, { booleans: ['json', 'force'], values: ['out', 'dim'] });
    if (args.positional.length !== 1) throw badInput(undefined, 'repair takes one model file');
    const out = flag(args, 'out');
    if (!out) throw badInput(undefined, 'repair needs --out FILE (the original is never changed)');
    const r = await withEngine((engine, signal) => repairModel(args.positional[0], out, { engine, dims: parseDims(args.flags.get('dim')), overwrite: has(args, 'force'), signal, onProgress: progressSink(args) }));
    if (has(args, 'json')) {
      process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    } else if (r.failingBefore.length === 0) {
      process.stdout.write(`${r.model} compiles at every built-in target: nothing to repair, nothing written.\n`);
    } else if (!r.out) {
      process.stdout.write(`${r.model} does not compile at ${r.failingBefore.join(', ')}, and no known repair helps: nothing written.\n`);
    } else {
      const lines = [
        `${r.model}: did not compile at ${r.failingBefore.join(', ')}`,
        ...r.applied.map((a) => `  applied ${a.id} (${a.changes} changes): ${a.title}`),
        `  outputs at reference: identical (max difference ${r.referenceMaxAbsDiff})`,
        r.failingAfter.length ? `  still failing: ${r.failingAfter.join(', ')}` : '  now compiles at every built-in target',
        `wrote ${r.out}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    }
    if (r.failingBefore.length && !r.out) return 3;
    return r.failingAfter.length ? 3 : 0;
  },
};
