/** The HTML report's style: light and dark, from the reader's color scheme; inline, since the page loads nothing. */
export const CSS = `
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
