// The viewer server: loopback only, a fixed list of files, no traversal, content types and the Content-Security-Policy.
import { promises as fs } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startViewerServer, CONTENT_SECURITY_POLICY, type ViewerServer } from '../../src/view/server.js';

let server: ViewerServer;
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-view-'));
  const assets = path.join(dir, 'assets');
  await fs.mkdir(assets);
  await fs.writeFile(path.join(assets, 'index.html'), '<!doctype html><title>x</title>');
  await fs.writeFile(path.join(assets, 'viewer.js'), 'void 0;');
  await fs.writeFile(path.join(assets, 'viewer.css'), 'body{}');
  await fs.writeFile(path.join(dir, 'graph.json'), '{"nodes":[],"edges":[]}');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'secret');
  server = await startViewerServer(dir, assets);
});
afterAll(async () => {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation by a client library). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('binds to 127.0.0.1 on a free port', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(server.port).toBeGreaterThan(0);
});

test.each([
  ['/', 'text/html; charset=utf-8'],
  ['/viewer.js', 'text/javascript; charset=utf-8'],
  ['/viewer.css', 'text/css; charset=utf-8'],
  ['/graph.json', 'application/json; charset=utf-8'],
])('%s is served as %s with the CSP', async (p, type) => {
  const r = await get(p);
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toBe(type);
  expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(r.headers['x-content-type-options']).toBe('nosniff');
});

test('without the layout code in the assets there is no opening layout: 404, and the page lays the view out itself', async () => {
  const r = await get('/first-view.json');
  expect(r.status).toBe(404);
  expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});

test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/secret.txt', '/assets/', '//etc/passwd', '/graph.json/../secret.txt', '/..\\secret.txt'])('no traversal or listing: %s is 404', async (p) => {
  const r = await get(p);
  expect(r.status).toBe(404);
  expect(r.body).not.toContain('secret');
});

test('only GET and HEAD', async () => {
  expect((await get('/graph.json', 'POST')).status).toBe(405);
  expect((await get('/graph.json', 'HEAD')).status).toBe(200);
});

test('a port in use is a typed error that says what to do', async () => {
  await expect(startViewerServer(dir, path.join(dir, 'assets'), server.port)).rejects.toThrow(/already in use.*--port/);
});
