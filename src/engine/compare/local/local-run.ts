import { encodeModel } from '../../onnx/model-file';
import { RuntimeError } from '../../process/engine-client';
import type { CaptureResult } from '../../process/engine-protocol';
import { captureAtTarget } from '../../emulate/capture-at-target';
import type { Target } from '../../targets/target';
import type { EnginePair } from '../capture/engines';
import type { Side } from '../sides/sides';
import { engineFeeds, FeedValue, HeldFetch, keptFeeds } from './local-feeds';
import type { LocalModel, LocalPick } from './local-model';
import { buildPlanModel, LocalContext, LocalPlan } from './local-plan';

/** One local model's run: at the model's target, and at the reference's when it is another target. */
export interface LocalResult {
  local: LocalModel;
  atModel: CaptureResult;
  atReference: CaptureResult | null;
}

export interface LocalRun {
  results: LocalResult[];
  /** Layers the runtime would not run alone, with the runtime's first line. */
  failures: Array<{ unit: number; message: string }>;
}

export interface LocalRunContext extends LocalContext {
  model: Side;
  engines: EnginePair;
  /** Where the reference runs layers alone too (target-vs-target); null when its values are the reference. */
  referenceTarget: Target | null;
  inputs: number;
  /** The reference values the reference's engine process kept from this chunk's capture (null: none, send all). */
  held: { kept: string; fetch: HeldFetch } | null;
  threads?: number;
  signal?: AbortSignal;
}

/** A local model's bytes, encoded once: a kept plan runs the same model on every input of a set. */
const encodedModels = new WeakMap<LocalModel, Uint8Array>();
function encoded(local: LocalModel): Uint8Array {
  let bytes = encodedModels.get(local);
  if (!bytes) encodedModels.set(local, (bytes = encodeModel(local.model)));
  return bytes;
}

/**
 * Each layer alone, on the reference's inputs, at the model's target (and at the reference's, for two targets): one
 * model for the chunk. If the runtime rejects it (a layer it cannot run alone), halve until the layer is found.
 */
export async function runLayersAlone(ctx: LocalRunContext, plan: LocalPlan, value: FeedValue): Promise<LocalRun> {
  const failures: LocalRun['failures'] = [];
  const run = async (picks: LocalPick[], built: LocalModel | null): Promise<LocalResult[]> => {
    const local = built ?? buildPlanModel(ctx, picks);
    const held = ctx.held;
    // Copies fed from reference values run where those values already are: they do not cross the pipes twice.
    const kept = held ? keptFeeds(local, held.fetch, held.kept, ctx.inputs) : null;
    const feeds = engineFeeds(local, value, ctx.inputs, kept && held ? held.fetch : undefined);
    const engine = kept ? ctx.engines.reference() : ctx.engines.model;
    const fetch = local.outputs.map((o) => o.local);
    const bytes = encoded(local);
    // An emulated target runs the copies with its family's integer kernels, as it runs the model.
    const at = (target: Target) => captureAtTarget(engine, { bytes, target, freeDims: ctx.model.run.session.freeDims, threads: ctx.threads, feeds, keptFeeds: kept ?? undefined, fetch, signal: ctx.signal });
    try {
      const atModel = await at(ctx.model.target);
      const atReference = ctx.referenceTarget ? await at(ctx.referenceTarget) : null;
      ctx.engines.notePeak(kept ? 'reference' : 'model', atModel.peakRssMb);
      return [{ local, atModel, atReference }];
    } catch (err) {
      if (!(err instanceof RuntimeError)) throw err;
      if (picks.length === 1) {
        failures.push({ unit: picks[0].unit, message: err.message.split('\n')[0].slice(0, 200) });
        return [];
      }
      const half = Math.ceil(picks.length / 2);
      return [...(await run(picks.slice(0, half), null)), ...(await run(picks.slice(half), null))];
    }
  };
  return { results: await run(plan.picks, plan.model), failures };
}
