import * as assert from 'assert';
import type { CompareReport, LayerRow } from '../src/engine/compare/compare-report';
import { compareHtml } from '../src/engine/compare/report/report-html';
import { sqnrChart } from '../src/engine/compare/report/sqnr-chart';
import { compareMarkdown } from '../src/engine/compare/report/report-markdown';
import { SQNR_CAP_DB } from '../src/engine/compare/metrics/pair-metrics';
import { fmtAbs, fmtCosine, fmtDb, fmtPercent, fmtSteps, fmtTop1, verdict } from '../src/engine/compare/report/report-format';

const SCRIPT = '<script>alert(1)</script>';
const QUOTE = 'a&b"c';

function layer(tensor: string, sqnrDb: number | null, localSqnrDb: number | null, extra: Partial<LayerRow> = {}): LayerRow {
  return {
    tensor, compiledOnly: false, referenceTensor: tensor, node: `${tensor}_node`, opType: 'Conv', unit: '/features/0',
    dtype: 'uint8', layout: 'NCHW', sqnrDb, localSqnrDb, cosine: sqnrDb === null ? null : 0.99987, maxAbs: sqnrDb === null ? null : 0.0312,
    meanAbs: 0.01, errSteps: sqnrDb === null ? null : 3, clippedFraction: sqnrDb === null ? null : 0.015, ...extra,
  };
}

/** Six layers: identical, good, the main culprit (hostile name), not measured (hostile name), a compiled-only one, the output. */
function failingReport(): CompareReport {
  const target = { id: 'cpu', title: 'CPU, all optimizations', provider: 'cpu', level: 'all', config: {}, emulates: null };
  return {
    mode: 'quant-vs-float', model: 'models/mnv2 <int8>.onnx', reference: 'models/mnv2_float.onnx', target,
    referenceTarget: { ...target, id: 'reference', title: 'The graph as written', level: 'disabled' },
    repairs: [{ id: 'scalar-qparams', title: 'Scalar quantization parameters', count: 256 }],
    input: { source: 'random', paths: [], count: 2, seed: 7, dims: { batch: 1 } },
    output: [{ name: 'logits', sqnrDb: 21.5, cosine: 0.9912, maxAbs: 1.25, top1Agreement: 0.5, top1Misses: { count: 1, withinError: 1 } }],
    threshold: 30,
    layers: [
      layer('input_q', SQNR_CAP_DB, SQNR_CAP_DB, { opType: 'QuantizeLinear' }),
      layer('conv1', 42.3, 44),
      layer(SCRIPT, 25.1, 18.2, { worst: { sqnrDb: 19.4, cosine: 0.98, maxAbs: 0.1, meanAbs: 0.02, errSteps: 9, clippedFraction: 0.03, localSqnrDb: 15 } }),
      layer(QUOTE, null, null),
      layer('x|y', 22, 35, { compiledOnly: true, referenceTensor: 'x_ref', note: 'decided by values: closest of 2' }),
      layer('logits', 21.5, 40, { opType: 'Gemm', dtype: 'float32' }),
    ],
    unmatched: { model: [QUOTE, 'extra_q'], reference: [] },
    firstBad: { tensor: SCRIPT, node: `${SCRIPT}_node`, sqnrDb: 25.1 },
    culprits: [
      { node: 'x|y_node', tensor: 'x|y', unit: '/features/4', score: 2.1, localSqnrDb: 35, kind: 'layout', explanation: 'Small drop.', fix: 'Nothing.' },
      { node: `${SCRIPT}_node`, tensor: SCRIPT, unit: '/features/2', score: 11.8, localSqnrDb: 18.2, kind: 'clipping',
        explanation: 'The activation range clips 1.5% of values & more.', fix: 'Widen the observer range <here>.' },
    ],
    whatIf: [{ layer: `${SCRIPT}_node`, outputSqnrBefore: 21.5, outputSqnrAfter: 33.25 }],
    diagnostics: [{ code: 'QL-FLOAT-ISLANDS', severity: 'warning', node: QUOTE, tensor: null, message: 'Runs in float: <b>3</b> layers.', fix: 'Fuse them.' }],
    cpuFacts: { kernels: null, machine: 'AMD EPYC (x64): measured as x64 with VNNI', notes: ['Integer kernels: emulated: x64 without VNNI.'] },
    timingsMs: { compile: 120, run: 15300 },
    peakRssMb: 312.4,
  };
}

