import * as fs from 'fs';
import * as path from 'path';
import { cacheRoot, hashParts } from '../../cache/cache-dir';
import { badInput, errorMessage } from '../../errors';
import { encodeModel, writeModel } from '../../onnx/model-file';
import { ModelMsg } from '../../onnx/schema';
import { encodeTensor, Tensor } from '../../onnx/tensor-codec';
import { expandIntegerOps } from '../sides/expand-integer-ops';
import { copyModel } from '../../rewrite/model-edit';
import { valueInfo } from '../../builder/model-builder';
import { EngineClient } from '../../process/engine-client';
import type { CompareReport, Culprit } from '../compare-report';
import { keepFloat } from './keep-float';
import { pairMetrics } from '../metrics/pair-metrics';
import { normalizeTensor } from '../normalize/normalize';
import { Side, SideOptions, targetSide } from '../sides/sides';
import type { Aligned } from '../align/aligned';
import { Unit } from '../align/units';
import type { Samples } from '../capture/inputs';
import { twinWeights } from '../evidence/model-evidence';
import { biasSlot } from '../evidence/layer-weights';
import { sameModel } from '../reference/reference';
import type { OutputValues } from '../report/outputs';

export interface WhatIfContext {
  engine: EngineClient;
  sideOpts: SideOptions;
  samples: Array<Record<string, Tensor>>;
  /** Each graph output: its reference values per sample, and its SQNR as compared. */
  outputs: Array<{ name: string; ref: Float32Array[] | null; before: number | null }>;
  /** Layers the user asked for: a failure there is an error, not a skip. */
  explicit: Set<string>;
  /** The float twin's weights and bias for a layer (quant-vs-float), so a layer with wrong stored weights runs right. */
  floatWeights?: (unit: Unit) => { weight: Tensor; bias: Tensor | null } | null;
  /**
   * The reference is the same quantized model (compiled-vs-source, target-vs-target): then "in float" means the
   * layer's arithmetic runs in float between the model's own quantization points, not that those points go away
   * (which would change what the model computes and move it away from its reference).
   */
  sameSource: boolean;
}

/**
 * The layer computed in float, its quantization kept: an integer op is expanded to DequantizeLinear -> float op ->
 * QuantizeLinear, and the float op's output becomes a graph output, which keeps the compiler from fusing the group
 * back into an integer kernel.
 */
function floatArithmetic(model: ModelMsg, node: string): { model: ModelMsg; removed: string[] } {
  const { model: out } = expandIntegerOps(model, new Set([node]));
  const n = out.graph!.node.find((x) => x.name === node);
  if (!n || !n.output[0]) throw new Error(`no node named ${node}`);
  if (!out.graph!.output.some((o) => o.name === n.output[0])) out.graph!.output.push(valueInfo(n.output[0]));
  return { model: out, removed: [] };
}

/** Integer ops whose inputs after the weight are zero points and scales, not a float bias. */
const INTEGER_INPUTS = new Set(['ConvInteger', 'MatMulInteger', 'MatMulIntegerToFloat', 'DynamicQuantizeMatMul', 'QLinearConv', 'QLinearMatMul', 'QGemm']);

/**
 * Point the layer's compute node at the float twin's weights (and bias), as new initializers. `biasAt`: where the
 * layer's own bias is read when it is not the node's third input (the Add after a MatMul).
 */
function useFloatWeights(model: ModelMsg, node: string, w: { weight: Tensor; bias: Tensor | null }, biasAt: { node: string; input: number } | null): boolean {
  const g = model.graph!;
  const n = g.node.find((x) => x.name === node);
  if (!n || n.input.length < 2) return false;
  // A float16 layer reads float16 weights: float32 ones would not load (keeping it in float32 needs Casts around it).
  const stored = g.initializer.find((t) => t.name === n.input[1]);
  if (stored && stored.data_type !== 1) return false;
  const name = `${node}__float_twin`;
  g.initializer.push(encodeTensor({ ...w.weight, name: `${name}.weight` }) as never);
  n.input[1] = `${name}.weight`;
  const reader = biasAt ? g.node.find((x) => x.name === biasAt.node) : undefined;
  const slot = reader && biasAt ? { node: reader, input: biasAt.input } : n.input.length > 2 && n.input[2] ? { node: n, input: 2 } : null;
  if (w.bias && slot) {
    g.initializer.push(encodeTensor({ ...w.bias, name: `${name}.bias` }) as never);
    slot.node.input[slot.input] = `${name}.bias`;
  }
  return true;
}

/**
 * The what-if stage: keep the top culprit (and the layers asked for) in float, and see what the outputs gain against
 * the same reference values (`values`: what the comparison kept of the outputs; `before`: their rows).
 */
