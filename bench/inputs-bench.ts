/**
 * A comparison over a set of inputs (`npm run bench:inputs`): per-stage times, time per input and peak memory for 1,
 * 10, 100 and 200 inputs (--sizes), against a plain run of both models, on a generated convnet and (when
 * ../shared/fixtures/real is there) MobileNetV2; with --photos DIR (a folder made by scripts/photo-set.sh), MobileNetV2
 * over --photo-sizes of its photographs too. Each comparison runs in its own CLI process so its peak memory is its
 * own. Ratios are measured in the same run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rng } from '../src/engine/builder/model-builder';
import { encodeNpy, readNpy } from '../src/engine/io/npy';
import { writeModel } from '../src/engine/onnx/model-file';
import type { Tensor } from '../src/engine/onnx/tensor-codec';
import { EngineClient } from '../src/engine/process/engine-client';
import * as ort from 'onnxruntime-node';
import { withExposedOutputs } from '../src/engine/onnx/graph-outputs';
import { toOrtTensor } from '../src/engine/runtime/ort-tensor';
import type { SetReport } from '../src/engine/compare/over-set/set-report';
import { convTwin } from '../test/helpers/compare-models';
import { linkPhotos, spacedPhotos } from './photo-folders';

function list(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',').map(Number) : fallback;
}

interface Case {
  name: string;
  model: string;
  reference: string;
  /** The input the plain run of both models is timed on. */
  input: Tensor;
  sizes: number[];
  /** Writes a set of `n` inputs into a new folder. */
  writeSet: (dir: string, n: number) => void;
}

/** `n` inputs: the case's input scaled and with seeded noise, one .npy each. */
function writeInputs(dir: string, input: Tensor, n: number): void {
  fs.mkdirSync(dir, { recursive: true });
  const r = rng(5);
  const base = input.data as Float32Array;
  for (let k = 0; k < n; k++) {
    const data = Float32Array.from(base, (v) => v * (0.6 + 0.8 * r()) + (r() - 0.5) * 0.2);
    fs.writeFileSync(path.join(dir, `in${String(k).padStart(4, '0')}.npy`), encodeNpy({ dtype: 'float32', dims: input.dims, data }, 'in.npy'));
  }
}

/** A plain run of one model at level all (session kept: the run alone), median of 5. */
async function plainRunMs(engine: EngineClient, model: string, input: Tensor): Promise<number> {
  const session = { provider: 'cpu', level: 'all' as const, config: {}, freeDims: {} };
  await engine.call('run', { model: { path: model }, session, feeds: { [input.name ?? 'x']: input } });
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await engine.call('run', { model: { path: model }, session, feeds: { [input.name ?? 'x']: input } });
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[2];
}

function compareSetCli(c: Case, dir: string, jobs: number): SetReport {
  const cli = path.join(__dirname, 'cli.js');
  const out = execFileSync(process.execPath, [cli, 'compare', c.model, '--reference', c.reference, '--inputs', dir, '--jobs', String(jobs), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, QUANTLENS_PROGRESS: '0' } });
  return JSON.parse(out) as SetReport;
}

const ONE_THREAD: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, logSeverityLevel: 3 };

/** One run of a model in this process (session made beforehand, one thread), median of 5. */
async function runMs(model: string | Uint8Array, level: 'all' | 'disabled', input: Tensor): Promise<number> {
  const options = { ...ONE_THREAD, graphOptimizationLevel: level };
  // The same call either way: the runtime's types overload a path and bytes separately.
  const session = typeof model === 'string' ? await ort.InferenceSession.create(model, options) : await ort.InferenceSession.create(model, options);
  const feeds = { [session.inputNames[0]]: toOrtTensor(input) };
  await session.run(feeds);
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await session.run(feeds);
    ms.push(performance.now() - t);
  }
  await session.release();
  return ms.sort((a, b) => a - b)[2];
}

/**
 * The least that reading every layer's values of one input costs through onnxruntime-node, whatever reads them: a run
 * of the float reference at level `disabled` with every tensor an output (its tensors as the source computes them),
 * and a run of the model's optimized graph (saved at level `all`) the same way (as production computes them); against
 * a plain run of both at level `all`, measured the same way, in this process. A comparison also runs each layer
 * alone and measures what comes back.
 */
async function runtimeFloor(c: Case, dir: string): Promise<{ plainMs: number; exposedMs: number }> {
  const saved = path.join(dir, 'exposed-floor.onnx');
  const s = await ort.InferenceSession.create(c.model, { ...ONE_THREAD, graphOptimizationLevel: 'all', optimizedModelFilePath: saved });
  await s.release();
  const exposed = (file: string) => withExposedOutputs(fs.readFileSync(file), 'all').bytes;
  const plainMs = (await runMs(c.reference, 'all', c.input)) + (await runMs(c.model, 'all', c.input));
  const exposedMs = (await runMs(exposed(c.reference), 'disabled', c.input)) + (await runMs(exposed(saved), 'disabled', c.input));
  fs.rmSync(saved, { force: true });
  return { plainMs, exposedMs };
}

