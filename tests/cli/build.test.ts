// `newsgraph build`, `extract` and `eval` end to end on the seeds: files written, schema kept, exit codes, diagnostics.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, REPO_ROOT } from './cli.js';
import { parseGraph } from '../../src/graph/io.js';

let out: string;
beforeAll(async () => {
  out = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-cli-'));
});
afterAll(async () => {
  await fs.rm(out, { recursive: true, force: true });
});

test('build writes graph.json (graphology export) and summary.json, and prints a summary', async () => {
  const r = runCli(['build', path.join(REPO_ROOT, 'seeds'), '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/5 document\(s\) read/);
  const raw = JSON.parse(await fs.readFile(path.join(out, 'graph.json'), 'utf8')) as { options: { type: string; multi: boolean }; attributes: { schemaVersion: number }; nodes: unknown[]; edges: Array<{ attributes: Record<string, unknown> }> };
  expect(raw.options).toMatchObject({ type: 'directed', multi: true });
  expect(raw.attributes.schemaVersion).toBe(1);
  const graph = parseGraph(JSON.stringify(raw));
  expect(graph.getNodeAttributes('person:antony-blinken')).toMatchObject({ name: 'Antony Blinken', type: 'Person' });
  expect(graph.getNodeAttribute('person:antony-blinken', 'aliases')).toEqual(expect.arrayContaining(['Antony Blinken', 'Mr Blinken']));
  for (const edge of raw.edges) {
    expect(Object.keys(edge.attributes).sort()).toEqual(['confidence', 'evidence', 'type', 'status', 'when', 'where'].sort());
  }
  const summary = JSON.parse(await fs.readFile(path.join(out, 'summary.json'), 'utf8')) as { documents: number; edgesByType: Record<string, number> };
  expect(summary.documents).toBe(5);
  expect(summary.edgesByType.MET_WITH).toBeGreaterThan(0);
});

test('eval scores the seeds graph against the gold', () => {
  const r = runCli(['eval', '--gold', path.join(REPO_ROOT, 'seeds/gold.json'), '--docs', path.join(REPO_ROOT, 'seeds'), path.join(out, 'graph.json'), '--json']);
  expect(r.status).toBe(0);
  const score = JSON.parse(r.stdout) as { micro: { f1: number }; entityRecall: number; duplicateGroups: unknown[]; evidenceVerbatim: number };
  expect(score.micro.f1).toBeGreaterThanOrEqual(0.85);
  expect(score.entityRecall).toBeGreaterThanOrEqual(0.9);
  expect(score.duplicateGroups).toEqual([]);
  expect(score.evidenceVerbatim).toBe(1);
});

test('build exits 1 and names the bad file, but still writes the others', async () => {
  const dir = path.join(out, 'mixed');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'ok.txt'), 'President Emmanuel Macron arrived in Lagos on Tuesday.');
  await fs.writeFile(path.join(dir, 'bad.txt'), Buffer.from([0x41, 0xff, 0x42]));
  const r = runCli(['build', dir, '-o', path.join(out, 'mixed-out')]);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/bad\.txt is not UTF-8/);
  const graph = parseGraph(await fs.readFile(path.join(out, 'mixed-out', 'graph.json'), 'utf8'));
  expect(graph.hasNode('city:lagos')).toBe(true);
});

test('extract --json shows mentions, entities and relations of one document', () => {
  const r = runCli(['extract', path.join(REPO_ROOT, 'seeds/000_ce86a828e1fdfecc.txt'), '--json']);
  expect(r.status).toBe(0);
  const data = JSON.parse(r.stdout) as { mentions: unknown[]; entities: Array<{ key: string }>; relations: Array<{ type: string }> };
  expect(data.entities.map((e) => e.key)).toContain('person:qin-gang');
  expect(data.relations.some((x) => x.type === 'MET_WITH')).toBe(true);
});

test('usage errors exit 2 without a stack trace', () => {
  const r = runCli(['build', 'seeds']);
  expect(r.status).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