export async function whatIfStage(aligned: Aligned, culprits: Culprit[], values: OutputValues, before: CompareReport['output'], o: { keepFloat: string[]; engine: EngineClient; sideOpts: SideOptions; samples: Samples }): Promise<CompareReport['whatIf']> {
  const layers = [...o.keepFloat];
  if (culprits[0] && !layers.includes(culprits[0].node)) layers.push(culprits[0].node);
  if (layers.length === 0) return [];
  const { model, reference, alignment } = aligned;
  return runWhatIf(model, layers, aligned.units, {
    engine: o.engine, sideOpts: o.sideOpts, samples: o.samples,
    outputs: model.source.outputs.map((name) => ({ name, ref: values.reference(name), before: before.find((r) => r.name === name)?.sqnrDb ?? null })),
    explicit: new Set(o.keepFloat),
    floatWeights: reference.kind === 'float-twin' ? (u) => twinWeights(u, alignment.rows, reference.side) : undefined,
    sameSource: sameModel(reference),
  });
}

/** A layer named on the command line: its anchor node's name, a tensor of its chain, or its scope. */
export function findUnit(units: Unit[], layer: string): Unit | undefined {
  return units.find((u) => u.name === layer) ?? units.find((u) => u.output === layer || u.chain.includes(layer)) ?? units.find((u) => u.scope === layer);
}

/**
 * Keep one layer in float and measure the outputs against the same reference values: does that fix the model?
 * Against a float twin or activations, the layer's quantization goes (weight and output fake-quant; with a float twin,
 * its stored weights give way to the twin's); against the same quantized model, its arithmetic runs in float.
 */
export async function runWhatIf(model: Side, layers: string[], units: Unit[], ctx: WhatIfContext): Promise<CompareReport['whatIf']> {
  const out: CompareReport['whatIf'] = [];
  for (const layer of layers) {
    const unit = findUnit(units, layer);
    if (!unit) {
      if (ctx.explicit.has(layer)) throw badInput(undefined, `--keep-float ${layer}: no layer of the model has this node name, tensor or scope`);
      continue;
    }
    const twin = ctx.sameSource ? null : ctx.floatWeights?.(unit) ?? null;
    let changed: { model: ModelMsg; removed: string[] };
    let copied = false;
    try {
      changed = ctx.sameSource ? floatArithmetic(model.model, unit.name) : keepFloat(model.model, unit.name);
    } catch (err) {
      // An integer op reads zero points where a float op reads its bias: the twin's float weights cannot go in.
      if (!twin || INTEGER_INPUTS.has(model.source.nodes[unit.anchor].opType)) {
        if (ctx.explicit.has(layer)) throw badInput(undefined, `--keep-float ${layer}: ${errorMessage(err)}`);
        continue;
      }
      changed = { model: copyModel(model.model), removed: [] };
      copied = true;
    }
    const own = twin?.bias ? biasSlot(unit, model.source, model.consts, twin.bias.dims[0]) : null;
    const withTwin = twin ? useFloatWeights(changed.model, unit.name, twin, own && own.node.name ? { node: own.node.name, input: own.input } : null) : false;
    // Nothing changed (the twin's weights do not fit this layer's types): there is nothing to measure.
    if (copied && !withTwin) continue;
    ctx.sideOpts.onProgress?.(`what-if: ${unit.name} in float (${changed.removed.length} Q/DQ nodes removed${withTwin ? ', the float twin\'s weights' : ''})`);
    const bytes = encodeModel(changed.model);
    const file = path.join(cacheRoot(), 'what-if', `${hashParts('what-if-v1', bytes).slice(0, 32)}.onnx`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeModel(changed.model, file);
    }
    const side = await targetSide(file, model.target, ctx.sideOpts);
    const located = ctx.outputs.map((o) => side.locate(o.name));
    const fetch = located.flatMap((l) => (l ? [l.fetch] : []));
    const cap = await ctx.engine.call('capture', { model: side.run.model, session: side.run.session, feeds: ctx.samples, fetch }, { signal: ctx.sideOpts.signal });
    let after: number | null = null;
    let before: number | null = null;
    ctx.outputs.forEach((o, i) => {
      const at = located[i];
      if (!at || !o.ref) return;
      const dbs = o.ref.map((ref, k) => pairMetrics(ref, normalizeTensor(cap.outputs[k][at.fetch], at.value.layout, at.value.quant).data, null).sqnrDb ?? 0);
      const mean = dbs.reduce((a, b) => a + b, 0) / dbs.length;
      after = after === null ? mean : Math.min(after, mean);
      if (o.before !== null) before = before === null ? o.before : Math.min(before, o.before);
    });
    out.push({ layer: unit.name, outputSqnrBefore: before, outputSqnrAfter: after === null ? null : Math.round((after as number) * 100) / 100 });
  }
  return out;
}
