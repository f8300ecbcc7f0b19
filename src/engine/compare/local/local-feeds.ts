import { IRGraph } from '../../ir/ir-types';
import { numberToFloat16Bits, Tensor } from '../../onnx/tensor-codec';
import type { RowIndex } from '../align/row-index';
import type { Samples } from '../capture/inputs';
import { Normalized, normalizeTensor } from '../normalize/normalize';
import { quantizeLike } from '../normalize/quantize-like';
import type { ChunkReference } from '../reference/reference-values';
import type { LocalFeed, LocalModel } from './local-model';

/** Where a local copy's input value comes from. */
export type FeedSource =
  /** A graph input: the sample itself (the same on both sides). */
  | { kind: 'input'; name: string }
  /** The reference's value of the tensor a row holds. */
  | { kind: 'row'; row: number };

/** Null when nothing holds the value the copy needs (that layer cannot run alone). */
export function feedSource(f: LocalFeed, source: IRGraph, rows: RowIndex): FeedSource | null {
  if (source.inputs.includes(f.from)) return { kind: 'input', name: f.from };
  const row = rows.rowOf(f.from);
  if (row !== null) return { kind: 'row', row };
  return source.inputs.includes(f.start) ? { kind: 'input', name: f.start } : null;
}

/** A local input's value on one input of the comparison (undefined when its source was not captured). */
export type FeedValue = (f: LocalFeed, input: number) => Normalized | undefined;

const NO_LAYOUT = { kind: 'unknown', block: null, channels: null } as const;

/**
 * The values a chunk's local copies are fed: a graph input's real values (an integer input dequantized with its own
 * parameters, like every reference value), or the reference value of the row that holds the tensor.
 */
export function feedValues(source: IRGraph, rows: RowIndex, samples: Samples, chunk: ChunkReference): FeedValue {
  return (f, k) => {
    const src = feedSource(f, source, rows);
    if (src?.kind === 'input') return normalizeTensor(samples[k][src.name], NO_LAYOUT, source.values.get(src.name)?.quant ?? null);
    return src ? chunk.values[k].get(src.row) : undefined;
  };
}

/** The engine's feeds for a local model, per input: each value quantized first where the copy starts on integers. */
export function engineFeeds(lm: LocalModel, value: FeedValue, inputs: number): Samples {
  return Array.from({ length: inputs }, (_, k) => Object.fromEntries(lm.feeds.map((f) => {
    const v = value(f, k);
    if (!v) throw new Error(`local input ${f.input} has no reference value`);
    const tensor: Tensor = f.quantize ? quantizeLike(v.data, v.dims, f.quantize) : f.dtype === 'float16' ? { dtype: 'float16', dims: v.dims, data: Uint16Array.from(v.data, numberToFloat16Bits) } : { dtype: 'float32', dims: v.dims, data: v.data };
    return [f.input, { ...tensor, name: f.input }];
  })));
}
