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

  /** The rows whose exactness the copies' inputs are told by (see feedExact). */
  static startRows(feeds: LocalFeed[], rows: RowIndex): Set<number> {
    const out = new Set<number>();
    for (const f of feeds) {
      for (const t of readAt(f)) {
        const row = rows.rowOf(t);
        if (row !== null) out.add(row);
      }
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

  /** Whether the model's layer read exactly the reference's values on every input of its copy (see feedExact). */
  fedExactly(pick: LocalPick, feeds: LocalFeed[], ctx: ExactContext): boolean | undefined {
    let known = true;
    for (const f of feeds) {
      if (f.unit !== pick.unit) continue;
      const e = this.feedExact(f, ctx);
      if (e === false) return false;
      if (e === undefined) known = false;
    }
    return known ? true : undefined;
  }

  /**
   * Whether one input of a copy is exactly what the model's layer read: a float32 graph input (the same sample on
   * both sides), or a tensor the copy reads (see readAt) that is the very tensor of an exact row. An exact row of
   * integers or float16 holds values the reference had exactly (the model's are dequantized on their own grid, or
   * widened, to be compared).
   */
  private feedExact(f: LocalFeed, ctx: ExactContext): boolean | undefined {
    if (ctx.source.inputs.includes(f.start)) return !f.quantize && f.dtype === 'float32' && ctx.samples.every((s) => s[f.start]?.dtype === 'float32');
    let unknown = false;
    for (const t of readAt(f)) {
      const row = ctx.rows.rowOf(t);
      const exact = row === null ? false : this.exact.get(row);
      if (exact === undefined) unknown = true;
      else if (exact && ctx.chosen(row!).tensor === t) return true;
    }
    return unknown ? undefined : false;
  }
}

interface ExactContext {
  source: IRGraph;
  rows: RowIndex;
  chosen: (row: number) => Row['model'][number];
  samples: Samples;
}

/**
 * The tensors at which the model's value, if exact, is what the copy computes from the reference's: where the copy
 * starts; and those it computes on its way to the tensor its layer reads, through a static quantization it redoes
 * (Q, Clip, Cast, DQ on the model's own grid give back exactly the integers q of a value (q - zp) * s: for 8- and
 * 16-bit integers its float32 rounding moves it by less than 0.02 step). Not through a DynamicQuantizeLinear: its
 * grid is recomputed from the values, and the reference's dequantized ones may span another range.
 */
function readAt(f: LocalFeed): string[] {
  return f.inputQuant?.runtime ? [f.start] : [f.start, ...f.via];
}

/** Whether two float32 arrays hold the same bits (compared as bytes, natively: a loop here took 3 ns a value). */
export function sameBits(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  if (a === b) return true;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
