/**
 * The comparison as a Markdown report (`--report FILE.md`), readable by someone who did not run the tool. Names go in
 * code spans and prose is backslash-escaped, so a tensor called `<script>` or `a|b` renders as text and never breaks
 * a table.
 */
import type { CompareReport, LayerRow } from '../compare-report';
import {
  unmatchedModelTitle,
  Rich, culpritRanks, fmtAbs, fmtCosine, fmtDb, fmtDbUnit, fmtMs, fmtThreshold, fmtPercent, fmtSteps, fmtTop1, inputText, isBelow,
  layerRefNote, modeText, rankedCulprits, repairText, targetText, verdict,
} from './report-format';

export function compareMarkdown(r: CompareReport): string {
  const out: string[] = [`# QuantLens comparison: ${code(r.model)}`, '', `**Verdict:** ${rich(verdict(r))}`, ''];
  out.push(...summary(r), ...outputs(r), ...culprits(r), ...whatIf(r), ...findings(r), ...layers(r), ...unmatched(r));
  const timings = Object.entries(r.timingsMs).map(([k, v]) => `${text(k)} ${fmtMs(v)}`).join(', ');
  out.push('---', '', `Timings: ${timings || 'none recorded'}; peak memory ${Math.round(r.peakRssMb)} MB.`, '');
  return out.join('\n');
}

function summary(r: CompareReport): string[] {
  const repairs = r.repairs.length === 0 ? 'none'
    : r.repairs.map((rep) => `${code(rep.id, true)} ${text(repairText(rep))}`).join('; ');
  const paths = r.input.paths.length > 0 ? ` — ${r.input.paths.map((p) => code(p, true)).join(', ')}` : '';
  const firstBad = r.firstBad
    ? `${code(r.firstBad.tensor, true)}${r.firstBad.node !== null ? ` (node ${code(r.firstBad.node, true)})` : ''} at ${fmtDbUnit(r.firstBad.sqnrDb)}`
    : 'none: every layer measured is at or above the threshold';
  return [
    '## Summary', '',
    '| | |', '|---|---|',
    `| Mode | ${text(r.mode)}: ${text(modeText(r.mode))} |`,
    `| Model | ${code(r.model, true)} |`,
    `| Reference | ${code(r.reference, true)} |`,
    `| Target | ${code(r.target.id, true)} ${text(targetText(r.target))} |`,
    `| Reference target | ${code(r.referenceTarget.id, true)} ${text(targetText(r.referenceTarget))} |`,
    `| Inputs | ${text(inputText(r.input))}${paths} |`,
    `| Repairs applied | ${repairs} |`,
    `| Threshold | ${text(fmtThreshold(r.threshold))} (layers below it are marked ⚠) |`,
    `| First bad layer | ${firstBad} |`,
    '',
  ];
}

function outputs(r: CompareReport): string[] {
  if (r.output.length === 0) return ['## Outputs', '', 'No output was compared.', ''];
  const rows = r.output.map((o) => row([code(o.name, true), flagged(fmtDb(o.sqnrDb), isBelow(o.sqnrDb, r.threshold)),
    fmtCosine(o.cosine), fmtAbs(o.maxAbs), fmtTop1(o.top1Agreement, o.top1Misses)]));
  return ['## Outputs', '', row(['output', 'SQNR (dB)', 'cosine', 'max abs', 'top-1 agreement']), '|---|--:|--:|--:|--:|', ...rows, ''];
}

function culprits(r: CompareReport): string[] {
  const ranked = rankedCulprits(r);
  if (ranked.length === 0) return ['## Culprits', '', 'None: no layer introduces an error worth naming.', ''];
  const out = ['## Culprits', '', 'Worst first. The score is the error the layer itself introduces (dB); higher is worse.', ''];
  ranked.forEach((c, i) => {
    const unit = c.unit ? `, unit ${code(c.unit)}` : '';
    out.push(`${i + 1}. **${code(c.node)}** — ${text(c.kind)}: tensor ${code(c.tensor)}${unit}, score ${c.score.toFixed(1)} dB, local SQNR ${text(fmtDbUnit(c.localSqnrDb))}`);
    out.push(`   - Why: ${text(c.explanation)}`);
    out.push(`   - Fix: ${text(c.fix)}`);
  });
  out.push('');
  return out;
}

function whatIf(r: CompareReport): string[] {
  if (r.whatIf.length === 0) return [];
  const rows = r.whatIf.map((w) => {
    const change = w.outputSqnrBefore !== null && w.outputSqnrAfter !== null ? signed(w.outputSqnrAfter - w.outputSqnrBefore) : '—';
    return row([code(w.layer, true), fmtDb(w.outputSqnrBefore), fmtDb(w.outputSqnrAfter), change]);
  });
  return [
    '## What if', '', 'The output SQNR when the layer\'s quantization is removed (the layer runs in float).', '',
    row(['layer', 'output SQNR before (dB)', 'after (dB)', 'change (dB)']), '|---|--:|--:|--:|', ...rows, '',
  ];
}