function emptyReport(): CompareReport {
  return { ...failingReport(), output: [], layers: [], culprits: [], whatIf: [], diagnostics: [], firstBad: null, unmatched: { model: [], reference: [] }, repairs: [] };
}

/** Markdown with code spans removed: what is left is prose, where markup characters must be backslash-escaped. */
function proseOnly(md: string): string {
  return md.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}

/** `|` that separates table cells (not escaped with a backslash). */
function cellPipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  assert.ok(m, `${name} in ${tag}`);
  return Number(m[1]);
}

describe('comparison report formats', () => {
  it('formats numbers so that near-1 cosines, tiny fractions, identical and missing values stay readable', () => {
    assert.strictEqual(fmtDb(SQNR_CAP_DB), 'identical');
    assert.strictEqual(fmtDb(199.96), '200.0');
    assert.strictEqual(fmtDb(null), '—');
    assert.strictEqual(fmtDb(25.06), '25.1');
    assert.strictEqual(fmtCosine(0.99987), '0.999870');
    assert.strictEqual(fmtCosine(0.5), '0.5000');
    assert.strictEqual(fmtCosine(1), '1');
    assert.strictEqual(fmtPercent(0.00001), '<0.01%');
    assert.strictEqual(fmtPercent(0.015), '1.50%');
    assert.strictEqual(fmtTop1(1, { count: 0, withinError: 0 }), '100%');
    assert.strictEqual(fmtTop1(0, { count: 1, withinError: 1 }), '0% (1 of 1 differing pick a near tie within the output\'s error)');
    assert.strictEqual(fmtTop1(0.75, { count: 2, withinError: 0 }), '75.0% (2 differing picks, none a near tie)');
    assert.strictEqual(fmtTop1(null, null), '—');
    assert.strictEqual(fmtAbs(0.0000123), '1.23e-5');
    assert.strictEqual(fmtSteps(0.25), '0.25');
    assert.strictEqual(fmtSteps(250.4), '250');
  });

  it('states the verdict in one sentence for failing, passing and identical comparisons', () => {
    const flat = (r: CompareReport) => verdict(r).map((p) => (typeof p === 'string' ? p : p.code)).join('');
    const bad = flat(failingReport());
    assert.match(bad, /below the 30 dB threshold \(21\.5 dB\)/);
    assert.ok(bad.includes(`${SCRIPT} is the first layer below it (25.1 dB)`), bad);
    assert.ok(bad.includes(`largest contributor is ${SCRIPT}_node (clipping)`), bad);
    const good: CompareReport = { ...failingReport(), firstBad: null, culprits: [], output: [{ name: 'logits', sqnrDb: 41, cosine: 1, maxAbs: 0, top1Agreement: 1, top1Misses: { count: 0, withinError: 0 } }] };
    assert.match(flat(good), /matches the reference.*41\.0 dB.*no layer falls below/);
    const same: CompareReport = { ...good, output: [{ name: 'logits', sqnrDb: SQNR_CAP_DB, cosine: 1, maxAbs: 0, top1Agreement: 1, top1Misses: { count: 0, withinError: 0 } }] };
    assert.strictEqual(flat(same), 'The outputs are identical to the reference.');
    assert.strictEqual(flat({ ...good, output: [] }), 'No output could be compared, so there is no verdict.');
    for (const r of [failingReport(), good, same]) assert.strictEqual(flat(r).split(/\.(\s|$)/).filter((s) => s.trim()).length, 1, flat(r));
  });
});

