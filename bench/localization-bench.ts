/**
 * Localization benchmark: inject each fault kind (activation scale 8x too small, a wrong weight zero point, a wrong
 * weight scale) into random layers of each quantized model, compare it with its float twin, and count how often
 * culprit 1 is the broken layer with the right kind. The unbroken models are compared too: they should get no
 * culprit of those kinds. Seeded: the same layers every run. Prints a table.
 * Usage: node dist/localization-bench.js [--layers N] [--seed S]
 * (the real MobileNetV2 fixtures when ../shared/fixtures/real is there, and a generated convnet always).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { rng } from '../src/engine/builder/model-builder';
import { compareModels } from '../src/engine/compare/compare';
import { partitionUnits } from '../src/engine/compare/align/units';
import { buildIR } from '../src/engine/ir/build-ir';
import { writeNpy } from '../src/engine/io/npy';
import { decodeModel, encodeModel, readModel, writeModel } from '../src/engine/onnx/model-file';
import { ModelMsg } from '../src/engine/onnx/schema';
import { EngineClient } from '../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../src/engine/targets/target';
import { convTwin } from '../test/helpers/compare-models';
import { EXPECTED_KIND, FaultKind, injectFault } from '../test/helpers/faults';

const KINDS: FaultKind[] = ['act-scale', 'weight-zero-point', 'weight-scale'];
const target = (id: string) => BUILTIN_TARGETS.find((t) => t.id === id)!;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function pick<T>(xs: T[], n: number, random: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

interface Case { name: string; quant: ModelMsg; float: string; input: string }

async function main(): Promise<void> {
  const layers = arg('layers', 10);
  const seed = arg('seed', 2026);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-localize-'));
  process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
  const engine = new EngineClient();
  const cases: Case[] = [];
  const real = path.resolve(__dirname, '..', '..', 'shared', 'fixtures', 'real');
  if (fs.existsSync(real)) {
    for (const f of ['mnv2_qat_qdq.onnx', 'mnv2_int8.onnx']) {
      cases.push({ name: f, quant: readModel(path.join(real, f)).model, float: path.join(real, 'mnv2_float_qatw.onnx'), input: path.join(real, 'input.npy') });
    }
  }
  const twin = await convTwin(engine, { depth: 16, channels: 32, size: 16 });
  writeModel(twin.float, path.join(dir, 'twin-float.onnx'));
  writeNpy(path.join(dir, 'twin-input.npy'), twin.input);
  cases.push({ name: 'generated convnet (16 convs)', quant: twin.qdq, float: path.join(dir, 'twin-float.onnx'), input: path.join(dir, 'twin-input.npy') });

  const rows: string[] = ['| model | fault | layers | culprit 1 = broken layer, right kind | rate |', '|---|---|---|---|---|'];
  for (const c of cases) {
    const clean = path.join(dir, 'clean.onnx');
    writeModel(c.quant, clean);
    const base = await compareModels({ model: clean, reference: c.float, input: c.input, target: target('cpu'), referenceTarget: target('reference'), engine });
    const faultKinds = new Set(Object.values(EXPECTED_KIND));
    const falseCulprits = base.culprits.filter((k) => faultKinds.has(k.kind));
    rows.push(`| ${c.name} | none (as built) | - | culprits of those kinds: ${falseCulprits.length}${falseCulprits.length ? ` (${falseCulprits.map((k) => `${k.node} ${k.kind}`).join('; ')})` : ''} | - |`);
    const convs = partitionUnits(buildIR(c.quant).graph).filter((u) => u.kind === 'Conv').map((u) => u.name);
    const random = rng(seed);
    for (const kind of KINDS) {
      let hits = 0;
      let tried = 0;
      const misses: string[] = [];
      for (const layer of pick(convs, layers, random)) {
        const model = decodeModel(encodeModel(c.quant), c.name);
        if (!injectFault(model, layer, kind)) continue;
        const file = path.join(dir, 'faulty.onnx');
        writeModel(model, file);
        const r = await compareModels({ model: file, reference: c.float, input: c.input, target: target('cpu'), referenceTarget: target('reference'), engine });
        tried++;
        const top = r.culprits[0];
        if (top && top.node === layer && top.kind === EXPECTED_KIND[kind]) hits++;
        else misses.push(`${layer} -> ${top ? `${top.node} ${top.kind}` : 'none'}`);
        process.stderr.write(`${c.name} ${kind} ${layer}: ${top ? `${top.node} [${top.kind}]` : 'no culprit'}\n`);
      }
      rows.push(`| ${c.name} | ${kind} | ${tried} | ${hits} | ${tried ? ((100 * hits) / tried).toFixed(0) : '-'}% |`);
      if (misses.length) process.stderr.write(`misses (${c.name}, ${kind}): ${misses.join('; ')}\n`);
    }
  }
  engine.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${rows.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
