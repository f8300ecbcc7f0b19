import { runtimeVersion } from '../engine/compile/runtime-version';
import { probeRuntime } from '../engine/targets/runtime-probe';
import { has, parseArgs } from './args';
import type { Command } from './command';
import { cliTargets, withEngine } from './engine-context';
import { table } from './format';

export const targetsCommand: Command = {
  usage: 'targets [--json] [--refresh]            list targets, this CPU and the runtime\'s providers',
  async run(argv) {
    const args = parseArgs(argv, { booleans: ['json', 'refresh'], values: [] });
    const registry = cliTargets();
    const probe = await withEngine((engine) => probeRuntime(engine, runtimeVersion(), { refresh: has(args, 'refresh') }));
    const providerOk = new Map(probe.providers.map((p) => [p.name, p]));
    const targets = registry.all().map((t) => {
      const p = providerOk.get(t.provider);
      return { id: t.id, title: t.title, description: t.description, provider: t.provider, level: t.level, available: !!p?.available, reason: p ? p.reason : `provider '${t.provider}' is not built into this runtime` };
    });
    if (has(args, 'json')) {
      process.stdout.write(JSON.stringify({ targets, cpu: { arch: probe.cpu.arch, model: probe.cpu.model, isa: probe.cpu.isa, nchwcBlock: probe.nchwcBlock, u8s8Saturates: probe.u8s8Saturates }, providers: probe.providers, runtimeVersion: probe.runtimeVersion }, null, 2) + '\n');
      return 0;
    }
    const lines = [
      `CPU: ${probe.cpu.model} (${probe.cpu.arch}; ${probe.cpu.isa.join(', ') || 'no int8 extensions found'})`,
      `Measured: NCHWc block ${probe.nchwcBlock ?? 'none'}; uint8 x int8 kernels ${probe.u8s8Saturates ? `SATURATE (probe: ${probe.u8s8Evidence.runtime} instead of ${probe.u8s8Evidence.exact})` : 'exact'}; onnxruntime ${probe.runtimeVersion}`,
      '',
      table([['id', 'level', 'available', 'description'], ...targets.map((t) => [t.id, t.level, t.available ? 'yes' : 'no', t.description])]),
      '',
      'Execution providers:',
      ...probe.providers.map((p) => `  ${p.name.padEnd(10)} ${p.available ? 'loads' : `does not load: ${p.reason}`}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
