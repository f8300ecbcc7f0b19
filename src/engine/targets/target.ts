import type { SessionSpec } from '../process/engine-protocol';
import { KERNEL_FAMILIES, KernelFamilyId } from './kernel-family';

export type OptLevel = SessionSpec['level'];
export const LEVELS: readonly OptLevel[] = ['disabled', 'basic', 'extended', 'layout', 'all'];

/** A named runtime configuration: compiling for it = creating a session with these settings. */
export interface Target {
  id: string;
  title: string;
  /** What this target means for the numbers, in one line. */
  description: string;
  provider: string;
  level: OptLevel;
  config: Record<string, string>;
  builtin: boolean;
  /**
   * Set for an emulated target: the CPU family whose integer kernels a comparison computes, exactly, whatever CPU
   * runs QuantLens. Unset for a real target: this machine's runtime as it is.
   */
  emulates?: KernelFamilyId;
}

/** Emulated deployment targets, one per kernel family: the production compile (all), with that family's kernels. */
const EMULATED_TARGETS: Target[] = KERNEL_FAMILIES.map((f) => ({
  id: f.id,
  title: `${f.title} (emulated)`,
  description: `Deploying on ${f.title} (${f.cpus}): compiled at all, integer kernels computed as that family's (${f.pairs ? (f.pairs.overflow === 'saturate' ? 'uint8 x int8 pair sums saturate in int16' : 'int8 pair sums wrap in int16') : 'exact int32'}), on any machine.`,
  provider: 'cpu', level: 'all', config: { ...f.compileConfig }, builtin: true, emulates: f.id,
}));

export const BUILTIN_TARGETS: readonly Target[] = [
  {
    id: 'cpu', title: 'CPU, all optimizations', provider: 'cpu', level: 'all', config: {}, builtin: true,
    description: 'The production default: fused integer kernels, NCHWc-blocked float convs, NHWC quantized convs; u8s8 kernels may saturate on CPUs without VNNI.',
  },
  {
    id: 'cpu-no-layout', title: 'CPU, no layout optimizations', provider: 'cpu', level: 'extended', config: {}, builtin: true,
    description: 'Fusions without layout changes (no NCHWc, no NHWC): the same integer kernels in plain NCHW.',
  },
  {
    id: 'cpu-basic', title: 'CPU, basic optimizations', provider: 'cpu', level: 'basic', config: {}, builtin: true,
    description: 'Constant folding and redundant-node removal only: QDQ groups are not fused, so quantized layers compute DQ -> float op -> Q.',
  },
  {
    id: 'cpu-int8-precise', title: 'CPU, all optimizations, precise u8s8', provider: 'cpu', level: 'all', config: { 'session.x64quantprecision': '1' }, builtin: true,
    description: 'As cpu, but uint8 x int8 kernels avoid the int16 pair-sum saturation of x64 CPUs without VNNI (weights converted where needed).',
  },
  {
    id: 'cpu-qdq-float', title: 'CPU, quantization simulated in float', provider: 'cpu', level: 'all', config: { 'session.disable_quant_qdq': '1' }, builtin: true,
    description: 'QDQ groups are not fused into integer kernels: every op computes in float between Q/DQ pairs, isolating kernel errors from quantization error.',
  },
  {
    id: 'reference', title: 'Reference (model as written)', provider: 'cpu', level: 'disabled', config: {}, builtin: true,
    description: 'Optimizations disabled: the graph as written. QDQ is exact up to float rounding; QLinear* ops still run the integer kernels.',
  },
  ...EMULATED_TARGETS,
];

/** The SessionSpec a target compiles with, given symbolic dimension values and a thread count. */
export function sessionSpec(t: Target, freeDims: Record<string, number> = {}, threads?: number): SessionSpec {
  return { provider: t.provider, level: t.level, config: { ...t.config }, freeDims, threads };
}
