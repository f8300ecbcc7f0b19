import { interpolateLab, scaleLinear } from 'd3';

/**
 * Colours from the VS Code theme (its `--vscode-charts-*` variables), read when the theme changes, so the SVG and
 * the canvas draw with the same resolved values in light, dark and high contrast themes. Red is kept for error.
 */

export interface Palette {
  foreground: string;
  muted: string;
  background: string;
  lines: string;
  focus: string;
  match: string;
  red: string;
  dtype(d: string | null): string;
  /** SQNR (dB) to colour: red well below the threshold, yellow at it, green well above. */
  sqnr(db: number): string;
  /** The scale's stops, for the legend. */
  sqnrStops: Array<{ db: number; color: string }>;
}

/** Which chart colour each dtype family gets. */
export function dtypeFamily(d: string | null): 'float' | 'half' | 'uint8' | 'int8' | 'wide' | 'other' | 'none' {
  if (!d || d === '?') return 'none';
  if (d === 'float32' || d === 'float64' || d === 'double' || d === 'float') return 'float';
  if (d === 'float16' || d === 'bfloat16' || d.startsWith('float8')) return 'half';
  if (d === 'uint8') return 'uint8';
  if (d === 'int8') return 'int8';
  if (/^u?int(4|16|32)$/.test(d)) return 'wide';
  return 'other';
}

const FAMILY_VAR: Record<ReturnType<typeof dtypeFamily>, string> = {
  float: '--vscode-charts-blue',
  half: '--vscode-charts-purple',
  uint8: '--vscode-charts-green',
  int8: '--vscode-charts-yellow',
  wide: '--vscode-charts-orange',
  other: '--vscode-charts-foreground',
  none: '--vscode-descriptionForeground',
};

const FALLBACK: Record<string, string> = {
  '--vscode-charts-blue': '#3794ff', '--vscode-charts-purple': '#b180d7', '--vscode-charts-green': '#89d185', '--vscode-charts-yellow': '#cca700',
  '--vscode-charts-orange': '#d18616', '--vscode-charts-red': '#f14c4c', '--vscode-charts-foreground': '#cccccc', '--vscode-charts-lines': '#808080',
  '--vscode-descriptionForeground': '#9d9d9d', '--vscode-foreground': '#cccccc', '--vscode-editor-background': '#1e1e1e', '--vscode-focusBorder': '#0078d4',
  '--vscode-editor-findMatchBorder': '#d18616',
};

/** `threshold`: the comparison's SQNR bar (dB), the yellow middle of the error scale. */
export function readPalette(threshold = 20, el: Element = document.documentElement): Palette {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim() || FALLBACK[name] || '#888888';
  const red = v('--vscode-charts-red');
  const stops = [threshold - 12, threshold, threshold + 20];
  const scale = scaleLinear<string>().domain(stops).range([red, v('--vscode-charts-yellow'), v('--vscode-charts-green')]).interpolate(interpolateLab).clamp(true);
  const byFamily = new Map<string, string>();
  return {
    foreground: v('--vscode-foreground'),
    muted: v('--vscode-descriptionForeground'),
    background: v('--vscode-editor-background'),
    lines: v('--vscode-charts-lines'),
    focus: v('--vscode-focusBorder'),
    match: v('--vscode-editor-findMatchBorder'),
    red,
    dtype(d) {
      const f = dtypeFamily(d);
      let c = byFamily.get(f);
      if (!c) byFamily.set(f, (c = v(FAMILY_VAR[f])));
      return c;
    },
    sqnr: (db) => scale(db),
    sqnrStops: stops.map((db) => ({ db, color: scale(db) })),
  };
}
