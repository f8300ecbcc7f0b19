/** A tensor's memory layout as the IR and the JSON reports carry it (NCHWc: channels blocked by `block`). */
export interface LayoutKind {
  kind: 'NCHW' | 'NHWC' | 'NCHWc' | 'unknown';
  block: number | null;
}

/** The layout's name: `NCHW`, `NHWC`, `unknown`, or `NCHW8c` (`NCHW?c` when the block size is not known). */
export function layoutName(layout: LayoutKind): string {
  return layout.kind === 'NCHWc' ? `NCHW${layout.block ?? '?'}c` : layout.kind;
}

/** The badge a view shows next to a tensor: only layouts other than plain NCHW get one. */
export function layoutBadge(layout: LayoutKind | null | undefined): string | null {
  if (!layout || layout.kind === 'NCHW' || layout.kind === 'unknown') return null;
  return layoutName(layout);
}

/** Ops that only move data between layouts; when the compiler adds one, it replaces no source node. */
export const LAYOUT_OPS: ReadonlySet<string> = new Set(['Transpose', 'ReorderInput', 'ReorderOutput']);