describe('Markdown comparison report', () => {
  const md = compareMarkdown(failingReport());
  const lines = md.split('\n');

  it('has every section, culprits before the layer table, worst culprit first', () => {
    const order = ['# QuantLens comparison', '**Verdict:**', '## Summary', '## Outputs', '## Culprits', '## What if', '## Findings', '## Layers', '## Unmatched'];
    const at = order.map((h) => lines.findIndex((l) => l.startsWith(h)));
    assert.ok(at.every((i) => i >= 0), `missing: ${order.filter((_, k) => at[k] < 0)}`);
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
    const items = lines.filter((l) => /^\d+\. /.test(l));
    assert.strictEqual(items.length, 2);
    assert.ok(items[0].startsWith(`1. **\`${SCRIPT}_node\`** — clipping`), items[0]);
    assert.ok(items[1].startsWith('2. **`x|y_node`** — layout'), items[1]);
    assert.ok(md.includes('| Repairs applied | `scalar-qparams` Scalar quantization parameters (256 changes) |'));
    assert.ok(md.includes('| Inputs | 2 inputs, random (seed 7); symbolic dims batch=1 |'));
    assert.ok(md.includes('+11.8'), 'what-if change');
  });

  it('formats and marks the per-layer rows in graph order', () => {
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    assert.strictEqual(rows.length, 6);
    rows.forEach((row, i) => assert.ok(row.startsWith(`| ${i} |`)));
    assert.ok(rows[0].includes('| identical | identical |'), rows[0]);
    assert.ok(rows[2].includes('**culprit #1**'), rows[2]);
    assert.ok(rows[2].includes('**⚠ 25.1 (19.4)** | **⚠ 18.2 (15.0)** | 0.999870 | 0.0312 | 3.0 | 1.50% |'), rows[2]);
    assert.ok(rows[3].includes('| — | — | — | — | — | — |'), rows[3]);
    assert.ok(rows[4].includes('only in the compiled graph; reference `x_ref`; decided by values: closest of 2'), rows[4]);
    assert.ok(!rows[1].includes('⚠'), 'a layer above the threshold is not marked');
  });

  it('keeps hostile names inert: code spans for names, escaped prose, no broken tables', () => {
    const prose = proseOnly(md);
    assert.ok(!/(?<!\\)[<&]/.test(prose), `unescaped markup in: ${prose.match(/.{0,30}(?<!\\)[<&].{0,30}/)?.[0]}`);
    assert.ok(md.includes('Widen the observer range \\<here\\>.'));
    const table = (header: string) => {
      const start = lines.findIndex((l) => l.startsWith(header));
      const end = lines.findIndex((l, i) => i > start && l === '');
      return lines.slice(start, end).filter((l) => l.startsWith('|'));
    };
    for (const row of table('| # | tensor')) assert.strictEqual(cellPipes(row), 13, row);
    for (const row of table('| |')) assert.strictEqual(cellPipes(row), 3, row);
    assert.strictEqual(compareMarkdown({ ...failingReport(), model: 'a`b' }).split('\n')[0], '# QuantLens comparison: ``a`b``');
  });

  it('renders an empty comparison without inventing content', () => {
    const e = compareMarkdown(emptyReport());
    assert.ok(e.includes('No layer was compared.'));
    assert.ok(e.includes('No output was compared.'));
    assert.ok(e.includes('## Culprits\n\nNone'));
    assert.ok(!e.includes('## What if'));
  });
});

