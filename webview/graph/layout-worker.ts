import { LayoutRequest, LayoutResponse } from './layout-protocol';
import { LayoutCache, layoutNested } from './nested-layout';

/**
 * The layout worker: the page creates it from a Blob of this bundle (the CSP allows workers from blob: only). It
 * keeps its cache of container layouts for the page's lifetime, so unfolding a group lays out only what changed.
 */

interface WorkerScope {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const cache = new LayoutCache();

scope.onmessage = (e) => {
  const req = e.data;
  try {
    const result = layoutNested(req, cache);
    scope.postMessage({ type: 'result', result }, [result.rects.buffer]);
  } catch (err) {
    scope.postMessage({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) }, []);
  }
};