const PER_INPUT = ['load', 'capture', 'local', 'metrics', 'culprits'];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-inputs-bench-'));
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  const engine = new EngineClient();
  try {
    const cases: Case[] = [];
    const twin = await convTwin(engine, { depth: 8, channels: 32, size: 32 });
    writeModel(twin.float, path.join(dir, 'net-float.onnx'));
    writeModel(twin.qdq, path.join(dir, 'net-qdq.onnx'));
    const twinInput = { ...twin.input, name: 'x' };
    cases.push({ name: 'generated convnet (8 convs, 32x32x32)', model: path.join(dir, 'net-qdq.onnx'), reference: path.join(dir, 'net-float.onnx'), input: twinInput, sizes: list('sizes', [1, 10, 100, 200]), writeSet: (d, n) => writeInputs(d, twinInput, n) });
    const real = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');
    if (fs.existsSync(path.join(real, 'mnv2_int8.onnx'))) {
      const mnv2 = { model: path.join(real, 'mnv2_int8.onnx'), reference: path.join(real, 'mnv2_float_qatw.onnx'), input: { ...readNpy(path.join(real, 'input.npy')), name: 'input' } };
      cases.push({ ...mnv2, name: 'MobileNetV2 int8 vs its float twin', sizes: list('mnv2-sizes', [1, 10]), writeSet: (d, n) => writeInputs(d, mnv2.input, n) });
      const i = process.argv.indexOf('--photos');
      const photos = i > 0 ? path.resolve(process.argv[i + 1]) : null;
      if (photos) cases.push({ ...mnv2, name: 'MobileNetV2 (same pair) over photographs', sizes: list('photo-sizes', [1, 10, 100]), writeSet: (d, n) => linkPhotos(photos, d, spacedPhotos(photos, n)) });
    }
    console.log(`${new Date().toISOString()}; CPU: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores; Node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    for (const c of cases) {
      // The model's input name, from the CLI's own reading would need the graph; the twin's is x, MobileNetV2's input.
      await engine.call('sessions', { keep: 4 });
      const plain = (await plainRunMs(engine, c.model, c.input)) + (await plainRunMs(engine, c.reference, c.input));
      await engine.call('sessions', { keep: 0 });
      const floor = await runtimeFloor(c, dir);
      console.log(`\n### ${c.name}\n\nplain run of both models (sessions made, run only, through the engine): ${plain.toFixed(1)} ms\n`);
      console.log(`the runtime's floor, in this process: a plain run of both ${floor.plainMs.toFixed(1)} ms; with every tensor an output (the least a comparison's capture costs) ${floor.exposedMs.toFixed(1)} ms, ${(floor.exposedMs / floor.plainMs).toFixed(1)}x\n`);
      console.log('| inputs | jobs | total | parse+compile+align | per input | per input / plain run of both | load | capture | local | metrics | culprits | peak RSS | sessions made / reused |');
      console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
      const rows: Array<{ n: number; jobs: number; r: SetReport }> = [];
      // One unreported run first: the compile (and its memory) would otherwise be in whichever row comes first.
      const tag = c.name.replace(/\W+/g, '-');
      const warm = path.join(dir, `${tag}-warm`);
      c.writeSet(warm, 1);
      compareSetCli(c, warm, 1);
      for (const n of c.sizes) {
        const inputs = path.join(dir, `${tag}-${n}`);
        c.writeSet(inputs, n);
        for (const jobs of n === 10 || n === 100 ? [1, 2] : [1]) {
          const r = compareSetCli(c, inputs, jobs);
          rows.push({ n, jobs, r });
          const t = r.timingsMs;
          const per = PER_INPUT.reduce((a, k) => a + (t[k] ?? 0), 0) / n;
          const wall = (t.total - t.parse - t.compile - t.align - t.report) / n;
          const perN = (k: string) => `${((t[k] ?? 0) / n).toFixed(0)} ms`;
          console.log(`| ${n} | ${jobs} | ${(t.total / 1000).toFixed(1)} s | ${((t.parse + t.compile + t.align) / 1000).toFixed(2)} s | ${wall.toFixed(0)} ms wall (${per.toFixed(0)} ms of stage time) | ${(wall / plain).toFixed(1)}x | ${perN('load')} | ${perN('capture')} | ${perN('local')} | ${perN('metrics')} | ${perN('culprits')} | ${r.peakRssMb} MiB | ${r.sessions.created} / ${r.sessions.reused} |`);
        }
      }
      const base = rows.find((x) => x.n === 10 && x.jobs === 1);
      for (const n of [10, 100]) {
        const one = rows.find((x) => x.n === n && x.jobs === 1);
        const two = rows.find((x) => x.n === n && x.jobs === 2);
        if (one && two) console.log(`\n--jobs 2 on ${n} inputs: ${(one.r.timingsMs.total / two.r.timingsMs.total).toFixed(2)}x faster than --jobs 1`);
      }
      if (base) for (const big of rows.filter((x) => x.jobs === 1 && x.n > 10)) console.log(`peak RSS ${big.n} inputs / 10 inputs: ${(big.r.peakRssMb / base.r.peakRssMb).toFixed(2)}x`);
      console.log(`load average at the end of this case: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    }
  } finally {
    engine.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
