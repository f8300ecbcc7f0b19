/** What the graph's keys do: + and - zoom, 0 fits, the arrows pan (the SVG has focus). */

export interface PanZoom {
  zoomBy(factor: number): void;
  /** Screen pixels. */
  panBy(dx: number, dy: number): void;
  fit(): void;
}

const STEP_PX = 80;

/** The action of `key`, or null when the key is not the graph's. */
export function panZoomKey(key: string, v: PanZoom): (() => void) | null {
  const keys: Record<string, () => void> = {
    '+': () => v.zoomBy(1.25),
    '=': () => v.zoomBy(1.25),
    '-': () => v.zoomBy(0.8),
    '0': () => v.fit(),
    ArrowLeft: () => v.panBy(STEP_PX, 0),
    ArrowRight: () => v.panBy(-STEP_PX, 0),
    ArrowUp: () => v.panBy(0, STEP_PX),
    ArrowDown: () => v.panBy(0, -STEP_PX),
  };
  return keys[key] ?? null;
}
