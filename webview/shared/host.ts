/**
 * The webview's side of the host connection: VS Code's webview API when it is there, or the harness's stand-in
 * (tests load the page in a plain browser with `window.__quantlensHost`). Incoming messages are validated with the
 * shared protocol's guard before a handler sees them; anything else is dropped.
 */

export interface HostApi<Out, State> {
  post(message: Out): void;
  getState(): State | undefined;
  setState(state: State): void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  interface Window {
    /** Set by the test harness before the bundle loads. */
    __quantlensHost?: VsCodeApi;
  }
  function acquireVsCodeApi(): VsCodeApi;
}

export function connect<In, Out, State>(accept: (m: unknown) => m is In, onMessage: (m: In) => void): HostApi<Out, State> {
  const api: VsCodeApi = window.__quantlensHost ?? acquireVsCodeApi();
  window.addEventListener('message', (e: MessageEvent) => {
    if (accept(e.data)) onMessage(e.data);
    else console.warn('quantlens: dropped a message that is not part of the protocol');
  });
  return {
    post: (m) => api.postMessage(m),
    getState: () => api.getState() as State | undefined,
    setState: (s) => api.setState(s),
  };
}
