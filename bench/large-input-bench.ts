/**
 * Large inputs (`npm run bench:large`): a dynamic-int8 U-Net at 1x3x1024x1024 (--size) with ~100 ConvInteger and its
 * float twin, built here. In the same run it measures, each in a fresh process: one plain session + run of each model
 * (peak RSS; time to compile at level all and run once), then `compare --mode compiled-vs-source` and `compare --mode
 * quant-vs-float` (wall time; peak RSS of the CLI plus its engine processes, as the report gives it: the sum of each
 * process's peak; and the peak of their summed RSS, sampled every 50 ms, with the baseline sampled the same way). Goals (issue
 * 13): peak memory at most 2x that of the larger model's plain session + run, time at most 4x "compile both + one
 * plain run each". Every session uses one thread, as the comparison does by default. Each comparison runs twice: its
 * CLI started as from a terminal, and as the extension starts it (huge pages and a fixed mmap threshold, `comparisonEnv`).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomValues, rng } from '../src/engine/builder/model-builder';
import { encodeNpy } from '../src/engine/io/npy';
import { writeModel } from '../src/engine/onnx/model-file';
import { sampleTreeRss } from './tree-rss';
import { comparisonEnv } from '../src/engine/process/comparison-env';
import { dynamicUNetTwins } from '../test/helpers/large-unet';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The plain baseline, run in a child process: compile at level all, run once, report times and peak RSS. */
const PLAIN = `
const ort = require('onnxruntime-node');
const fs = require('fs');
(async () => {
  const [model, input, size] = process.argv.slice(2);
  const b = fs.readFileSync(input);
  const n = 3 * Number(size) * Number(size);
  // The values are the file's last 4n bytes (after the .npy header).
  const x = new Float32Array(b.buffer.slice(b.byteOffset + b.length - 4 * n, b.byteOffset + b.length));
  const t0 = performance.now();
  const s = await ort.InferenceSession.create(model, { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 });
  const t1 = performance.now();
  await s.run({ [s.inputNames[0]]: new ort.Tensor('float32', x, [1, 3, Number(size), Number(size)]) });
  const t2 = performance.now();
  console.log(JSON.stringify({ compileMs: t1 - t0, runMs: t2 - t1, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
})().catch((e) => { console.error(e); process.exit(1); });
`;

interface Plain { compileMs: number; runMs: number; peakRssMb: number; treePeakMb: number }

interface Sampled { stdout: string; stderr: string; status: number | null; wallMs: number; treePeakMb: number }

/** Runs a process to its end, sampling the summed RSS of it and its children (tree-rss.ts). */
function runSampled(args: string[], env: NodeJS.ProcessEnv): Promise<Sampled> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTreeRss(child.pid!);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), status, wallMs: performance.now() - t, treePeakMb: sampler.stop() }));
  });
}

