/// <reference lib="dom" />
import type { GraphViewState, HostToGraph } from '../src/shared/protocol';
import { PageSpec, Theme, WebviewHarness, WebviewPage } from './harness';

/** The IR graph webview's page, as the host panel opens it (see webview/graph/main.ts for the contract). */
export function graphPageSpec(h: WebviewHarness, theme: Theme = 'light', extraScripts: string[] = []): PageSpec {
  return {
    title: 'QuantLens graph',
    scripts: [...extraScripts, 'dist/webview/graph.js'],
    styles: ['media/webview.css', 'dist/webview/graph.css'],
    data: { worker: h.url('dist/webview/graph-layout-worker.js') },
    theme,
  };
}

interface AppData {
  renders?: string;
  [k: string]: string | undefined;
}

/** A graph page that has posted `ready`. */
export class GraphPage {
  constructor(readonly wp: WebviewPage) {}

  static async open(h: WebviewHarness, theme: Theme = 'light'): Promise<GraphPage> {
    const wp = await h.open(graphPageSpec(h, theme));
    await wp.waitForPosted('ready');
    return new GraphPage(wp);
  }

  get page() {
    return this.wp.page;
  }

  /** #app's data-* attributes (renders, leaves, folded, frames, edges, view, layoutIn, layoutMs). */
  async data(): Promise<AppData> {
    return this.page.evaluate(() => ({ ...(document.getElementById('app')?.dataset ?? {}) }));
  }

  async renders(): Promise<number> {
    return Number((await this.data()).renders ?? 0);
  }

  /** Run `action`, then wait until the view has drawn a new layout. */
  async afterRender(action: () => Promise<unknown>): Promise<void> {
    const before = await this.renders();
    await action();
    await this.page.waitForFunction((n) => Number(document.getElementById('app')?.dataset.renders ?? 0) > n, before);
  }

  async init(m: Extract<HostToGraph, { type: 'init' }>): Promise<void> {
    await this.afterRender(() => this.wp.send(m));
  }

  /** The id of a folded group drawn wholly inside the view. */
  async groupInView(): Promise<string> {
    return this.page.evaluate(() => {
      const view = document.querySelector('svg.graph')!.getBoundingClientRect();
      for (const g of Array.from(document.querySelectorAll<SVGGElement>('g.node.group'))) {
        const r = g.getBoundingClientRect();
        if (r.top >= view.top && r.bottom <= view.bottom && r.left >= view.left && r.right <= view.right) return g.dataset.group!;
      }
      throw new Error('no folded group in view');
    });
  }

  /** The last `state` the page posted (it debounces them). */
  async lastState(): Promise<GraphViewState | null> {
    const posted = await this.wp.posted<{ type: string; state?: GraphViewState }>();
    return posted.filter((m) => m.type === 'state').pop()?.state ?? null;
  }
}
