import { runtimeVersion } from '../../src/engine/compile/runtime-version';
import { EngineClient } from '../../src/engine/process/engine-client';
import { probeRuntime, RuntimeProbe } from '../../src/engine/targets/runtime-probe';

/**
 * What the runtime does on the CPU the tests run on, measured by the same probe `quantlens targets` shows. Tests take
 * CPU facts (NCHWc block, saturating or exact u8s8 kernels) from here, never from a constant: CI and users run on CPUs
 * this project has not seen.
 */
export function runtimeFacts(engine: EngineClient): Promise<RuntimeProbe> {
  return probeRuntime(engine, runtimeVersion());
}

/** Mark a test pending with the reason printed under it (mocha alone shows a skip without one). */
export function pendingBecause(ctx: Mocha.Context, reason: string): never {
  console.log(`      pending: ${reason}`);
  ctx.skip();
}

/** One line naming the CPU facts a test's expectation depended on. */
export function describeFacts(p: RuntimeProbe): string {
  return `${p.cpu.model}: NCHWc block ${p.nchwcBlock ?? 'none'}, u8s8 kernels ${p.u8s8Saturates ? 'saturate' : 'exact'} (probe: ${p.u8s8Evidence.runtime} for exact ${p.u8s8Evidence.exact})`;
}
