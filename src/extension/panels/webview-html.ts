import { randomBytes } from 'crypto';

/** A fresh nonce per page load: only our own script tags run. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

export interface PageOptions {
  title: string;
  /** The webview's `cspSource` (where its local resources come from). */
  cspSource: string;
  nonce: string;
  /** Script URIs (our bundles), loaded with the nonce. */
  scripts: string[];
  styles: string[];
  /** Data the page needs before the first message (e.g. the layout worker's URI), as data-* attributes on body. */
  data?: Record<string, string>;
}

/** Escapes text for an element or a double-quoted attribute (single quotes stay: the CSP needs them as they are). */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The HTML of a QuantLens webview: a strict Content-Security-Policy (nothing remote, scripts only with the nonce,
 * workers only from blob: URLs the page made from its own bundle, styles from the extension), no inline script.
 * Pure function: the browser tests load the same page.
 */
export function webviewHtml(o: PageOptions): string {
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data: blob:`,
    // FAST (under the toolkit) adds one <style> element of its own; it takes the nonce from the csp-nonce meta.
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    'worker-src blob:',
    `connect-src ${o.cspSource}`,
  ].join('; ');
  const data = Object.entries(o.data ?? {}).map(([k, v]) => ` data-${esc(k)}="${esc(v)}"`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta property="csp-nonce" content="${o.nonce}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.title)}</title>
${o.styles.map((s) => `<link rel="stylesheet" href="${esc(s)}">`).join('\n')}
</head>
<body${data}>
<div id="app"></div>
${o.scripts.map((s) => `<script nonce="${o.nonce}" src="${esc(s)}"></script>`).join('\n')}
</body>
</html>`;
}