describe('HTML comparison report', () => {
  const r = failingReport();
  const html = compareHtml(r);

  it('is one self-contained document: no scripts, nothing remote, light and dark styles', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">'));
    assert.ok(html.trimEnd().endsWith('</html>'));
    for (const tag of ['html', 'head', 'body', 'main', 'style', 'svg', 'section', 'table', 'tr', 'ol', 'li', 'code']) {
      const open = (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;
      const close = (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;
      assert.strictEqual(open, close, `<${tag}> ${open} opened, ${close} closed`);
    }
    assert.ok(!/<script/i.test(html), 'no script element');
    assert.ok(!/https?:/i.test(html), 'no remote URL');
    assert.ok(!/<(img|link|iframe|object)\b|@import|url\(|\son[a-z]+=/i.test(html), 'nothing that loads or runs');
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  });

  it('escapes every name and message', () => {
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(html.includes('a&#38;b&#34;c'));
    assert.ok(!html.includes(QUOTE));
    assert.ok(html.includes('Runs in float: &#60;b&#62;3&#60;/b&#62; layers.'));
    assert.ok(html.includes('<title>QuantLens comparison: models/mnv2 &#60;int8&#62;.onnx</title>'));
  });

  it('has the sections in reading order, worst culprit first, linked to its layer row', () => {
    const ids = ['summary', 'chart', 'culprits', 'what-if', 'findings', 'layers', 'unmatched'].map((id) => html.indexOf(`<section id="${id}">`));
    assert.ok(ids.every((i) => i > 0), String(ids));
    assert.deepStrictEqual([...ids].sort((a, b) => a - b), ids);
    const culprits = [...html.matchAll(/<li class="culprit">.*?<\/li>/g)].map((m) => m[0]);
    assert.strictEqual(culprits.length, 2);
    assert.ok(culprits[0].includes('#1</span><code>&#60;script&#62;'), culprits[0]);
    assert.ok(culprits[0].includes('href="#layer-2"'));
    assert.ok(/<tr id="layer-2" class="below culprit">/.test(html));
    assert.ok(html.includes('<strong class="flag">⚠ 25.1</strong><div class="worst">worst 19.4</div>'));
  });

  it('draws one SQNR point per layer, the threshold between good and bad points, identical at the top, culprits ringed', () => {
    const svg = sqnrChart(r);
    const points = [...svg.matchAll(/<(circle|path) class="pt[^"]*" data-layer="(\d+)"[^>]*>/g)];
    assert.deepStrictEqual(points.map((p) => Number(p[2])), [0, 1, 2, 3, 4, 5]);
    assert.match(points[3][0], /class="pt na"/, 'the unmeasured layer is a cross on the axis');
    const cy = (i: number) => attr(points[i][0], 'cy');
    const plot = svg.slice(0, svg.indexOf('<g class="legend"'));
    const threshold = /<line class="threshold"[^>]*>/.exec(plot)?.[0];
    assert.ok(threshold, 'threshold line across the plot');
    assert.ok(attr(threshold, 'x2') - attr(threshold, 'x1') > 800, threshold);
    const ty = attr(threshold, 'y1');
    assert.strictEqual(attr(threshold, 'y2'), ty);
    assert.ok(cy(1) < ty && cy(2) > ty && cy(5) > ty, `42.3 dB above, 25.1 and 21.5 dB below the line at ${ty}`);
    assert.ok([1, 2, 4, 5].every((i) => cy(0) < cy(i)), 'identical is the highest point');
    assert.match(svg, />identical<\/text>/);
    assert.match(points[2][0], /class="pt below"/);
    assert.strictEqual((plot.match(/<rect class="lpt"/g) ?? []).length, 5, 'local SQNR: one square per measured layer');
    const rings = [...plot.matchAll(/<circle class="culprit-ring" cx="([\d.]+)" cy="([\d.]+)"/g)];
    assert.deepStrictEqual(rings.map((m) => Number(m[1])).sort((a, b) => a - b), [attr(points[2][0], 'cx'), attr(points[4][0], 'cx')]);
    assert.ok(svg.includes('>#1</text>') && svg.includes('>#2</text>'));
  });

  it('renders an empty comparison without a chart', () => {
    const e = compareHtml(emptyReport());
    assert.ok(!e.includes('<svg'));
    assert.ok(e.includes('No layer was compared.'));
    assert.ok(e.includes('No output was compared.'));
  });
});
