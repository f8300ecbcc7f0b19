/**
 * The comparison as one self-contained HTML file (`--report FILE.html`): inline CSS for light and dark, an inline SVG
 * chart of SQNR by layer, no scripts and nothing remote (a Content-Security-Policy forbids both, so even a name that
 * slipped through escaping could not run). Every piece of text from the report goes through `esc`.
 */
import type { CompareReport, LayerRow } from '../compare-report';
import {
  Rich, culpritRanks, fmtAbs, fmtCosine, fmtDb, fmtDbUnit, fmtMs, fmtThreshold, fmtPercent, fmtSteps, inputText, isBelow, isIdentical,
  layerRefNote, modeText, rankedCulprits, repairText, targetText, verdict, worstOutput,
} from './report-format';

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
    + `${num(esc(fmtPercent(o.top1Agreement, 1)))}</tr>`);
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
  return `<section id="unmatched"><h2>Unmatched</h2>${list('Model tensors with no reference counterpart', r.unmatched.model)}`
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

const W = 1000;
const H = 380;
const PAD = { left: 76, right: 24, top: 64, bottom: 48 };

/** The chart: x = layer index, y = SQNR (dB); identical values sit on a band above the plot, labelled "identical". */
export function sqnrChart(r: CompareReport): string {
  const n = r.layers.length;
  const sqnr = r.layers.map((l) => l.sqnrDb);
  const local = r.layers.map((l) => l.localSqnrDb);
  const finite = [...sqnr, ...local].filter((v): v is number => v !== null && !isIdentical(v) && Number.isFinite(v));
  let lo = Math.min(0, r.threshold, ...finite);
  let hi = Math.max(r.threshold, ...finite);
  if (hi - lo < 1) hi = lo + 10;
  const step = niceStep((hi - lo) / 6);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const bottom = H - PAD.bottom;
  const identY = PAD.top - 22;
  const x = (i: number) => (n === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + 10 + (i * (W - PAD.left - PAD.right - 20)) / (n - 1));
  const y = (v: number) => (isIdentical(v) ? identY : bottom - ((v - lo) / (hi - lo)) * (bottom - PAD.top));
  const parts: string[] = [];

  for (let k = 0; k <= Math.round((hi - lo) / step); k++) {
    const v = lo + k * step;
    const yy = f(y(v));
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${yy}" y2="${yy}"/>`,
      `<text class="tick" x="${PAD.left - 8}" y="${yy}" dy="0.32em" text-anchor="end">${f(v)}</text>`);
  }
  const xStep = Math.max(1, niceStep((n - 1) / 12));
  for (let i = 0; i < n; i += xStep) {
    parts.push(`<text class="tick" x="${f(x(i))}" y="${bottom + 18}" text-anchor="middle">${i}</text>`);
  }
  parts.push(`<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${bottom}" y2="${bottom}"/>`,
    `<text class="axis-title" x="${(PAD.left + W - PAD.right) / 2}" y="${H - 8}" text-anchor="middle">layer (graph order)</text>`,
    `<text class="axis-title" transform="translate(16 ${f((PAD.top + bottom) / 2)}) rotate(-90)" text-anchor="middle">SQNR (dB)</text>`);
  if ([...sqnr, ...local].some(isIdentical)) {
    parts.push(`<line class="ident-line" x1="${PAD.left}" x2="${W - PAD.right}" y1="${identY}" y2="${identY}"/>`,
      `<text class="tick ident" x="${PAD.left - 8}" y="${identY}" dy="0.32em" text-anchor="end">identical</text>`);
  }
  const ty = f(y(r.threshold));
  parts.push(`<line class="threshold" x1="${PAD.left}" x2="${W - PAD.right}" y1="${ty}" y2="${ty}"/>`,
    `<text class="threshold-label" x="${W - PAD.right - 4}" y="${ty}" dy="-0.4em" text-anchor="end">threshold ${esc(fmtThreshold(r.threshold))}</text>`);

  parts.push(`<path class="line local-line" d="${linePath(local, x, y)}"/>`, `<path class="line sqnr-line" d="${linePath(sqnr, x, y)}"/>`);
  r.layers.forEach((l, i) => {
    if (l.localSqnrDb === null) return;
    const [cx, cy] = [x(i), y(l.localSqnrDb)];
    parts.push(`<rect class="lpt" x="${f(cx - 2.5)}" y="${f(cy - 2.5)}" width="5" height="5">`
      + `<title>${esc(`#${i} ${l.tensor}\nlocal SQNR ${fmtDbUnit(l.localSqnrDb)}`)}</title></rect>`);
  });
  r.layers.forEach((l, i) => {
    const tip = `<title>${esc(`#${i} ${l.tensor}\nSQNR ${l.sqnrDb === null ? 'not measured' : fmtDbUnit(l.sqnrDb)}`)}</title>`;
    const cx = f(x(i));
    if (l.sqnrDb === null) {
      parts.push(`<path class="pt na" data-layer="${i}" d="M${cx} ${bottom} m-3.5 -3.5 l7 7 m0 -7 l-7 7">${tip}</path>`);
      return;
    }
    const cls = `pt${isBelow(l.sqnrDb, r.threshold) ? ' below' : ''}${isIdentical(l.sqnrDb) ? ' same' : ''}`;
    parts.push(`<circle class="${cls}" data-layer="${i}" cx="${cx}" cy="${f(y(l.sqnrDb))}" r="3.5">${tip}</circle>`);
  });
  for (const [i, rank] of culpritRanks(r)) {
    const l = r.layers[i];
    const at = l.sqnrDb ?? l.localSqnrDb;
    const [cx, cy] = [f(x(i)), f(at === null ? bottom : y(at))];
    parts.push(`<circle class="culprit-ring" cx="${cx}" cy="${cy}" r="8"/>`,
      `<text class="culprit-label" x="${cx}" y="${cy}" dy="-12" text-anchor="middle">#${rank}</text>`);
  }
  parts.push(legend());
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="SQNR by layer">${parts.join('')}</svg>`;
}

function legend(): string {
  const items = [
    '<circle class="pt" cx="6" cy="0" r="3.5"/><text x="16" dy="0.32em">SQNR</text>',
    '<rect class="lpt" x="80" y="-2.5" width="5" height="5"/><line class="line local-line" x1="72" x2="94" y1="0" y2="0"/><text x="100" dy="0.32em">local SQNR</text>',
    '<circle class="pt below" cx="196" cy="0" r="3.5"/><text x="206" dy="0.32em">below threshold</text>',
    '<circle class="culprit-ring" cx="336" cy="0" r="7"/><text x="350" dy="0.32em">culprit</text>',
    '<line class="threshold" x1="420" x2="450" y1="0" y2="0"/><text x="458" dy="0.32em">threshold</text>',
  ];
  return `<g class="legend" transform="translate(${PAD.left} 16)">${items.join('')}</g>`;
}

/** An SVG path through the known values; a null (not measured) breaks the line. */
function linePath(values: Array<number | null>, x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))}`;
    pen = true;
  });
  return d;
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

