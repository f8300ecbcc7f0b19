import { DEFAULT_THRESHOLD_DB } from '../../shared/compare-modes';
import { targetJson } from '../compile/compile';
import { alignRows } from './align/align';
import { planChunks } from './align/chunks';
import { readMapFile } from './align/map-file';
import { indexRows } from './align/row-index';
import { staticValues } from './align/static-values';
import { partitionUnits } from './align/units';
import { EnginePair } from './capture/engines';
import { loadInputs } from './capture/inputs';
import { ChunkContext, compareChunk } from './compare-chunk';
import { CompareOptions, resolveMode } from './compare-options';
import { CompareReport } from './compare-report';
import { findCulprits } from './culprits/culprits';
import { unitFacts } from './culprits/facts';
import { noEvidence } from './evidence/local-evidence';
import { twinWeights } from './evidence/model-evidence';
import { RowStats } from './metrics/row-stats';
import { openSides, referenceFeeds, sameModel } from './reference/reference';
import { cpuFactsOf } from './report/cpu-facts';
import { comparisonFindings } from './report/diagnostics';
import { KeptPairs } from './report/kept-pairs';
import { layerTable } from './report/layers';
import { OutputValues } from './report/outputs';
import { parseModel, SideOptions } from './sides/sides';
import { runWhatIf, whatIfLayers } from './what-if/what-if';

export type { CompareOptions, PairValues } from './compare-options';
export { resolveMode } from './compare-options';

/**
 * Values captured per chunk (both sides, every sample), in MiB. The local model, the engine's copies and the
 * normalized views cost a few times that again, so this keeps the peak near 0.5 GiB above the loaded models however
 * deep the model is.
 */
const DEFAULT_CHUNK_MB = 64;

/**
 * Layer-by-layer comparison, as a pipeline of named stages: capture both sides faithfully, in chunks; normalize every
 * captured tensor; align the model's tensors with the reference's; take the reference's values; measure every pair and
 * each layer run alone on the reference's inputs; gather the evidence; rank the culprits; report (with a what-if).
 */
export async function compareModels(opts: CompareOptions): Promise<CompareReport> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const progress = opts.onProgress ?? (() => undefined);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  const mode = resolveMode(opts);

  // The sides: the model as its target compiles it, and what it is held against.
  const parsed = parseModel(opts.model);
  const inputs = loadInputs(parsed.graph, opts.input, opts.dims ?? {});
  const sideOpts: SideOptions = { engine: opts.engine, dims: inputs.info.dims, threads: opts.threads, signal: opts.signal, onProgress: progress };
  const { model, reference } = await openSides(opts, mode, sideOpts, parsed);
  timings.compile = performance.now() - t0;

  // Align: the model's units, and the pairs to compare in graph order.
  const units = partitionUnits(model.source);
  const statics = staticValues(model.source);
  const map = opts.map ? readMapFile(opts.map) : undefined;
  const alignment = alignRows(model, units, reference, opts.reference ?? opts.model, map);
  const rows = indexRows(alignment.rows, units, model.source);

  // Capture, normalize, reference values, metrics, layers alone and their evidence: chunk by chunk.
  const engines = new EnginePair(opts.engine);
  const ctx: ChunkContext = {
    model, reference, units, statics, rows, threshold, engines, threads: opts.threads, signal: opts.signal,
    samples: inputs.samples, referenceFeeds: referenceFeeds(reference, model, inputs.samples),
    stats: alignment.rows.map(() => new RowStats()), evidence: alignment.rows.map(() => noEvidence()),
    outputs: new OutputValues(model.source.outputs),
    pairs: opts.pairs ? new KeptPairs(opts.pairs, threshold, model.source.outputs) : null,
    localFailures: [], timings: { capture: 0, local: 0 },
  };
  const chunks = planChunks(alignment.rows, inputs.samples.length, (opts.chunkMb ?? DEFAULT_CHUNK_MB) * 1024 * 1024);
  const tLoop = performance.now();
  try {
    for (const [ci, chunk] of chunks.entries()) {
      progress(`comparing layers: chunk ${ci + 1} of ${chunks.length} (${chunk.length} tensors)`);
      await compareChunk(ctx, chunk);
    }
  } finally {
    engines.dispose();
  }
  Object.assign(timings, ctx.timings, { layers: performance.now() - tLoop });

  // Culprits, from what each layer did on its own and what it did to its inputs' accuracy.
  const table = layerTable(model, units, alignment, ctx.stats, opts.reference ?? opts.model);
  const { facts, weights } = unitFacts({ ...ctx, layers: table.byRow });
  const culprits = findCulprits(facts, threshold, sameModel(reference));

  // Report: the outputs, a what-if for the top culprit (and the layers asked for), the findings.
  const firstBad = table.layers.find((l) => l.sqnrDb !== null && l.sqnrDb < threshold) ?? null;
  const output = ctx.outputs.rows(model.source.outputs, table.layers, units);
  const tw = performance.now();
  const layers = whatIfLayers(opts.keepFloat ?? [], culprits);
  const whatIf = layers.length ? await runWhatIf(model, layers, units, {
    engine: opts.engine, sideOpts, samples: inputs.samples,
    outputs: model.source.outputs.map((name) => ({ name, ref: ctx.outputs.reference(name), before: output.find((o) => o.name === name)?.sqnrDb ?? null })),
    explicit: new Set(opts.keepFloat ?? []),
    floatWeights: reference.kind === 'float-twin' ? (u) => twinWeights(u, alignment.rows, reference.side) : undefined,
    sameSource: sameModel(reference),
  }) : [];
  timings.whatIf = performance.now() - tw;
  const diagnostics = comparisonFindings({ model, file: opts.model, input: inputs.info, weights, localFailures: ctx.localFailures, culprits });
  const firstBadJson = firstBad && firstBad.sqnrDb !== null ? { tensor: firstBad.tensor, node: firstBad.node, sqnrDb: firstBad.sqnrDb } : null;
  if (opts.pairs && ctx.pairs) opts.pairs.onPairs(ctx.pairs.select({ culprits, firstBad: firstBadJson }));
  timings.total = performance.now() - t0;
  return {
    mode,
    model: model.file,
    reference: reference.file,
    target: targetJson(model.target),
    referenceTarget: targetJson(opts.referenceTarget),
    repairs: model.repairs,
    input: inputs.info,
    output,
    threshold,
    layers: table.layers,
    unmatched: { model: table.unmatchedModel, reference: alignment.unmatched.reference },
    firstBad: firstBadJson,
    culprits,
    whatIf,
    diagnostics,
    cpuFacts: cpuFactsOf(model),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024 + engines.peakMb()),
  };
}
