import * as fs from 'fs';
import * as path from 'path';
import { GraphBuilder, tensor } from '../builder/model-builder';
import { cacheRoot, hashParts, readJson, writeFileAtomic } from '../cache/cache-dir';
import { encodeModel, readModel } from '../onnx/model-file';
import type { EngineClient } from '../process/engine-client';
import { CpuFeatures, detectCpu } from './cpu-features';
import { KernelFamilyId } from './kernel-family';

/** What the runtime does on this machine, measured rather than assumed from CPU flags. */
export interface RuntimeProbe {
  cpu: CpuFeatures;
  runtimeVersion: string;
  /** Channel block of NCHWc float convs at level `all` (8 with AVX2, 16 with AVX-512), null when none are made. */
  nchwcBlock: number | null;
  /** Whether uint8 x int8 integer kernels add product pairs in int16 with saturation here. */
  u8s8Saturates: boolean;
  /** The measured saturation probe: exact output vs. the runtime's (in output steps). */
  u8s8Evidence: { exact: number; runtime: number };
  /** Whether int8 x int8 pair sums wrap in int16 here (arm64 without the dot-product extension). */
  int8Wraps: boolean;
  /** The wrap probe: exact accumulator vs. the runtime's. */
  wrapEvidence: { exact: number; runtime: number };
  /** The runtime's architecture (the engine process's, which an emulator may set apart from this process's). */
  engineArch: string;
  /** The integer-kernel family this machine's runtime behaves as, from the two probes. */
  family: KernelFamilyId;
  providers: Array<{ name: string; bundled: boolean; available: boolean; reason: string | null }>;
}

/** Float Conv 3 -> 5 channels: at `all` it becomes an NCHWc conv whose output channels are padded to one block. */
function nchwcProbeModel(): Uint8Array {
  const b = new GraphBuilder('nchwc_probe');
  const x = b.input('x', 'float32', [1, 8, 6, 6]);
  const w = b.initializer('w', tensor('float32', [5, 8, 3, 3], Array.from({ length: 360 }, (_, i) => ((i * 37) % 11) / 11 - 0.5)));
  const y = b.op('Conv', [x, w], { pads: [1, 1, 1, 1] }, { name: 'conv', output: 'y' });
  b.output(b.op('Relu', [y], {}, { name: 'relu', output: 'z' }));
  return encodeModel(b.model({ opset: 13 }));
}

/**
 * QLinearConv with uint8 activations at 255 and int8 weights at 127 over 32 input channels: the exact result is 200
 * output steps. A kernel that sums adjacent products in int16 clips each pair (2 * 255 * 127 = 64,770 > 32,767) and
 * lands near 101.
 */
const SAT_CHANNELS = 32;
function saturationProbeModel(): Uint8Array {
  const exactSum = SAT_CHANNELS * 255 * 127;
  const b = new GraphBuilder('u8s8_probe');
  const x = b.input('x', 'uint8', [1, SAT_CHANNELS, 1, 1]);
  const xs = b.constant('xs', 'float32', [], [1]);
  const xz = b.constant('xz', 'uint8', [], [0]);
  const w = b.constant('w', 'int8', [1, SAT_CHANNELS, 1, 1], new Array(SAT_CHANNELS).fill(127));
  const ws = b.constant('ws', 'float32', [], [1]);
  const wz = b.constant('wz', 'int8', [], [0]);
  const ys = b.constant('ys', 'float32', [], [exactSum / 200]);
  const yz = b.constant('yz', 'uint8', [], [0]);
  b.output(b.op('QLinearConv', [x, xs, xz, w, ws, wz, ys, yz], {}, { name: 'qconv', output: 'y' }));
  return encodeModel(b.model({ opset: 13 }));
}

/**
 * MatMulInteger of 16 zero activations by 16 weights of -128: exact 0. Kernels that flip uint8 to int8 and add the
 * products k and k + 8 in an int16 lane (arm64 without dot product) form 2 * (-128 * -128) = 32768 per lane, which
 * wraps: the accumulator comes out at -524288.
 */
