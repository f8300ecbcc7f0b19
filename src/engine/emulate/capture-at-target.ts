import * as fs from 'fs';
import * as path from 'path';
import { cacheRoot } from '../cache/cache-dir';
import { readModel, encodeModel } from '../onnx/model-file';
import type { EngineClient } from '../process/engine-client';
import type { CaptureResult, KeptFeed } from '../process/engine-protocol';
import type { Tensor } from '../onnx/tensor-codec';
import { kernelFamily } from '../targets/kernel-family';
import { sessionSpec, Target } from '../targets/target';
import { emulateIntegerKernels } from './integer-kernels';

export interface CaptureAtTarget {
  bytes: Uint8Array;
  target: Target;
  freeDims: Record<string, number>;
  threads?: number;
  feeds: Array<Record<string, Tensor>>;
  /** Feeds the engine takes from tensors it kept (see CaptureParams.keptFeeds). */
  keptFeeds?: Array<Record<string, KeptFeed>>;
  fetch: string[];
  signal?: AbortSignal;
}

/**
 * Run a model as a target runs it and fetch tensors: a real target is a live session; an emulated one is compiled
 * here, its integer kernels replaced by the family's, and run with optimizations off.
 */
export async function captureAtTarget(engine: EngineClient, c: CaptureAtTarget): Promise<CaptureResult> {
  const session = sessionSpec(c.target, c.freeDims, c.threads);
  if (!c.target.emulates) return engine.call('capture', { model: { bytes: c.bytes }, session, feeds: c.feeds, keptFeeds: c.keptFeeds, fetch: c.fetch }, { signal: c.signal });
  const dir = fs.mkdtempSync(path.join(cacheRoot(), 'emulate-'));
  try {
    const compiled = path.join(dir, 'compiled.onnx');
    await engine.call('compile', { model: { bytes: c.bytes }, session, optimizedPath: compiled, exposeTypes: false }, { signal: c.signal });
    const { model } = emulateIntegerKernels(readModel(compiled).model, kernelFamily(c.target.emulates));
    const disabled = { ...session, level: 'disabled' as const, config: {} };
    return await engine.call('capture', { model: { bytes: encodeModel(model) }, session: disabled, feeds: c.feeds, keptFeeds: c.keptFeeds, fetch: c.fetch }, { signal: c.signal });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
