import * as path from 'path';
import { DEFAULT_THRESHOLD_DB } from '../../shared/compare-modes';
import { layoutName } from '../../shared/layout';
import { badInput } from '../errors';
import { sortDiagnostics, diag, Diagnostic } from '../findings/diagnostic';
import { QuantParams } from '../ir/ir-types';
import { readTensorFile } from '../io/tensor-file';
import { encodeModel } from '../onnx/model-file';
import { Tensor, toFloat32 } from '../onnx/tensor-codec';
import { EngineClient, RuntimeError } from '../process/engine-client';
import { CaptureResult } from '../process/engine-protocol';
import { Target } from '../targets/target';
import { captureAtTarget } from '../emulate/capture-at-target';
import { cpuFactsOf } from './report/cpu-facts';
import { targetJson } from '../compile/compile';
import { chooseByValues, readMapFile } from './align/activation-keys';
import { Alignment, alignActivations, alignFloatTwin, alignSameSource, Row, unitIndex } from './align/align';
import { planChunks } from './capture/chunks';
import { loadInputs } from './capture/inputs';
import { CompareReport, LayerRow, PairMetrics } from './compare-report';
import { findCulprits, UnitFacts, WIDEST_BAR_DB } from './culprits/culprits';
import { buildLocalModel, LocalFeed, LocalModel } from './capture/local-model';
import { aggregateMetrics, outputAgreement, pairMetrics, PairMetricsDetail, SQNR_CAP_DB } from './metrics/metrics';
import { Normalized, normalizeTensor } from './normalize/normalize';
import { fakeQuantize, quantizeLike } from './normalize/quantize-like';
import { parseModel, referenceSide, Side, SideOptions, targetSide } from './capture/sides';
import { staticValues } from './align/static-values';
import { tensorQuant, unitOutputQuant, unitSaturation } from './evidence/unit-evidence';
import { partitionUnits, Unit } from './align/units';
import { weightEvidence } from './evidence/weight-evidence';
import { clipOnlyDb, isDepthwise, twinWeights, weightFindings, WeightStat } from './evidence/model-evidence';
import { CompareOptions, PairValues, resolveMode } from './compare-options';

export type { CompareOptions, PairValues } from './compare-options';
export { resolveMode } from './compare-options';
import { runWhatIf } from './what-if/what-if';
import type { SaturationCount } from './evidence/u8s8-saturation';

/** Candidates for `notable` pairs are kept while the comparison runs; this caps their memory. */
const NOTABLE_PAIR_BYTES = 128 * 1024 * 1024;

/**
 * Values captured per chunk (both sides, every sample), in MiB. The local model, the engine's copies and the
 * normalized views cost a few times that again, so this keeps the peak near 0.5 GiB above the loaded models however
 * deep the model is.
 */
const DEFAULT_CHUNK_MB = 64;
/** Ops whose output holds its input's real values (up to quantization): a reference for one serves the other. */
const VALUE_COPIES = new Set(['DequantizeLinear', 'QuantizeLinear', 'Cast', 'Identity', 'Clip']);

interface RowState {
  row: Row;
  chosen: number;
  metrics: PairMetricsDetail[];
  local: number[];
  dtype: string | null;
  refDtype: string | null;
  layout: string | null;
  error: string | null;
  saturation: SaturationCount | null;
  /** SQNR of the layer's inputs after the quantization its copy applies to them (the producers' share). */
  inputQuantDb: number | null;
  /** SQNR the reference would have if clipping to the layer's output range were its only error. */
  clipDb: number | null;
}

const round = (x: number | null, d = 4) => (x === null ? null : Number(x.toFixed(d)));

function normalizeAt(t: Tensor, at: Row['model'][number]['at']): Normalized {
  return normalizeTensor(t, at.value.layout, at.value.quant);
}

async function capture(engine: EngineClient, side: Side, feeds: Array<Record<string, Tensor>>, fetch: string[], signal?: AbortSignal): Promise<CaptureResult> {
  return engine.call('capture', { model: side.run.model, session: side.run.session, feeds, fetch }, { signal });
}

