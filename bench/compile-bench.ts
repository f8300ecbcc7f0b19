/**
 * Compile benchmark: QuantLens's compile (session + save, faithful exposure, IR) against a bare onnxruntime session
 * creation on the same model and target, measured in the same run, as a ratio; and the runtime's floor (see
 * runtimeFloorMs), what the same information costs any tool, against the same bare session. Prints a table.
 * Usage: node dist/compile-bench.js [--runs N] [MODEL.onnx ...]  (default: the generated 2,000+ node model, and the
 * real MobileNetV2 fixtures when ../shared/fixtures/real is there).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ort from 'onnxruntime-node';
import { GraphBuilder, randomValues, rng } from '../src/engine/builder/model-builder';
import { compileModel } from '../src/engine/compile/compile';
import { writeModel } from '../src/engine/onnx/model-file';
import { withExposedOutputs } from '../src/engine/onnx/graph-outputs';
import { EngineClient } from '../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';

/** A QDQ CNN of `blocks` residual blocks: 4 nodes of its own per block plus weights' DQ (about 6 per block). */
function generatedModel(blocks: number) {
  const r = rng(11);
  const b = new GraphBuilder('bench');
  let x = b.input('x', 'float32', [1, 16, 14, 14]);
  const s = b.constant('s', 'float32', [], [0.05]);
  const z = b.constant('z', 'uint8', [], [128]);
  const ws = b.constant('ws', 'float32', [16], randomValues(16, 0.002, 0.004, r));
  const wz = b.constant('wz', 'int8', [16], new Array(16).fill(0));
  const qdq = (t: string, name: string) => b.op('DequantizeLinear', [b.op('QuantizeLinear', [t, s, z], {}, { name: `${name}/QuantizeLinear` }), s, z], {}, { name: `${name}/DequantizeLinear` });
  x = qdq(x, '/input');
  for (let i = 0; i < blocks; i++) {
    const w = b.op('DequantizeLinear', [b.constant(`w${i}`, 'int8', [16, 16, 3, 3], randomValues(2304, -60, 60, r, true)), ws, wz], { axis: 0 }, { name: `/b${i}/weight/DequantizeLinear` });
    const c = b.op('Relu', [b.op('Conv', [x, w], { pads: [1, 1, 1, 1] }, { name: `/b${i}/Conv` })], {}, { name: `/b${i}/Relu` });
    x = qdq(b.op('Add', [qdq(c, `/b${i}/conv`), x], {}, { name: `/b${i}/Add` }), `/b${i}/add`);
  }
  b.output(b.op('Identity', [x], {}, { name: '/out', output: 'y' }));
  return b.model({ opset: 13 });
}

const BARE: ort.InferenceSession.SessionOptions = { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1, logSeverityLevel: 3 };

/**
 * What any tool pays to show the optimized graph with its tensors' types through onnxruntime-node, QuantLens's own
 * work left out: the session saving its optimized graph (the only way the API gives the graph), then a session of
 * that graph at level `disabled` with every node output exposed (the only way it gives their types and shapes: the
 * saved graph has no value_info for the tensors it made). Both in this process, neither run.
 */
async function runtimeFloorMs(model: string, dir: string): Promise<number> {
  const saved = path.join(dir, 'floor.onnx');
  const t0 = performance.now();
  const s = await ort.InferenceSession.create(model, { ...BARE, optimizedModelFilePath: saved, extra: { 'session.disable_prepacking': '1' } });
  await s.release();
  const exposed = await ort.InferenceSession.create(withExposedOutputs(fs.readFileSync(saved), 'all').bytes, { ...BARE, graphOptimizationLevel: 'disabled', extra: { 'session.disable_prepacking': '1' } });
  const ms = performance.now() - t0;
  await exposed.release();
  fs.rmSync(saved, { force: true });
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const given = args.filter((a, i) => a.endsWith('.onnx') && i !== runsAt + 1);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-bench-'));
  const models = given.length ? given : [];
  if (!given.length) {
    const gen = path.join(dir, 'generated_qdq_2k.onnx');
    writeModel(generatedModel(340), gen);
    models.push(gen);
    const real = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');
    for (const f of ['mnv2_int8.onnx', 'mnv2_float_qatw.onnx']) if (fs.existsSync(path.join(real, f))) models.push(path.join(real, f));
  }
  const target = BUILTIN_TARGETS.find((t) => t.id === 'cpu')!;
  // As `quantlens compile` runs it (a compile alone keeps the allocator's default, see EngineHeap).
  const engine = new EngineClient(undefined, undefined, undefined, 'runtime-default');
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  const rows: string[][] = [['model', 'nodes', 'file MiB', 'bare session ms', 'QuantLens ms', 'ratio', 'runtime floor ms', 'floor / bare', 'session+save', 'exposure', 'IR+findings', 'load', 'engine peak MiB', 'host peak MiB']];
  try {
    for (const model of models) {
      const bare: number[] = [];
      const floor: number[] = [];
      const ours: Array<{ total: number; session: number; expose: number; ir: number; load: number; nodes: number; peak: number }> = [];
      for (let i = 0; i < runs; i++) {
        // Bare: what a user would do without QuantLens (same level, same threads).
        const t0 = performance.now();
        const s = await ort.InferenceSession.create(model, BARE);
        bare.push(performance.now() - t0);
        await s.release();
        floor.push(await runtimeFloorMs(model, dir));
        // QuantLens with a cold compile cache (the runtime probe, measured once per machine, stays cached).
        fs.rmSync(path.join(process.env.QUANTLENS_CACHE_DIR!, 'compiled'), { recursive: true, force: true });
        const outcome = await compileModel(model, { target, engine });
        const meta = JSON.parse(fs.readFileSync(path.join(path.dirname(outcome.report.compiledModelPath!), 'meta.json'), 'utf8'));
        ours.push({ total: outcome.report.timingsMs.total, session: meta.timingsMs.session, expose: meta.timingsMs.expose, ir: outcome.report.timingsMs.ir, load: outcome.report.timingsMs.load, nodes: outcome.report.source.nodes, peak: meta.peakRssMb });
      }
      const m = (k: keyof (typeof ours)[number]) => median(ours.map((o) => o[k]));
      const size = fs.statSync(model).size / 2 ** 20;
      rows.push([path.basename(model), String(ours[0].nodes), size.toFixed(1), median(bare).toFixed(0), m('total').toFixed(0), (m('total') / median(bare)).toFixed(2) + 'x', median(floor).toFixed(0), (median(floor) / median(bare)).toFixed(2) + 'x', m('session').toFixed(0), m('expose').toFixed(0), m('ir').toFixed(0), m('load').toFixed(0), Math.max(...ours.map((o) => o.peak)).toFixed(0), (process.resourceUsage().maxRSS / 1024).toFixed(0)]);
    }
  } finally {
    engine.dispose();
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`compile at target cpu, median of ${runs} runs, cold cache; ${os.cpus()[0]?.model} x${os.cpus().length}, onnxruntime-node ${ort.env.versions.common}`);
  console.log([line(rows[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
