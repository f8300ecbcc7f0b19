import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';

/**
 * A static HTTP server over one folder (the repository), standing in for the webview's resource origin: the page's
 * CSP names this origin as `cspSource`, so bundles, styles and the worker's script load from it exactly as they
 * would from VS Code's resource host. Generated files (harness pages, the stand-in host script) are registered in
 * memory. Only 127.0.0.1; nothing outside the root is served.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  /** The URL of a file under the root (`dist/webview/graph.js`). */
  url(relPath: string): string;
  /** Serve `body` at `urlPath` (starting with `/`) from memory; returns its URL. */
  put(urlPath: string, body: string, contentType?: string): string;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const memory = new Map<string, { body: string; type: string }>();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const mem = memory.get(pathname);
    if (mem) {
      res.writeHead(200, { 'content-type': mem.type, 'cache-control': 'no-store' }).end(mem.body);
      return;
    }
    const file = path.resolve(base, `.${pathname}`);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (rel) => `${origin}/${rel.split(path.sep).join('/').replace(/^\/+/, '')}`,
    put(urlPath, body, contentType) {
      memory.set(urlPath, { body, type: contentType ?? TYPES[path.extname(urlPath)] ?? 'text/plain' });
      return `${origin}${urlPath}`;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
