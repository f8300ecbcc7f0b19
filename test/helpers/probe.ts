import { runtimeVersion } from '../../src/engine/compile/runtime-version';
import { EngineClient } from '../../src/engine/process/engine-client';
import { probeRuntime, RuntimeProbe } from '../../src/engine/targets/runtime-probe';

/**
 * What the runtime does on the CPU the tests run on, measured by the same probe `quantlens targets` shows. Tests take
 * CPU facts (NCHWc block, saturating or exact u8s8 kernels) from here, never from a constant: CI and users run on CPUs
 * this project has not seen.
 */
export async function runtimeFacts(engine: EngineClient): Promise<RuntimeProbe> {
  const probe = await probeRuntime(engine, runtimeVersion());
  // scripts/cpu-legs.sh runs the engine under an emulated CPU: a leg whose CPU does not measure as the family it is
  // for would check nothing.
  const expected = process.env.QUANTLENS_EXPECT_FAMILY;
  if (expected && probe.family !== expected) throw new Error(`this leg is for ${expected}, but the engine's runtime measures as ${probe.family}`);
  return probe;
}

/** Mark a test pending with the reason printed under it (mocha alone shows a skip without one). */
export function pendingBecause(ctx: Mocha.Context, reason: string): never {
  console.log(`      pending: ${reason}`);
  ctx.skip();
}

/** One line naming the CPU facts a test's expectation depended on. */
export function describeFacts(p: RuntimeProbe): string {
  return `${p.cpu.model} (${p.engineArch}, kernel family ${p.family}): NCHWc block ${p.nchwcBlock ?? 'none'}, u8s8 kernels ${p.u8s8Saturates ? 'saturate' : 'exact'} (probe: ${p.u8s8Evidence.runtime} for exact ${p.u8s8Evidence.exact}), int8 pair sums ${p.int8Wraps ? 'wrap' : 'exact'}`;
}
