import * as vscode from 'vscode';
import { makeNonce, webviewHtml } from './webview-html';

/**
 * One webview panel speaking the shared protocol: the page is our bundle with a strict CSP; messages from the page are
 * validated (`accept`) before `onMessage` sees them; messages to it wait until it says `ready` (the page is reloaded
 * when a hidden panel is shown again, and says `ready` again: `onReady` sends it its state).
 */
export class PanelHost<In extends { type: string }, Out> {
  readonly panel: vscode.WebviewPanel;
  private ready = false;
  private queue: Out[] = [];

  constructor(
    extensionUri: vscode.Uri,
    viewType: string,
    title: string,
    bundle: { script: string; worker?: string; style?: string },
    private readonly accept: (m: unknown) => m is In,
    private readonly handlers: { onReady: () => Out | null; onMessage: (m: In) => void; onDispose: () => void },
    log: (line: string) => void,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [dist, media] });
    const w = this.panel.webview;
    w.html = webviewHtml({
      title,
      cspSource: w.cspSource,
      nonce: makeNonce(),
      scripts: [w.asWebviewUri(vscode.Uri.joinPath(dist, bundle.script)).toString()],
      styles: [w.asWebviewUri(vscode.Uri.joinPath(media, 'webview.css')).toString(), ...(bundle.style ? [w.asWebviewUri(vscode.Uri.joinPath(dist, bundle.style)).toString()] : [])],
      data: bundle.worker ? { worker: w.asWebviewUri(vscode.Uri.joinPath(dist, bundle.worker)).toString() } : {},
    });
    w.onDidReceiveMessage((m: unknown) => {
      if (!this.accept(m)) {
        log(`webview ${viewType}: dropped a message that is not part of the protocol`);
        return;
      }
      if (m.type === 'ready') {
        this.ready = true;
        const init = this.handlers.onReady();
        if (init) void w.postMessage(init);
        for (const q of this.queue.splice(0)) void w.postMessage(q);
        return;
      }
      this.handlers.onMessage(m);
    });
    this.panel.onDidChangeViewState(() => {
      if (!this.panel.visible) this.ready = false;
    });
    this.panel.onDidDispose(() => this.handlers.onDispose());
  }

  post(m: Out): void {
    if (this.ready) void this.panel.webview.postMessage(m);
    else this.queue.push(m);
  }
}
