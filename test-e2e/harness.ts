import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';

/**
 * A real VS Code (code-server) with the packaged extension installed, driven through headless Chromium the way a
 * user drives it: the command palette, the explorer's context menu, quick picks, tree rows, the status bar and
 * notifications. How each piece is set up, and why: ../shared/docs/real-vscode-e2e.md.
 */

export interface HarnessOptions {
  /** The .vsix to install. */
  vsix: string;
  /** The folder VS Code opens. */
  workspace: string;
  /** Where screenshots and logs go (created). */
  artifacts: string;
  /** The code-server launcher (default: .e2e/code-server, which scripts/e2e-setup.sh installs). */
  codeServer?: string;
  /** Chromium's binary (default /usr/bin/chromium). */
  chromium?: string;
  /** The title of the extension's activity-bar container, whose appearance says the extension is registered. */
  container?: string;
  /** The side bar's width in pixels, wide enough that tree rows show their descriptions in screenshots. */
  sideBarWidth?: number;
}

export interface Notification {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface TreeRow {
  label: string;
  description: string;
  /** 0-based position in the view, as the list renders it. */
  index: number;
  /** Depth in the tree, 1 for roots. */
  level: number;
}

const REPO = path.resolve(__dirname, '..', '..');
const WORKBENCH_TIMEOUT = 60_000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

export class VSCodeSession {
  private shots = 0;

  private constructor(
    readonly page: Page,
    private readonly browser: BrowserContext,
    private readonly server: ChildProcess,
    private readonly tmp: string,
    readonly artifacts: string,
    readonly url: string,
    private readonly container: string,
  ) {}

  /**
   * Installs the .vsix into a fresh user-data and extensions folder, starts code-server on the workspace in a process
   * group of its own (so that stop() also ends its extension host and everything the extension started), and opens
   * the workbench in Chromium. Every folder it writes is a temp folder, never the home folder.
   */
  static async start(o: HarnessOptions): Promise<VSCodeSession> {
    const codeServer = o.codeServer ?? path.join(REPO, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');
    if (!fs.existsSync(codeServer)) throw new Error(`${codeServer} is missing: run scripts/e2e-setup.sh`);
    if (!fs.existsSync(o.vsix)) throw new Error(`${o.vsix} is missing: run npm run package`);
    fs.mkdirSync(o.artifacts, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quantlens-e2e-'));
    const dir = (name: string) => {
      const p = path.join(tmp, name);
      fs.mkdirSync(p, { recursive: true });
      return p;
    };
    const env = { ...process.env, XDG_CONFIG_HOME: dir('xdg-config'), XDG_DATA_HOME: dir('xdg-data'), XDG_CACHE_HOME: dir('xdg-cache') };
    const userData = dir('user-data');
    const extensions = dir('extensions');
    // A quiet workbench: no welcome page, tips, trust prompt or update checks between the user and the models.
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'chat.commandCenter.enabled': false,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
    }, null, 2));

    let server: ChildProcess | undefined;
    let browser: BrowserContext | undefined;
    try {
      const install = spawnSync(codeServer, ['--install-extension', o.vsix, '--user-data-dir', userData, '--extensions-dir', extensions], { env, encoding: 'utf8', timeout: 120_000 });
      fs.writeFileSync(path.join(o.artifacts, 'install.log'), `${install.stdout}\n${install.stderr}`);
      if (install.status !== 0) throw new Error(`installing ${o.vsix} failed (exit ${install.status}): ${install.stderr || install.stdout}`);

      const port = await freePort();
      const log = fs.openSync(path.join(o.artifacts, 'code-server.log'), 'w');
      const config = path.join(tmp, 'config.yaml');
      fs.writeFileSync(config, 'auth: none\ncert: false\n');
      server = spawn(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, '--config', config, o.workspace],
      { env, detached: true, stdio: ['ignore', log, log] });
      fs.closeSync(log);
      const url = `http://127.0.0.1:${port}/`;
      await waitForHealth(`${url}healthz`, server, 30_000);

