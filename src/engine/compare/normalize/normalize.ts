import { integerRange } from '../../onnx/dtype';
import { Tensor, elementCount, toFloat32 } from '../../onnx/tensor-codec';
import type { Layout, QuantParams } from '../../ir/ir-types';

/** Where normalizing gets its new arrays (every value of one is written before it is read). */
export type Allocate = (n: number) => Float32Array;
const fresh: Allocate = (n) => new Float32Array(n);

/** A captured tensor as plain NCHW float32 values, with what was done to get there (null when nothing was). */
export interface Normalized {
  dims: number[];
  data: Float32Array;
  note: string | null;
  /** Integers read as numbers without a grid to dequantize them with: not real values, never compared with real ones. */
  raw?: boolean;
}

/**
 * Bring a captured tensor to the form its reference has: real values (integers dequantized with their own scale and
 * zero point, as DequantizeLinear computes them) in plain NCHW order. Per-channel `quant.axis` is an axis of the
 * tensor as stored (for NCHWc, axis 1 is the blocked channel axis). A float32 NCHW tensor is returned without a
 * copy (`data` is `t.data`): normalizing 10M-element captures must not double memory for nothing.
 */
export function normalizeTensor(t: Tensor, layout: Layout, quant: QuantParams | null, alloc: Allocate = fresh): Normalized {
  const notes: string[] = [];
  const count = elementCount(t.dims);
  const d = t.data;
  if (Array.isArray(d)) throw new Error(`tensor '${t.name ?? ''}' holds strings, not numbers`);
  if (t.dtype === 'complex64' || t.dtype === 'complex128') throw new Error(`tensor '${t.name ?? ''}' is complex; only real tensors can be compared`);
  if (d.length !== count) throw new Error(`tensor '${t.name ?? ''}' holds ${d.length} values, its dims [${t.dims}] need ${count}`);

  // The common case of an int8 model's captures, in one pass and one new array instead of two of each.
  if (layout.kind === 'NHWC' && quant && channelsLastGrid(t, quant)) {
    const r = dequantizeChannelsLast(t, quant, alloc);
    return { dims: r.dims, data: r.data, note: `${dequantNote(t.dtype, quant)}; NHWC -> NCHW` };
  }

  let data: Float32Array;
  let raw = false;
  if (integerRange(t.dtype) || t.dtype === 'int64' || t.dtype === 'uint64') {
    // A scale computed at run time (dynamic quantization) is unknown here: such tensors compare as integers.
    if (quant && quant.scale.length) {
      data = dequantize(t, layout, quant, alloc);
      notes.push(dequantNote(t.dtype, quant));
    } else {
      data = widen(t, alloc);
      raw = true;
      notes.push(`${t.dtype} values as float32 (no quantization parameters)`);
    }
  } else {
    data = widen(t, alloc);
    if (t.dtype !== 'float32') notes.push(`${t.dtype} -> float32`);
  }

  let dims = t.dims;
  if (layout.kind === 'NCHWc') {
    const r = unblock(data, t.dims, layout, alloc);
    data = r.data;
    dims = r.dims;
    notes.push(r.note);
  } else if (layout.kind === 'NHWC') {
    const r = channelsLastToFirst(data, t.dims, alloc);
    data = r.data;
    dims = r.dims;
    notes.push('NHWC -> NCHW');
  }
  return { dims: [...dims], data, note: notes.length ? notes.join('; ') : null, ...(raw ? { raw } : {}) };
}

/**
 * A captured tensor normalized with what the IR knows of the value it holds (a side's located tensor). A tensor
 * quantized at run time is dequantized with the scale and zero point the runtime computed, from the same capture.
 */
export function normalizeAt(t: Tensor, at: { value: { layout: Layout; quant: QuantParams | null } }, captured?: Record<string, Tensor>): Normalized {
  return normalizeTensor(t, at.value.layout, runtimeGrid(at.value.quant, captured));
}

/** The tensors that hold a runtime quantization's scale and zero point, to capture next to the tensor. */
export function gridFetch(at: { value: { quant: QuantParams | null } }): string[] {
  const q = at.value.quant;
  return q?.runtime ? [q.scaleTensor, q.zeroPointTensor].filter((x): x is string => !!x) : [];
}

/** A runtime quantization's parameters as this capture computed them (unchanged for a static one). */
export function runtimeGrid(q: QuantParams | null, captured?: Record<string, Tensor>): QuantParams | null {
  if (!q?.runtime || q.scale.length) return q;
  const s = q.scaleTensor ? captured?.[q.scaleTensor] : undefined;
  const z = q.zeroPointTensor ? captured?.[q.zeroPointTensor] : undefined;
  if (!s) return q;
  return { ...q, scale: Array.from(toFloat32(s)), zeroPoint: z ? Array.from(toFloat32(z)) : [0] };
}

