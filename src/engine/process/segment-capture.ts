import { valueInfo } from '../builder/model-builder';
import { GraphMsg, GraphProto, ModelMsg, ModelProto, make } from '../onnx/schema';
import type { Tensor } from '../onnx/tensor-codec';
import { subgraphs } from '../rewrite/model-edit';

/**
 * Capture in graph order without running the whole model again for every chunk of tensors: the engine keeps where
 * the last chunk stopped (a node position) and, per input sample, the tensors still to be read after it (the live
 * set). The next chunk runs only the nodes from there up to the last producer of what it fetches, as a model of
 * their own whose inputs are the live tensors. Every node of a graph in topological order then runs about once per
 * comparison, and memory holds the live set and one chunk, as a plain run holds its arena.
 *
 * Only for sessions with optimizations off (a node computes the same alone as in the whole graph) and when sessions
 * are not kept between calls (over a set of inputs, the kept whole-model session is cheaper); a fetch it cannot
 * serve this way (an initializer, a graph with subgraphs reading outer names) gets `null`, and the caller runs the
 * whole model as before.
 */
export interface Segment {
  /** The model of the nodes to run, with the live tensors they read as graph inputs; null when nothing needs to run. */
  model: ModelMsg | null;
  /** Its inputs (names of live tensors). */
  inputs: string[];
  /** Its outputs: what is fetched, what later nodes read and what later calls will fetch. */
  outputs: string[];
}

/**
 * Whether a call's feed is the stream's: numbers byte for byte (a comparison of a 1024x1024 model asks this on each
 * of 161 chunks, and value by value it took 1.7 s), so the same NaN is the same feed and -0 is not 0.
 */
function same(a: Tensor, b: Tensor | undefined): boolean {
  if (!b || a.dtype !== b.dtype || a.data.length !== b.data.length || a.dims.join(',') !== b.dims.join(',')) return false;
  const x = a.data;
  const y = b.data;
  if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y)) return Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength));
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

export class SegmentStream {
  private readonly producer = new Map<string, number>();
  private readonly lastUse = new Map<string, number>();
  private readonly initializers = new Set<string>();
  private readonly graphInputs: Set<string>;
  private cursor = 0;
  /** Per sample, the tensors computed and still read at or after the cursor (graph inputs included). */
  private live: Array<Map<string, Tensor>> = [];

  private constructor(private readonly model: ModelMsg, private readonly feeds: Array<Record<string, Tensor>>) {
    const g = model.graph!;
    g.node.forEach((n, i) => {
      for (const o of n.output) if (o) this.producer.set(o, i);
      for (const t of n.input) if (t) this.lastUse.set(t, i);
    });
    for (const o of g.output) this.lastUse.set(o.name, Number.POSITIVE_INFINITY);
    for (const t of g.initializer) this.initializers.add(t.name);
    this.graphInputs = new Set(g.input.map((i) => i.name).filter((n) => !this.initializers.has(n)));
    this.restart();
  }

  /** A stream for this model, or null when its graph cannot be cut (subgraphs may read any outer tensor). */
  static open(model: ModelMsg, feeds: Array<Record<string, Tensor>>): SegmentStream | null {
    if (model.graph!.node.some((n) => subgraphs(n).length > 0)) return null;
    return new SegmentStream(model, feeds);
  }

  /**
   * Whether this stream was opened on these feeds (same samples, same values: a few ms even for large inputs; none
   * for the feeds the stream's engine held for a call, which are the very ones).
   */
  sameFeeds(feeds: Array<Record<string, Tensor>>): boolean {
    if (feeds === this.feeds) return true;
    return feeds.length === this.feeds.length && feeds.every((f, k) => Object.keys(f).length === Object.keys(this.feeds[k]).length && Object.keys(f).every((name) => same(f[name], this.feeds[k][name])));
  }

  private restart(): void {
    this.cursor = 0;
    this.live = this.feeds.map((f) => new Map(Object.entries(f)));
  }

  /**
   * The nodes to run for `fetch`, from the cursor on; null when a fetched tensor is an initializer or unknown. A
   * tensor computed before the cursor and no longer live restarts the stream from the first node.
   */
  plan(fetch: string[], later: ReadonlySet<string>): Segment | null {
    if (fetch.some((f) => this.initializers.has(f) || (!this.producer.has(f) && !this.graphInputs.has(f)))) return null;
    const live = this.live[0] ?? new Map<string, Tensor>();
    if (fetch.some((f) => !live.has(f) && (this.producer.get(f) ?? -1) < this.cursor)) this.restart();
    const end = Math.max(this.cursor, ...fetch.filter((f) => !this.live[0]?.has(f)).map((f) => (this.producer.get(f) ?? -1) + 1));
    if (end === this.cursor) return { model: null, inputs: [], outputs: [] };
    const g = this.model.graph!;
    const nodes = g.node.slice(this.cursor, end);
    const made = new Set(nodes.flatMap((n) => n.output.filter(Boolean)));
    const read = new Set(nodes.flatMap((n) => n.input.filter(Boolean)));
    const inputs = [...read].filter((t) => !made.has(t) && !this.initializers.has(t));
    if (inputs.some((t) => !this.live[0]?.has(t))) return null;
    // What is fetched, what later nodes read and what later calls will fetch come back; nothing else (a segment that
    // reaches far ahead would hold all of its tensors at once).
    const wanted = new Set(fetch);
    const outputs = [...made].filter((t) => wanted.has(t) || later.has(t) || (this.lastUse.get(t) ?? -1) >= end);
    const sample = this.live[0]!;
    const graph = make<GraphMsg>(GraphProto, {
      name: `${g.name}_segment`,
      node: nodes,
      initializer: g.initializer.filter((t) => read.has(t.name)),
      input: inputs.map((t) => valueInfo(t, sample.get(t)!.dtype, sample.get(t)!.dims)),
      output: outputs.map((t) => valueInfo(t)),
      value_info: g.value_info,
    });
    const model = make<ModelMsg>(ModelProto, { ...this.model, graph } as Partial<ModelMsg>);
    return { model, inputs, outputs };
  }

  /** The feeds of sample k for a planned segment. */
  feedsOf(segment: Segment, k: number): Record<string, Tensor> {
    return Object.fromEntries(segment.inputs.map((t) => [t, this.live[k].get(t)!]));
  }

  /**
   * Fold a segment's results (one record per sample) into the live sets and return the fetched tensors per sample;
   * the cursor moves past the segment. A tensor stays while a later node reads it or a later call will fetch it
   * (`later`: the caller knows its next chunks; the inputs of their layers run alone were often made calls before),
   * so memory holds what is still needed and no call restarts the stream. A node-count window kept instead held up
   * to 500 MiB of tensors nobody fetched again per engine at 1024x1024.
   */
  advance(segment: Segment, results: Array<Record<string, Tensor>>, fetch: string[], later: ReadonlySet<string>): Array<Record<string, Tensor>> {
    const end = segment.model ? this.cursor + segment.model.graph!.node.length : this.cursor;
    const stale = (name: string) => (this.lastUse.get(name) ?? -1) < end && !later.has(name);
    return this.live.map((live, k) => {
      for (const [name, t] of Object.entries(results[k] ?? {})) live.set(name, t);
      const got = Object.fromEntries(fetch.map((f) => [f, live.get(f)!]));
      for (const name of [...live.keys()]) if (stale(name)) live.delete(name);
      if (k === this.live.length - 1) this.cursor = end;
      return got;
    });
  }
}
