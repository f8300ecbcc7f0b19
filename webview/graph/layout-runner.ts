import type { LayoutClient } from './layout-client';
import type { LayoutResult } from './layout-protocol';
import { visibleGraph, VisibleGraph } from './visible-graph';
import type { ViewModel } from './view-model';

/**
 * Runs one layout at a time for the view: a newer request (or `cancel`) makes the older one's answer be dropped,
 * a slow one says so in the status line, and a failure is said there too.
 */
export class LayoutRunner {
  private seq = 0;

  constructor(private readonly client: Promise<LayoutClient>, private readonly status: (text: string, error?: boolean) => void) {}

  cancel(): void {
    this.seq++;
  }

  /** The visible graph of `vm` laid out, or null when a newer layout started meanwhile or it failed. */
  async run(vm: ViewModel): Promise<{ vg: VisibleGraph; result: LayoutResult; where: string } | null> {
    const seq = ++this.seq;
    const vg = visibleGraph(vm.graph, vm.tree, vm.expanded);
    const slow = window.setTimeout(() => this.status(`Laying out ${vg.kinds.length - 1} items…`), 150);
    try {
      const client = await this.client;
      const result = await client.layout(vg.request);
      return seq === this.seq ? { vg, result, where: client.where } : null;
    } catch (e) {
      if (seq === this.seq) this.status(`Layout failed: ${e instanceof Error ? e.message : String(e)}`, true);
      return null;
    } finally {
      window.clearTimeout(slow);
    }
  }
}