/** float16/bfloat16 decode from bits; integers and float64 convert value by value. */
function widen(t: Tensor, alloc: Allocate): Float32Array {
  const d = t.data as Exclude<Tensor['data'], string[]>;
  if (t.dtype === 'float32' || t.dtype === 'float16' || t.dtype === 'bfloat16') return toFloat32(t);
  if (t.dtype.startsWith('float8') || t.dtype === 'float4e2m1') throw new Error(`tensor '${t.name ?? ''}': ${t.dtype} values cannot be read yet`);
  const out = alloc(d.length);
  for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
  return out;
}

function axisOf(axis: number | null, rank: number): number {
  const a = axis ?? 1;
  const r = a < 0 ? a + rank : a;
  if (r < 0 || r >= rank) throw new Error(`quantization axis ${a} is outside a tensor of rank ${rank}`);
  return r;
}

/**
 * (q - zp) * scale in float32, as DequantizeLinear computes it, so a dequantized capture equals what the runtime's
 * own DequantizeLinear would have produced bit for bit.
 */
function dequantize(t: Tensor, layout: Layout, quant: QuantParams, alloc: Allocate): Float32Array {
  const d = t.data as Exclude<Tensor['data'], string[]>;
  const n = d.length;
  const out = alloc(n);
  const big = d instanceof BigInt64Array || d instanceof BigUint64Array;
  const perChannel = quant.scale.length > 1;
  if (quant.scale.length === 0) throw new Error(`tensor '${t.name ?? ''}' has quantization parameters without a scale`);
  if (!perChannel) {
    const s = Math.fround(quant.scale[0]);
    const zp = quant.zeroPoint[0] ?? 0;
    for (let i = 0; i < n; i++) out[i] = Math.fround(((big ? Number(d[i]) : (d[i] as number)) - zp) * s);
    return out;
  }
  const rank = t.dims.length;
  const axis = axisOf(quant.axis, rank);
  const channels = quant.scale.length;
  const scales = Float32Array.from(quant.scale);
  const zps = quant.zeroPoint.length === channels ? quant.zeroPoint : new Array<number>(channels).fill(quant.zeroPoint[0] ?? 0);
  const channelOf = channelIndexer(t.dims, axis, layout, channels, t.name ?? '');
  for (let i = 0; i < n; i++) {
    const c = channelOf(i);
    // Padding channels of a blocked tensor have no parameters; they are dropped by un-blocking.
    out[i] = c < 0 ? 0 : Math.fround(((big ? Number(d[i]) : (d[i] as number)) - zps[c]) * scales[c]);
  }
  return out;
}

/** Maps a flat index of the stored tensor to its channel along `axis` (-1 for padding channels). */
function channelIndexer(dims: number[], axis: number, layout: Layout, channels: number, name: string): (i: number) => number {
  if (layout.kind === 'NCHWc' && axis === 1) {
    const block = layout.block ?? 0;
    const padded = dims[1];
    if (block <= 0 || padded % block !== 0) throw new Error(`tensor '${name}': ${padded} channels cannot be blocked by ${layout.block}`);
    if (channels !== padded && channels !== (layout.channels ?? padded)) {
      throw new Error(`tensor '${name}' has ${channels} per-channel scales for ${layout.channels ?? padded} channels`);
    }
    const spatial = elementCount(dims.slice(2));
    const groups = padded / block;
    return (i) => {
      const c = (Math.floor(i / (spatial * block)) % groups) * block + (i % block);
      return c < channels ? c : -1;
    };
  }
  if (dims[axis] !== channels) throw new Error(`tensor '${name}' has ${channels} per-channel scales for ${dims[axis]} entries along axis ${axis}`);
  const inner = elementCount(dims.slice(axis + 1));
  return (i) => Math.floor(i / inner) % channels;
}

function dequantNote(dtype: string, quant: QuantParams): string {
  const p = (x: number) => String(Number(x.toPrecision(3)));
  if (quant.scale.length === 1) return `dequantized ${dtype} (scale ${p(quant.scale[0])}, zero point ${quant.zeroPoint[0] ?? 0})`;
  return `dequantized ${dtype} per channel (axis ${quant.axis ?? 1}, ${quant.scale.length} scales)`;
}

/**
 * nChw{b}c -> NCHW. Stored dims look like NCHW with the channel count rounded up to the block; element
 * (n, c, s) sits at ((n * C/b + floor(c/b)) * S + s) * b + c % b.
 */
