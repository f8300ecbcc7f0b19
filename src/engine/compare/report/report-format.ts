/**
 * What the Markdown and HTML comparison reports share: number formats, the one-sentence verdict, and the plain-words
 * descriptions of the mode, targets and inputs. Nothing here escapes anything: each renderer escapes for its format.
 */
import type { CompareMode, CompareReport, Culprit, LayerRow, Top1Misses } from '../compare-report';
import { SQNR_CAP_DB } from '../metrics/pair-metrics';

/** Shown for a metric that was not measured (null). */
const NOT_MEASURED = '—';

/** Text with names in it: each renderer shows `{ code }` parts as code, so names never pass through as markup. */
export type Rich = Array<string | { code: string }>;

export function isIdentical(db: number | null): boolean {
  return db !== null && db >= SQNR_CAP_DB;
}

export function isBelow(db: number | null, threshold: number): boolean {
  return db !== null && db < threshold;
}

/** SQNR without its unit (table cells say the unit in the header). */
export function fmtDb(db: number | null): string {
  if (db === null) return NOT_MEASURED;
  if (isIdentical(db)) return 'identical';
  return Number.isFinite(db) ? db.toFixed(1) : String(db);
}

export function fmtDbUnit(db: number | null): string {
  return db === null || isIdentical(db) ? fmtDb(db) : `${fmtDb(db)} dB`;
}

/** A threshold is a setting, not a measurement: shown as typed (30 dB, 27.5 dB). */
export function fmtThreshold(db: number): string {
  return `${Number(db.toFixed(2))} dB`;
}

/** Enough decimals to show how far a cosine near 1 is from 1 (0.99987 would read 1.0000 at four). */
export function fmtCosine(c: number | null): string {
  if (c === null) return NOT_MEASURED;
  if (c === 1) return '1';
  if (!Number.isFinite(c)) return String(c);
  const gap = 1 - Math.abs(c);
  const decimals = gap > 0 ? Math.ceil(-Math.log10(gap)) + 2 : 8;
  return c.toFixed(Math.min(10, Math.max(4, decimals)));
}

export function fmtAbs(v: number | null): string {
  if (v === null) return NOT_MEASURED;
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a >= 1000 || a < 1e-3 ? v.toExponential(2) : v.toPrecision(3);
}

/** Quantization steps: whole steps when large, fractions when the error is below one step. */
export function fmtSteps(v: number | null): string {
  if (v === null) return NOT_MEASURED;
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v);
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2);
}

/** A fraction in [0, 1] as a percentage; tiny non-zero fractions stay visibly non-zero. */
export function fmtPercent(f: number | null, decimals = 2): string {
  if (f === null) return NOT_MEASURED;
  if (f === 0) return '0%';
  if (f === 1) return '100%';
  const floor = 10 ** -decimals;
  if (f * 100 < floor) return `<${floor.toFixed(decimals)}%`;
  return `${(f * 100).toFixed(decimals)}%`;
}

/**
 * Top-1 agreement as every report writes it: the percentage, and when samples were picked differently, how many of
 * those were near ties the output's error decides (one sample of near-equal scores can read 0% at 40 dB).
 */
export function fmtTop1(agreement: number | null, misses: Top1Misses | null): string {
  if (agreement === null) return NOT_MEASURED;
  const pct = fmtPercent(agreement, 1);
  if (!misses || misses.count === 0) return pct;
  const picks = `differing pick${misses.count === 1 ? '' : 's'}`;
  if (misses.withinError === 0) return `${pct} (${misses.count} ${picks}, none a near tie)`;
  return `${pct} (${misses.withinError} of ${misses.count} ${picks} a near tie within the output's error)`;
}

/** A share in [0, 1] as explanations and findings write it: one decimal, three below 0.1%. */
export function fmtShare(x: number): string {
  return `${(100 * x).toFixed(x < 0.001 ? 3 : 1)}%`;
}

export function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

const MODE_TEXT: Record<CompareMode, string> = {
  'compiled-vs-source': 'the model as compiled for the target, against the same model as written (optimizations off)',
  'quant-vs-float': 'the quantized model, against its float original',
  activations: 'the model, against activations recorded elsewhere and read from files',
  'target-vs-target': 'the model compiled for one target, against the same model compiled for another',
};

export function modeText(mode: CompareMode): string {
  return MODE_TEXT[mode];
}

export function targetText(t: CompareReport['target']): string {
  const config = Object.entries(t.config).map(([k, v]) => `${k}=${v}`);
  const parts = [`level ${t.level}`, `provider ${t.provider}`, ...config];
  return `${t.title} (${parts.join(', ')})`;
}

