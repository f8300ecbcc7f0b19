/**
 * What a CPU family's integer GEMM and convolution kernels compute in onnxruntime's MLAS, as far as it differs from
 * exact int32 arithmetic. Read from the runtime's sources (the README's "Deployment targets" names the files) and
 * checked against the real kernels of each family run under a CPU emulator (qemu) on one machine.
 *
 * Everything a kernel family gets wrong comes from one place: some kernels add two products of the reduction (K)
 * axis in a 16-bit lane before widening to int32. A pair sum outside the int16 range is then clipped (x64 without
 * VNNI: vpmaddubsw saturates) or wraps (arm64 without the dot-product extension: smull + smlal in int16). Zero points
 * are corrected afterwards in int32, so the pair sums use the bytes as stored.
 */
export type KernelFamilyId = 'x64-avx2' | 'x64-vnni' | 'arm64' | 'arm64-dotprod';

/** The operand types of an integer product: activation (A) x weight (B). */
export type OperandPair = 'u8s8' | 's8s8' | 'u8u8' | 's8u8';

export interface PairRule {
  /** The operand types whose kernels sum products in pairs; the others accumulate exactly in int32. */
  operands: readonly OperandPair[];
  /** The activation as the kernel multiplies it: the byte as stored, or a uint8 flipped to int8 (x ^ 0x80 = x - 128). */
  activation: 'raw' | 'flip-u8';
  /** Which K index shares a 16-bit lane with k: k ^ 1, or k and k + 8 within each block of 16. */
  partner: 'adjacent' | 'eight-apart-in-16';
  /** What a pair sum outside [-32768, 32767] becomes. */
  overflow: 'saturate' | 'wrap';
}

export interface KernelFamily {
  id: KernelFamilyId;
  arch: 'x64' | 'arm64';
  title: string;
  /** The CPUs this family stands for. */
  cpus: string;
  /** Pair sums that can overflow, or null when every integer kernel accumulates exactly. */
  pairs: PairRule | null;
  /** The NCHWc block its runtime gives float convs (not emulated: float convs run as this machine computes them). */
  nchwcBlock: string;
  /** Session config that makes this machine's compiler produce the family's graph where they differ. */
  compileConfig: Record<string, string>;
  /** The target that avoids this family's overflow, as a fix to name. */
  fix: string;
  /**
   * Convolutions with int8 activations and symmetric weights (every weight zero point 0) that run an exact kernel
   * (arm64: the symmetric GEMM, exact since onnxruntime 1.31) unless the indirect symmetric convolution takes them,
   * which it does for one group, a kernel of more than one position, and channel counts with these bounds.
   */
  symmetricS8Conv?: { exactUnlessConvSym: { minInputChannels: number; inputAlign: number; outputAlign: number } };
}

export const KERNEL_FAMILIES: readonly KernelFamily[] = [
  {
    id: 'x64-avx2', arch: 'x64', title: 'x64 without VNNI (AVX2)',
    cpus: 'AVX2 or AVX-512 without VNNI: Intel Haswell to Coffee Lake, Skylake-SP servers, AMD Zen 1 to 3',
    pairs: { operands: ['u8s8'], activation: 'raw', partner: 'adjacent', overflow: 'saturate' },
    nchwcBlock: '8 (16 with AVX-512)',
    compileConfig: {},
    fix: 'compile with session.x64quantprecision=1 (target cpu-int8-precise) for such machines, or quantize activations to 7 bits (0..127, reduce_range) or weights to +-64',
  },
  {
    id: 'x64-vnni', arch: 'x64', title: 'x64 with VNNI',
    cpus: 'AVX-512 VNNI, AVX-VNNI or AMX: Intel Cascade Lake servers and newer, Ice Lake and newer, Alder Lake and newer, AMD Zen 4 and newer',
    pairs: null,
    nchwcBlock: '16 (8 with AVX-VNNI only)',
    compileConfig: {},
    fix: '',
  },
  {
    id: 'arm64', arch: 'arm64', title: 'arm64 without dot product',
    cpus: 'Cortex-A53, A72, A73 (Raspberry Pi 3 and 4, many edge boards)',
    pairs: { operands: ['u8s8', 's8s8'], activation: 'flip-u8', partner: 'eight-apart-in-16', overflow: 'wrap' },
    nchwcBlock: 'none (no NCHWc kernels on arm64)',
    compileConfig: { 'optimization.disable_specified_optimizers': 'NchwcTransformer' },
    fix: 'keep int8 weights within [-127, 127] (a symmetric range), or deploy on a CPU with the dot-product extension',
    symmetricS8Conv: { exactUnlessConvSym: { minInputChannels: 64, inputAlign: 8, outputAlign: 8 } },
  },
  {
    id: 'arm64-dotprod', arch: 'arm64', title: 'arm64 with dot product',
    cpus: 'UDOT/SDOT or i8mm: Cortex-A55, A76 and newer, Neoverse N1 and newer (AWS Graviton 2+), Apple M1 and newer, Raspberry Pi 5',
    pairs: null,
    nchwcBlock: 'none (no NCHWc kernels on arm64)',
    compileConfig: { 'optimization.disable_specified_optimizers': 'NchwcTransformer' },
    fix: '',
  },
];

export function kernelFamily(id: KernelFamilyId): KernelFamily {
  const f = KERNEL_FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown kernel family '${id}'`);
  return f;
}

/** The operand pair of a kernel from its activation and weight element types, or null for a non-8-bit kernel. */
export function operandPair(activation: string | null | undefined, weight: string | null | undefined): OperandPair | null {
  const a = activation === 'uint8' ? 'u8' : activation === 'int8' ? 's8' : null;
  const b = weight === 'uint8' ? 'u8' : weight === 'int8' ? 's8' : null;
  return a && b ? (`${a}${b}` as OperandPair) : null;
}

/** The rule that applies to a kernel of this family with these operands, or null when it is exact. */
export function pairRuleFor(family: KernelFamily, operands: OperandPair | null): PairRule | null {
  return family.pairs && operands && family.pairs.operands.includes(operands) ? family.pairs : null;
}

/** What decides a convolution's kernel path. */
export interface ConvGeometry {
  activation: 'uint8' | 'int8';
  weight: 'uint8' | 'int8';
  group: number;
  /** Input channels per group. */
  groupIn: number;
  outChannels: number;
  /** Kernel positions (product of the kernel's spatial dims). */
  kernelSize: number;
  /** Every weight zero point is 0. */
  symmetric: boolean;
}

/**
 * The lane rule of one convolution on a family: none for depthwise kernels (they widen to int32) and for paths the
 * family runs exactly; the family's rule otherwise.
 */
export function convPairRule(family: KernelFamily, g: ConvGeometry): PairRule | null {
  const rule = pairRuleFor(family, operandPair(g.activation, g.weight));
  if (!rule) return null;
  if (g.groupIn === 1 && g.outChannels === g.group) return null;
  const s8 = family.symmetricS8Conv?.exactUnlessConvSym;
  if (s8 && g.activation === 'int8' && g.symmetric) {
    const convSym = g.group === 1 && g.kernelSize > 1 && g.groupIn >= s8.minInputChannels && g.groupIn % s8.inputAlign === 0
      && g.outChannels >= s8.outputAlign && g.outChannels % s8.outputAlign === 0;
    if (!convSym) return null;
  }
  return rule;
}