function unblock(data: Float32Array, dims: number[], layout: Layout, alloc: Allocate): { dims: number[]; data: Float32Array; note: string } {
  const block = layout.block;
  if (dims.length < 3) throw new Error(`an NCHWc tensor needs rank 3 or more, got dims [${dims}]`);
  if (!block || block < 1) throw new Error(`NCHWc layout without a block size (dims [${dims}])`);
  const [batch, padded] = dims;
  const channels = layout.channels ?? padded;
  if (padded % block !== 0) throw new Error(`NCHW${block}c: ${padded} stored channels are not a multiple of the block ${block}`);
  if (channels > padded || Math.ceil(channels / block) * block !== padded) {
    throw new Error(`NCHW${block}c: ${channels} channels do not round up to the ${padded} stored ones`);
  }
  const spatial = elementCount(dims.slice(2));
  const groups = padded / block;
  const out = alloc(batch * channels * spatial);
  for (let n = 0; n < batch; n++) {
    for (let c = 0; c < channels; c++) {
      const src = ((n * groups + Math.floor(c / block)) * spatial) * block + (c % block);
      const dst = (n * channels + c) * spatial;
      for (let s = 0; s < spatial; s++) out[dst + s] = data[src + s * block];
    }
  }
  const note = channels === padded ? `NCHW${block}c -> NCHW` : `NCHW${block}c, ${padded} padded channels -> ${channels}`;
  return { dims: [batch, channels, ...dims.slice(2)], data: out, note };
}

/**
 * Whether an NHWC capture can be dequantized and moved to NCHW in one pass: a small integer type (not 64-bit), and
 * one scale or one per channel of the last axis.
 */
function channelsLastGrid(t: Tensor, quant: QuantParams): boolean {
  if (!integerRange(t.dtype) || t.dtype === 'int64' || t.dtype === 'uint64' || t.dims.length < 3 || quant.scale.length === 0) return false;
  if (quant.scale.length === 1) return true;
  const rank = t.dims.length;
  const axis = quant.axis ?? 1;
  return (axis === rank - 1 || axis === -1) && quant.scale.length === t.dims[rank - 1];
}

/** Positions of one channel read per pass: the source rows of a tile stay in cache while every channel reads them. */
const TILE = 256;

/**
 * [N, ...spatial, C] integers -> [N, C, ...spatial] real values, each (q - zp) * scale rounded to float32 as in
 * `dequantize`, with the scale and zero point of its channel (the last axis) or the tensor's.
 */
function dequantizeChannelsLast(t: Tensor, quant: QuantParams, alloc: Allocate): { dims: number[]; data: Float32Array } {
  const d = t.data as Exclude<Tensor['data'], string[] | BigInt64Array | BigUint64Array>;
  const dims = t.dims;
  const batch = dims[0];
  const channels = dims[dims.length - 1];
  const spatial = elementCount(dims.slice(1, -1));
  const perChannel = quant.scale.length > 1;
  const scales = Float32Array.from({ length: channels }, (_, c) => quant.scale[perChannel ? c : 0]);
  const zps = Float64Array.from({ length: channels }, (_, c) => quant.zeroPoint[quant.zeroPoint.length === channels ? c : 0] ?? 0);
  const out = alloc(d.length);
  for (let n = 0; n < batch; n++) {
    const base = n * spatial * channels;
    for (let s0 = 0; s0 < spatial; s0 += TILE) {
      const s1 = Math.min(spatial, s0 + TILE);
      for (let c = 0; c < channels; c++) {
        const s = scales[c];
        const zp = zps[c];
        const dst = base + c * spatial;
        for (let p = s0, src = base + s0 * channels + c; p < s1; p++, src += channels) out[dst + p] = Math.fround((d[src] - zp) * s);
      }
    }
  }
  return { dims: [batch, channels, ...dims.slice(1, -1)], data: out };
}

/** [N, ...spatial, C] -> [N, C, ...spatial]. */
function channelsLastToFirst(data: Float32Array, dims: number[], alloc: Allocate): { dims: number[]; data: Float32Array } {
  if (dims.length < 3) throw new Error(`an NHWC tensor needs rank 3 or more, got dims [${dims}]`);
  const batch = dims[0];
  const channels = dims[dims.length - 1];
  const spatialDims = dims.slice(1, -1);
  const spatial = elementCount(spatialDims);
  const out = alloc(data.length);
  for (let n = 0; n < batch; n++) {
    const base = n * spatial * channels;
    for (let s = 0; s < spatial; s++) {
      const src = base + s * channels;
      for (let c = 0; c < channels; c++) out[base + c * spatial + s] = data[src + c];
    }
  }
  return { dims: [batch, channels, ...spatialDims], data: out };
}
