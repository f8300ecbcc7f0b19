/** What the benchmark's page script (bench-page.ts) offers the benchmark (bench/webview-bench.ts) through page.evaluate. */

export interface LoadTiming {
  /** From posting the graph (ours) or starting the layout (baseline) to the first frame with the graph painted. */
  firstDrawingMs: number;
  /** To the end of the last main-thread task over 50 ms (the page answers input within 50 ms from then on). */
  interactiveMs: number;
  /** The longest main-thread task during the load: how long the page was frozen at worst. */
  longestTaskMs: number;
  /** Nodes and groups in the visible graph; SVG elements the page holds. */
  items: number;
  svgElements: number;
  /** Where the layout ran and how long it took there (ours). */
  layoutMs: number | null;
  error: string | null;
}

export interface PanTiming {
  frames: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface BenchApi {
  /** The view is loaded and has posted ready; post a generated graph and time it (optionally every group open). */
  ours(nodes: number, unfoldAll: boolean): Promise<LoadTiming>;
  /** Start recording frame intervals (rAF) until `stopFrames`. */
  startFrames(): void;
  stopFrames(): PanTiming;
  /** The nested layout of every node of the graph (all groups open) on the page, without reusing layouts of repeated blocks. */
  layoutWithoutReuse(nodes: number): { ms: number; containers: number; laidOut: number };
  /** A plain view of the same graph: dagre over every node on the main thread, one SVG group per node. */
  baseline(nodes: number): Promise<LoadTiming>;
}

export const BENCH_GLOBAL = 'quantlensBench';