function f(v: number): string {
  return String(Math.round(v * 10) / 10);
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

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --sqnr: #0969da; --local: #8250df; --bad: #cf222e; --bad-bg: #ffebe9; --ok: #1a7f37; --ok-bg: #dafbe1; --warn: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --sqnr: #4493f8; --local: #ab7df8; --bad: #f85149; --bad-bg: #3c1618; --ok: #3fb950; --ok-bg: #12261e; --warn: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 22px; margin: 0 0 8px; overflow-wrap: anywhere; }
h1 code { font-size: inherit; }
h2 { font-size: 17px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
td code { overflow-wrap: normal; }
.nowrap { white-space: nowrap; }
a { color: var(--sqnr); }
.eyebrow { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-size: 12px; }
.verdict { margin: 8px 0 0; padding: 10px 14px; border-left: 4px solid; border-radius: 4px; font-size: 15px; }
.verdict.is-bad { border-color: var(--bad); background: var(--bad-bg); }
.verdict.is-ok { border-color: var(--ok); background: var(--ok-bg); }
.hint, figcaption, footer, .meta, .note, .worst { color: var(--muted); }
.hint { margin: 0 0 8px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 14px; }
.card { flex: 1 1 160px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 0; }
.card .label { color: var(--muted); font-size: 12px; }
.card .value { font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.card .value code { display: block; font-size: 12px; line-height: 1.35; font-weight: 600; }
.card .value small { display: block; font-size: 13px; }
.card.is-bad .value { color: var(--bad); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 14px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; vertical-align: bottom; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.scroll { overflow-x: auto; }
.layers { font-size: 12.5px; }
.layers td:nth-child(2) { min-width: 220px; }
tr.below td { background: var(--bad-bg); }
.flag { color: var(--bad); }
tr.culprit td:first-child { box-shadow: inset 3px 0 var(--bad); }
.badge { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 10px; background: var(--bad); color: var(--bg); font-size: 11px; font-weight: 600; }
.note, .worst { font-size: 11.5px; }
.culprits { padding-left: 0; list-style: none; }
.culprit { border: 1px solid var(--line); border-left: 4px solid var(--bad); border-radius: 6px; padding: 10px 14px; margin-bottom: 10px; background: var(--panel); }
.culprit-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
.culprit-head code { font-size: 14px; font-weight: 600; }
.culprit p { margin: 6px 0 0; }
.rank { font-weight: 700; color: var(--bad); }
.kind, .sev { padding: 0 8px; border-radius: 10px; border: 1px solid currentColor; font-size: 12px; }
.kind { color: var(--warn); }
.sev-error { color: var(--bad); } .sev-warning { color: var(--warn); } .sev-info { color: var(--muted); }
.names { columns: 2; margin: 6px 0; }
details { margin: 6px 0; }
summary { cursor: default; }
figure { margin: 0; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--line); font-size: 12px; }
.chart { width: 100%; height: auto; display: block; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.chart text { fill: var(--muted); font-size: 12px; font-family: system-ui, sans-serif; }
.chart .legend text { fill: var(--fg); }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { stroke: var(--muted); }
.chart .ident-line { stroke: var(--ok); stroke-dasharray: 2 4; }
.chart .tick.ident { fill: var(--ok); font-weight: 600; }
.chart .threshold { stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .threshold-label { fill: var(--bad); }
.chart .line { fill: none; stroke-width: 1.5; }
.chart .sqnr-line { stroke: var(--sqnr); }
.chart .local-line { stroke: var(--local); stroke-dasharray: 4 3; opacity: 0.8; }
.chart .pt { fill: var(--sqnr); stroke: var(--bg); stroke-width: 1; }
.chart .pt.below { fill: var(--bad); }
.chart .pt.same { fill: var(--ok); }
.chart .pt.na { fill: none; stroke: var(--muted); stroke-width: 1.5; }
.chart .lpt { fill: var(--local); }
.chart .culprit-ring { fill: none; stroke: var(--bad); stroke-width: 2; }
.chart .culprit-label { fill: var(--bad); font-weight: 700; }
`;
