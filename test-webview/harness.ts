import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { makeNonce, webviewHtml } from '../src/extension/panels/webview-html';
import { startServer, StaticServer } from './server';

/**
 * A QuantLens webview page in headless Chromium, as VS Code shows it: the HTML of webviewHtml() with its real
 * Content-Security-Policy (fresh nonce per page, cspSource = the local server's origin), and a stand-in for the
 * webview API loaded as the first nonce'd script. The stand-in applies the theme as VS Code does (body class
 * `vscode-light|dark|high-contrast` and `--vscode-*` variables on <html>), records what the page posts in
 * `window.__posted`, keeps setState in sessionStorage (a reload restores it, as a hidden panel does), and records
 * CSP violations, which the tests treat as failures.
 */

export type Theme = 'light' | 'dark' | 'high-contrast';

/** VS Code's default colours (Light Modern, Dark Modern, High Contrast) for the variables the webviews and the toolkit read. */
export const THEMES: Record<Theme, Record<string, string>> = {
  light: {
    foreground: '#3b3b3b', 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', descriptionForeground: '#717171', focusBorder: '#005fb8',
    'panel-border': '#e5e5e5', 'widget-border': '#e5e5e5', 'sideBar-background': '#f8f8f8', errorForeground: '#f85149',
    'charts-foreground': '#616161', 'charts-lines': 'rgba(97, 97, 97, 0.5)', 'charts-red': '#e51400', 'charts-blue': '#1a85ff', 'charts-yellow': '#bf8803',
    'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)', 'editor-findMatchBorder': '#b58900', 'list-highlightForeground': '#005fb8',
    'editorHoverWidget-background': '#f8f8f8', 'editorHoverWidget-foreground': '#3b3b3b', 'editorHoverWidget-border': '#c8c8c8',
    'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8', 'button-secondaryBackground': '#e5e5e5',
    'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc', 'button-border': 'rgba(0, 0, 0, 0.1)',
    'dropdown-background': '#ffffff', 'dropdown-border': '#cecece', 'dropdown-foreground': '#3b3b3b', 'checkbox-background': '#f8f8f8',
    'checkbox-border': '#cecece', 'checkbox-foreground': '#3b3b3b', 'input-background': '#ffffff', 'input-foreground': '#3b3b3b',
    'input-border': '#cecece', 'input-placeholderForeground': '#767676', 'list-hoverBackground': '#f2f2f2', 'list-activeSelectionBackground': '#e8e8e8',
    'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b', 'textLink-foreground': '#005fb8',
  },
  dark: {
    foreground: '#cccccc', 'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', descriptionForeground: '#9d9d9d', focusBorder: '#0078d4',
    'panel-border': '#2b2b2b', 'widget-border': '#313131', 'sideBar-background': '#181818', errorForeground: '#f85149',
    'charts-foreground': '#cccccc', 'charts-lines': 'rgba(204, 204, 204, 0.5)', 'charts-red': '#f14c4c', 'charts-blue': '#3794ff', 'charts-yellow': '#cca700',
    'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)', 'editor-findMatchBorder': '#9e6a03', 'list-highlightForeground': '#2aaaff',
    'editorHoverWidget-background': '#202020', 'editorHoverWidget-foreground': '#cccccc', 'editorHoverWidget-border': '#454545',
    'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1', 'button-secondaryBackground': '#313131',
    'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c', 'button-border': 'rgba(255, 255, 255, 0.07)',
    'dropdown-background': '#313131', 'dropdown-border': '#3c3c3c', 'dropdown-foreground': '#cccccc', 'checkbox-background': '#313131',
    'checkbox-border': '#3c3c3c', 'checkbox-foreground': '#cccccc', 'input-background': '#313131', 'input-foreground': '#cccccc',
    'input-border': '#3c3c3c', 'input-placeholderForeground': '#989898', 'list-hoverBackground': '#2a2d2e', 'list-activeSelectionBackground': '#04395e',
    'badge-background': '#616161', 'badge-foreground': '#f8f8f8', 'textLink-foreground': '#4daafc',
  },
  'high-contrast': {
    foreground: '#ffffff', 'editor-background': '#000000', 'editor-foreground': '#ffffff', descriptionForeground: 'rgba(255, 255, 255, 0.7)', focusBorder: '#f38518',
    'panel-border': '#6fc3df', 'widget-border': '#6fc3df', contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518', 'sideBar-background': '#000000', errorForeground: '#f48771',
    'charts-foreground': '#ffffff', 'charts-lines': 'rgba(255, 255, 255, 0.5)', 'charts-red': '#f14c4c', 'charts-blue': '#3794ff', 'charts-yellow': '#ffd370',
    'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
    'editor-findMatchHighlightBackground': 'rgba(0, 0, 0, 0)', 'editor-findMatchBorder': '#f38518', 'list-highlightForeground': '#f38518',
    'editorHoverWidget-background': '#0c141f', 'editorHoverWidget-foreground': '#ffffff', 'editorHoverWidget-border': '#6fc3df',
    'button-background': '#000000', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#000000', 'button-secondaryForeground': '#ffffff',
    'button-border': '#6fc3df', 'dropdown-background': '#000000', 'dropdown-border': '#6fc3df', 'dropdown-foreground': '#ffffff',
    'checkbox-background': '#000000', 'checkbox-border': '#6fc3df', 'checkbox-foreground': '#ffffff', 'input-background': '#000000',
    'input-foreground': '#ffffff', 'input-border': '#6fc3df', 'list-hoverBackground': 'rgba(0, 0, 0, 0)', 'badge-background': '#000000',
    'badge-foreground': '#ffffff', 'textLink-foreground': '#21a6ff',
  },
};

