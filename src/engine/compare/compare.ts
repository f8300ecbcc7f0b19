import { DEFAULT_THRESHOLD_DB } from '../../shared/compare-modes';
import { targetJson } from '../compile/compile';
import type { IRGraph } from '../ir/ir-types';
import { Aligned, alignSides } from './align/aligned';
import { EnginePair } from './capture/engines';
import { loadInputs } from './capture/inputs';
import { Measured, measureLayers } from './compare-layers';
import { CompareOptions, resolveMode } from './compare-options';
import { CompareReport, LayerRow } from './compare-report';
import { findCulprits } from './culprits/culprits';
import { unitFacts } from './culprits/facts';
import { openSides, sameModel, Sides } from './reference/reference';
import { cpuFactsOf } from './report/cpu-facts';
import { comparisonFindings } from './report/diagnostics';
import { layerTable } from './report/layers';
import { parseModel, SideOptions } from './sides/sides';
import { whatIfStage } from './what-if/what-if';

export type { CompareOptions, PairValues } from './compare-options';
export { resolveMode } from './compare-options';

/**
 * Values captured per chunk (both sides, every sample), in MiB. The local model, the engine's copies and the
 * normalized views cost a few times that again, so this keeps the peak near 0.5 GiB above the loaded models however
 * deep the model is.
 */
const DEFAULT_CHUNK_MB = 64;

type Bad = LayerRow & { sqnrDb: number };

/** The model's tensors quantized at run time: DynamicQuantizeLinear outputs, and the float inputs the fused form quantizes. */
function runtimeQuantized(g: IRGraph): { runtimeQuantized?: string[] } {
  const tensors = g.nodes.flatMap((n) => (n.opType === 'DynamicQuantizeLinear' ? [n.outputs[0]] : n.opType === 'DynamicQuantizeMatMul' ? [n.inputs[0]] : []).filter(Boolean));
  // Only models quantized at run time carry the field: the JSON of every other model stays as it was.
  return tensors.length ? { runtimeQuantized: tensors } : {};
}

/**
 * Layer-by-layer comparison, as a pipeline of named stages: open both sides (the model at its target, the reference);
 * align their tensors; per chunk of rows, capture both sides, normalize, take the reference values, measure every
 * pair and each layer run alone on the reference's inputs, and gather evidence; rank the culprits; report, with a
 * what-if for the top one.
 */
export async function compareModels(opts: CompareOptions): Promise<CompareReport> {
  const t0 = performance.now();
  const onProgress = opts.onProgress ?? (() => undefined);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  const mode = resolveMode(opts);
  const blamed = opts.reference ?? opts.model;

  const parsed = parseModel(opts.model);
  const inputs = loadInputs(parsed.graph, opts.input, opts.dims ?? {}, undefined, opts.preprocess);
  const sideOpts: SideOptions = { engine: opts.engine, dims: inputs.info.dims, threads: opts.threads, signal: opts.signal, onProgress };
  const engines = new EnginePair(opts.engine);
  // Both engine processes start now: their start overlaps the compile and the alignment (measured: ~0.2 s each,
  // which a process started at its first capture added to the comparison's wall time).
  engines.warm(mode !== 'activations');
  let sides: Sides, aligned: Aligned, measured: Measured, compiled: number, layersMs: number;
  try {
    sides = await openSides(opts, mode, sideOpts, parsed);
    compiled = performance.now();
    aligned = alignSides(sides, blamed, opts.map);
    const tLayers = performance.now();
    measured = await measureLayers(aligned, {
      engines, samples: inputs.samples, threshold, chunkMb: opts.chunkMb ?? DEFAULT_CHUNK_MB, pairs: opts.pairs,
      threads: opts.threads, signal: opts.signal, onProgress,
    });
    layersMs = performance.now() - tLayers;
  } finally {
    engines.dispose();
  }

  const table = layerTable(sides.model, aligned.units, aligned.alignment, measured.stats, blamed);
  const { facts, weights } = unitFacts({ ...aligned, ...measured, layers: table.byRow });
  const culprits = findCulprits(facts, threshold, sameModel(sides.reference));

  const bad = table.layers.find((l): l is Bad => l.sqnrDb !== null && l.sqnrDb < threshold);
  const firstBad = bad ? { tensor: bad.tensor, node: bad.node, sqnrDb: bad.sqnrDb } : null;
  const output = measured.outputs.rows(sides.model.source.outputs, table.layers, aligned.units);
  const tWhatIf = performance.now();
  const whatIf = await whatIfStage(aligned, culprits, measured.outputs, output, { keepFloat: opts.keepFloat ?? [], engine: opts.engine, sideOpts, samples: inputs.samples });
  const whatIfMs = performance.now() - tWhatIf;
  const diagnostics = comparisonFindings({ model: sides.model, file: opts.model, input: inputs.info, weights, localFailures: measured.localFailures, culprits, facts });
  if (opts.pairs && measured.pairs) opts.pairs.onPairs(measured.pairs.select({ culprits, firstBad }));

  const timings = { compile: compiled - t0, ...measured.timings, layers: layersMs, whatIf: whatIfMs, total: performance.now() - t0 };
  return {
    mode,
    model: sides.model.file,
    reference: sides.reference.file,
    target: targetJson(sides.model.target),
    referenceTarget: targetJson(opts.referenceTarget),
    repairs: sides.model.repairs,
    repairedCopy: sides.model.repairedFile ?? null,
    input: inputs.info,
    output,
    threshold,
    layers: table.layers,
    ...runtimeQuantized(sides.model.source),
    unmatched: { model: table.unmatchedModel, reference: aligned.alignment.unmatched.reference },
    firstBad,
    culprits,
    whatIf,
    diagnostics,
    cpuFacts: cpuFactsOf(sides.model),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024 + engines.peakMb()),
  };
}
