/// <reference lib="dom" />
import * as fs from 'fs';
import * as path from 'path';
import type { DiffViewState, TensorPairData } from '../src/shared/protocol';
import { Theme, WebviewHarness, WebviewPage } from './harness';

/**
 * The tensor diff panel in the shared webview harness (real CSP, stand-in host), with what its tests and benchmark
 * need: send a pair as the host does (Float32Arrays and all), wait for the drawing, read pixels and data-* attributes.
 * The page contract: scripts dist/webview/diff.js, styles media/webview.css and dist/webview/diff.css, no body data.
 */

export const DIFF_PAGE = { title: 'Tensor diff', scripts: ['dist/webview/diff.js'], styles: ['media/webview.css', 'dist/webview/diff.css'] };

/**
 * FAST (under the toolkit) probes :focus-visible support at load by adding an empty <style> element, with the nonce
 * of a `<meta property="csp-nonce">` when there is one. Under a style-src without a nonce that probe is refused (and
 * FAST falls back to :focus). Tolerated only while the page's CSP has no style nonce; any other violation fails.
 */
const FAST_PROBE = /^style-src-elem inline$|^Applying inline style violates .*'sha256-47DEQpj8HBSa\+\/TImW\+5JCeuQeRkm5NMpJWZG3hSuFU='/;

interface Wire extends Omit<TensorPairData, 'reference' | 'actual'> {
  reference: string;
  actual: string;
}

const b64 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

export type SideKey = 'reference' | 'actual' | 'diff';

export class DiffPage {
  private constructor(readonly wp: WebviewPage) {}

  static async open(h: WebviewHarness, theme: Theme = 'light', viewport?: { width: number; height: number }): Promise<DiffPage> {
    const wp = await h.open({ ...DIFF_PAGE, theme, viewport });
    await wp.waitForPosted('ready');
    return new DiffPage(wp);
  }

  get page() {
    return this.wp.page;
  }

  get console(): string[] {
    return this.wp.console;
  }

  /** The panel hidden and shown again: the page reloads, the saved state stays. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.wp.waitForPosted('ready');
  }

  /** Post `init` as the host does, and wait until the page has drawn it. Returns the time to the next frame (ms). */
  async init(pair: TensorPairData, state: DiffViewState | null = null): Promise<number> {
    const wire: Wire = { ...pair, reference: b64(pair.reference), actual: b64(pair.actual) };
    // Decode first, then time only the message and the drawing, up to the frame that shows it.
    return this.page.evaluate(async ({ wire, state }) => {
      const f32 = (s: string) => {
        const bin = atob(s);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        return new Float32Array(bytes.buffer);
      };
      const message = { type: 'init', pair: { ...wire, reference: f32(wire.reference), actual: f32(wire.actual) }, state };
      const app = document.getElementById('app')!;
      const before = app.dataset.inits;
      const t0 = performance.now();
      window.postMessage(message, '*');
      while (app.dataset.inits === before) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return performance.now() - t0;
    }, { wire, state });
  }

  send(message: unknown): Promise<void> {
    return this.wp.send(message);
  }

  posted(): Promise<unknown[]> {
    return this.wp.posted();
  }

  async savedState(): Promise<unknown> {
    return this.page.evaluate(() => {
      const s = sessionStorage.getItem('quantlens-webview-state');
      return s === null ? undefined : JSON.parse(s);
    });
  }

  async cspViolations(): Promise<string[]> {
    const all = await this.wp.cspViolations();
    const csp = await this.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    const styleNonce = /style-src[^;]*'nonce-/.test(csp);
    return styleNonce ? all : all.filter((v) => !FAST_PROBE.test(v));
  }

  /** A data-* attribute of the panel's root. */
  data(name: string): Promise<string | undefined> {
    return this.page.evaluate((n) => document.getElementById('app')?.dataset[n], name);
  }

  /** RGBA of canvas pixels (canvas coordinates) of one heatmap. */
  pixels(side: SideKey, points: Array<[number, number]>): Promise<number[][]> {
    return this.page.evaluate(({ side, points }) => {
      const c = document.querySelector(`canvas.heat[data-side="${side}"]`) as HTMLCanvasElement;
      const ctx = c.getContext('2d')!;
      return points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data));
    }, { side, points });
  }

  canvasInfo(side: SideKey): Promise<{ width: number; height: number; lo: number; hi: number; kr: number; kc: number }> {
    return this.page.evaluate((side) => {
      const c = document.querySelector(`canvas.heat[data-side="${side}"]`) as HTMLCanvasElement;
      return { width: c.width, height: c.height, lo: Number(c.dataset.lo), hi: Number(c.dataset.hi), kr: Number(c.dataset.kr), kc: Number(c.dataset.kc) };
    }, side);
  }

  async text(selector: string): Promise<string> {
    return (await this.page.locator(selector).first().textContent()) ?? '';
  }

  async screenshot(file: string): Promise<string> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  close(): Promise<void> {
    return this.wp.close();
  }
}
