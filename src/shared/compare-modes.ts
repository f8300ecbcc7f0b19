/**
 * What a comparison holds the model against. The mode follows from the arguments (engine: resolveMode); the CLI lists
 * these for --mode and the reports name them.
 */
export const COMPARE_MODES = ['compiled-vs-source', 'quant-vs-float', 'activations', 'target-vs-target'] as const;

export type CompareMode = (typeof COMPARE_MODES)[number];

export function isCompareMode(s: string): s is CompareMode {
  return (COMPARE_MODES as readonly string[]).includes(s);
}

/** SQNR (dB) below which a layer counts as bad, unless --threshold or the extension's setting says otherwise. */
export const DEFAULT_THRESHOLD_DB = 20;
