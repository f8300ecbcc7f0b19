import { runtimeVersion } from '../engine/compile/runtime-version';
import { probeRuntime } from '../engine/targets/runtime-probe';
import { describeKernels, kernelFacts, sameAsCpuHere } from '../engine/targets/target-kernels';
import type { TargetRow, TargetsResult } from '../shared/cli-contract';
import type { Command } from './command';
import { cliTargets, withEngine } from './engine-context';
import { table } from './format';

export const targetsCommand: Command<'targets'> = {
  async run(o) {
    const registry = cliTargets();
    const probe = await withEngine((engine) => probeRuntime(engine, runtimeVersion(), { refresh: !!o.refresh }));
    const providerOk = new Map(probe.providers.map((p) => [p.name, p]));
    const targets = registry.all().map((t): TargetRow => {
      const p = providerOk.get(t.provider);
      const kernels = kernelFacts(t, probe);
      return {
        id: t.id, title: t.title, description: t.description, provider: t.provider, level: t.level,
        kind: t.emulates ? 'emulated' as const : 'real' as const, emulates: t.emulates ?? null, kernels: describeKernels(kernels),
        available: !!p?.available, reason: p ? p.reason : `provider '${t.provider}' is not built into this runtime`,
        sameAsCpu: sameAsCpuHere(t, probe),
      };
    });
    if (o.json) {
      const result: TargetsResult = { targets, cpu: { arch: probe.engineArch, model: probe.cpu.model, isa: probe.cpu.isa, nchwcBlock: probe.nchwcBlock, u8s8Saturates: probe.u8s8Saturates, int8Wraps: probe.int8Wraps, family: probe.family }, providers: probe.providers, runtimeVersion: probe.runtimeVersion };
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `CPU: ${probe.cpu.model} (${probe.cpu.arch}; ${probe.cpu.isa.join(', ') || 'no int8 extensions found'})`,
      `Measured: NCHWc block ${probe.nchwcBlock ?? 'none'}; uint8 x int8 kernels ${probe.u8s8Saturates ? `SATURATE (probe: ${probe.u8s8Evidence.runtime} instead of ${probe.u8s8Evidence.exact})` : 'exact'}; int8 pair sums ${probe.int8Wraps ? `WRAP (probe: ${probe.wrapEvidence.runtime} instead of ${probe.wrapEvidence.exact})` : 'exact'}; kernel family ${probe.family}; onnxruntime ${probe.runtimeVersion}`,
      '',
      table([['id', 'kind', 'level', 'available', 'description'], ...targets.map((t) => [t.id, t.kind, t.level, t.available ? 'yes' : 'no', t.description])]),
      '',
      'Execution providers:',
      ...probe.providers.map((p) => `  ${p.name.padEnd(10)} ${p.available ? 'loads' : `does not load: ${p.reason}`}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
