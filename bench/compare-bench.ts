/**
 * Compare benchmark. Time: the whole layer-by-layer comparison (every layer, propagated and local) of a quantized
 * model against its float twin, as a ratio to "compile both + one plain run of each" measured in the same run, each
 * with a fresh cache. Memory: a generated convnet of 64 channels at 56x56, depth 50 and depth 200, compared with its
 * float twin; the peak resident memory (this process plus the engine processes under it, sampled) above the memory once both
 * models are compiled, as a ratio of depth 200 to depth 50. Prints tables.
 * Usage: node dist/compare-bench.js [--runs N] [--skip-memory] [--skip-time]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { compileModel } from '../src/engine/compile/compile';
import { repairModel } from '../src/engine/compile/repair-model';
import { runtimeVersion } from '../src/engine/compile/runtime-version';
import { compareModels } from '../src/engine/compare/compare';
import { writeNpy, readNpy } from '../src/engine/io/npy';
import { writeModel } from '../src/engine/onnx/model-file';
import { EngineClient } from '../src/engine/process/engine-client';
import { probeRuntime } from '../src/engine/targets/runtime-probe';
import { BUILTIN_TARGETS, sessionSpec } from '../src/engine/targets/target';
import { convTwin } from '../test/helpers/compare-models';

const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;
const runs = (() => {
  const i = process.argv.indexOf('--runs');
  return i > 0 ? Number(process.argv[i + 1]) : 3;
})();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A fresh cache with the runtime probe already done (it runs once per machine, not per comparison). */
async function freshCache(root: string, engine: EngineClient): Promise<void> {
  process.env.QUANTLENS_CACHE_DIR = fs.mkdtempSync(path.join(root, 'cache-'));
  await probeRuntime(engine, runtimeVersion());
}

async function timeCase(root: string, engine: EngineClient, quant: string, float: string, input: string): Promise<{ compare: number; baseline: number }> {
  const x = readNpy(input);
  const compare: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    await freshCache(root, engine);
    let t = performance.now();
    for (const [file, tgt] of [[quant, 'cpu'], [float, 'reference']] as const) {
      const o = await compileModel(file, { target: target(tgt), engine, diagnose: false });
      const name = o.source.inputs[0];
      await engine.call('run', { model: { path: file }, session: sessionSpec(target(tgt)), feeds: { [name]: { ...x, name } } });
    }
    baseline.push(performance.now() - t);
    await freshCache(root, engine);
    t = performance.now();
    await compareModels({ model: quant, reference: float, input, target: target('cpu'), referenceTarget: target('reference'), engine });
    compare.push(performance.now() - t);
  }
  return { compare: median(compare), baseline: median(baseline) };
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** This process and every process under it (the engine processes), from /proc. */
function treeRssMb(pid: number): number {
  let total = rssMb(pid);
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const c of children ? children.split(/\s+/) : []) total += treeRssMb(Number(c));
    }
  } catch {
    // The process ended while we looked.
  }
  return total;
}

