// `newsgraph view` and `newsgraph export -f html` as a user runs them: a child process, a real socket, a file on disk.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractGraph } from '../graph/stores/contract.js';
import { writeGraphFile } from '../../src/graph/io.js';
import { runCli, REPO_ROOT } from '../cli/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-view-cli-'));
  await writeGraphFile(path.join(dir, 'graph.json'), contractGraph());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('view prints a 127.0.0.1 URL, serves the viewer and the graph, and exits 0 on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/main.ts'), 'view', dir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', (code) => reject(new Error(`view exited ${code} before printing a URL: ${out}`)));
    });
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<script src="viewer.js"></script>');
    const graph = (await (await fetch(`${url}graph.json`)).json()) as { nodes: unknown[] };
    expect(graph.nodes.length).toBe(contractGraph().order);
    expect((await fetch(`${url}%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
    const code = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('view of a folder without graph.json is a usage error that says how to build one', () => {
  const r = runCli(['view', path.join(dir, 'nothing-here')]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/graph\.json does not exist.*newsgraph build/s);
});

test('view rejects a bad port', () => {
  expect(runCli(['view', dir, '--port', '70000']).status).toBe(2);
});

test('export -f html writes one self-contained page: hash-pinned script, data inline with "<" escaped, nothing fetched', async () => {
  const out = path.join(dir, 'graph.html');
  const r = runCli(['export', path.join(dir, 'graph.json'), '-f', 'html', '-o', out]);
  expect(r.status).toBe(0);
  const html = await fs.readFile(out, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  const scripts = [...html.matchAll(/<script( [^>]*)?>([\s\S]*?)<\/script>/g)];
  const code = scripts.filter((m) => !m[1]?.includes('application/json'));
  expect(code).toHaveLength(1);
  // the one executable script is allowed by its hash, and by nothing else
  const hash = createHash('sha256').update(code[0]![2]!, 'utf8').digest('base64');
  expect(csp).toContain(`script-src 'sha256-${hash}'`);
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  const data = scripts.find((m) => m[1]?.includes('application/json'))?.[2] ?? '';
  expect(data).not.toContain('<');
  expect((JSON.parse(data) as { nodes: unknown[] }).nodes.length).toBe(contractGraph().order);
  expect(html).not.toMatch(/<link[^>]+href=|<script[^>]+src=/);
});
