import { esc } from '../report/html-escape';
import { CSS } from '../report/report-html-style';
import { Cell, setSections, setVerdict } from './set-tables';
import type { SetReport } from './set-report';

const html = (c: Cell) => (typeof c === 'string' ? esc(c) : `<code>${esc(c.code)}</code>`);

/**
 * The comparison over a set as one self-contained HTML file: the single comparison's style, no scripts, nothing
 * remote (the Content-Security-Policy forbids both); every text goes through `esc`.
 */
export function setHtml(r: SetReport): string {
  const body = setSections(r).map((s) => {
    const lines = s.lines.map((l) => `<p>${l.map(html).join('')}</p>`).join('\n');
    const table = s.table
      ? `<div class="table-wrap"><table><thead><tr>${s.table.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${s.table.rows.map((row) => `<tr>${row.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table></div>`
      : '';
    return `<section><h2>${esc(s.title)}</h2>\n${lines}\n${table}</section>`;
  });
  const bad = r.culprits.length > 0 || r.inputs.partial;
  return [
    '<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">', '<meta name="color-scheme" content="light dark">',
    `<title>QuantLens comparison over ${r.inputs.covered} inputs: ${esc(r.model)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>',
    `<header><p class="eyebrow">QuantLens comparison over a set of inputs · ${esc(r.mode)}</p><h1><code>${esc(r.model)}</code></h1>`,
    `<p class="verdict ${bad ? 'is-bad' : 'is-ok'}">${setVerdict(r).map(html).join('')}</p></header>`,
    ...body, '</main>', '</body>', '</html>', '',
  ].join('\n');
}