export function inputText(input: CompareReport['input']): string {
  const n = `${input.count} input${input.count === 1 ? '' : 's'}`;
  const dims = Object.entries(input.dims).map(([k, v]) => `${k}=${v}`);
  const dimText = dims.length > 0 ? `; symbolic dims ${dims.join(', ')}` : '';
  const from = input.source === 'random' ? `random${input.seed !== null ? ` (seed ${input.seed})` : ''}`
    : input.source === 'folder' ? 'read from a folder'
      : input.preprocess ? `an image, through the preprocessing spec ${input.preprocess}` : `read from ${input.paths.length === 1 ? 'a file' : 'files'}`;
  return `${n}, ${from}${dimText}`;
}

export function repairText(rep: CompareReport['repairs'][number]): string {
  return `${rep.title} (${rep.count} change${rep.count === 1 ? '' : 's'})`;
}

/** Culprits, worst (highest score) first, whatever order the report holds them in. */
export function rankedCulprits(r: CompareReport): Culprit[] {
  return [...r.culprits].sort((a, b) => b.score - a.score);
}

/** Layer index -> culprit rank (1-based), matched by tensor, else by node. */
export function culpritRanks(r: CompareReport): Map<number, number> {
  const ranks = new Map<number, number>();
  rankedCulprits(r).forEach((c, i) => {
    let at = r.layers.findIndex((l) => l.tensor === c.tensor);
    if (at < 0) at = r.layers.findIndex((l) => l.node !== null && l.node === c.node);
    if (at >= 0 && !ranks.has(at)) ranks.set(at, i + 1);
  });
  return ranks;
}

export function worstOutput(r: CompareReport): CompareReport['output'][number] | null {
  let worst: CompareReport['output'][number] | null = null;
  for (const o of r.output) {
    if (o.sqnrDb !== null && (worst === null || worst.sqnrDb === null || o.sqnrDb < worst.sqnrDb)) worst = o;
  }
  return worst;
}

/** The verdict in one sentence, built from the output SQNR, the first bad layer and the main culprit. */
export function verdict(r: CompareReport): Rich {
  const out = worstOutput(r);
  const t = fmtThreshold(r.threshold);
  if (out === null || out.sqnrDb === null) return ['No output could be compared, so there is no verdict.'];
  const outputs = r.output.length === 1 ? 'The output' : 'The worst output';
  const top = rankedCulprits(r)[0];
  const culprit: Rich = top ? [', and the largest contributor is ', { code: top.node }, ` (${top.kind})`] : [];
  const first: Rich = r.firstBad
    ? [{ code: r.firstBad.tensor }, ` is the first layer below it (${fmtDbUnit(r.firstBad.sqnrDb)})`] : [];
  if (isIdentical(out.sqnrDb) && !r.firstBad) return ['The outputs are identical to the reference.'];
  if (out.sqnrDb >= r.threshold) {
    if (!r.firstBad) return [`The model matches the reference: ${outputs.toLowerCase()} is at ${fmtDbUnit(out.sqnrDb)} and no layer falls below the ${t} threshold.`];
    return [`${outputs} stays above the ${t} threshold (${fmtDbUnit(out.sqnrDb)}), but `, ...first, ...culprit, '.'];
  }
  const lead = `${outputs} is below the ${t} threshold (${fmtDbUnit(out.sqnrDb)})`;
  if (!r.firstBad) return [lead, ' although every layer measured stays above it', ...culprit, '.'];
  return [lead, ': ', ...first, ...culprit, '.'];
}

/** Where a layer's reference came from, when it is not simply the same tensor name. */
export function layerRefNote(l: LayerRow): Rich | null {
  const parts: Rich = [];
  const add = (...p: Rich) => parts.push(...(parts.length > 0 ? ['; '] : []), ...p);
  if (l.compiledOnly) add('only in the compiled graph');
  if (l.referenceTensor !== l.tensor) add('reference ', { code: l.referenceTensor });
  if (l.note) add(l.note);
  return parts.length > 0 ? parts : null;
}

/**
 * What the model side's unmatched tensors are: against the same source (compiled-vs-source, target-vs-target) they
 * are tensors the compiler made (a function it inlined, a reshape for its kernel); otherwise tensors the reference
 * has no counterpart of.
 */
export function unmatchedModelTitle(mode: CompareMode): string {
  return mode === 'compiled-vs-source' || mode === 'target-vs-target' ? 'Tensors the compiler made (no source tensor)' : 'Model tensors with no reference counterpart';
}
