// The compiled CLI: an unchanged corpus is not rebuilt, a changed one is, and 1 or 2 workers give byte-identical graphs.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

const bin = path.join(REPO_ROOT, 'dist/cli/main.js');
const run = (args: string[]): { status: number | null; stdout: string } => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout };
};
const compiled = existsSync(bin) && existsSync(path.join(REPO_ROOT, 'dist/extract/worker.js'));
const maybe = compiled ? test : test.skip;
if (!compiled) process.stderr.write('incremental.test: dist/ is missing (run `npm run build`); compiled-CLI tests skipped\n');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-incr-'));
  const corpus = path.join(dir, 'corpus');
  await fs.mkdir(corpus);
  // enough documents for the pool to start: the seeds, each copied under 16 names
  const seeds = (await fs.readdir(path.join(REPO_ROOT, 'seeds'))).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < 16; i++) for (const s of seeds) await fs.copyFile(path.join(REPO_ROOT, 'seeds', s), path.join(corpus, `${i}-${s}`));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

maybe('1 and 2 workers write byte-identical graph.json', async () => {
  expect(run(['build', path.join(dir, 'corpus'), '-o', path.join(dir, 'w1'), '--workers', '1', '--no-cache', '-q']).status).toBe(0);
  expect(run(['build', path.join(dir, 'corpus'), '-o', path.join(dir, 'w2'), '--workers', '2', '--no-cache', '-q']).status).toBe(0);
  const [a, b] = await Promise.all([fs.readFile(path.join(dir, 'w1/graph.json')), fs.readFile(path.join(dir, 'w2/graph.json'))]);
  expect(a.equals(b)).toBe(true);
});

maybe('a second build of an unchanged corpus is skipped; a changed file rebuilds', async () => {
  const out = path.join(dir, 'inc');
  expect(run(['build', path.join(dir, 'corpus'), '-o', out]).stdout).toMatch(/documents?\(s\) read/);
  expect(run(['build', path.join(dir, 'corpus'), '-o', out]).stdout).toMatch(/unchanged since the last build/);
  await fs.writeFile(path.join(dir, 'corpus', 'new.txt'), 'President Emmanuel Macron arrived in Lagos on Tuesday.');
  const third = run(['build', path.join(dir, 'corpus'), '-o', out, '--json']);
  const summary = JSON.parse(third.stdout) as { documents: number; cache: { hits: number; misses: number } };
  expect(summary.documents).toBe(81);
  expect(summary.cache).toEqual({ hits: 80, misses: 1 });
});