/** Write a depth-`depth` twin to a folder (in this process), then measure the comparison in a fresh process. */
async function memoryCase(root: string, depth: number): Promise<{ loaded: number; peak: number; layers: number; ms: number }> {
  const engine = new EngineClient();
  const twin = await convTwin(engine, { depth, channels: 64, size: 56 });
  engine.dispose();
  const dir = fs.mkdtempSync(path.join(root, `mem-${depth}-`));
  writeModel(twin.qdq, path.join(dir, 'q.onnx'));
  writeModel(twin.float, path.join(dir, 'f.onnx'));
  writeNpy(path.join(dir, 'x.npy'), twin.input);
  const r = spawnSync(process.execPath, [__filename, '--memory-child', dir], { encoding: 'utf8', env: { ...process.env, QUANTLENS_CACHE_DIR: path.join(dir, 'cache') } });
  if (r.status !== 0) throw new Error(`memory run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** The measured run: this process and its engines, sampled from /proc; the baseline is taken once both are compiled. */
async function memoryChild(dir: string): Promise<void> {
  const engine = new EngineClient();
  await probeRuntime(engine, runtimeVersion());
  let loaded = 0;
  let peak = 0;
  const sample = () => treeRssMb(process.pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, sample());
  }, 10);
  const t = performance.now();
  const r = await compareModels({
    model: path.join(dir, 'q.onnx'), reference: path.join(dir, 'f.onnx'), input: path.join(dir, 'x.npy'), target: target('cpu'), referenceTarget: target('reference'), engine,
    onProgress: (m) => {
      if (!loaded && m.startsWith('comparing layers')) loaded = sample();
    },
  });
  const ms = performance.now() - t;
  clearInterval(timer);
  peak = Math.max(peak, sample());
  engine.dispose();
  process.stdout.write(`${JSON.stringify({ loaded, peak, layers: r.layers.length, ms })}\n`);
}

async function main(): Promise<void> {
  const child = process.argv.indexOf('--memory-child');
  if (child > 0) return memoryChild(process.argv[child + 1]);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-compare-bench-'));
  const engine = new EngineClient();
  const out: string[] = [];
  const real = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');
  const cases: Array<[string, string, string, string]> = [];
  if (fs.existsSync(real)) {
    // The QAT export does not compile at cpu as written: time the repaired copy, which is what the comparison runs.
    const repaired = path.join(root, 'mnv2_qat_qdq.repaired.onnx');
    process.env.QUANTLENS_CACHE_DIR = path.join(root, 'cache-repair');
    await repairModel(path.join(real, 'mnv2_qat_qdq.onnx'), repaired, { engine });
    cases.push(['mnv2_qat_qdq (repaired) vs float twin', repaired, path.join(real, 'mnv2_float_qatw.onnx'), path.join(real, 'input.npy')]);
    cases.push(['mnv2_int8 vs float twin', path.join(real, 'mnv2_int8.onnx'), path.join(real, 'mnv2_float_qatw.onnx'), path.join(real, 'input.npy')]);
  }
  const twin = await convTwin(engine, { depth: 16, channels: 32, size: 28 });
  writeModel(twin.qdq, path.join(root, 'gq.onnx'));
  writeModel(twin.float, path.join(root, 'gf.onnx'));
  writeNpy(path.join(root, 'gx.npy'), twin.input);
  cases.push(['generated convnet (16 convs, 32 ch, 28x28)', path.join(root, 'gq.onnx'), path.join(root, 'gf.onnx'), path.join(root, 'gx.npy')]);

  if (!process.argv.includes('--skip-time')) out.push(`Time (median of ${runs}, fresh cache each):`, '', '| model | compare | compile both + one run each | ratio |', '|---|---|---|---|');
  for (const [name, q, f, x] of process.argv.includes('--skip-time') ? [] : cases) {
    const r = await timeCase(root, engine, q, f, x);
    out.push(`| ${name} | ${r.compare.toFixed(0)} ms | ${r.baseline.toFixed(0)} ms | ${(r.compare / r.baseline).toFixed(2)}x |`);
  }
  engine.dispose();
  if (!process.argv.includes('--skip-memory')) {
    out.push('', 'Memory (a fresh process per depth, with every engine process under it, sampled every 10 ms):', '', '| depth | layers compared | RSS once compiled | peak RSS | above loaded | time |', '|---|---|---|---|---|---|');
    // --depths: more than two shows whether memory keeps growing with depth or levels off (a few chunks in flight).
    const depths = (process.argv.includes('--depths') ? process.argv[process.argv.indexOf('--depths') + 1] : '50,200').split(',').map(Number);
    const measured: Array<[number, Awaited<ReturnType<typeof memoryCase>>]> = [];
    for (const d of depths) measured.push([d, await memoryCase(root, d)]);
    for (const [d, m] of measured) out.push(`| ${d} | ${m.layers} | ${m.loaded.toFixed(0)} MiB | ${m.peak.toFixed(0)} MiB | ${(m.peak - m.loaded).toFixed(0)} MiB | ${(m.ms / 1000).toFixed(1)} s |`);
    const [d0, m0] = measured[0];
    for (const [d, m] of measured.slice(1)) out.push('', `Growth above loaded, depth ${d} / depth ${d0}: ${((m.peak - m.loaded) / (m0.peak - m0.loaded)).toFixed(2)}x`);
  }
  fs.rmSync(root, { recursive: true, force: true });
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