const COMMON_VARS: Record<string, string> = { 'font-family': 'system-ui, "Segoe UI", sans-serif', 'font-size': '13px', 'font-weight': 'normal', 'editor-font-family': 'monospace', 'editor-font-size': '12px' };

/** The stand-in webview API, served as a file: the CSP allows no inline script. */
const HOST_JS = `(() => {
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

export interface PageSpec {
  title: string;
  /** Files under the repository root, loaded in order after the stand-in host (`dist/webview/graph.js`). */
  scripts: string[];
  styles: string[];
  /** data-* attributes on <body>; values are used as given (use `harness.url(...)` for files). */
  data?: Record<string, string>;
  theme?: Theme;
  viewport?: { width: number; height: number };
}

export interface HarnessOptions {
  /** The folder served (default: the repository). */
  root?: string;
  chromium?: string;
  /** Extra Chromium flags (the benchmark's baseline needs a larger JS stack). */
  args?: string[];
}

export class WebviewHarness {
  private pages = 0;

  private constructor(readonly server: StaticServer, readonly browser: Browser) {}

  static async start(o: HarnessOptions = {}): Promise<WebviewHarness> {
    const server = await startServer(o.root ?? path.resolve(__dirname, '..', '..'));
    server.put('/__harness/host.js', HOST_JS);
    const browser = await chromium.launch({
      executablePath: o.chromium ?? process.env.QUANTLENS_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', ...(o.args ?? [])],
    });
    return new WebviewHarness(server, browser);
  }

  url(relPath: string): string {
    return this.server.url(relPath);
  }

  /** The page's HTML: webviewHtml() with the stand-in host as its first script. */
  html(spec: PageSpec): string {
    return webviewHtml({
      title: spec.title,
      cspSource: this.server.origin,
      nonce: makeNonce(),
      scripts: [`${this.server.origin}/__harness/host.js`, ...spec.scripts.map((s) => this.url(s))],
      styles: spec.styles.map((s) => this.url(s)),
      data: spec.data,
    });
  }

  /** A fresh page (own browser context) with the webview loaded. */
  async open(spec: PageSpec): Promise<WebviewPage> {
    const name = `/__harness/page-${++this.pages}.html`;
    const pageUrl = `${this.server.put(name, this.html(spec))}?theme=${spec.theme ?? 'light'}`;
    const context = await this.browser.newContext({ viewport: spec.viewport ?? { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    const wp = new WebviewPage(await context.newPage());
    await wp.page.goto(pageUrl);
    return wp;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}

interface HarnessWindow {
  __posted: unknown[];
  __csp: string[];
  __setTheme(theme: Theme): void;
  postMessage(message: unknown, target: string): void;
}

export class WebviewPage {
  /** Console errors and warnings, uncaught page errors. */
  readonly console: string[] = [];
  /** Console errors and uncaught page errors only. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') this.console.push(m.text());
      if (m.type() === 'error') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => {
      this.console.push(`pageerror: ${e.message}`);
      this.errors.push(`pageerror: ${e.message}`);
    });
  }

  /** Deliver a message as the host would (anything, malformed ones included). */
  async send(message: unknown): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as { postMessage(m: unknown, t: string): void }).postMessage(m, '*'), message);
  }

  async posted<T = unknown>(): Promise<T[]> {
    return this.page.evaluate(() => (globalThis as unknown as HarnessWindow).__posted) as Promise<T[]>;
  }

  /** Wait until the page has posted a message of this type (the `count`-th one), and return it. */
  async waitForPosted<T = unknown>(type: string, count = 1): Promise<T> {
    const handle = await this.page.waitForFunction(({ type, count }) => {
      const all = (globalThis as unknown as HarnessWindow).__posted.filter((m) => (m as { type?: string }).type === type);
      return all.length >= count ? all[count - 1] : undefined;
    }, { type, count });
    return (await handle.jsonValue()) as T;
  }

  /** CSP violations seen by the page (events) or reported on the console. */
  async cspViolations(): Promise<string[]> {
    const events = await this.page.evaluate(() => (globalThis as unknown as HarnessWindow).__csp);
    return [...events, ...this.console.filter((c) => /Content Security Policy|Refused to (load|execute|apply|create|connect)/i.test(c))];
  }

  async setTheme(theme: Theme): Promise<void> {
    await this.page.evaluate((t) => (globalThis as unknown as HarnessWindow).__setTheme(t), theme);
  }

  async screenshot(file: string): Promise<string> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
