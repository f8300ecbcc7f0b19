/**
 * Emulation benchmark: what comparing at an emulated deployment target costs, against the same comparison at the
 * real `cpu` target, measured in the same run (fresh caches, the runtime probe done once). Per model: comparison time
 * at cpu, x64-avx2 and arm64 (median of N), the ratio to cpu, the kernels emulated and the lanes they correct, the
 * output SQNR at each target and the culprits. Models: the demo's QDQ CNN (built here), and the real MobileNetV2 int8
 * export when ../shared/fixtures/real is there. Prints a table; name the CPU with it.
 * Usage: node dist/emulation-bench.js [--runs N]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runtimeVersion } from '../src/engine/compile/runtime-version';
import { compareModels } from '../src/engine/compare/compare';
import type { CompareReport } from '../src/engine/compare/compare-report';
import { demoModel } from '../src/engine/examples/demo-model';
import { writeModel } from '../src/engine/onnx/model-file';
import { EngineClient } from '../src/engine/process/engine-client';
import { probeRuntime } from '../src/engine/targets/runtime-probe';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;
const runs = (() => {
  const i = process.argv.indexOf('--runs');
  return i > 0 ? Number(process.argv[i + 1]) : 3;
})();
const TARGETS = ['cpu', 'x64-avx2', 'arm64'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-emulation-bench-'));
  const engine = new EngineClient();
  try {
    const demo = path.join(root, 'demo_qdq.onnx');
    writeModel(demoModel(), demo);
    const real = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');
    const models: Array<{ name: string; file: string; input?: string }> = [{ name: 'demo_qdq.onnx', file: demo }];
    if (fs.existsSync(path.join(real, 'mnv2_int8.onnx'))) models.push({ name: 'mnv2_int8.onnx', file: path.join(real, 'mnv2_int8.onnx'), input: path.join(real, 'input.npy') });
    else console.log(`(the real fixtures are not at ${real}: only the generated model is measured)`);

    process.env.QUANTLENS_CACHE_DIR = fs.mkdtempSync(path.join(root, 'probe-'));
    const probe = await probeRuntime(engine, runtimeVersion());
    const probeFile = fs.readdirSync(process.env.QUANTLENS_CACHE_DIR).find((f) => f.startsWith('probe-'))!;
    const probePath = path.join(process.env.QUANTLENS_CACHE_DIR, probeFile);
    console.log(`CPU: ${probe.cpu.model} (${probe.engineArch}), measured kernel family ${probe.family}, NCHWc block ${probe.nchwcBlock ?? 'none'}; onnxruntime ${probe.runtimeVersion}; ${runs} runs, median\n`);

    const rows: string[][] = [['model', 'target', 'compare ms', 'vs cpu', 'kernels emulated', 'lanes corrected', 'output dB', 'culprits']];
    for (const m of models) {
      let cpuMs = 0;
      for (const id of TARGETS) {
        const times: number[] = [];
        let report: CompareReport | null = null;
        for (let i = 0; i < runs; i++) {
          // A fresh cache for each run (compile and emulation included), with the machine's probe copied in.
          process.env.QUANTLENS_CACHE_DIR = fs.mkdtempSync(path.join(root, 'cache-'));
          fs.copyFileSync(probePath, path.join(process.env.QUANTLENS_CACHE_DIR, probeFile));
          const t = performance.now();
          report = await compareModels({ model: m.file, input: m.input, target: target(id), referenceTarget: target('reference'), engine });
          times.push(performance.now() - t);
        }
        const ms = median(times);
        if (id === 'cpu') cpuMs = ms;
        const emulated = /(\d+) integer kernels? emulated/.exec(report!.cpuFacts.notes.join(' '))?.[1] ?? '-';
        rows.push([
          m.name, id, ms.toFixed(0), `${(ms / cpuMs).toFixed(2)}x`, emulated, id === 'cpu' ? '-' : lanesOf(report!),
          String(report!.output[0]?.sqnrDb ?? '-'), report!.culprits.map((c) => `${c.node} (${c.kind})`).join(', ') || 'none',
        ]);
      }
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c])).join(' | ')} |`;
    console.log([line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n'));
  } finally {
    engine.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** How many pair sums the emulation corrects where they overflow, over how many it examined. */
function lanesOf(r: CompareReport): string {
  const k = r.cpuFacts.kernels;
  if (!k?.pairs) return 'none (exact family)';
  const m = /\((\d+) of (\d+) pair sums/.exec(r.cpuFacts.notes.join(' '));
  return m ? `${m[1]} of ${m[2]}` : '0';
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