async function plain(dir: string, model: string, input: string, size: number): Promise<Plain> {
  const script = path.join(dir, 'plain.js');
  fs.writeFileSync(script, PLAIN);
  const r = await runSampled([script, model, input, String(size)], { ...process.env, NODE_PATH: path.resolve(__dirname, '..', 'node_modules') });
  if (r.status !== 0) throw new Error(`plain run of ${model} failed: ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as Omit<Plain, 'treePeakMb'>), treePeakMb: r.treePeakMb };
}

interface CompareRun { ok: boolean; wallMs: number; peakRssMb: number | null; treePeakMb: number; outputDb: number | null; rows: number; error: string; timings: Record<string, number> }

async function compare(args: string[], env: NodeJS.ProcessEnv): Promise<CompareRun> {
  const cli = path.join(__dirname, 'cli.js');
  const r = await runSampled([cli, 'compare', ...args, '--json'], { ...env, QUANTLENS_PROGRESS: '0' });
  const { wallMs, treePeakMb } = r;
  const failed = (error: string): CompareRun => ({ ok: false, wallMs, peakRssMb: null, treePeakMb, outputDb: null, rows: 0, error, timings: {} });
  try {
    const j = JSON.parse(r.stdout);
    if (j.error) return failed(String(j.error.message ?? j.error));
    return { ok: true, wallMs, peakRssMb: j.peakRssMb, treePeakMb, outputDb: j.output?.[0]?.sqnrDb ?? null, rows: j.layers?.length ?? 0, error: '', timings: j.timingsMs ?? {} };
  } catch {
    return failed(`exit ${r.status}: ${(r.stderr || r.stdout).slice(0, 300)}`);
  }
}

async function main(): Promise<void> {
  const size = arg('size', 1024);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-large-bench-'));
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  try {
    const twins = dynamicUNetTwins({ size });
    const quant = path.join(dir, 'unet-dynamic-int8.onnx');
    const float = path.join(dir, 'unet-float.onnx');
    writeModel(twins.quant, quant);
    writeModel(twins.float, float);
    const input = path.join(dir, 'input.npy');
    fs.writeFileSync(input, encodeNpy({ dtype: 'float32', dims: [1, 3, size, size], data: Float32Array.from(randomValues(3 * size * size, -1, 1, rng(7))) }, 'input.npy'));
    const mb = (f: string) => (fs.statSync(f).size / 1e6).toFixed(1);
    console.log(`CPU: ${os.cpus()[0]?.model ?? 'unknown'}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; Node ${process.version}; ${new Date().toISOString()}`);
    console.log(`models: dynamic int8 U-Net, ${twins.convs} ConvInteger, ${twins.quant.graph!.node.length} nodes, ${mb(quant)} MB; float twin ${mb(float)} MB; input 1x3x${size}x${size}\n`);

    // --models-only (with --keep): the models and input for profiling one comparison by hand, nothing measured.
    if (process.argv.includes('--models-only')) return;
    const pq = await plain(dir, quant, input, size);
    const pf = await plain(dir, float, input, size);
    const memBase = Math.max(pq.peakRssMb, pf.peakRssMb);
    const treeBase = Math.max(pq.treePeakMb, pf.treePeakMb);
    const timeBase = pq.compileMs + pq.runMs + pf.compileMs + pf.runMs;
    console.log(`plain session + run, dynamic int8: compile ${pq.compileMs.toFixed(0)} ms, run ${pq.runMs.toFixed(0)} ms, peak RSS ${pq.peakRssMb.toFixed(0)} MiB (sampled ${pq.treePeakMb.toFixed(0)})`);
    console.log(`plain session + run, float twin:   compile ${pf.compileMs.toFixed(0)} ms, run ${pf.runMs.toFixed(0)} ms, peak RSS ${pf.peakRssMb.toFixed(0)} MiB (sampled ${pf.treePeakMb.toFixed(0)})`);
    console.log(`baselines: memory (the larger) ${memBase.toFixed(0)} MiB (sampled ${treeBase.toFixed(0)} MiB); time (compile both + one run each) ${(timeBase / 1000).toFixed(1)} s\n`);

    console.log('| comparison | CLI started | result | wall time | time / baseline (goal <= 4x) | peak RSS, sum of the processes\' peaks | / baseline (goal <= 2x) | peak of the summed RSS, sampled | / sampled baseline | stages |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    const runs: Array<[string, string[]]> = [
      ['compiled-vs-source (dynamic int8)', [quant, '--mode', 'compiled-vs-source', '--input', input]],
      ['quant-vs-float (vs float twin)', [quant, '--reference', float, '--mode', 'quant-vs-float', '--input', input]],
    ];
    const starts: Array<[string, NodeJS.ProcessEnv]> = [['as a terminal', process.env], ['as the extension', comparisonEnv(process.env)]];
    for (const [name, args] of runs) for (const [started, env] of starts) {
      const c = await compare(args, env);
      const stages = Object.entries(c.timings).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ');
      const result = c.ok ? `${c.rows} rows, output ${c.outputDb} dB` : `failed: ${c.error}`;
      const mem = c.peakRssMb === null ? 'n/a' : `${c.peakRssMb.toFixed(0)} MiB`;
      const memRatio = c.peakRssMb === null ? 'n/a' : `${(c.peakRssMb / memBase).toFixed(2)}x`;
      console.log(`| ${name} | ${started} | ${result} | ${(c.wallMs / 1000).toFixed(1)} s | ${(c.wallMs / timeBase).toFixed(2)}x | ${mem} | ${memRatio} | ${c.treePeakMb.toFixed(0)} MiB | ${(c.treePeakMb / treeBase).toFixed(2)}x | ${stages} |`);
    }
  } finally {
    // --keep leaves the models and input for profiling one comparison by hand.
    if (process.argv.includes('--keep')) console.log(`\nkept: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
