// `newsgraph export` as the README writes it: with no graph argument it exports the build in ./out; a folder names its graph.json.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractGraph } from '../graph/stores/contract.js';
import { writeGraphFile } from '../../src/graph/io.js';
import { runCli } from './cli.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-cli-'));
  await writeGraphFile(path.join(dir, 'out', 'graph.json'), contractGraph());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('"newsgraph export --format html -o graph.html" exports ./out/graph.json', async () => {
  const r = runCli(['export', '--format', 'html', '-o', 'graph.html'], dir);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  expect(await fs.readFile(path.join(dir, 'graph.html'), 'utf8')).toContain('<html');
});

test('a build folder stands for its graph.json; a missing graph is one clear error', async () => {
  expect(runCli(['export', 'out', '--format', 'gexf', '-o', 'g.gexf'], dir).status).toBe(0);
  expect((await fs.stat(path.join(dir, 'g.gexf'))).size).toBeGreaterThan(0);
  const missing = runCli(['export', 'nowhere', '--format', 'gexf'], dir);
  expect(missing.status).not.toBe(0);
  expect(missing.stderr).toMatch(/nowhere/);
  expect(missing.stderr).not.toMatch(/\n\s+at /);
});
