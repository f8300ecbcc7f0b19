import type { IRGraph } from '../../ir/ir-types';
import type { Row } from '../align/align';
import type { RowIndex } from '../align/row-index';
import type { Samples } from '../capture/inputs';
import type { LocalFeed, LocalPick } from './local-model';

/**
 * A layer's own error is its output's error when it reads exactly the reference's values: its copy run alone is fed
 * those values to find it. Where the model's layer already read exactly those values (bit for bit, on every input),
 * its measured pair is that error, and running a copy would only approximate it. A compiled model that keeps integer
 * arithmetic exact (dynamic int8 against its source) is such a model at every layer. Which rows were exact is learnt
 * as they are measured, so a layer whose inputs are measured later in its chunk is known only then (`undefined`).
 */
export class ExactRows {
  private readonly exact = new Map<number, boolean>();

  /** `watched`: the rows the layers' copies start from; no other row's exactness is asked (a pass over each saved). */
  constructor(private readonly watched: ReadonlySet<number>) {}

  /** The rows a set of copies start from, where a copy could read exactly what the model did (see fedExactly). */
  static startRows(feeds: LocalFeed[], rows: RowIndex): Set<number> {
    const out = new Set<number>();
    for (const f of feeds) {
      const row = !f.quantize && f.dtype === 'float32' ? rows.rowOf(f.start) : null;
      if (row !== null) out.add(row);
    }
    return out;
  }

  watches(i: number): boolean {
    return this.watched.has(i);
  }

  /**
   * Row i's pair on one input (null: not compared): exact when both sides hold the same bits (-0 is not +0). `equal`
   * says whether the metrics found no difference in value, so that only those pairs are read again.
   */
  note(i: number, pair: { reference: Float32Array; actual: Float32Array; equal: boolean } | null): void {
    if (!this.watched.has(i)) return;
    const same = !!pair && pair.equal && sameBits(pair.reference, pair.actual);
    this.exact.set(i, (this.exact.get(i) ?? true) && same);
  }

  /**
   * Whether the model's layer read exactly the reference's values: each tensor its copy starts from (before the
   * quantization the copy redoes) is a float32 graph input (the same sample on both sides) or the tensor of an exact
   * row. An integer start is not counted (the copy is fed it requantized, on the model's grid, not as the model read it).
   */
  fedExactly(pick: LocalPick, feeds: LocalFeed[], ctx: { source: IRGraph; rows: RowIndex; chosen: (row: number) => Row['model'][number]; samples: Samples }): boolean | undefined {
    let known = true;
    for (const f of feeds) {
      if (f.unit !== pick.unit) continue;
      if (f.quantize || f.dtype !== 'float32') return false;
      if (ctx.source.inputs.includes(f.start)) {
        if (!ctx.samples.every((s) => s[f.start]?.dtype === 'float32')) return false;
        continue;
      }
      const row = ctx.rows.rowOf(f.start);
      if (row === null) return false;
      const exact = this.exact.get(row);
      if (exact === undefined) {
        known = false;
        continue;
      }
      if (!exact || ctx.chosen(row).tensor !== f.start) return false;
    }
    return known ? true : undefined;
  }
}

/** Whether two float32 arrays hold the same bits. */
export function sameBits(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  if (a === b) return true;
  const x = new Int32Array(a.buffer, a.byteOffset, a.length);
  const y = new Int32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
