import { KernelFamily, kernelFamily, PairRule } from './kernel-family';
import type { RuntimeProbe } from './runtime-probe';
import type { Target } from './target';

/**
 * What a target's integer kernels compute: an emulated target's family, or the family this machine's runtime was
 * measured to be. Every statement a report makes about saturation or wrapping comes from here.
 */
export interface KernelFacts {
  family: KernelFamily;
  emulated: boolean;
  /** The 16-bit lane rule of this target's uint8/int8 x int8 kernels, null when they accumulate exactly. */
  pairs: PairRule | null;
}

export function kernelFacts(target: Target, probe: Pick<RuntimeProbe, 'family'>): KernelFacts {
  const family = kernelFamily(target.emulates ?? probe.family);
  // With x64quantprecision the x64 compiler turns int8 weights into uint8 where they could overflow: u8u8 kernels
  // are exact on every x64 family.
  const precise = family.arch === 'x64' && target.config['session.x64quantprecision'] === '1';
  return { family, emulated: !!target.emulates, pairs: precise ? null : family.pairs };
}

/** One line for reports: which CPU facts an answer depends on. */
export function describeKernels(k: KernelFacts): string {
  const how = !k.pairs ? 'exact int32 accumulation'
    : k.pairs.overflow === 'saturate' ? 'uint8 x int8 products summed in pairs with int16 saturation'
      : 'int8 products summed in pairs that wrap in int16';
  return `${k.emulated ? 'emulated' : 'measured on this machine'}: ${k.family.title} (${how})`;
}

/**
 * Why a target computes exactly what the plain `cpu` target computes on this machine, or null when it may differ.
 * Only the precise u8s8 mode has such a case: it removes pair-sum saturation, so on a machine whose kernels were
 * measured exact (or that is not x64, where the option does nothing) it changes no number. From the probe, never
 * from the CPU's name.
 */
export function sameAsCpuHere(target: Target, probe: Pick<RuntimeProbe, 'family'>): string | null {
  if (target.emulates || target.config['session.x64quantprecision'] !== '1') return null;
  const here = kernelFamily(probe.family);
  if (here.arch !== 'x64') return `no difference on this CPU: the precise u8s8 mode is an x64 option and this machine's runtime runs ${here.title} kernels`;
  if (here.pairs) return null;
  return `no difference on this CPU: its uint8 x int8 kernels were measured exact (${here.title}); to see what it fixes, compare at the emulated x64-avx2 target`;
}
