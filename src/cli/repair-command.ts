import { repairModel } from '../engine/compile/repair-model';
import { convertModel, ConvertResult } from '../engine/convert/convert-model';
import { badInput } from '../engine/errors';
import type { Command } from './command';
import { inputSource } from './format';
import { progressSink } from './progress';
import { withEngine } from './engine-context';
import { EXIT_CODES } from '../shared/exit-codes';

export const repairCommand: Command<'repair'> = {
  async run(o) {
    if (o.convert) {
      const c = await withEngine((engine, signal) => convertModel(o.model, o.out, { engine, input: o.input, preprocess: o.preprocess, dims: o.dims ?? {}, overwrite: !!o.force, signal, onProgress: progressSink(o.json) }));
      process.stdout.write(o.json ? JSON.stringify(c, null, 2) + '\n' : summarizeConversion(c));
      return c.kernels.after.compiles ? EXIT_CODES.ok : EXIT_CODES['compile-failed'];
    }
    if (o.input) throw badInput(undefined, '--input is for --convert (it measures the converted model on that input)');
    if (o.preprocess) throw badInput(o.preprocess, '--preprocess is for --convert with an image --input');
    const r = await withEngine((engine, signal) => repairModel(o.model, o.out, { engine, dims: o.dims ?? {}, overwrite: !!o.force, signal, onProgress: progressSink(o.json) }));
    if (o.json) {
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
    if (r.failingBefore.length && !r.out) return EXIT_CODES['compile-failed'];
    return r.failingAfter.length ? EXIT_CODES['compile-failed'] : EXIT_CODES.ok;
  },
};

function summarizeConversion(c: ConvertResult): string {
  const k = (x: ConvertResult['kernels']['before']) => (x.compiles ? `${x.integer} integer, ${x.float} float linear ops at cpu` : 'does not compile at cpu');
  return [
    `${c.model}: converted (not a repair: the model changes, as PyTorch's convert changes it)`,
    `  folded ${c.folded.length} BatchNormalization${c.folded.length === 1 ? '' : 's'} into their layers${c.skipped.length ? `; ${c.skipped.length} left: ${c.skipped.slice(0, 3).map((s) => `${s.node} (${s.why})`).join('; ')}` : ''}`,
    ...c.repairs.map((r) => `  also applied ${r.id} (${r.changes} changes, same values) so that it compiles`),
    `  before: ${k(c.kernels.before)}; after: ${k(c.kernels.after)}`,
    `  output against the QAT model as exported (on ${inputSource(c.input)}, ${c.fidelity.inputs} sample${c.fidelity.inputs === 1 ? '' : 's'}): folds alone ${c.fidelity.foldsOnlyDb} dB; with the bias on its int32 grid ${c.fidelity.convertedDb} dB (the first layer's alone: ${c.fidelity.firstLayerOnlyDb} dB); as cpu computes it ${c.fidelity.convertedAtCpuDb} dB${c.fidelity.top1Agreement !== null ? `; top-1 agreement ${(100 * c.fidelity.top1Agreement).toFixed(1)}%` : ''}`,
    `wrote ${c.out}`,
  ].join('\n') + '\n';
}
