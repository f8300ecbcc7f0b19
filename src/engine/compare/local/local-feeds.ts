import { IRGraph } from '../../ir/ir-types';
import { numberToFloat16Bits, Tensor } from '../../onnx/tensor-codec';
import type { CaptureResult, KeptFeed } from '../../process/engine-protocol';
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

/**
 * The reference tensor a local input is, as the reference's engine process fetched it (null when the value is not
 * the capture as it stands: a graph input, another dtype, a layout the reference stage reorders).
 */
export type HeldFetch = (f: LocalFeed) => string | null;

/**
 * Which local inputs the reference's engine process already holds, from its capture of this chunk: a row's reference
 * value that normalizing leaves as captured (float32, plain order), so the values need not come here and go back.
 */
export function heldReference(source: IRGraph, rows: RowIndex, captured: CaptureResult): HeldFetch {
  return (f) => {
    // The engine quantizes kept values or feeds them as float32; a float16 input is rounded here.
    if (!f.quantize && f.dtype !== 'float32') return null;
    const src = feedSource(f, source, rows);
    if (src?.kind !== 'row') return null;
    const r = rows.rows[src.row].reference;
    if (r.kind !== 'tensor') return null;
    const kind = r.at.value.layout.kind;
    const plain = kind !== 'NCHWc' && kind !== 'NHWC';
    return plain && captured.outputs.every((o) => o[r.at.fetch]?.dtype === 'float32') ? r.at.fetch : null;
  };
}

/** The local inputs the engine takes from the tensors it kept as `kept`, per input; null when none is held. */
export function keptFeeds(lm: LocalModel, held: HeldFetch, kept: string, inputs: number): Array<Record<string, KeptFeed>> | null {
  const from = lm.feeds.flatMap((f) => {
    const fetch = held(f);
    return fetch ? [[f.input, { kept, fetch, quantize: f.quantize }] as const] : [];
  });
  return from.length ? Array.from({ length: inputs }, () => Object.fromEntries(from)) : null;
}

/**
 * The engine's feeds for a local model, per input: each value quantized first where the copy starts on integers.
 * Inputs the engine holds (`held`) are left out: it builds them itself (see keptFeeds).
 */
export function engineFeeds(lm: LocalModel, value: FeedValue, inputs: number, held: HeldFetch = () => null): Samples {
  const sent = lm.feeds.filter((f) => !held(f));
  return Array.from({ length: inputs }, (_, k) => Object.fromEntries(sent.map((f) => {
    const v = value(f, k);
    if (!v) throw new Error(`local input ${f.input} has no reference value`);
    const tensor: Tensor = f.quantize ? quantizeLike(v.data, v.dims, f.quantize) : f.dtype === 'float16' ? { dtype: 'float16', dims: v.dims, data: Uint16Array.from(v.data, numberToFloat16Bits) } : { dtype: 'float32', dims: v.dims, data: v.data };
    return [f.input, { ...tensor, name: f.input }];
  })));
}
