import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileModel } from '../engine/compile/compile';
import { demoModel } from '../engine/examples/demo-model';
import { writeModel } from '../engine/onnx/model-file';
import { BUILTIN_TARGETS } from '../engine/targets/target';
import type { Command } from './command';
import { summarize } from './compile-command';
import { summarizeCompare } from './compare-command';
import { compareModels } from '../engine/compare/compare';
import { compareHtml } from '../engine/compare/report/report-html';
import { withEngine } from './engine-context';

export const demoCommand: Command<'demo'> = {
  async run(o) {
    // Without --out the model and the report live in a temporary folder that goes when the demo ends, however it ends.
    const dir = o.out ? path.resolve(o.out) : fs.mkdtempSync(path.join(os.tmpdir(), 'quantlens-demo-'));
    if (o.out) fs.mkdirSync(dir, { recursive: true });
    try {
      return await demo(dir, !!o.out);
    } finally {
      if (!o.out) fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function demo(dir: string, keep: boolean): Promise<number> {
  const file = path.join(dir, 'demo_qdq.onnx');
  writeModel(demoModel(), file);
  process.stdout.write(`QuantLens demo: a small QDQ CNN written to ${file}\n\n`);
  await withEngine(async (engine, signal) => {
    for (const id of ['cpu', 'cpu-no-layout']) {
      const target = BUILTIN_TARGETS.find((t) => t.id === id)!;
      const { report } = await compileModel(file, { target, engine, signal });
      process.stdout.write(`${summarize(report)}\n\n`);
    }
  });
  // The same model, layer by layer against its exact reference: first as this machine runs it, then as it would
  // run on x64 without VNNI (emulated, so on any CPU), where its uint8 x int8 pair sums saturate and QuantLens names
  // the layer, the kind and the fix, then on x64 with VNNI, where the same kernels are exact.
  const report = path.join(dir, 'demo_compare.html');
  await withEngine(async (engine, signal) => {
    const reference = BUILTIN_TARGETS.find((t) => t.id === 'reference')!;
    for (const id of ['cpu', 'x64-avx2', 'x64-vnni']) {
      const target = BUILTIN_TARGETS.find((t) => t.id === id)!;
      const r = await compareModels({ model: file, target, referenceTarget: reference, engine, signal });
      process.stdout.write(`${summarizeCompare(r)}\n\n`);
      if (id === 'x64-avx2') fs.writeFileSync(report, compareHtml(r));
    }
  });
  process.stdout.write(keep
    ? `Report: ${report}\nTry: quantlens compare ${file} --target x64-avx2 --keep-float /stem/conv/Conv\n`
    : 'The model and the report were in a temporary folder, now removed: `quantlens demo --out DIR` keeps them.\n');
  return 0;
}
