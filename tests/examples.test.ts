// The three examples in examples/ type-check against the built package and run (the Neo4j part only with NEO4J_URI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const built = existsSync(path.join(ROOT, 'dist/index.d.ts'));
const maybe = built ? test : test.skip;
if (!built) process.stderr.write('examples.test: dist/ is missing (npm run build); examples skipped\n');
const run = (file: string): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'examples', file)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

maybe('the examples type-check against the package types (tsc --noEmit)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'examples/tsconfig.json')], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});

maybe('extract-one prints the relations of one article', () => {
  const r = run('extract-one.ts');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/VISITED asserted: Antony Blinken → Beijing/);
  expect(r.stdout).toMatch(/MET_WITH planned: .*Xi Jinping/);
});

maybe('build-and-load builds the seeds and queries the embedded database', () => {
  const r = run('build-and-load.ts');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/refuser: 'Li Shangfu'/);
});

maybe('iterable-to-graphml builds from an async iterable and prints GraphML edges', () => {
  const r = run('iterable-to-graphml.ts');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/<edge id="VISITED:person:emmanuel-macron-&gt;city:lagos:asserted"/);
  expect(r.stdout).toMatch(/REBUFFED:person:vladimir-putin-&gt;person:recep-tayyip-erdogan/);
});
