import { Cell, setSections, setVerdict } from './set-tables';
import type { SetReport } from './set-report';

/** Prose escaped for Markdown (a `|` never ends a table cell); names as code spans with a long enough fence. */
function md(c: Cell): string {
  if (typeof c === 'string') return c.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>&|~$]/g, (ch) => `\\${ch}`);
  const flat = c.code.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat(Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return flat ? `${fence}${pad}${flat}${pad}${fence}` : '*(empty)*';
}

/** The comparison over a set as Markdown (`--report FILE.md` with `--inputs`). */
export function setMarkdown(r: SetReport): string {
  const out = [`# QuantLens comparison over ${r.inputs.covered} inputs: ${md({ code: r.model })}`, '', `**Verdict:** ${setVerdict(r).map(md).join('')}`, ''];
  for (const s of setSections(r)) {
    out.push(`## ${s.title}`, '');
    for (const line of s.lines) out.push(`${line.map(md).join('')}  `);
    if (s.lines.length) out.push('');
    if (s.table) {
      out.push(`| ${s.table.head.map((h) => md(h)).join(' | ')} |`, `|${s.table.head.map(() => '---').join('|')}|`);
      for (const row of s.table.rows) out.push(`| ${row.map(md).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}
