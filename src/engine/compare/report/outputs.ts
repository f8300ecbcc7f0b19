import type { Unit } from '../align/units';
import type { CompareReport, LayerRow } from '../compare-report';
import { topOne } from '../metrics/output-agreement';
import type { Normalized } from '../normalize/normalize';

type OutputRow = CompareReport['output'][number];

/**
 * The graph outputs' values on both sides, every input's, kept while the layers are compared: the top-1 agreement
 * and the what-if (which measures a changed model against the same reference outputs) need them.
 */
export class OutputValues {
  private readonly byTensor = new Map<string, { ref: Float32Array[]; act: Float32Array[]; dims: number[] }>();
  private readonly names: Set<string>;

  constructor(graphOutputs: string[]) {
    this.names = new Set(graphOutputs);
  }

  /** One input's pair of a row, kept when the row (or the tensor that carried it) is a graph output. */
  /** Whether values of this row would be kept (it holds a graph output). */
  keeps(row: { readonly tensor: string; readonly model: ReadonlyArray<{ readonly tensor: string }> }): boolean {
    return this.names.has(row.tensor) || row.model.some((m) => this.names.has(m.tensor));
  }

  offer(rowTensor: string, carrier: string, reference: Normalized, actual: Normalized): void {
    if (!this.names.has(rowTensor) && !this.names.has(carrier)) return;
    const o = this.byTensor.get(rowTensor) ?? { ref: [], act: [], dims: actual.dims };
    o.ref.push(reference.data);
    o.act.push(actual.data);
    this.byTensor.set(rowTensor, o);
  }

  /** The reference values of a graph output, one array per input (null when it was not compared). */
  reference(name: string): Float32Array[] | null {
    return this.byTensor.get(name)?.ref ?? null;
  }

  /**
   * One row per graph output: its layer's metrics (the output itself, or the layer whose chain holds it), and the
   * top-1 agreement when the output holds class scores (one row of two or more scores per sample).
   */
  rows(graphOutputs: string[], layers: LayerRow[], units: Unit[]): OutputRow[] {
    return graphOutputs.map((name) => {
      const l = layers.find((x) => x.tensor === name) ?? layers.find((x) => x.tensor === (units.find((u) => u.chain.includes(name))?.output ?? '\0'));
      const values = this.byTensor.get(name) ?? (l ? this.byTensor.get(l.tensor) : undefined);
      const classes = values?.dims.length === 2 ? values.dims[1] : null;
      const top1 = values && classes && classes >= 2 ? topOne(values.ref, values.act, classes) : null;
      return {
        name, sqnrDb: l?.sqnrDb ?? null, cosine: l?.cosine ?? null, maxAbs: l?.maxAbs ?? null,
        top1Agreement: top1 ? top1.same / top1.rows : null, top1Misses: top1 ? { count: top1.rows - top1.same, withinError: top1.withinError } : null,
      };
    });
  }
}
