/**
 * The comparison as one self-contained HTML file (`--report FILE.html`): inline CSS for light and dark, an inline SVG
 * chart of SQNR by layer, no scripts and nothing remote (a Content-Security-Policy forbids both, so even a name that
 * slipped through escaping could not run). Every piece of text from the report goes through `esc`.
 */
import type { CompareReport, LayerRow } from '../compare-report';
import {
  unmatchedModelTitle,
  Rich, culpritRanks, fmtAbs, fmtCosine, fmtDb, fmtDbUnit, fmtMs, fmtThreshold, fmtPercent, fmtSteps, fmtTop1, inputText, isBelow,
  layerRefNote, modeText, rankedCulprits, repairText, targetText, verdict, worstOutput,
} from './report-format';
import { esc } from './html-escape';
import { CSS } from './report-html-style';
import { sqnrChart } from './sqnr-chart';

export function compareHtml(r: CompareReport): string {
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="color-scheme" content="light dark">',
    `<title>QuantLens comparison: ${esc(r.model)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>',
    header(r), summary(r), chartSection(r), culprits(r), whatIf(r), findings(r), layers(r), unmatched(r), footer(r),
    '</main>', '</body>', '</html>', '',
  ].join('\n');
}

function header(r: CompareReport): string {
  const worst = worstOutput(r);
  const bad = r.firstBad !== null || (worst !== null && isBelow(worst.sqnrDb, r.threshold));
  return `<header><p class="eyebrow">QuantLens comparison · ${esc(r.mode)}</p><h1><code>${esc(r.model)}</code></h1>
<p class="verdict ${bad ? 'is-bad' : 'is-ok'}">${rich(verdict(r))}</p></header>`;
}

function summary(r: CompareReport): string {
  const worst = worstOutput(r);
  const minOf = (vs: Array<number | null>) => {
    const known = vs.filter((v): v is number => v !== null);
    return known.length > 0 ? Math.min(...known) : null;
  };
  const first = r.firstBad
    ? `<code>${esc(r.firstBad.tensor)}</code><small>${esc(fmtDbUnit(r.firstBad.sqnrDb))}</small>` : 'none';
  const cards = [
    card('Output SQNR', esc(fmtDbUnit(worst?.sqnrDb ?? null)), worst !== null && isBelow(worst.sqnrDb, r.threshold)),
    card('Output cosine', esc(fmtCosine(minOf(r.output.map((o) => o.cosine)))), false),
    card('Top-1 agreement', esc(fmtPercent(minOf(r.output.map((o) => o.top1Agreement)), 1)), false),
    card('First bad layer', first, r.firstBad !== null),
    card('Threshold', esc(fmtThreshold(r.threshold)), false),
  ];
  const repairs = r.repairs.length === 0 ? 'none'
    : r.repairs.map((rep) => `<code>${esc(rep.id)}</code> ${esc(repairText(rep))}`).join('<br>');
  const paths = r.input.paths.map((p) => `<br><code>${esc(p)}</code>`).join('');
  const facts: Array<[string, string]> = [
    ['Mode', `<code>${esc(r.mode)}</code> ${esc(modeText(r.mode))}`],
    ['Model', `<code>${esc(r.model)}</code>`],
    ['Reference', `<code>${esc(r.reference)}</code>`],
    ['Target', `<code>${esc(r.target.id)}</code> ${esc(targetText(r.target))}`],
    ['Reference target', `<code>${esc(r.referenceTarget.id)}</code> ${esc(targetText(r.referenceTarget))}`],
    ['Inputs', esc(inputText(r.input)) + paths],
    ['Repairs applied', repairs],
  ];
  const dl = facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('');
  return `<section id="summary"><h2>Summary</h2><div class="cards">${cards.join('')}</div><dl class="facts">${dl}</dl>
${outputsTable(r)}</section>`;
}

function card(label: string, valueHtml: string, bad: boolean): string {
  return `<div class="card${bad ? ' is-bad' : ''}"><div class="label">${label}</div><div class="value">${valueHtml}</div></div>`;
}

function outputsTable(r: CompareReport): string {
  if (r.output.length === 0) return '<p>No output was compared.</p>';
  const rows = r.output.map((o) => `<tr${isBelow(o.sqnrDb, r.threshold) ? ' class="below"' : ''}><td><code>${name(o.name)}</code></td>`
    + `${num(flag(fmtDb(o.sqnrDb), isBelow(o.sqnrDb, r.threshold)))}${num(esc(fmtCosine(o.cosine)))}${num(esc(fmtAbs(o.maxAbs)))}`
    + `${num(esc(fmtTop1(o.top1Agreement, o.top1Misses)))}</tr>`);
  return `<table class="outputs"><thead><tr><th>output</th><th class="num">SQNR (dB)</th><th class="num">cosine</th>`
    + `<th class="num">max abs</th><th class="num">top-1 agreement</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function culprits(r: CompareReport): string {
  const ranked = rankedCulprits(r);
  const head = '<section id="culprits"><h2>Culprits</h2>';
  if (ranked.length === 0) return `${head}<p>None: no layer introduces an error worth naming.</p></section>`;
  const rowOf = new Map([...culpritRanks(r)].map(([layer, rank]) => [rank, layer]));
  const items = ranked.map((c, i) => {
    const layer = rowOf.get(i + 1);
    const link = layer !== undefined ? ` · <a href="#layer-${layer}">layer ${layer}</a>` : '';
    return `<li class="culprit"><div class="culprit-head"><span class="rank">#${i + 1}</span><code>${esc(c.node)}</code>`
      + `<span class="kind kind-${esc(c.kind)}">${esc(c.kind)}</span></div>`
      + `<div class="meta">tensor <code>${esc(c.tensor)}</code>${c.unit ? ` · unit <code>${esc(c.unit)}</code>` : ''}`
      + ` · score ${esc(c.score.toFixed(1))} dB · local SQNR ${esc(fmtDbUnit(c.localSqnrDb))}${link}</div>`
      + `<p><strong>Why</strong> ${esc(c.explanation)}</p><p><strong>Fix</strong> ${esc(c.fix)}</p></li>`;
  });
  return `${head}<p class="hint">Worst first. The score is the error the layer itself introduces (dB); higher is worse.</p>`
    + `<ol class="culprits">${items.join('')}</ol></section>`;
}

function whatIf(r: CompareReport): string {
  if (r.whatIf.length === 0) return '';
  const rows = r.whatIf.map((w) => {
    const delta = w.outputSqnrBefore !== null && w.outputSqnrAfter !== null ? w.outputSqnrAfter - w.outputSqnrBefore : null;
    const change = delta === null ? '—' : `${delta >= 0 ? '+' : ''}${delta.toFixed(1)}`;
    return `<tr><td><code>${name(w.layer)}</code></td>${num(esc(fmtDb(w.outputSqnrBefore)))}${num(esc(fmtDb(w.outputSqnrAfter)))}`
      + `${num(esc(change))}</tr>`;
  });
  return `<section id="what-if"><h2>What if</h2><p class="hint">The output SQNR when the layer's quantization is removed`
    + ` (the layer runs in float).</p><table><thead><tr><th>layer</th><th class="num">output SQNR before (dB)</th>`
    + `<th class="num">after (dB)</th><th class="num">change (dB)</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function findings(r: CompareReport): string {
  const head = '<section id="findings"><h2>Findings</h2>';
  if (r.diagnostics.length === 0) return `${head}<p>None.</p></section>`;
  const rows = r.diagnostics.map((d) => {
    const where = [d.node !== null ? `node <code>${name(d.node)}</code>` : '', d.tensor !== null ? `tensor <code>${name(d.tensor)}</code>` : '']
      .filter(Boolean).join('<br>');
    return `<tr><td><span class="sev sev-${esc(d.severity)}">${esc(d.severity)}</span></td><td class="nowrap"><code>${esc(d.code)}</code></td>`
      + `<td>${where}</td><td>${esc(d.message)}</td><td>${d.fix ? esc(d.fix) : ''}</td></tr>`;
  });
  return `${head}<table><thead><tr><th>severity</th><th>code</th><th>where</th><th>message</th><th>fix</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table></section>`;
}

function layers(r: CompareReport): string {
  const head = '<section id="layers"><h2>Layers</h2>';
  if (r.layers.length === 0) return `${head}<p>No layer was compared.</p></section>`;
  const ranks = culpritRanks(r);
  const mean = r.input.count > 1 ? ` Values are means over the ${r.input.count} inputs; the worst is shown under each.` : '';
  const cols = ['#', 'tensor', 'unit', 'op', 'dtype', 'layout', 'SQNR (dB)', 'local SQNR (dB)', 'cosine', 'max abs', 'err steps', 'clipped'];
  const th = cols.map((c, i) => `<th${i === 0 || i >= 6 ? ' class="num"' : ''}>${c}</th>`).join('');
  const rows = r.layers.map((l, i) => layerRow(l, i, ranks.get(i), r.threshold));
  return `${head}<p class="hint">In graph order. ⚠ marks SQNR below the ${esc(fmtThreshold(r.threshold))} threshold; local SQNR is `
    + `the error the layer introduces on its own (it ran on the reference's inputs); err steps is the max error in quantization `
    + `steps; clipped is the share of reference values outside the quantized range; — means not measured.${mean}</p>`
    + `<div class="scroll"><table class="layers"><thead><tr>${th}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`;
}

function layerRow(l: LayerRow, i: number, rank: number | undefined, threshold: number): string {
  const below = isBelow(l.sqnrDb, threshold);
  const note = layerRefNote(l);
  const badge = rank !== undefined ? ` <span class="badge">culprit #${rank}</span>` : '';
  const tensor = `<code>${name(l.tensor)}</code>${badge}${note ? `<div class="note">${rich(note)}</div>` : ''}`;
  const metric = (v: number | null, w: number | null | undefined) => {
    const shown = fmtDb(v);
    const worst = w !== undefined && fmtDb(w) !== shown ? `<div class="worst">worst ${esc(fmtDb(w))}</div>` : '';
    return num(flag(shown, isBelow(v, threshold)) + worst);
  };
  const cls = [below ? 'below' : '', rank !== undefined ? 'culprit' : ''].filter(Boolean).join(' ');
  return `<tr id="layer-${i}"${cls ? ` class="${cls}"` : ''}>${num(String(i))}<td>${tensor}</td>`
    + `<td>${l.unit ? `<code>${name(l.unit)}</code>` : ''}</td><td class="nowrap">${l.opType ? `<code>${esc(l.opType)}</code>` : '—'}</td>`
    + `<td class="nowrap">${esc(l.dtype ?? '—')}</td><td>${esc(l.layout ?? '—')}</td>`
    + `${metric(l.sqnrDb, l.worst?.sqnrDb)}${metric(l.localSqnrDb, l.worst?.localSqnrDb)}${num(esc(fmtCosine(l.cosine)))}`
    + `${num(esc(fmtAbs(l.maxAbs)))}${num(esc(fmtSteps(l.errSteps)))}${num(esc(fmtPercent(l.clippedFraction)))}</tr>`;
}

function unmatched(r: CompareReport): string {
  const list = (title: string, names: string[]) => names.length === 0 ? `<p>${title}: none.</p>`
    : `<details${names.length <= 30 ? ' open' : ''}><summary>${title} (${names.length})</summary><ul class="names">`
      + `${names.map((n) => `<li><code>${esc(n)}</code></li>`).join('')}</ul></details>`;
  return `<section id="unmatched"><h2>Unmatched</h2>${list(unmatchedModelTitle(r.mode), r.unmatched.model)}`
    + `${list('Reference tensors with no model counterpart', r.unmatched.reference)}</section>`;
}

function footer(r: CompareReport): string {
  const timings = Object.entries(r.timingsMs).map(([k, v]) => `${esc(k)} ${esc(fmtMs(v))}`).join(', ');
  return `<footer>Timings: ${timings || 'none recorded'} · peak memory ${Math.round(r.peakRssMb)} MB · written by QuantLens</footer>`;
}

function chartSection(r: CompareReport): string {
  if (r.layers.length === 0) return '';
  return `<section id="chart"><h2>SQNR by layer</h2><figure>${sqnrChart(r)}<figcaption>Layers in graph order. `
    + `SQNR compares each tensor with the reference; local SQNR is the error the layer adds on its own. Higher is better; `
    + `points at the top are identical to the reference; crosses on the axis were not measured.</figcaption></figure></section>`;
}

function num(html: string): string {
  return `<td class="num">${html}</td>`;
}

function flag(value: string, below: boolean): string {
  return below ? `<strong class="flag">⚠ ${esc(value)}</strong>` : esc(value);
}

function rich(parts: Rich): string {
  return parts.map((p) => (typeof p === 'string' ? esc(p) : `<code>${name(p.code)}</code>`)).join('');
}

/** A name that may wrap in a narrow column: before each `/` and after each `_` (paths and token names). */
function name(s: string): string {
  return esc(s).replace(/\//g, '<wbr>/').replace(/_/g, '_<wbr>');
}
