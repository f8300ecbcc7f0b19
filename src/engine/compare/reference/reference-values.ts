import { toFloat32 } from '../../onnx/tensor-codec';
import type { CaptureResult } from '../../process/engine-protocol';
import { gridFetch, Normalized, normalizeAt } from '../normalize/normalize';
import type { Reference, RowReference } from './reference';

/** The reference stage's output for one chunk: each wanted row's reference value per input, normalized. */
export interface ChunkReference {
  /** Per input: the reference value of each row asked for (by row index). */
  values: Array<Map<number, Normalized>>;
  /** The reference tensor's dtype per row, as captured or stored. */
  dtypes: Map<number, string | null>;
}

/** A row whose reference value is wanted: its index, and where its value comes from. */
export interface WantedRow {
  row: number;
  reference: RowReference;
}

/**
 * The reference values of the wanted rows: from the reference side's capture of this chunk, or from the activations
 * file (the same values for every input). Rows align to what their reference holds, so a row asks a side for a
 * tensor and a file for a key.
 */
export function chunkReference(reference: Reference, wanted: WantedRow[], captured: CaptureResult | null, inputs: number): ChunkReference {
  const dtypes = new Map<number, string | null>();
  if (reference.kind === 'activations') {
    const one = new Map(wanted.map(({ row, reference: r }): [number, Normalized] => {
      const t = r.kind === 'key' ? reference.tensors.get(r.key) : undefined;
      if (!t) throw new Error(`row ${row} names no entry of the activations file`);
      dtypes.set(row, t.dtype);
      return [row, { dims: t.dims, data: toFloat32(t), note: null, ...(/int/.test(t.dtype) ? { raw: true } : {}) }];
    }));
    return { values: Array.from({ length: inputs }, () => one), dtypes };
  }
  if (!captured) throw new Error('the reference side was not captured');
  const located = wanted.map(({ row, reference: r }) => {
    if (r.kind !== 'tensor') throw new Error(`row ${row} names no tensor of the reference side`);
    return { row, at: r.at };
  });
  for (const { row, at } of located) dtypes.set(row, captured.outputs[0][at.fetch]?.dtype ?? null);
  const values = captured.outputs.map((o) => new Map(located.map(({ row, at }) => [row, normalizeAt(o[at.fetch], at, o)])));
  return { values, dtypes };
}

/** The tensors the reference side must expose for the wanted rows (none for a file), in order, once each. */
export function referenceFetch(wanted: WantedRow[]): string[] {
  return [...new Set(wanted.flatMap(({ reference: r }) => (r.kind === 'tensor' ? [r.at.fetch, ...gridFetch(r.at)] : [])))];
}
