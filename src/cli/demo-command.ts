import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileModel } from '../engine/compile/compile';
import { demoModel } from '../engine/examples/demo-model';
import { writeModel } from '../engine/onnx/model-file';
import { BUILTIN_TARGETS } from '../engine/targets/target';
import type { Command } from './command';
import { summarize } from './compile-command';
import { withEngine } from './engine-context';

export const demoCommand: Command = {
  usage: 'demo                                  build a small QDQ model and compile it at cpu and cpu-no-layout',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quantlens-demo-'));
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
    process.stdout.write(`Try: node dist/cli.js compile ${file} --json\n`);
    return 0;
  },
};
