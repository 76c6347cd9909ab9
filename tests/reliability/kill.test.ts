// Killing `newsgraph build` (SIGKILL and SIGINT, at random moments, 20 times) leaves the previous or the new complete output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../cli/cli.js';

const bin = path.join(REPO_ROOT, 'dist/cli/main.js');
const maybe = existsSync(bin) ? test : test.skip;
if (!existsSync(bin)) process.stderr.write('kill.test: dist/ is missing (npm run build); skipped\n');

maybe('20 interrupted builds never leave a partial graph.json, and the cache never serves a bad entry', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-kill-'));
  const [a, b, out] = ['a', 'b', 'out'].map((d) => path.join(dir, d)) as [string, string, string];
  await fs.mkdir(a);
  await fs.mkdir(b);
  const seeds = (await fs.readdir(path.join(REPO_ROOT, 'seeds'))).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < 12; i++) for (const s of seeds) {
    await fs.copyFile(path.join(REPO_ROOT, 'seeds', s), path.join(a, `${i}-${s}`));
    await fs.copyFile(path.join(REPO_ROOT, 'seeds', s), path.join(b, `${i}-${s}`));
  }
  await fs.writeFile(path.join(b, 'extra.txt'), 'President Emmanuel Macron landed in Lagos on Tuesday.');
  const build = (input: string, target: string, extra: string[] = []): void => {
    expect(spawnSync(process.execPath, [bin, 'build', input, '-o', target, '-q', ...extra]).status).toBe(0);
  };
  build(a, path.join(dir, 'ref-a'), ['--no-cache']);
  build(b, path.join(dir, 'ref-b'), ['--no-cache']);
  const refA = await fs.readFile(path.join(dir, 'ref-a', 'graph.json'), 'utf8');
  const refB = await fs.readFile(path.join(dir, 'ref-b', 'graph.json'), 'utf8');
  build(a, out);
  const seen = { a: 0, b: 0 };
  for (let i = 0; i < 20; i++) {
    const input = i % 2 === 0 ? b : a;
    const child = spawn(process.execPath, [bin, 'build', input, '-o', out, '-q'], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, 30 + Math.floor(Math.random() * 1500)));
    child.kill(i % 3 === 0 ? 'SIGINT' : 'SIGKILL');
    await exited;
    const now = await fs.readFile(path.join(out, 'graph.json'), 'utf8');
    expect(now === refA || now === refB).toBe(true);
    if (now === refA) seen.a++;
    else seen.b++;
  }
  // after all that, a completed build (with whatever the cache holds) equals a fresh one
  build(b, out);
  expect(await fs.readFile(path.join(out, 'graph.json'), 'utf8')).toBe(refB);
  build(a, out);
  expect(await fs.readFile(path.join(out, 'graph.json'), 'utf8')).toBe(refA);
  expect(seen.a + seen.b).toBe(20);
  // what SIGKILL left behind (temporary files of dead processes) is gone after a completed build
  expect((await fs.readdir(out)).filter((f) => f.endsWith('.tmp') || f.includes('.tmp-'))).toEqual([]);
  await fs.rm(dir, { recursive: true, force: true });
}, 300_000);