const WRAP_K = 16;
function wrapProbeModel(): Uint8Array {
  const b = new GraphBuilder('wrap_probe');
  const a = b.input('a', 'uint8', [1, WRAP_K]);
  const w = b.constant('w', 'int8', [WRAP_K, 1], new Array(WRAP_K).fill(-128));
  b.output(b.op('MatMulInteger', [a, w, b.constant('az', 'uint8', [], [0]), b.constant('wz', 'int8', [], [0])], {}, { name: 'mm', output: 'y' }));
  return encodeModel(b.model({ opset: 13 }));
}

function familyOf(arch: string, saturates: boolean, wraps: boolean): KernelFamilyId {
  if (arch === 'arm64') return wraps ? 'arm64' : 'arm64-dotprod';
  return saturates ? 'x64-avx2' : 'x64-vnni';
}

export async function probeRuntime(engine: EngineClient, runtimeVersion: string, opts: { refresh?: boolean; onMeasure?: () => void } = {}): Promise<RuntimeProbe> {
  const cpu = detectCpu();
  const file = path.join(cacheRoot(), `probe-${hashParts('probe-v2', runtimeVersion, cpu.arch, cpu.model, cpu.isa.join(','), process.env.QUANTLENS_ENGINE_EXEC ?? '').slice(0, 16)}.json`);
  if (!opts.refresh) {
    const cached = readJson<RuntimeProbe>(file);
    if (cached && cached.runtimeVersion === runtimeVersion) return cached;
  }
  // Said only when it happens (once per runtime and CPU), not on every compile that reads the cached result.
  opts.onMeasure?.();
  const dir = fs.mkdtempSync(path.join(cacheRoot(), 'probe-'));
  try {
    const optimizedPath = path.join(dir, 'nchwc.onnx');
    const compiled = await engine.call('compile', {
      model: { bytes: nchwcProbeModel() },
      session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} },
      optimizedPath,
      exposeTypes: true,
    });
    // The blocked conv's 5 output channels are padded to one block.
    const conv = readModel(optimizedPath).model.graph!.node.find((n) => n.domain === 'com.microsoft.nchwc' && n.op_type === 'Conv');
    const padded = conv && compiled.types.find((t) => t.name === conv.output[0])?.shape?.[1];
    const nchwcBlock = typeof padded === 'number' ? padded : null;
    const sat = await engine.call('run', {
      model: { bytes: saturationProbeModel() },
      session: { provider: 'cpu', level: 'all', config: {}, freeDims: {} },
      feeds: { x: tensor('uint8', [1, SAT_CHANNELS, 1, 1], new Array(SAT_CHANNELS).fill(255)) },
    });
    const runtime = Number((sat.outputs.y.data as Uint8Array)[0]);
    const wrap = await engine.call('run', {
      model: { bytes: wrapProbeModel() },
      session: { provider: 'cpu', level: 'disabled', config: {}, freeDims: {} },
      feeds: { a: tensor('uint8', [1, WRAP_K], new Array(WRAP_K).fill(0)) },
    });
    const wrapped = Number((wrap.outputs.y.data as Int32Array)[0]);
    const { providers, arch } = await engine.call('providers', {}, { timeoutMs: 60_000 });
    const u8s8Saturates = Math.abs(runtime - 200) > 1;
    const probe: RuntimeProbe = {
      cpu, runtimeVersion, nchwcBlock,
      u8s8Saturates,
      u8s8Evidence: { exact: 200, runtime },
      int8Wraps: wrapped !== 0,
      wrapEvidence: { exact: 0, runtime: wrapped },
      engineArch: arch,
      family: familyOf(arch, u8s8Saturates, wrapped !== 0),
      providers,
    };
    writeFileAtomic(file, JSON.stringify(probe, null, 2));
    return probe;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
