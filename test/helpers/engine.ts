import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileModel, CompileOutcome } from '../../src/engine/compile/compile';
import { writeModel } from '../../src/engine/onnx/model-file';
import { ModelMsg } from '../../src/engine/onnx/schema';
import { EngineClient } from '../../src/engine/process/engine-client';
import { BUILTIN_TARGETS } from '../../src/engine/targets/target';

/** One engine process and one fresh cache folder for a test file. */
export function useEngine(): { engine: () => EngineClient; dir: () => string } {
  let engine: EngineClient | undefined;
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ql-test-'));
    process.env.QUANTLENS_CACHE_DIR = path.join(dir, 'cache');
    engine = new EngineClient();
  });
  after(() => engine?.dispose());
  return { engine: () => engine!, dir: () => dir };
}

export function saveModel(dir: string, name: string, model: ModelMsg): string {
  const file = path.join(dir, name);
  writeModel(model, file);
  return file;
}

export function compileFor(file: string, targetId: string, engine: EngineClient): Promise<CompileOutcome> {
  const target = BUILTIN_TARGETS.find((t) => t.id === targetId)!;
  return compileModel(file, { target, engine });
}

/** The repository's root, from dist/test. */
export const repoRoot = path.resolve(__dirname, '..', '..');
export const realFixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'real');

/** In a `before`: the suite is pending, with the reason, where the real fixtures (outside the repository) are absent. */
export function requireRealFixtures(ctx: Mocha.Context, file: string, dir = realFixtures): void {
  if (fs.existsSync(path.join(dir, file))) return;
  console.log(`      pending: the real fixtures are not on this machine (${path.join(dir, file)} is missing; they live in the shared workspace, not in the repository)`);
  ctx.skip();
}
