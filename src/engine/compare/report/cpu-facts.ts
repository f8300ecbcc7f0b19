import { kernelFamily } from '../../targets/kernel-family';
import type { CpuFacts } from '../compare-report';
import type { Side } from '../sides/sides';

/** What a comparison's numbers depend on about CPUs, said so a reader can tell where they hold. */
export function cpuFactsOf(model: Side): CpuFacts {
  const r = model.report;
  if (!r) return { kernels: null, machine: 'not measured (the model side is the exact reference)', notes: ['Integer ops were expanded to their exact definition: no CPU fact enters the result.'] };
  const measured = kernelFamily(r.cpu.family);
  const machine = `${r.cpu.model} (${r.cpu.arch}): measured as ${measured.title}; NCHWc block ${r.cpu.nchwcBlock ?? 'none'}`;
  const notes = [`Integer kernels: ${r.kernels.summary}.`];
  if (model.emulation) {
    const { emulated, left } = model.emulation;
    const entries = emulated.reduce((n, e) => n + e.outcome.entries, 0);
    const pairs = emulated.reduce((n, e) => n + e.outcome.pairs, 0);
    const lanes = pairs ? ` (${entries} of ${pairs} pair sums can leave int16 for some input and are corrected where they do)` : '';
    notes.push(`${emulated.length} integer kernel${emulated.length === 1 ? '' : 's'} emulated${lanes}${left.length ? `; ${left.length} left to this machine's runtime (${left.slice(0, 3).map((l) => `${l.node}: ${l.why}`).join('; ')}${left.length > 3 ? '; ...' : ''})` : ''}.`);
    const target = kernelFamily(r.kernels.family);
    notes.push(`Float ops ran as this machine computes them (NCHWc block ${r.cpu.nchwcBlock ?? 'none'} here; ${target.title}: ${target.nchwcBlock}); they differ from the target's by float rounding at most.`);
  } else {
    notes.push(`These are this machine's kernels: the result holds on CPUs of the same family. For another deployment CPU, compare at its emulated target (x64-avx2, x64-vnni, arm64, arm64-dotprod).`);
  }
  return { kernels: r.kernels, machine, notes };
}
