import { LayoutRequest, LayoutResponse, LayoutResult } from './layout-protocol';
import { LayoutCache, layoutNested } from './nested-layout';

/**
 * The page's side of the layout worker. The worker is made from a Blob of the worker bundle's text, fetched from
 * the URI the page gets in `data-worker` (the CSP allows `worker-src blob:` and `connect-src` of the webview's own
 * origin). If that fails, layouts run on the page itself, with a warning: slower on large graphs, still correct.
 */
export class LayoutClient {
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();
  private fallbackCache: LayoutCache | null = null;

  private constructor(private readonly worker: Worker | null) {
    worker?.addEventListener('message', (e: MessageEvent<LayoutResponse>) => {
      const m = e.data;
      const id = m.type === 'result' ? m.result.id : m.id;
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (m.type === 'result') p.resolve(m.result);
      else p.reject(new Error(m.message));
    });
    worker?.addEventListener('error', (e) => {
      for (const p of this.pending.values()) p.reject(new Error(`layout worker: ${e.message}`));
      this.pending.clear();
    });
  }

  /** Where layouts run: `worker`, or `page` when the worker could not be created. */
  get where(): 'worker' | 'page' {
    return this.worker ? 'worker' : 'page';
  }

  static async create(workerUrl: string | undefined): Promise<LayoutClient> {
    if (!workerUrl) {
      console.warn('quantlens: no layout worker URI (data-worker); laying out on the page');
      return new LayoutClient(null);
    }
    try {
      const res = await fetch(workerUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const blob = new Blob([await res.text()], { type: 'text/javascript' });
      return new LayoutClient(new Worker(URL.createObjectURL(blob)));
    } catch (e) {
      console.warn(`quantlens: the layout worker could not start (${e instanceof Error ? e.message : String(e)}); laying out on the page`);
      return new LayoutClient(null);
    }
  }

  layout(req: Omit<LayoutRequest, 'id'>): Promise<LayoutResult> {
    const full: LayoutRequest = { ...req, id: this.nextId++ };
    if (!this.worker) {
      this.fallbackCache ??= new LayoutCache();
      try {
        return Promise.resolve(layoutNested(full, this.fallbackCache));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    return new Promise((resolve, reject) => {
      this.pending.set(full.id, { resolve, reject });
      this.worker!.postMessage(full, [full.sizes.buffer]);
    });
  }
}
