"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// bench/webview-bench.ts
var path3 = __toESM(require("path"));

// test-webview/bench-api.ts
var BENCH_GLOBAL = "quantlensBench";

// test-webview/graph-page.ts
function graphPageSpec(h, theme = "light", extraScripts = []) {
  return {
    title: "QuantLens graph",
    scripts: [...extraScripts, "dist/webview/graph.js"],
    styles: ["media/webview.css", "dist/webview/graph.css"],
    data: { worker: h.url("dist/webview/graph-layout-worker.js") },
    theme
  };
}

// test-webview/harness.ts
var fs2 = __toESM(require("fs"));
var path2 = __toESM(require("path"));
var import_playwright_core = require("playwright-core");

// src/extension/panels/webview-html.ts
var import_crypto = require("crypto");
function makeNonce() {
  return (0, import_crypto.randomBytes)(18).toString("base64").replace(/[^A-Za-z0-9]/g, "");
}
var esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
function webviewHtml(o) {
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource} data: blob:`,
    // FAST (under the toolkit) adds one <style> element of its own; it takes the nonce from the csp-nonce meta.
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    "worker-src blob:",
    `connect-src ${o.cspSource}`
  ].join("; ");
  const data = Object.entries(o.data ?? {}).map(([k, v]) => ` data-${esc(k)}="${esc(v)}"`).join("");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta property="csp-nonce" content="${o.nonce}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.title)}</title>
${o.styles.map((s) => `<link rel="stylesheet" href="${esc(s)}">`).join("\n")}
</head>
<body${data}>
<div id="app"></div>
${o.scripts.map((s) => `<script nonce="${o.nonce}" src="${esc(s)}"></script>`).join("\n")}
</body>
</html>`;
}

// test-webview/server.ts
var fs = __toESM(require("fs"));
var http = __toESM(require("http"));
var path = __toESM(require("path"));
var TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml"
};
async function startServer(root) {
  const base = path.resolve(root);
  const memory = /* @__PURE__ */ new Map();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const mem = memory.get(pathname);
    if (mem) {
      res.writeHead(200, { "content-type": mem.type, "cache-control": "no-store" }).end(mem.body);
      return;
    }
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve4) => server.listen(0, "127.0.0.1", resolve4));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (rel) => `${origin}/${rel.split(path.sep).join("/").replace(/^\/+/, "")}`,
    put(urlPath, body, contentType) {
      memory.set(urlPath, { body, type: contentType ?? TYPES[path.extname(urlPath)] ?? "text/plain" });
      return `${origin}${urlPath}`;
    },
    close: () => new Promise((resolve4) => {
      server.closeAllConnections();
      server.close(() => resolve4());
    })
  };
}