/** Feeds for the reference model: the same tensors under its own input names (a float twin may name them differently). */
function renameFeeds(samples: Array<Record<string, Tensor>>, from: string[], to: string[], file: string): Array<Record<string, Tensor>> {
  if (from.length !== to.length) throw badInput(file, `the reference has ${to.length} inputs, the model ${from.length}: they cannot take the same input`);
  return samples.map((s) => Object.fromEntries(to.map((name, i) => [name, { ...s[from[i]], name }])));
}

/**
 * Layer-by-layer comparison: capture both sides faithfully in chunks, normalize and compare every aligned pair, run
 * each layer alone on the reference's inputs (one local model per chunk, not a session per layer), then rank the
 * layers that introduce error and explain them from evidence.
 */
export async function compareModels(opts: CompareOptions): Promise<CompareReport> {
  const t0 = performance.now();
  const progress = opts.onProgress ?? (() => undefined);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD_DB;
  const mode = resolveMode(opts);
  const engine = opts.engine;
  const timings: Record<string, number> = {};
  let enginePeak = 0;

  const parsed = parseModel(opts.model);
  const inputs = loadInputs(parsed.graph, opts.input, opts.dims ?? {});
  const sideOpts: SideOptions = { engine, dims: inputs.info.dims, threads: opts.threads, signal: opts.signal, onProgress: progress };

  // A bad activations file fails before anything is compiled.
  const refActs: Map<string, Tensor> | null = mode === 'activations' ? readTensorFile(opts.reference!) : null;
  progress(`compiling ${path.basename(opts.model)} for ${opts.target.id}`);
  const model = await targetSide(opts.model, opts.target, sideOpts, parsed);
  let ref: Side | null = null;
  if (mode === 'compiled-vs-source') ref = referenceSide(model.file, opts.referenceTarget, sideOpts, model.model);
  else if (mode === 'target-vs-target') ref = await targetSide(opts.model, opts.referenceTarget, sideOpts, parsed);
  else if (mode === 'quant-vs-float') ref = opts.referenceTarget.id === 'reference' ? referenceSide(opts.reference!, opts.referenceTarget, sideOpts) : await targetSide(opts.reference!, opts.referenceTarget, sideOpts);
  timings.compile = performance.now() - t0;

  const units = partitionUnits(model.source);
  const statics = staticValues(model.source);
  const map = opts.map ? readMapFile(opts.map) : undefined;
  const alignment: Alignment = mode === 'quant-vs-float' ? alignFloatTwin(model, units, ref!)
    : mode === 'activations' ? alignActivations(model, units, refActs!, map)
      : alignSameSource(model, ref!, units);
  if (alignment.rows.length === 0) {
    throw badInput(opts.reference ?? opts.model, `the model and the reference share no tensor that could be compared (unmatched: ${alignment.unmatched.model.length} model tensors, ${alignment.unmatched.reference.length} reference entries)`);
  }
  const modelFeeds = inputs.samples;
  const refFeeds = ref && ref.source !== model.source && mode === 'quant-vs-float' ? renameFeeds(modelFeeds, model.source.inputs, ref.source.inputs, opts.reference!) : modelFeeds;

  // Each unit's representative row: the latest row of its chain.
  const states: RowState[] = alignment.rows.map((row) => ({ row, chosen: 0, metrics: [], local: [], dtype: null, refDtype: null, layout: null, error: null, saturation: null, inputQuantDb: null, clipDb: null }));
  const rowIndex = new Map(alignment.rows.map((r, i) => [r, i]));
  const unitRow = new Map<number, number>();
  states.forEach((s, i) => {
    if (s.row.unit !== null) unitRow.set(s.row.unit, i);
  });
  const byTensor = unitIndex(units);
  const rowByName = new Map(states.map((s, i) => [s.row.tensor, i]));
  // The row that holds a tensor's value: its own, its layer's, or that of the tensor it is a (de)quantized copy of.
  const rowOfTensor = (t: string, hops = 0): number | null => {
    const direct = rowByName.get(t);
    if (direct !== undefined) return direct;
    const u = byTensor.get(t);
    if (u !== undefined && unitRow.has(u)) return unitRow.get(u)!;
    const p = model.source.values.get(t)?.producer ?? -1;
    const n = p >= 0 ? model.source.nodes[p] : undefined;
    return n && hops < 8 && VALUE_COPIES.has(n.opType) ? rowOfTensor(n.inputs[0], hops + 1) : null;
  };
  const outputs = new Map<string, { ref: Float32Array[]; act: Float32Array[]; dims: number[] }>();
  const outputNames = new Set(model.source.outputs);

  // A second engine process for the reference side, so both sides capture at once.
  let second: EngineClient | null = null;
  const refEngine = () => (second ??= new EngineClient());
  let refEnginePeak = 0;
  const chunkBytes = (opts.chunkMb ?? DEFAULT_CHUNK_MB) * 1024 * 1024;
  // The grid a row's values sit on (once per row, not per input): a tensor past the layer's quantization (a Cast of
  // it) uses the layer's; on the same grid as the layer's output, the layer's, which knows the Clip narrowing it.
  const rowGrid = (unit: Unit | null, m: Row['model'][number]) => {
    const unitQuant = unit ? unitOutputQuant(model.source, unit, model.consts) : null;
    const own = tensorQuant(model.source, m.tensor) ?? m.at.value.quant;
    const same = own && unitQuant && own.scale.join() === unitQuant.scale.join() && own.zeroPoint.join() === unitQuant.zeroPoint.join();
    return { unitQuant, quant: same ? unitQuant : own ?? unitQuant };
  };
  // Pairs kept for the tensor diff: the ones asked for, and (notable) the worst ones seen so far, within a budget.
  const wanted = new Set(opts.pairs?.tensors ?? []);
  const kept = new Map<number, PairValues>();
  let keptBytes = 0;
  const keepPair = (s: RowState, i: number, r: Normalized, n: Normalized, quant: QuantParams | null) => {
    const m = s.row.model[s.chosen];
    const node = s.row.unit !== null ? units[s.row.unit].name : null;
    const asked = wanted.has(s.row.tensor) || wanted.has(m.tensor) || (node !== null && wanted.has(node));
    const bad = s.metrics[0]?.sqnrDb !== null && (s.metrics[0]?.sqnrDb ?? Infinity) < threshold + WIDEST_BAR_DB;
    const isOutput = outputNames.has(s.row.tensor);
    if (!asked && !(opts.pairs!.notable && (bad || isOutput))) return;
    const bytes = (r.data.length + n.data.length) * 4;
    if (!asked && keptBytes + bytes > NOTABLE_PAIR_BYTES) return;
    keptBytes += bytes;
    kept.set(i, { tensor: s.row.tensor, referenceTensor: s.row.referenceTensor, node, dims: n.dims, reference: r.data, actual: n.data, quant, layoutNote: n.note });
  };
  const chunks = planChunks(alignment.rows, modelFeeds.length, chunkBytes);
  const tLoop = performance.now();
  timings.capture = 0;
  const localFailures: string[] = [];
  timings.local = 0;
  try {
    for (let ci = 0; ci < chunks.length; ci++) {
      const chunk = chunks[ci];
      progress(`comparing layers: chunk ${ci + 1} of ${chunks.length} (${chunk.length} tensors)`);
      const chunkIndices = chunk.map((r) => rowIndex.get(r)!);
      const chunkStates = chunkIndices.map((i) => states[i]);

      // Local copies of the units represented in this chunk, and the reference rows their inputs need.
      const picks = chunkIndices.flatMap((i) => {
        const u = states[i].row.unit;
        return u !== null && unitRow.get(u) === i ? [{ unit: u, tensor: states[i].row.model[0].tensor }] : [];
      });
      let local = picks.length ? buildLocalModel(model.model, model.source, model.consts, units, picks, statics) : null;
      const isInput = (t: string) => model.source.inputs.includes(t);
      const feedSource = (f: LocalFeed): number | 'input' | null => (isInput(f.from) ? 'input' : rowOfTensor(f.from) ?? (isInput(f.start) ? 'input' : null));
      const inputOf = (f: LocalFeed) => (isInput(f.from) ? f.from : f.start);
      // A graph input's real values (an integer input dequantized with its own parameters, like every reference value).
      const inputValue = (f: LocalFeed, k: number): Normalized => {
        const name = inputOf(f);
        return normalizeTensor(modelFeeds[k][name], { kind: 'unknown', block: null, channels: null }, model.source.values.get(name)?.quant ?? null);
      };
      const feedValue = (f: LocalFeed, k: number): Normalized | undefined => {
        const src = feedSource(f);
        return src === 'input' ? inputValue(f, k) : typeof src === 'number' ? refValues[k].get(src) : undefined;
      };
      let usable = picks;
      if (local) {
        usable = picks.filter((p) => local!.feeds.filter((f) => f.input.startsWith(`L${p.unit}|`)).every((f) => feedSource(f) !== null));
        local = usable.length ? (usable.length === picks.length ? local : buildLocalModel(model.model, model.source, model.consts, units, usable, statics)) : null;
      }
      const extraRows = new Set<number>();
      for (const f of local?.feeds ?? []) {
        const src = feedSource(f);
        if (typeof src === 'number') extraRows.add(src);
      }

      // Capture both sides.
      const tc = performance.now();
      const modelFetch = [...new Set(chunkStates.flatMap((s) => s.row.model.map((m) => m.at.fetch)))];
      const refRows = [...new Set([...chunkIndices, ...extraRows])];
      const refFetch = ref ? [...new Set(refRows.map((i) => ('at' in states[i].row.reference ? (states[i].row.reference as { at: { fetch: string } }).at.fetch : '')))].filter(Boolean) : [];
      // The two sides run at once, each in its own engine process (this machine class has two cores).
      const [modelCap, refCap] = await Promise.all([
        capture(engine, model, modelFeeds, modelFetch, opts.signal),
        ref ? capture(refEngine(), ref, refFeeds, refFetch, opts.signal) : Promise.resolve(null),
      ]);
      enginePeak = Math.max(enginePeak, modelCap.peakRssMb);
      let refValues: Array<Map<number, Normalized>>;
      if (ref && refCap) {
        refEnginePeak = Math.max(refEnginePeak, refCap.peakRssMb);
        refValues = refCap.outputs.map((o) => new Map(refRows.map((i) => {
          const at = (states[i].row.reference as { at: Row['model'][number]['at'] }).at;
          return [i, normalizeAt(o[at.fetch], at)];
        })));
        for (const i of refRows) states[i].refDtype = refCap.outputs[0][(states[i].row.reference as { at: { fetch: string } }).at.fetch]?.dtype ?? null;
      } else {
        const one = new Map(refRows.map((i) => {
          const key = (states[i].row.reference as { key: string }).key;
          const t = refActs!.get(key)!;
          states[i].refDtype = t.dtype;
          return [i, { dims: t.dims, data: toFloat32(t), note: null } as Normalized];
        }));
        refValues = modelFeeds.map(() => one);
      }
      timings.capture += performance.now() - tc;

      // Each layer alone, on the reference's inputs, at the model's target (and at the reference's, for two targets).
      // One model for the chunk; if the runtime rejects it (a layer it cannot run alone), halve until the layer is found.
      const runLocal = async (subset: typeof usable, built: LocalModel | null): Promise<Array<{ local: LocalModel; atModel: CaptureResult; atRef: CaptureResult | null }>> => {
        const lm = built ?? buildLocalModel(model.model, model.source, model.consts, units, subset, statics);
        const feeds = modelFeeds.map((_, k) => Object.fromEntries(lm.feeds.map((f) => {
          const value = feedValue(f, k)!;
          const tensor: Tensor = f.quantize ? quantizeLike(value.data, value.dims, f.quantize) : { dtype: 'float32', dims: value.dims, data: value.data };
          return [f.input, { ...tensor, name: f.input }];
        })));
        const fetch = lm.outputs.map((o) => o.local);
        const bytes = encodeModel(lm.model);
        const freeDims = model.run.session.freeDims;
        try {
          const at = (target: Target) => captureAtTarget(engine, { bytes, target, freeDims, threads: opts.threads, feeds, fetch, signal: opts.signal });
          const atModel = await at(model.target);
          const atRef = mode === 'target-vs-target' ? await at(ref!.target) : null;
          enginePeak = Math.max(enginePeak, atModel.peakRssMb);
          return [{ local: lm, atModel, atRef }];
        } catch (err) {
          if (!(err instanceof RuntimeError)) throw err;
          if (subset.length === 1) {
            localFailures.push(`${units[subset[0].unit].name}: ${err.message.split('\n')[0].slice(0, 200)}`);
            return [];
          }
          const half = Math.ceil(subset.length / 2);
          return [...(await runLocal(subset.slice(0, half), null)), ...(await runLocal(subset.slice(half), null))];
        }
      };
      // The engine runs the layers alone while this process compares the pairs (two processes, two cores).
      const localRun = local ? runLocal(usable, local) : null;
      // A failed local run must not go unobserved while the pairs are compared; it is awaited below.
      localRun?.catch(() => undefined);

      // Compare every pair of the chunk.
      for (const i of chunkIndices) {
        const s = states[i];
        let grid: { unitQuant: QuantParams | null; quant: QuantParams | null } | null = null;
        for (let k = 0; k < modelFeeds.length; k++) {
          const r = refValues[k].get(i)!;
          const got = modelCap.outputs[k];
          if (k === 0 && s.row.model.length > 1) {
            const candidates = s.row.model.flatMap((m) => {
              const n = normalizeAt(got[m.at.fetch], m.at);
              return n.data.length === r.data.length ? [{ tensor: m.tensor, values: n.data }] : [];
            });
            if (candidates.length) {
              const choice = chooseByValues(r.data, candidates);
              s.chosen = s.row.model.findIndex((m) => m.tensor === choice.tensor);
              if (choice.note) s.row.note = choice.note;
            }
          }
          const m = s.row.model[s.chosen];
          const t = got[m.at.fetch];
          const n = normalizeAt(t, m.at);
          s.dtype = t.dtype;
          s.layout = layoutName(m.at.value.layout);
          if (n.dims.join(',') !== r.dims.join(',')) {
            s.error = `shape [${n.dims}] on the model side, [${r.dims}] in the reference`;
            break;
          }
          grid ??= rowGrid(s.row.unit !== null ? units[s.row.unit] : null, m);
          const { unitQuant, quant } = grid;
          if (k === 0 && unitQuant) s.clipDb = clipOnlyDb(r.data, unitQuant);
          s.metrics.push(pairMetrics(r.data, n.data, quant, quant && quant.scale.length > 1 ? { axis: quant.axis ?? 1, dims: n.dims } : undefined));
          if (k === 0 && opts.pairs) keepPair(s, i, r, n, quant);
          if (outputNames.has(s.row.tensor) || outputNames.has(m.tensor)) {
            const o = outputs.get(s.row.tensor) ?? { ref: [], act: [], dims: n.dims };
            o.ref.push(r.data);
            o.act.push(n.data);
            outputs.set(s.row.tensor, o);
          }
        }
      }

      if (localRun) {
        const tl = performance.now();
        for (const { local: lm, atModel, atRef } of await localRun) {
          for (const o of lm.outputs) {
            const i = unitRow.get(o.unit)!;
            const s = states[i];
            const v = model.source.values.get(o.tensor)!;
            for (let k = 0; k < modelFeeds.length; k++) {
              const mine = normalizeTensor(atModel.outputs[k][o.local], { kind: 'NCHW', block: null, channels: null }, v.quant);
              const theirs = atRef ? normalizeTensor(atRef.outputs[k][o.local], { kind: 'NCHW', block: null, channels: null }, v.quant) : refValues[k].get(i)!;
              if (mine.data.length !== theirs.data.length) continue;
              s.local.push(pairMetrics(theirs.data, mine.data, null).sqnrDb ?? SQNR_CAP_DB);
            }
            // The evidence below costs passes over the inputs: only layers that could be culprits need it.
            if (!s.local.length || Math.min(...s.local) >= threshold + WIDEST_BAR_DB) continue;
            // How much the quantization of the inputs alone loses (a producer's bad range shows up here, not in this layer).
            for (const f of lm.feeds.filter((x) => x.input.startsWith(`L${o.unit}|`) && x.inputQuant)) {
              const value = feedValue(f, 0);
              if (!value) continue;
              const db = pairMetrics(value.data, fakeQuantize(value.data, value.dims, f.inputQuant!), null).sqnrDb ?? SQNR_CAP_DB;
              s.inputQuantDb = s.inputQuantDb === null ? db : Math.min(s.inputQuantDb, db);
            }
            // Saturation, counted from the input this layer received, where the model's target saturates.
            const u = units[o.unit];
            if (model.kernels?.pairs && !s.saturation) {
              const f = lm.feeds.find((x) => x.input.startsWith(`L${o.unit}|`));
              const value = f ? feedValue(f, 0) : undefined;
              if (value) s.saturation = unitSaturation(model.source, model.consts, u, { values: value.data, dims: value.dims }, model.kernels.family);
            }
          }
        }
        timings.local += performance.now() - tl;
      }
    }
  } finally {
    (second as EngineClient | null)?.dispose();
  }
  timings.layers = performance.now() - tLoop;

  // Layers, in graph order.
  const unmatchedModel = [...alignment.unmatched.model];
  const layers: LayerRow[] = [];
  const layerOfState = new Map<number, LayerRow>();
  states.forEach((s, i) => {
    if (s.error || s.metrics.length === 0) {
      unmatchedModel.push(`${s.row.tensor} (${s.error ?? 'not captured'})`);
      return;
    }
    const agg = aggregateMetrics(s.metrics);
    const localMean = s.local.length ? s.local.reduce((a, b) => a + b, 0) / s.local.length : null;
    const m = s.row.model[s.chosen];
    const producer = model.source.values.get(m.tensor)?.producer ?? -1;
    const node = producer >= 0 ? model.source.nodes[producer] : null;
    const unit = s.row.unit !== null ? units[s.row.unit] : null;
    // Values decided among candidates name the chosen tensor; otherwise the layer keeps its own output's name and
    // says which tensor carried it where the target fused that one away.
    const decided = s.row.model.length > 1;
    if (!decided && m.tensor !== s.row.tensor) s.row.note = [s.row.note, `captured as ${m.tensor} (the target fuses ${s.row.tensor})`].filter(Boolean).join('; ');
    const row: LayerRow = {
      tensor: decided ? m.tensor : s.row.tensor,
      compiledOnly: false,
      referenceTensor: s.row.referenceTensor,
      node: unit ? unit.name : node?.name ?? null,
      opType: unit ? model.source.nodes[unit.anchor].opType : node?.opType ?? null,
      unit: unit?.scope ?? node?.scope ?? '',
      dtype: s.dtype,
      layout: s.layout,
      sqnrDb: round(agg.mean.sqnrDb, 2), cosine: round(agg.mean.cosine, 6), maxAbs: round(agg.mean.maxAbs, 6), meanAbs: round(agg.mean.meanAbs, 6),
      errSteps: round(agg.mean.errSteps, 3), clippedFraction: round(agg.mean.clippedFraction, 6),
      localSqnrDb: round(localMean, 2),
    };
    if (s.metrics.length > 1) row.worst = { ...roundAll(agg.worst), localSqnrDb: s.local.length ? round(Math.min(...s.local), 2) : null };
    if (s.row.note) row.note = s.row.note;
    layers.push(row);
    layerOfState.set(i, row);
  });

  if (layers.length === 0) {
    const why = [...unmatchedModel.slice(0, 3), ...alignment.unmatched.reference.slice(0, 3)].join('; ');
    throw badInput(opts.reference ?? opts.model, `nothing could be compared: every candidate pair was unmatched or had another shape (${why})`);
  }

  // Culprits, from what each layer did on its own and what it did to its inputs' accuracy.
  const facts: UnitFacts[] = [];
  const weightStats: WeightStat[] = [];
  for (const [u, i] of unitRow) {
    const row = layerOfState.get(i);
    if (!row) continue;
    const unit = units[u];
    const s = states[i];
    const inputsDb = unit.inputs.filter((t) => !statics.has(t)).map((t) => (model.source.inputs.includes(t) ? SQNR_CAP_DB : (() => {
      const r = rowOfTensor(t);
      return r !== null ? layerOfState.get(r)?.sqnrDb ?? null : null;
    })()));
    const known = inputsDb.filter((x): x is number => x !== null);
    const q = unitOutputQuant(model.source, unit, model.consts);
    const detail = s.metrics.length ? s.metrics.reduce((a, b) => ((b.clippedFraction ?? 0) > (a.clippedFraction ?? 0) ? b : a)) : null;
    const w = mode === 'quant-vs-float' && s.row.referenceUnit ? weightEvidence(unit, model.source, model.consts, s.row.referenceUnit, ref!.source, ref!.consts) : null;
    const quantized = !!q;
    if (w) weightStats.push({ node: unit.name, depthwise: isDepthwise(model.source, unit), evidence: w });
    facts.push({
      node: unit.name, tensor: row.tensor, unit: unit.scope,
      sqnrDb: row.sqnrDb, inputSqnrDb: known.length ? Math.min(...known) : null, localSqnrDb: row.localSqnrDb, inputQuantDb: s.inputQuantDb,
      quant: q && q.scale.length === 1 && q.qmin !== null && q.qmax !== null ? { scale: q.scale[0], zeroPoint: q.zeroPoint[0] ?? 0, qmin: q.qmin, qmax: q.qmax, dtype: q.dtype ?? 'uint8' } : null,
      clippedFraction: detail?.clippedFraction ?? null, coverScale: detail?.coverScale ?? null, levelsUsed: detail?.levelsUsed ?? null, clipDb: s.clipDb,
      // Channels bad only because float weights lie past the grid's ends are the weight observer's range, not a fault.
      weights: w && w.kind && w.badChannels > w.clippedChannels ? { channels: w.channels, badChannels: w.badChannels - w.clippedChannels, kind: w.kind, detail: w.detail } : null,
      saturation: s.saturation,
      lanes: model.kernels?.pairs ? { family: model.kernels.family.title, rule: model.kernels.pairs, fix: model.kernels.family.fix } : null,
      dtype: s.dtype && s.refDtype && /float16/.test(s.dtype) && s.refDtype === 'float32' ? { model: s.dtype, reference: s.refDtype } : null,
      layout: !quantized && (mode === 'compiled-vs-source' || mode === 'target-vs-target') && s.layout && s.layout !== 'NCHW' && s.layout !== 'unknown' ? s.layout : null,
    });
  }
  const culprits = findCulprits(facts, threshold, mode === 'compiled-vs-source' || mode === 'target-vs-target');

  const firstBadRow = layers.find((l) => l.sqnrDb !== null && l.sqnrDb < threshold) ?? null;
  const outputRows: CompareReport['output'] = [];
  for (const name of model.source.outputs) {
    const l = layers.find((x) => x.tensor === name) ?? layers.find((x) => x.tensor === (units.find((u) => u.chain.includes(name))?.output ?? '\0'));
    const values = outputs.get(name) ?? (l ? outputs.get(l.tensor) : undefined);
    let top1: number | null = null;
    if (values) {
      // Class scores: one row of at least two scores per sample.
      const classes = values.dims.length === 2 ? values.dims[1] : null;
      if (classes && classes >= 2) top1 = outputAgreement(values.ref, values.act, classes);
    }
    outputRows.push({ name, sqnrDb: l?.sqnrDb ?? null, cosine: l?.cosine ?? null, maxAbs: l?.maxAbs ?? null, top1Agreement: top1 });
  }

  // What-if: keep the top culprit (and the layers asked for) in float, and see what the output gains.
  const whatIfLayers = [...(opts.keepFloat ?? [])];
  if (culprits[0] && !whatIfLayers.includes(culprits[0].node)) whatIfLayers.push(culprits[0].node);
  const tw = performance.now();
  const whatIf = whatIfLayers.length ? await runWhatIf(model, whatIfLayers, units, {
    engine, sideOpts, samples: modelFeeds, outputs: model.source.outputs.map((n) => ({ name: n, ref: outputs.get(n)?.ref ?? null, before: outputRows.find((o) => o.name === n)?.sqnrDb ?? null })),
    explicit: new Set(opts.keepFloat ?? []),
    floatWeights: mode === 'quant-vs-float' ? (u) => twinWeights(u, alignment.rows, ref!) : undefined,
    sameSource: mode === 'compiled-vs-source' || mode === 'target-vs-target',
  }) : [];
  timings.whatIf = performance.now() - tw;

  const diagnostics: Diagnostic[] = [];
  for (const r of model.repairs) {
    diagnostics.push(diag('QL-REPAIRED-IN-MEMORY', 'warning', `${model.target.id} cannot compile the model as written; compared with '${r.id}' applied in memory (${r.count} changes, same values): ${r.title}`, { fix: `Write a repaired copy with: quantlens repair ${opts.model} --out FIXED.onnx` }));
  }
  if (inputs.info.source === 'random') {
    diagnostics.push(diag('QL-RANDOM-INPUT', 'info', `compared on a deterministic random input (seed ${inputs.info.seed}${Object.keys(inputs.info.dims).length ? `, dims ${Object.entries(inputs.info.dims).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}); real inputs show real activation ranges`, { fix: 'Pass --input with representative data.' }));
  }
  diagnostics.push(...weightFindings(weightStats));
  if (localFailures.length) {
    diagnostics.push(diag('QL-LOCAL-SKIPPED', 'info', `${localFailures.length} layers could not run alone on the reference's inputs, so they have no local SQNR: ${localFailures.slice(0, 3).join('; ')}${localFailures.length > 3 ? '; ...' : ''}`, { fix: 'Their propagated SQNR and the drop from their inputs still rank them.' }));
  }
  for (const c of culprits.slice(0, 5)) diagnostics.push(diag(`QL-CULPRIT-${c.kind.toUpperCase()}`, 'warning', `${c.node}: ${c.explanation}`, { node: c.node, tensor: c.tensor, fix: c.fix }));

  if (opts.pairs) {
    const notable = new Set<string>([...culprits.map((c) => c.node), ...(firstBadRow?.node ? [firstBadRow.node] : []), ...(firstBadRow ? [firstBadRow.tensor] : []), ...model.source.outputs]);
    opts.pairs.onPairs([...kept.values()].filter((p) => wanted.has(p.tensor) || (p.node !== null && wanted.has(p.node)) || notable.has(p.tensor) || (p.node !== null && notable.has(p.node))));
  }
  timings.total = performance.now() - t0;
  return {
    mode,
    model: model.file,
    reference: mode === 'compiled-vs-source' || mode === 'target-vs-target' ? model.file : path.resolve(opts.reference!),
    target: targetJson(model.target),
    referenceTarget: targetJson(opts.referenceTarget),
    repairs: model.repairs,
    input: inputs.info,
    output: outputRows,
    threshold,
    layers,
    unmatched: { model: unmatchedModel, reference: alignment.unmatched.reference },
    firstBad: firstBadRow ? { tensor: firstBadRow.tensor, node: firstBadRow.node, sqnrDb: firstBadRow.sqnrDb! } : null,
    culprits,
    whatIf,
    diagnostics: sortDiagnostics(diagnostics),
    cpuFacts: cpuFactsOf(model),
    timingsMs: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024 + enginePeak + refEnginePeak),
  };
}

function roundAll(m: PairMetrics): PairMetrics {
  return {
    sqnrDb: round(m.sqnrDb, 2), cosine: round(m.cosine, 6), maxAbs: round(m.maxAbs, 6), meanAbs: round(m.meanAbs, 6),
    errSteps: round(m.errSteps, 3), clippedFraction: round(m.clippedFraction, 6),
  };
}
