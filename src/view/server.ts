// The viewer's HTTP server: loopback only, a fixed list of files (no paths from the URL), a Content-Security-Policy.
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { KgError } from '../errors.js';
import { cachedFirstViewLayout } from './first-view.js';

/**
 * The policy: scripts from this origin only, nothing else loaded, no framing. Styles also allow inline (Cytoscape
 * injects one <style> element for its container); styles cannot run code.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A running viewer server. */
export interface ViewerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the viewer for one build folder on 127.0.0.1. The only paths served are `/`, `/index.html`, `/viewer.js`,
 * `/viewer.css`, `/graph.json` and `/first-view.json` (the opening view's layout, computed once per graph here and cached
 * beside graph.json, see `cachedFirstViewLayout`); anything else is 404 (so `..`, encoded or not, never reaches the file system).
 * Resolves once the opening layout is ready, so the first visit finds it.
 * @param outdir - the build folder holding graph.json
 * @param assets - the folder holding the built viewer
 * @param port - a port, or 0 for a free one
 * @throws KgError (`view/listen`) when the port cannot be bound
 */
export async function startViewerServer(outdir: string, assets: string, port = 0): Promise<ViewerServer> {
  const routes = new Map<string, { file: string; type: string; cache: string }>([
    ['/', { file: path.join(assets, 'index.html'), type: 'text/html; charset=utf-8', cache: 'no-cache' }],
    ['/index.html', { file: path.join(assets, 'index.html'), type: 'text/html; charset=utf-8', cache: 'no-cache' }],
    ['/viewer.js', { file: path.join(assets, 'viewer.js'), type: 'text/javascript; charset=utf-8', cache: 'no-cache' }],
    ['/viewer.css', { file: path.join(assets, 'viewer.css'), type: 'text/css; charset=utf-8', cache: 'no-cache' }],
    ['/graph.json', { file: path.join(outdir, 'graph.json'), type: 'application/json; charset=utf-8', cache: 'no-store' }],
  ]);
  // the opening view's layout: from the cache beside graph.json or computed, again only when graph.json changes
  let layout: { version: string; body: Promise<Buffer | null> } | null = null;
  const openingLayout = async (): Promise<Buffer | null> => {
    const stat = await fs.stat(path.join(outdir, 'graph.json')).catch(() => null);
    if (!stat) return null;
    const version = `${stat.mtimeMs}:${stat.size}`;
    if (layout?.version !== version) {
      const body = cachedFirstViewLayout(outdir, assets).then((json) => (json === null ? null : Buffer.from(json)), () => null);
      layout = { version, body };
    }
    return layout.body;
  };
  const server = http.createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (pathname === '/first-view.json') {
      void openingLayout().then((body) => {
        if (!body) res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('no opening layout\n');
        else res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': body.length }).end(req.method === 'HEAD' ? undefined : body);
      });
      return;
    }
    const route = routes.get(pathname);
    if (!route) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    fs.readFile(route.file).then(
      (body) => {
        res.writeHead(200, { ...headers, 'Content-Type': route.type, 'Cache-Control': route.cache, 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause: NodeJS.ErrnoException) => {
      const why = cause.code === 'EADDRINUSE' ? `port ${port} is already in use` : cause.code === 'EACCES' ? `port ${port} needs privileges` : cause.message;
      reject(new KgError('view/listen', `cannot serve the viewer on 127.0.0.1:${port}: ${why}`, { hint: 'pick another --port, or leave it out for a free one', cause }));
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
  await openingLayout();
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