      browser = await chromium.launchPersistentContext(dir('chromium-profile'), {
        executablePath: o.chromium ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        env: { ...env },
        viewport: { width: 1440, height: 900 },
      });
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${url}?folder=${encodeURIComponent(o.workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WORKBENCH_TIMEOUT });
      // The extension's contributions (menus, views) are registered once its view container is in the activity bar.
      const container = o.container ?? 'QuantLens';
      await page.locator(`.activitybar .action-item a[aria-label^="${container}"]`).first().waitFor({ timeout: WORKBENCH_TIMEOUT });
      const session = new VSCodeSession(page, browser, server, tmp, o.artifacts, url, container);
      await session.resizeSideBar(o.sideBarWidth ?? 640);
      return session;
    } catch (err) {
      await browser?.close().catch(() => undefined);
      if (server) await stopGroup(server);
      fs.rmSync(tmp, { recursive: true, force: true });
      throw err;
    }
  }

  /** Drags the sash between the side bar and the editor, as a user widens the side bar. */
  async resizeSideBar(width: number): Promise<void> {
    const bar = await this.page.locator('.part.sidebar').first().boundingBox();
    if (!bar) return;
    const edge = bar.x + bar.width;
    const y = bar.y + bar.height / 2;
    await this.page.mouse.move(edge - 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(bar.x + width, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** F1, the command's title (`QuantLens: Compile Model`), then its row. */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // The palette can close as soon as it opens: a webview that just loaded takes the focus (seen once in CI, after the
    // graph opened: the input was visible, then hidden for the whole fill). It is opened again, at most three times.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.locator('.monaco-workbench').focus();
        await this.page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`>${title}`, { timeout: 5_000 });
        break;
      } catch (err) {
        if (attempt === 3) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
    const row = this.quickPickRow(title);
    await row.waitFor({ state: 'visible' });
    await row.click();
  }

  /** Right-clicks a file in the Explorer (opening the Explorer first) and chooses `item` from its context menu. */
  async contextMenu(fileName: string, item: string): Promise<void> {
    const row = this.page.locator('.explorer-folders-view .monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }) }).first();
    if (!(await row.isVisible())) {
      await this.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
      await row.waitFor({ state: 'visible' });
    }
    await row.click({ button: 'right' });
    const entry = this.page.getByRole('menuitem', { name: item }).first();
    try {
      await entry.waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      const shown = await this.page.getByRole('menuitem').allTextContents();
      await this.page.keyboard.press('Escape');
      throw new Error(`the context menu of ${fileName} has no '${item}'; it shows: ${shown.map((t) => t.trim()).filter(Boolean).join(' | ')}`);
    }
    // VS Code's menu ignores a mouse-up that comes right after it opened (so a right-click release does not pick an
    // item): point at the item, and once the menu has focused it, press Enter as a user's keyboard would.
    await entry.hover();
    const li = entry.locator('xpath=ancestor::li[1]');
    const until = Date.now() + 5000;
    while (!/\bfocused\b/.test((await li.getAttribute('class')) ?? '') && Date.now() < until) await sleep(50);
    await this.page.keyboard.press('Enter');
    await entry.waitFor({ state: 'hidden' });
  }

  /** The quick pick row whose label is `label` (icons aside), not one that merely mentions it. */
  private quickPickRow(label: string): Locator {
    const name = this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) });
    return this.page.locator('.quick-input-widget .monaco-list-row', { has: name }).first();
  }

  /** Chooses the row of the open quick pick labelled `label`. */
  async quickPick(label: string, timeoutMs = 30_000): Promise<void> {
    const row = this.quickPickRow(label);
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    await row.click();
  }

  /** Types into the open input box and presses Enter. */
  async inputBox(text: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** The pane of a view (by its title) in the side bar, opened and expanded. */
  async view(viewTitle: string): Promise<Locator> {
    const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { has: this.page.locator('h3.title', { hasText: new RegExp(`^${escapeRegExp(viewTitle)}$`, 'i') }) }) }).first();
    if (!(await pane.isVisible())) {
      // A click on the container that is already showing would close the side bar: click only one that is not.
      const item = this.page.locator('.activitybar .action-item', { has: this.page.locator(`a[aria-label^="${this.container}"]`) }).first();
      if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await item.click();
      await pane.waitFor({ state: 'visible' });
    }
    const header = pane.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    return pane;
  }

  /** The rows a view renders now (a tree renders only the rows in sight). */
  async rows(viewTitle: string): Promise<TreeRow[]> {
    const pane = await this.view(viewTitle);
    const rows = pane.locator('.pane-body .monaco-list-row');
    const out: TreeRow[] = [];
    // Short reads: a row without a description has no element to wait for.
    const read = { timeout: 500 };
    for (let i = 0, n = await rows.count(); i < n; i++) {
      const r = rows.nth(i);
      out.push({
        label: ((await r.locator('.label-name').first().textContent(read).catch(() => '')) ?? '').trim(),
        description: ((await r.locator('.label-description').first().textContent(read).catch(() => '')) ?? '').trim(),
        index: Number(await r.getAttribute('data-index')),
        level: Number(await r.getAttribute('aria-level')),
      });
    }
    return out.sort((a, b) => a.index - b.index);
  }

  /**
   * Waits until a row of the view shows `text` and returns it. A string or RegExp is matched against the row's whole
   * text (label, then description); `{ label }` matches the label alone, exactly.
   */
  async waitForRow(viewTitle: string, text: string | RegExp | { label: string }, timeoutMs = 60_000): Promise<Locator> {
    const pane = await this.view(viewTitle);
    const rows = pane.locator('.pane-body .monaco-list-row');
    const row = (typeof text === 'object' && 'label' in text
      ? rows.filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(text.label)}\\s*$`) }) })
      : rows.filter({ hasText: text })).first();
    const until = Date.now() + timeoutMs;
    // A tree renders only the rows in sight: a row below the fold is found by scrolling, as a user would (down a
    // screen at a time, then back to the top).
    for (let step = 0; ; step++) {
      try {
        await row.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(1000, until - Date.now())) });
        return row;
      } catch (err) {
        if (Date.now() >= until) throw err;
      }
      const box = await pane.locator('.pane-body').first().boundingBox();
      if (!box || box.height < 1) continue;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.mouse.wheel(0, step % 8 === 7 ? -100_000 : box.height * 0.8);
    }
  }

  /** Expands the collapsed row labelled `label` (a click, as a user does) and waits until it is expanded. */
  async expand(viewTitle: string, label: string): Promise<void> {
    const row = await this.waitForRow(viewTitle, { label });
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
    const until = Date.now() + 30_000;
    while ((await row.getAttribute('aria-expanded')) !== 'true') {
      if (Date.now() > until) throw new Error(`${label} in ${viewTitle} did not expand`);
      await sleep(20);
    }
  }

  /** Hovers over `target` and returns the text of the tooltip it shows (tree rows show theirs after a delay). */
  async hoverText(target: Locator, timeoutMs = 10_000): Promise<string> {
    const hover = this.page.locator('.workbench-hover, .monaco-hover').filter({ visible: true }).first();
    // Away first, so that a tooltip still up from where the mouse was (an activity-bar item) is not taken for this one.
    const editor = await this.page.locator('.part.editor').first().boundingBox();
    if (editor) await this.page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
    await hover.waitFor({ state: 'hidden', timeout: timeoutMs });
    await target.hover();
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
    return ((await hover.textContent()) ?? '').trim();
  }

  /**
   * VS Code's own activation time for an extension, from Developer: Show Running Extensions (null while the extension
   * has not been activated). The editor it opens is closed again.
   */
  async activationTimeMs(extensionName: string): Promise<number | null> {
    await this.runCommand('Developer: Show Running Extensions');
    const editor = this.page.locator('.runtime-extensions-editor');
    await editor.locator('.monaco-list-row').first().waitFor({ state: 'visible' });
    const row = editor.locator('.monaco-list-row', { has: this.page.locator('.name', { hasText: new RegExp(`^${escapeRegExp(extensionName)}$`) }) }).first();
    const text = (await row.count()) ? ((await row.locator('.activation-time').textContent().catch(() => '')) ?? '') : '';
    await this.runCommand('View: Close All Editors');
    const ms = /(\d+)\s*ms/.exec(text);
    return ms ? Number(ms[1]) : null;
  }

  /** The text of the status bar item that contains `contains`. */
  /** Waits until QuantLens's status bar item reads `text` (a target switch updates it before the recompile ends). */
  async waitForStatusBar(text: RegExp, timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let seen = '';
    while (Date.now() < until) {
      seen = await this.statusBarText();
      if (text.test(seen)) return;
      await this.page.waitForTimeout(200);
    }
    throw new Error(`the status bar reads "${seen}", not ${text}`);
  }

  async statusBarText(contains = 'QuantLens'): Promise<string> {
    const item = this.page.locator('.statusbar-item', { hasText: contains }).first();
    await item.waitFor({ state: 'visible' });
    return ((await item.textContent()) ?? '').trim();
  }

  /** The notification toasts on screen now, newest first. */
  async notifications(): Promise<Notification[]> {
    const toasts = this.page.locator('.notifications-toasts .notification-toast');
    const out: Notification[] = [];
    // A toast can close between counting and reading it: short reads, and one that is gone is skipped.
    const read = { timeout: 500 };
    for (let i = 0, n = await toasts.count(); i < n; i++) {
      const t = toasts.nth(i);
      const message = await t.locator('.notification-list-item-message').first().textContent(read).catch(() => null);
      if (message === null) continue;
      const icon = (await t.locator('.notification-list-item-icon').first().getAttribute('class', read).catch(() => '')) ?? '';
      out.push({ severity: /codicon-error/.test(icon) ? 'error' : /codicon-warning/.test(icon) ? 'warning' : 'info', message: message.trim() });
    }
    return out;
  }

  /** Waits for a toast whose message matches `text` (and has `severity`, when given). */
  async waitForNotification(text: string | RegExp, severity?: Notification['severity'], timeoutMs = 60_000): Promise<Notification> {
    const until = Date.now() + timeoutMs;
    const matches = (n: Notification) => (typeof text === 'string' ? n.message.includes(text) : text.test(n.message)) && (!severity || n.severity === severity);
    for (;;) {
      const hit = (await this.notifications()).find(matches);
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no ${severity ?? ''} notification matching ${text} within ${timeoutMs} ms; shown: ${JSON.stringify(await this.notifications())}`);
      await sleep(200);
    }
  }

  /** Waits until no toast matches `text`: a progress notification (compiling, comparing) has finished. */
  async waitForNotificationGone(text: string | RegExp, timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    const matches = (n: Notification) => (typeof text === 'string' ? n.message.includes(text) : text.test(n.message));
    while ((await this.notifications()).some(matches)) {
      if (Date.now() > until) throw new Error(`a notification matching ${text} is still shown after ${timeoutMs} ms`);
      await sleep(100);
    }
  }

  /** Closes every toast, so the next step's notifications stand alone. */
  async clearNotifications(): Promise<void> {
    await this.runCommand('Notifications: Clear All Notifications');
  }

  /** Saves a PNG of the whole window as `NN-name.png` in the artifacts folder and returns its path. */
  async screenshot(name: string): Promise<string> {
    const file = path.join(this.artifacts, `${String(++this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Switches the colour theme as a user does (Preferences: Color Theme) and waits until the workbench paints in it. */
  async setTheme(kind: 'dark' | 'light'): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    await this.quickPick(kind === 'dark' ? 'Dark Modern' : 'Light Modern');
    await this.page.locator(`.monaco-workbench.${kind === 'dark' ? 'vs-dark' : 'vs'}`).waitFor({ timeout: 20_000 });
    // Webviews get the theme by a message after the workbench: let them repaint.
    await sleep(1500);
  }

  /** Are these views' panes in the side bar (a view whose `when` is false has none)? */
  async viewShown(viewTitle: string): Promise<boolean> {
    return (await this.page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(viewTitle)}$`, 'i') }).count()) > 0;
  }

  /** The height in pixels of a view's pane (header and body). */
  async viewHeight(viewTitle: string): Promise<number> {
    const box = await (await this.view(viewTitle)).boundingBox();
    return box?.height ?? 0;
  }

  /** The open quick pick's rows: label, description and detail as shown. */
  async quickPickRows(): Promise<Array<{ label: string; text: string }>> {
    await this.page.locator('.quick-input-widget .monaco-list-row').first().waitFor({ state: 'visible' });
    return this.page.locator('.quick-input-widget .monaco-list-row').evaluateAll((rows) => rows.map((r) => ({
      label: r.querySelector('.label-name')?.textContent?.trim() ?? '',
      text: r.textContent ?? '',
    })));
  }

  /** Closes the browser and ends code-server's whole process group; removes its temp folders. */
  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await stopGroup(this.server);
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL to whatever of it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  killGroup(child, 'SIGTERM');
  const until = Date.now() + 5000;
  while (groupAlive(child.pid) && Date.now() < until) await sleep(100);
  if (groupAlive(child.pid)) killGroup(child, 'SIGKILL');
}