// test-webview/harness.ts
var THEMES = {
  light: {
    foreground: "#3b3b3b",
    "editor-background": "#ffffff",
    "editor-foreground": "#3b3b3b",
    descriptionForeground: "#717171",
    focusBorder: "#005fb8",
    "panel-border": "#e5e5e5",
    "widget-border": "#e5e5e5",
    "sideBar-background": "#f8f8f8",
    errorForeground: "#f85149",
    "charts-foreground": "#616161",
    "charts-lines": "rgba(97, 97, 97, 0.5)",
    "charts-red": "#e51400",
    "charts-blue": "#1a85ff",
    "charts-yellow": "#bf8803",
    "charts-orange": "#d18616",
    "charts-green": "#388a34",
    "charts-purple": "#652d90",
    "editor-findMatchHighlightBackground": "rgba(234, 92, 0, 0.33)",
    "editor-findMatchBorder": "#b58900",
    "list-highlightForeground": "#005fb8",
    "editorHoverWidget-background": "#f8f8f8",
    "editorHoverWidget-foreground": "#3b3b3b",
    "editorHoverWidget-border": "#c8c8c8",
    "button-background": "#005fb8",
    "button-foreground": "#ffffff",
    "button-hoverBackground": "#0258a8",
    "button-secondaryBackground": "#e5e5e5",
    "button-secondaryForeground": "#3b3b3b",
    "button-secondaryHoverBackground": "#cccccc",
    "button-border": "rgba(0, 0, 0, 0.1)",
    "dropdown-background": "#ffffff",
    "dropdown-border": "#cecece",
    "dropdown-foreground": "#3b3b3b",
    "checkbox-background": "#f8f8f8",
    "checkbox-border": "#cecece",
    "checkbox-foreground": "#3b3b3b",
    "input-background": "#ffffff",
    "input-foreground": "#3b3b3b",
    "input-border": "#cecece",
    "input-placeholderForeground": "#767676",
    "list-hoverBackground": "#f2f2f2",
    "list-activeSelectionBackground": "#e8e8e8",
    "badge-background": "#cccccc",
    "badge-foreground": "#3b3b3b",
    "textLink-foreground": "#005fb8"
  },
  dark: {
    foreground: "#cccccc",
    "editor-background": "#1f1f1f",
    "editor-foreground": "#cccccc",
    descriptionForeground: "#9d9d9d",
    focusBorder: "#0078d4",
    "panel-border": "#2b2b2b",
    "widget-border": "#313131",
    "sideBar-background": "#181818",
    errorForeground: "#f85149",
    "charts-foreground": "#cccccc",
    "charts-lines": "rgba(204, 204, 204, 0.5)",
    "charts-red": "#f14c4c",
    "charts-blue": "#3794ff",
    "charts-yellow": "#cca700",
    "charts-orange": "#d18616",
    "charts-green": "#89d185",
    "charts-purple": "#b180d7",
    "editor-findMatchHighlightBackground": "rgba(234, 92, 0, 0.33)",
    "editor-findMatchBorder": "#9e6a03",
    "list-highlightForeground": "#2aaaff",
    "editorHoverWidget-background": "#202020",
    "editorHoverWidget-foreground": "#cccccc",
    "editorHoverWidget-border": "#454545",
    "button-background": "#0078d4",
    "button-foreground": "#ffffff",
    "button-hoverBackground": "#026ec1",
    "button-secondaryBackground": "#313131",
    "button-secondaryForeground": "#cccccc",
    "button-secondaryHoverBackground": "#3c3c3c",
    "button-border": "rgba(255, 255, 255, 0.07)",
    "dropdown-background": "#313131",
    "dropdown-border": "#3c3c3c",
    "dropdown-foreground": "#cccccc",
    "checkbox-background": "#313131",
    "checkbox-border": "#3c3c3c",
    "checkbox-foreground": "#cccccc",
    "input-background": "#313131",
    "input-foreground": "#cccccc",
    "input-border": "#3c3c3c",
    "input-placeholderForeground": "#989898",
    "list-hoverBackground": "#2a2d2e",
    "list-activeSelectionBackground": "#04395e",
    "badge-background": "#616161",
    "badge-foreground": "#f8f8f8",
    "textLink-foreground": "#4daafc"
  },
  "high-contrast": {
    foreground: "#ffffff",
    "editor-background": "#000000",
    "editor-foreground": "#ffffff",
    descriptionForeground: "rgba(255, 255, 255, 0.7)",
    focusBorder: "#f38518",
    "panel-border": "#6fc3df",
    "widget-border": "#6fc3df",
    contrastBorder: "#6fc3df",
    contrastActiveBorder: "#f38518",
    "sideBar-background": "#000000",
    errorForeground: "#f48771",
    "charts-foreground": "#ffffff",
    "charts-lines": "rgba(255, 255, 255, 0.5)",
    "charts-red": "#f14c4c",
    "charts-blue": "#3794ff",
    "charts-yellow": "#ffd370",
    "charts-orange": "#d18616",
    "charts-green": "#89d185",
    "charts-purple": "#b180d7",
    "editor-findMatchHighlightBackground": "rgba(0, 0, 0, 0)",
    "editor-findMatchBorder": "#f38518",
    "list-highlightForeground": "#f38518",
    "editorHoverWidget-background": "#0c141f",
    "editorHoverWidget-foreground": "#ffffff",
    "editorHoverWidget-border": "#6fc3df",
    "button-background": "#000000",
    "button-foreground": "#ffffff",
    "button-secondaryBackground": "#000000",
    "button-secondaryForeground": "#ffffff",
    "button-border": "#6fc3df",
    "dropdown-background": "#000000",
    "dropdown-border": "#6fc3df",
    "dropdown-foreground": "#ffffff",
    "checkbox-background": "#000000",
    "checkbox-border": "#6fc3df",
    "checkbox-foreground": "#ffffff",
    "input-background": "#000000",
    "input-foreground": "#ffffff",
    "input-border": "#6fc3df",
    "list-hoverBackground": "rgba(0, 0, 0, 0)",
    "badge-background": "#000000",
    "badge-foreground": "#ffffff",
    "textLink-foreground": "#21a6ff"
  }
};
var COMMON_VARS = { "font-family": 'system-ui, "Segoe UI", sans-serif', "font-size": "13px", "font-weight": "normal", "editor-font-family": "monospace", "editor-font-size": "12px" };
var HOST_JS = `(() => {
  const themes = ${JSON.stringify(THEMES)};
  const common = ${JSON.stringify(COMMON_VARS)};
  window.__setTheme = (theme) => {
    for (const [k, v] of Object.entries({ ...common, ...themes[theme] })) document.documentElement.style.setProperty('--vscode-' + k, v);
    document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
    document.body.classList.add('vscode-' + theme);
    document.body.dataset.vscodeThemeKind = 'vscode-' + theme;
  };
  window.__setTheme(new URLSearchParams(location.search).get('theme') || 'light');
  window.__posted = [];
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  const KEY = 'quantlens-webview-state';
  window.__quantlensHost = {
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => { const s = sessionStorage.getItem(KEY); return s === null ? undefined : JSON.parse(s); },
    setState: (s) => sessionStorage.setItem(KEY, JSON.stringify(s)),
  };
})();
`;
var WebviewHarness = class _WebviewHarness {
  constructor(server, browser) {
    this.server = server;
    this.browser = browser;
  }
  server;
  browser;
  pages = 0;
  static async start(o = {}) {
    const server = await startServer(o.root ?? path2.resolve(__dirname, "..", ".."));
    server.put("/__harness/host.js", HOST_JS);
    const browser = await import_playwright_core.chromium.launch({
      executablePath: o.chromium ?? process.env.QUANTLENS_CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", ...o.args ?? []]
    });
    return new _WebviewHarness(server, browser);
  }
  url(relPath) {
    return this.server.url(relPath);
  }
  /** The page's HTML: webviewHtml() with the stand-in host as its first script. */
  html(spec) {
    return webviewHtml({
      title: spec.title,
      cspSource: this.server.origin,
      nonce: makeNonce(),
      scripts: [`${this.server.origin}/__harness/host.js`, ...spec.scripts.map((s) => this.url(s))],
      styles: spec.styles.map((s) => this.url(s)),
      data: spec.data
    });
  }
  /** A fresh page (own browser context) with the webview loaded. */
  async open(spec) {
    const name = `/__harness/page-${++this.pages}.html`;
    const pageUrl = `${this.server.put(name, this.html(spec))}?theme=${spec.theme ?? "light"}`;
    const context = await this.browser.newContext({ viewport: spec.viewport ?? { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    const wp = new WebviewPage(await context.newPage());
    await wp.page.goto(pageUrl);
    return wp;
  }
  async close() {
    await this.browser.close();
    await this.server.close();
  }
};
var WebviewPage = class {
  constructor(page) {
    this.page = page;
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") this.console.push(m.text());
      if (m.type() === "error") this.errors.push(m.text());
    });
    page.on("pageerror", (e) => {
      this.console.push(`pageerror: ${e.message}`);
      this.errors.push(`pageerror: ${e.message}`);
    });
  }
  page;
  /** Console errors and warnings, uncaught page errors. */
  console = [];
  /** Console errors and uncaught page errors only. */
  errors = [];
  /** Deliver a message as the host would (anything, malformed ones included). */
  async send(message) {
    await this.page.evaluate((m) => globalThis.postMessage(m, "*"), message);
  }
  async posted() {
    return this.page.evaluate(() => globalThis.__posted);
  }
  /** Wait until the page has posted a message of this type (the `count`-th one), and return it. */
  async waitForPosted(type, count = 1) {
    const handle = await this.page.waitForFunction(({ type: type2, count: count2 }) => {
      const all = globalThis.__posted.filter((m) => m.type === type2);
      return all.length >= count2 ? all[count2 - 1] : void 0;
    }, { type, count });
    return await handle.jsonValue();
  }
  /** CSP violations seen by the page (events) or reported on the console. */
  async cspViolations() {
    const events = await this.page.evaluate(() => globalThis.__csp);
    return [...events, ...this.console.filter((c) => /Content Security Policy|Refused to (load|execute|apply|create|connect)/i.test(c))];
  }
  async setTheme(theme) {
    await this.page.evaluate((t) => globalThis.__setTheme(t), theme);
  }
  async screenshot(file) {
    fs2.mkdirSync(path2.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }
  async close() {
    await this.page.context().close();
  }
};

// bench/webview-bench.ts
var REPO = process.env.QUANTLENS_REPO ?? path3.resolve(__dirname, "..");
var BENCH_PAGE = "dist/test-webview/bench-page.js";
var BASELINE_CAP_MS = 24e4;
async function oursLoad(h, nodes, unfoldAll, pan) {
  const wp = await h.open(graphPageSpec(h, "dark", [BENCH_PAGE]));
  try {
    await wp.waitForPosted("ready");
    const load = await wp.page.evaluate(([n, all, key]) => globalThis[key].ours(n, all), [nodes, unfoldAll, BENCH_GLOBAL]);
    let panTiming = null;
    if (pan) {
      const box = await wp.page.locator("svg.graph").boundingBox();
      const [x, y] = [box.x + box.width / 2, box.y + box.height - 60];
      await wp.page.evaluate((key) => globalThis[key].startFrames(), BENCH_GLOBAL);
      await wp.page.mouse.move(x, y);
      await wp.page.mouse.down();
      for (let stroke = 0; stroke < 3; stroke++) {
        await wp.page.mouse.move(x + 40, box.y + 60, { steps: 60 });
        await wp.page.mouse.up();
        await wp.page.mouse.move(x, y);
        await wp.page.mouse.down();
      }
      await wp.page.mouse.up();
      panTiming = await wp.page.evaluate((key) => globalThis[key].stopFrames(), BENCH_GLOBAL);
    }
    return { load, pan: panTiming };
  } finally {
    await wp.close();
  }
}
async function baselineLoad(h, nodes) {
  const wp = await h.open({ title: "baseline", scripts: [BENCH_PAGE], styles: [] });
  const run = wp.page.evaluate(([n, key]) => globalThis[key].baseline(n), [nodes, BENCH_GLOBAL]);
  const capped = new Promise((resolve4) => setTimeout(() => resolve4(`did not finish in ${BASELINE_CAP_MS / 1e3} s`), BASELINE_CAP_MS));
  const out = await Promise.race([run, capped]);
  await wp.close().catch(() => void 0);
  return out;
}
var ms = (v) => v >= 1e4 ? `${(v / 1e3).toFixed(1)} s` : `${Math.round(v)} ms`;
var pad = (s, n) => s.padEnd(n);
async function main() {
  const cases = [
    { label: "1,000 folded", nodes: 1e3, unfoldAll: false, pan: false },
    { label: "10,000 folded", nodes: 1e4, unfoldAll: false, pan: true },
    { label: "10,000 unfolded", nodes: 1e4, unfoldAll: true, pan: true },
    { label: "50,000 folded", nodes: 5e4, unfoldAll: false, pan: false }
  ];
  const ours = await WebviewHarness.start({ root: REPO });
  const results = [];
  let noReuse;
  try {
    await oursLoad(ours, 1e3, false, false);
    for (const c of cases) {
      process.stderr.write(`  ours: ${c.label}
`);
      results.push({ label: c.label, nodes: c.nodes, ...await oursLoad(ours, c.nodes, c.unfoldAll, c.pan) });
    }
    process.stderr.write("  ours: 10,000 unfolded, layout without reuse\n");
    const wp = await ours.open({ title: "layout", scripts: [BENCH_PAGE], styles: [] });
    noReuse = await wp.page.evaluate(([n, key]) => globalThis[key].layoutWithoutReuse(n), [1e4, BENCH_GLOBAL]);
    await wp.close();
  } finally {
    await ours.close();
  }
  const baselines = /* @__PURE__ */ new Map();
  const base = await WebviewHarness.start({ root: REPO, args: ["--js-flags=--stack-size=7000"] });
  try {
    for (const n of [1e3, 1e4, 5e4]) {
      process.stderr.write(`  baseline: ${n.toLocaleString("en-US")} nodes
`);
      baselines.set(n, await baselineLoad(base, n));
    }
  } finally {
    await base.close().catch(() => void 0);
  }
  console.log("\nGraph view in headless Chromium (generated QDQ transformers, PyTorch-style scopes; times from posting the graph)\n");
  const head = ["graph", "first drawing", "interactive", "longest task", "layout (worker)", "items", "SVG elements", "baseline interactive", "baseline longest task", "speed-up"];
  const widths = [17, 14, 12, 13, 16, 7, 13, 21, 22, 9];
  console.log(head.map((s, i) => pad(s, widths[i])).join(""));
  for (const r of results) {
    const b = baselines.get(r.nodes);
    const folded = !r.label.includes("unfolded");
    const bText = typeof b === "string" || b === void 0 ? b ?? "" : b.error ? `failed: ${b.error}` : ms(b.interactiveMs);
    const bLong = typeof b === "object" && !b.error ? ms(b.longestTaskMs) : "";
    const ratio = typeof b === "object" && !b.error && folded ? `${(b.interactiveMs / r.load.interactiveMs).toFixed(1)}x` : "";
    const row = [r.label, ms(r.load.firstDrawingMs), ms(r.load.interactiveMs), ms(r.load.longestTaskMs), r.load.layoutMs === null ? "" : ms(r.load.layoutMs), String(r.load.items), String(r.load.svgElements), folded ? bText : "", folded ? bLong : "", ratio];
    console.log(row.map((s, i) => pad(s, widths[i])).join(""));
  }
  console.log(`
The generated layers repeat, so the worker lays out each distinct block once. Without that reuse, the 10,000-node graph unfolded takes ${ms(noReuse.ms)} of layout (${noReuse.containers} containers, ${noReuse.laidOut} through dagre) - in the worker, with the page responsive.`);
  console.log("\nPanning (drag, 180 moves)");
  for (const r of results.filter((x) => x.pan)) {
    const p = r.pan;
    console.log(`  ${pad(r.label, 17)}frames ${p.frames}, frame time mean ${p.meanMs.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms`);
  }
  console.log("\nBaseline: dagre over every node on the main thread (JS stack raised to 7 MB), one SVG group per node, nothing folded.");
  for (const [n, b] of baselines) {
    if (typeof b === "string") console.log(`  ${n.toLocaleString("en-US")} nodes: ${b}`);
    else console.log(`  ${n.toLocaleString("en-US")} nodes: ${b.error ? `failed after ${ms(b.firstDrawingMs)}: ${b.error}` : `first drawing ${ms(b.firstDrawingMs)}, interactive ${ms(b.interactiveMs)}, longest task ${ms(b.longestTaskMs)}, ${b.svgElements} SVG elements`}`);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
//# sourceMappingURL=webview-bench.js.map
