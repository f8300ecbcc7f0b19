import { badInput } from '../../errors';
import { IRGraph } from '../../ir/ir-types';
import { Tensor } from '../../onnx/tensor-codec';
import type { Located, Side } from '../sides/sides';
import type { Reference, RowReference } from '../reference/reference';
import { matchActivationKeys } from './activation-keys';
import { matchFloatTwin } from './float-twin-match';
import { staticValues } from '../../ir/static-values';
import { Unit } from './units';

/** A model tensor that may carry a row's value, and where the model side computes it. */
export interface Candidate {
  tensor: string;
  at: Located;
}

/** One aligned pair to compare: a model tensor (or candidates, decided by values) and its reference. */
export interface Row {
  /** Name in MODEL's source graph. */
  readonly tensor: string;
  /** Candidates on the model side, never empty; several only when values must decide (activations mode). */
  readonly model: readonly Candidate[];
  readonly referenceTensor: string;
  readonly reference: RowReference;
  /** Index of the model unit whose chain holds `tensor`, if any. */
  readonly unit: number | null;
  /** The float twin's unit (quant-vs-float), for comparing weights. */
  readonly referenceUnit?: Unit;
  /** How the pair was made ("matched by module", the float twin's match), when it says something. */
  readonly note?: string;
}

export interface Alignment {
  rows: Row[];
  /** Source tensors the model side does not compute because a fusion absorbed them: not observable, not compared. */
  fused?: Array<{ tensor: string; into: string }>;
  unmatched: { model: string[]; reference: string[] };
}

/**
 * The align stage: the pairs to compare, in graph order, as the reference decides. `file` names the input an empty
 * alignment blames (the reference, or the model when there is none).
 */
export function alignRows(model: Side, units: Unit[], reference: Reference, file: string, map?: Record<string, string>): Alignment {
  const alignment = reference.kind === 'float-twin' ? alignFloatTwin(model, units, reference.side)
    : reference.kind === 'activations' ? alignActivations(model, units, reference.tensors, map)
      : alignSameSource(model, reference.side, units);
  if (alignment.rows.length === 0) {
    throw badInput(file, `the model and the reference share no tensor that could be compared (unmatched: ${alignment.unmatched.model.length} model tensors, ${alignment.unmatched.reference.length} reference entries)`);
  }
  return alignment;
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
  const fused: Array<{ tensor: string; into: string }> = [];
  for (const n of model.source.nodes) {
    for (const t of n.outputs) {
      if (!t || statics.has(t)) continue;
      const a = model.locate(t);
      const b = ref.locate(t);
      if (!a || !b) {
        const into = !a && b ? model.fusedInto?.(t) : null;
        if (into) fused.push({ tensor: t, into });
        else missing.push(t);
        continue;
      }
      rows.push({ tensor: t, model: [{ tensor: t, at: a }], referenceTensor: t, reference: { kind: 'tensor', at: b }, unit: byTensor.get(t) ?? null });
    }
  }
  return { rows, fused, unmatched: { model: model.compiledOnly, reference: ref.compiledOnly.length ? ref.compiledOnly : missing.filter((t) => !ref.locate(t) && model.locate(t)) } };
}

/** The last tensor of a unit's chain that a side computes (fusions remove some; the values are the same). */
function locateInChain(side: Side, u: Unit): Candidate | null {
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
  const fused: Array<{ tensor: string; into: string }> = [];
  for (const p of match.pairs) {
    const m = locateInChain(model, p.model);
    const r = locateInChain(ref, p.reference);
    if (!m || !r) {
      // A layer the compiler fused away whole (a decomposed LayerNorm's Sqrt into LayerNormalization) is not observable.
      const into = !m && r ? model.fusedInto?.(p.model.output) : null;
      if (into) fused.push({ tensor: p.model.output, into });
      else unmatchedModel.push(p.model.output);
      continue;
    }
    rows.push({ tensor: p.model.output, model: [m], referenceTensor: r.tensor, reference: { kind: 'tensor', at: r.at }, unit: index.get(p.model.anchor) ?? null, referenceUnit: p.reference, note: p.how });
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  return { rows, fused, unmatched: { model: unmatchedModel, reference: match.unmatched.reference.map((u) => u.output) } };
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
    const candidates = [...new Set(widened)].flatMap((t): Candidate[] => {
      const at = model.locate(t);
      return at ? [{ tensor: t, at }] : [];
    });
    if (candidates.length === 0) {
      unmatchedRef.push(`${m.key} (its tensors are not computed at this target: ${m.candidates.join(', ')})`);
      continue;
    }
    rows.push({ tensor: candidates[0].tensor, model: candidates, referenceTensor: m.key, reference: { kind: 'key', key: m.key }, unit: byTensor.get(candidates[0].tensor) ?? null, note: `matched by ${m.how}` });
    for (const c of candidates) used.add(c.tensor);
  }
  rows.sort((a, b) => order(model.source, a.tensor) - order(model.source, b.tensor));
  const unmatchedModel = units.map((u) => u.output).filter((t) => !used.has(t) && !units.find((u) => u.output === t)?.chain.some((c) => used.has(c)));
  return { rows, unmatched: { model: unmatchedModel, reference: unmatchedRef } };
}
