import * as fs from 'fs';
import * as os from 'os';

/** What the CPU offers for int8 kernels, read from the OS (Linux: /proc/cpuinfo flags). */
export interface CpuFeatures {
  arch: string;
  model: string;
  /** Relevant ISA extensions present: avx2, avx512f, avx512vnni, avxvnni, amx-int8 (x64); neon, dotprod, i8mm (arm64). */
  isa: string[];
}

const X64_FLAGS: Record<string, string> = {
  avx2: 'avx2', avx512f: 'avx512f', avx512bw: 'avx512bw', avx512_vnni: 'avx512vnni', avx512vnni: 'avx512vnni',
  avx_vnni: 'avxvnni', amx_int8: 'amx-int8', avx512_bf16: 'avx512bf16',
};
const ARM_FLAGS: Record<string, string> = { asimd: 'neon', asimddp: 'dotprod', i8mm: 'i8mm', sve: 'sve' };

export function detectCpu(cpuinfo?: string): CpuFeatures {
  const arch = os.arch();
  const model = os.cpus()[0]?.model?.trim() ?? 'unknown';
  let text = cpuinfo;
  if (text === undefined) {
    try {
      text = fs.readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      text = '';
    }
  }
  const line = text.split('\n').find((l) => /^(flags|Features)\s*:/.test(l)) ?? '';
  const flags = new Set(line.replace(/^[^:]*:/, '').trim().split(/\s+/));
  const table = arch === 'arm64' ? ARM_FLAGS : X64_FLAGS;
  const isa = [...new Set(Object.entries(table).filter(([f]) => flags.has(f)).map(([, name]) => name))].sort();
  return { arch, model, isa };
}

/** Whether int8 dot products have a native instruction here (VNNI on x64, dot-product on arm64). */
export function hasInt8DotProduct(cpu: CpuFeatures): boolean {
  return cpu.isa.some((f) => f === 'avx512vnni' || f === 'avxvnni' || f === 'amx-int8' || f === 'dotprod');
}
