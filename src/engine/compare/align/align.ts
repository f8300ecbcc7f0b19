import { IRGraph } from '../../ir/ir-types';
import { Tensor } from '../../onnx/tensor-codec';
import { matchActivationKeys } from './activation-keys';
import { matchFloatTwin } from './float-twin-match';
import { Located, Side } from '../capture/sides';
import { staticValues } from './static-values';
import { Unit } from './units';

/** One aligned pair to compare: a model tensor (or candidates, decided by values) and its reference. */
export interface Row {
  /** Name in MODEL's source graph. */
  tensor: string;
  /** Candidates on the model side; several only when values must decide (activations mode). */
  model: Array<{ tensor: string; at: Located }>;
  referenceTensor: string;
  /** Where the reference value comes from: a side's tensor, or a key of the activations file. */
  reference: { at: Located } | { key: string };
  /** Index of the model unit whose chain holds `tensor`, if any. */
  unit: number | null;
  /** The float twin's unit (quant-vs-float), for comparing weights. */
  referenceUnit?: Unit;
  note?: string;
}

export interface Alignment {
  rows: Row[];
  unmatched: { model: string[]; reference: string[] };
}

/** Producer order of a source tensor (graph inputs first), for sorting rows in graph order. */
function order(g: IRGraph, t: string): number {
  return g.values.get(t)?.producer ?? -1;
}

export function unitIndex(units: Unit[]): Map<string, number> {
  const m = new Map<string, number>();
  units.forEach((u, i) => {
    for (const t of u.chain) m.set(t, i);
    m.set(u.output, i);
  });
  return m;
}

/**
 * Same source on both sides (compiled-vs-source, target-vs-target): every activation of the source graph that both
 * sides compute is a pair; compiled tensors that carry no source tensor are reported unmatched.
 */
export function alignSameSource(model: Side, ref: Side, units: Unit[]): Alignment {
  const statics = staticValues(model.source);
  const byTensor = unitIndex(units);
  const rows: Row[] = [];
  const missing: string[] = [];
  for (const n of model.source.nodes) {
    for (const t of n.outputs) {
      if (!t || statics.has(t)) continue;
      const a = model.locate(t);
      const b = ref.locate(t);
      if (!a || !b) {
        missing.push(t);
        continue;
      }
      rows.push({ tensor: t, model: [{ tensor: t, at: a }], referenceTensor: t, reference: { at: b }, unit: byTensor.get(t) ?? null });
    }
  }
  return { rows, unmatched: { model: model.compiledOnly, reference: ref.compiledOnly.length ? ref.compiledOnly : missing.filter((t) => !ref.locate(t) && model.locate(t)) } };
}

/** The last tensor of a unit's chain that a side computes (fusions remove some; the values are the same). */
function locateInChain(side: Side, u: Unit): { tensor: string; at: Located } | null {
  const chain = u.chain.includes(u.output) ? u.chain : [...u.chain, u.output];
  for (let i = chain.length - 1; i >= 0; i--) {
    const at = side.locate(chain[i]);
    if (at) return { tensor: chain[i], at };
  }
  return null;
}

/** A quantized model against its float twin: units matched by structure; each pair compares the units' outputs. */
export function alignFloatTwin(model: Side, modelUnits: Unit[], ref: Side): Alignment {
  const match = matchFloatTwin(model.source, ref.source);
  const index = new Map(modelUnits.map((u, i) => [u.anchor, i]));
  const rows: Row[] = [];
  const unmatchedModel = match.unmatched.model.map((u) => u.output);
  for (const p of match.pairs) {
    const m = locateInChain(model, p.model);
    const r = locateInChain(ref, p.reference);
    if (!m || !r) {
      unmatchedModel.push(p.model.output);
      continue;
    }
    rows.push({ tensor: p.model.output, model: [m], referenceTensor: r.tensor, reference: { at: r.at }, unit: index.get(p.model.anchor) ?? null, referenceUnit: p.reference, note: p.how });
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  return { rows, unmatched: { model: unmatchedModel, reference: match.unmatched.reference.map((u) => u.output) } };
}

/** Reference activations from a file: keys matched to model tensors (by name, module path, or the user's map). */
export function alignActivations(model: Side, units: Unit[], refs: Map<string, Tensor>, map?: Record<string, string>): Alignment {
  const byTensor = unitIndex(units);
  const { matches, unmatched } = matchActivationKeys(model.source, [...refs].map(([key, t]) => ({ key, dims: t.dims })), map);
  const rows: Row[] = [];
  const unmatchedRef = unmatched.map((u) => `${u.key} (${u.reason})`);
  const used = new Set<string>();
  for (const m of matches) {
    // A fused tensor is not computed at the target; the rest of its layer's chain (its quantized form) carries it.
    const widened = m.candidates.flatMap((t) => {
      const u = byTensor.get(t);
      const chain = u === undefined ? [] : units[u].chain;
      const at = chain.indexOf(t);
      return at < 0 ? [t] : [t, ...chain.slice(at + 1)];
    });
    const candidates = [...new Set(widened)].flatMap((t) => {
      const at = model.locate(t);
      return at ? [{ tensor: t, at }] : [];
    });
    if (candidates.length === 0) {
      unmatchedRef.push(`${m.key} (its tensors are not computed at this target: ${m.candidates.join(', ')})`);
      continue;
    }
    rows.push({ tensor: candidates[0].tensor, model: candidates, referenceTensor: m.key, reference: { key: m.key }, unit: byTensor.get(candidates[0].tensor) ?? null, note: `matched by ${m.how}` });
    for (const c of candidates) used.add(c.tensor);
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  const unmatchedModel = units.map((u) => u.output).filter((t) => !used.has(t) && !units.find((u) => u.output === t)?.chain.some((c) => used.has(c)));
  return { rows, unmatched: { model: unmatchedModel, reference: unmatchedRef } };
}
