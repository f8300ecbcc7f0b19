import type { Unit } from '../align/units';
import type { LocalFeed } from '../local/local-model';
import { knownQuantizedAlone, type QuantizedAlone } from '../metrics/reference-pass';
import { fakeQuantizeSqnrDb } from '../normalize/quantize-like';
import type { Normalized } from '../normalize/normalize';
import type { Side } from '../sides/sides';
import type { SaturationCount } from './u8s8-saturation';
import { unitSaturation } from './unit-evidence';
import type { DynamicRange } from './dynamic-range';
import type { Fp16Values } from './fp16-range';

/** What may explain a row's loss beyond its metrics, gathered by the evidence stage. */
export interface RowEvidence {
  /** SQNR the reference would have if clipping to the layer's output range were its only error. */
  clipDb: number | null;
  /** SQNR of the layer's inputs after the quantization its copy applies to them (the producers' share). */
  inputQuantDb: number | null;
  saturation: SaturationCount | null;
  /** The worst-served input quantized at run time, when the layer has one. */
  dynamicRange: DynamicRange | null;
  /** Share of the model side's values (first input) that are inf or nan. */
  nonFinite: number | null;
  /** Where a float16 layer's values fall in float16's range (first input, both sides). */
  fp16Values: Fp16Values | null;
}

export function noEvidence(): RowEvidence {
  return { clipDb: null, inputQuantDb: null, saturation: null, dynamicRange: null, nonFinite: null, fp16Values: null };
}

/**
 * The model side's integer kernels (the family it runs here or emulates) when their pair sums can leave 16-bit lanes:
 * saturation evidence applies only then.
 */
export function laneKernels(model: Pick<Side, 'kernels'>): NonNullable<Side['kernels']> | null {
  return model.kernels?.pairs ? model.kernels : null;
}

/**
 * Evidence from the inputs a layer's copy received (the first input's): how much quantizing them alone loses (a
 * producer's bad range shows up here, not in this layer), and the pair sums past 16-bit lanes they cause where the
 * target's kernels have such lanes. Each costs passes over the inputs: gathered only for layers that could be culprits.
 */
export function gatherInputEvidence(ev: RowEvidence, unit: Unit, feeds: LocalFeed[], value: (f: LocalFeed) => Normalized | undefined, model: Side, known: QuantizedAlone = new WeakMap()): void {
  for (const f of feeds) {
    // A grid computed at run time has no fixed scale to re-quantize with.
    if (!f.inputQuant || f.inputQuant.scale.length === 0) continue;
    const v = value(f);
    if (!v) continue;
    const db = knownQuantizedAlone(known, v.data, f.inputQuant) ?? fakeQuantizeSqnrDb(v.data, v.dims, f.inputQuant);
    ev.inputQuantDb = ev.inputQuantDb === null ? db : Math.min(ev.inputQuantDb, db);
  }
  const kernels = laneKernels(model);
  if (ev.saturation || !kernels) return;
  const first = feeds[0] ? value(feeds[0]) : undefined;
  if (first) ev.saturation = unitSaturation(model.source, model.consts, unit, { values: first.data, dims: first.dims }, kernels.family);
}