function findings(r: CompareReport): string[] {
  if (r.diagnostics.length === 0) return ['## Findings', '', 'None.', ''];
  const out = ['## Findings', ''];
  for (const d of r.diagnostics) {
    const where = [d.node !== null ? `node ${code(d.node)}` : '', d.tensor !== null ? `tensor ${code(d.tensor)}` : ''].filter(Boolean);
    const fix = d.fix ? ` Fix: ${text(d.fix)}` : '';
    out.push(`- **${text(d.severity)}** ${code(d.code)}${where.length > 0 ? ` (${where.join(', ')})` : ''}: ${text(d.message)}${fix}`);
  }
  out.push('');
  return out;
}

function layers(r: CompareReport): string[] {
  if (r.layers.length === 0) return ['## Layers', '', 'No layer was compared.', ''];
  const ranks = culpritRanks(r);
  const mean = r.input.count > 1 ? ` Values are means over the ${r.input.count} inputs, with the worst in parentheses.` : '';
  const head = ['#', 'tensor', 'unit', 'op', 'dtype', 'layout', 'SQNR (dB)', 'local SQNR (dB)', 'cosine', 'max abs', 'err steps', 'clipped'];
  const out = [
    '## Layers', '',
    `In graph order. ⚠ marks SQNR below the ${text(fmtThreshold(r.threshold))} threshold; local SQNR is the error the layer introduces on its own (it ran on the reference's inputs); err steps is the max error in quantization steps; clipped is the share of reference values outside the quantized range; — means not measured.${mean}`,
    '', row(head), '|--:|---|---|---|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  r.layers.forEach((l, i) => out.push(layerRow(l, i, ranks.get(i), r.threshold)));
  out.push('');
  return out;
}

function layerRow(l: LayerRow, i: number, rank: number | undefined, threshold: number): string {
  const note = layerRefNote(l);
  const tensor = `${code(l.tensor, true)}${rank !== undefined ? ` **culprit #${rank}**` : ''}${note ? ` (${rich(note, true)})` : ''}`;
  const withWorst = (v: string, w: number | null | undefined, fmt: (x: number | null) => string) =>
    w !== undefined && fmt(w) !== v ? `${v} (${fmt(w)})` : v;
  const sqnr = withWorst(fmtDb(l.sqnrDb), l.worst?.sqnrDb, fmtDb);
  const local = withWorst(fmtDb(l.localSqnrDb), l.worst?.localSqnrDb, fmtDb);
  return row([
    String(i), tensor, l.unit ? code(l.unit, true) : '', l.opType ? code(l.opType, true) : '', text(l.dtype ?? '—'),
    text(l.layout ?? '—'), flagged(sqnr, isBelow(l.sqnrDb, threshold)), flagged(local, isBelow(l.localSqnrDb, threshold)),
    fmtCosine(l.cosine), fmtAbs(l.maxAbs), fmtSteps(l.errSteps), fmtPercent(l.clippedFraction),
  ]);
}

function unmatched(r: CompareReport): string[] {
  const list = (names: string[]) => (names.length === 0 ? 'none' : names.map((n) => code(n)).join(', '));
  return [
    '## Unmatched', '',
    `${unmatchedModelTitle(r.mode)} (${r.unmatched.model.length}): ${list(r.unmatched.model)}`, '',
    `Reference tensors with no model counterpart (${r.unmatched.reference.length}): ${list(r.unmatched.reference)}`, '',
  ];
}

function flagged(value: string, below: boolean): string {
  return below ? `**⚠ ${value}**` : value;
}

function signed(db: number): string {
  return `${db >= 0 ? '+' : ''}${db.toFixed(1)}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function rich(parts: Rich, inTable = false): string {
  return parts.map((p) => (typeof p === 'string' ? text(p) : code(p.code, inTable))).join('');
}

/** Prose with every character Markdown could read as markup escaped (`|` too, so it never ends a table cell). */
function text(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>&|~$]/g, (c) => `\\${c}`);
}

/**
 * A name as a code span: the fence is one backtick longer than any run inside, padded when the name starts or ends
 * with a backtick or space. Inside a table a `|` still ends the cell unless escaped, even in a code span.
 */
function code(s: string, inTable = false): string {
  if (s.length === 0) return '*(empty)*';
  let flat = s.replace(/[\r\n]+/g, ' ');
  if (inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
