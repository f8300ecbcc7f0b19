import type { GraphRenderer } from './renderer';
import type { Scene, ViewTransform } from './scene';

/**
 * Where a new layout is put on screen: its home view, fitted, a saved transform, a node centred, the group that was
 * clicked kept where it was (`anchor`, its key, and `screen`, where its corner was), or the view as it is.
 */
export type Placement = { home: true } | { fit: true } | { transform: ViewTransform } | { anchor: string; screen: [number, number] } | { centerNode: number } | { keep: true };

export function applyPlacement(r: GraphRenderer, scene: Scene, place: Placement): void {
  if ('home' in place) r.home();
  else if ('fit' in place) r.fit();
  else if ('transform' in place) r.setTransform(place.transform);
  else if ('centerNode' in place) r.center(scene.vg.nodeItem[place.centerNode]);
  else if ('anchor' in place) {
    const item = scene.vg.keys.indexOf(place.anchor);
    if (item < 0) return;
    const k = r.transform.k;
    r.setTransform({ x: place.screen[0] - scene.rects[4 * item] * k, y: place.screen[1] - scene.rects[4 * item + 1] * k, k });
  }
}
