import { repairModel } from '../engine/compile/repair-model';
import { convertModel, ConvertResult } from '../engine/convert/convert-model';
import { badInput } from '../engine/errors';
import { flag, has, parseArgs, parseDims } from './args';
import type { Command } from './command';
import { progressSink } from './progress';
import { withEngine } from './engine-context';

export const repairCommand: Command = {
  usage: 'repair MODEL --out FILE [--convert [--input FILE]] [--force] [--json] [--dim NAME=VALUE]...   write a repaired (or, with --convert, a converted int8) copy',
  async run(argv) {
    const args = parseArgs(argv, { booleans: ['json', 'force', 'convert'], values: ['out', 'dim', 'input'] });
    if (args.positional.length !== 1) throw badInput(undefined, 'repair takes one model file');
    const out = flag(args, 'out');
    if (!out) throw badInput(undefined, 'repair needs --out FILE (the original is never changed)');
    if (has(args, 'convert')) {
      const c = await withEngine((engine, signal) => convertModel(args.positional[0], out, { engine, input: flag(args, 'input'), dims: parseDims(args.flags.get('dim')), overwrite: has(args, 'force'), signal, onProgress: progressSink(args) }));
      process.stdout.write(has(args, 'json') ? JSON.stringify(c, null, 2) + '\n' : summarizeConversion(c));
      return c.kernels.after.compiles ? 0 : 3;
    }
    if (flag(args, 'input')) throw badInput(undefined, '--input is for --convert (it measures the converted model on that input)');
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

function summarizeConversion(c: ConvertResult): string {
  const k = (x: ConvertResult['kernels']['before']) => (x.compiles ? `${x.integer} integer, ${x.float} float linear ops at cpu` : 'does not compile at cpu');
  return [
    `${c.model}: converted (not a repair: the model changes, as PyTorch's convert changes it)`,
    `  folded ${c.folded.length} BatchNormalization${c.folded.length === 1 ? '' : 's'} into their layers${c.skipped.length ? `; ${c.skipped.length} left: ${c.skipped.slice(0, 3).map((s) => `${s.node} (${s.why})`).join('; ')}` : ''}`,
    ...c.repairs.map((r) => `  also applied ${r.id} (${r.changes} changes, same values) so that it compiles`),
    `  before: ${k(c.kernels.before)}; after: ${k(c.kernels.after)}`,
    `  output against the QAT model as exported (${c.fidelity.inputs} input${c.fidelity.inputs === 1 ? '' : 's'}): folds alone ${c.fidelity.foldsOnlyDb} dB; with the bias on its int32 grid ${c.fidelity.convertedDb} dB; as cpu computes it ${c.fidelity.convertedAtCpuDb} dB${c.fidelity.top1Agreement !== null ? `; top-1 agreement ${(100 * c.fidelity.top1Agreement).toFixed(1)}%` : ''}`,
    `wrote ${c.out}`,
  ].join('\n') + '\n';
}
