import * as fs from 'fs';
import { EngineClient, EngineHeap } from '../engine/process/engine-client';
import { parseCustomTarget } from '../engine/targets/custom-target';
import { TargetRegistry } from '../engine/targets/registry';
import { Target } from '../engine/targets/target';
import { badInput } from '../engine/errors';

/**
 * The registry the CLI sees: built-ins plus custom targets from QUANTLENS_TARGETS (a JSON file holding one target
 * or a list) when set.
 */
export function cliTargets(): TargetRegistry {
  const file = process.env.QUANTLENS_TARGETS;
  if (!file) return new TargetRegistry();
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw badInput(file, `cannot read custom targets: ${(err as Error).message}`);
  }
  const list = Array.isArray(json) ? json : [json];
  return new TargetRegistry(list.map((t) => parseCustomTarget(t, file)));
}

/** Run `body` with an engine process that ends with it; Ctrl-C kills the engine (cancel). */
export async function withEngine<T>(body: (engine: EngineClient, signal: AbortSignal) => Promise<T>, heap: EngineHeap = 'return-freed'): Promise<T> {
  const engine = new EngineClient(undefined, undefined, undefined, heap);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  try {
    return await body(engine, abort.signal);
  } finally {
    process.off('SIGINT', onSigint);
    engine.dispose();
  }
}

export function resolveTarget(registry: TargetRegistry, id: string | undefined): Target {
  return registry.get(id ?? 'cpu');
}
