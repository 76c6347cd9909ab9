// Every example query in queries/ runs on the embedded engine against the seeds graph; its answer is checked.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../../src/build.js';
import { writeGraphFile } from '../../../src/graph/io.js';
import { openEmbedded, type KuzuStore } from '../../../src/graph/stores/kuzu.js';
import { parseQueryFile } from '../../../src/graph/stores/query-file.js';
import type { KnowledgeGraph } from '../../../src/graph/model.js';
import type { Row } from '../../../src/graph/store.js';

const QUERIES = path.resolve(import.meta.dirname, '../../../queries');
let store: KuzuStore;
let graph: KnowledgeGraph;
let dir: string;
const results = new Map<string, Row[]>();

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-queries-'));
  graph = (await buildGraph([path.resolve(import.meta.dirname, '../../../seeds')])).graph;
  await writeGraphFile(path.join(dir, 'graph.json'), graph);
  store = await openEmbedded(dir);
  for (const file of (await fs.readdir(QUERIES)).filter((f) => f.endsWith('.cypher'))) {
    const q = parseQueryFile(await fs.readFile(path.join(QUERIES, file), 'utf8'));
    results.set(file, await store.query(q.cypher, q.params));
  }
});
afterAll(async () => {
  await store.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const rows = (file: string): Row[] => {
  const r = results.get(file);
  if (!r) throw new Error(`no query ${file}`);
  return r;
};
/** Asserted neighbours of a person by one relation type, from graphology, for comparison. */
const graphologyNeighbours = (name: string, type: string): string[] => {
  const key = graph.findNode((_k, a) => a.name === name)!;
  return [...new Set(graph.filterEdges(key, (_e, a) => a.type === type && a.status === 'asserted').map((e) => graph.getNodeAttribute(graph.opposite(key, e), 'name')))].sort();
};

test('there are at least 10 example queries, each with a title', async () => {
  const files = (await fs.readdir(QUERIES)).filter((f) => f.endsWith('.cypher'));
  expect(files.length).toBeGreaterThanOrEqual(10);
  for (const f of files) expect(parseQueryFile(await fs.readFile(path.join(QUERIES, f), 'utf8')).title).not.toBe('');
});

test('who-met: Blinken met Qin Gang — the same answer graphology gives', () => {
  expect(rows('who-met.cypher').map((r) => r.met)).toEqual(graphologyNeighbours('Antony Blinken', 'MET_WITH'));
  expect(rows('who-met.cypher').map((r) => r.met)).toContain('Qin Gang');
});

test('visited Beijing in June 2023: Blinken', () => {
  expect(rows('visited-place-in-month.cypher').map((r) => r.visitor)).toContain('Antony Blinken');
});

test('refusals: Li Shangfu rebuffed Lloyd Austin', () => {
  expect(rows('refusals.cypher')).toContainEqual(expect.objectContaining({ refuser: 'Li Shangfu', refused: 'Lloyd Austin', status: 'asserted' }));
});

test('meetings that did not happen: none of them is asserted, Blinken–Xi among them', () => {
  const r = rows('meetings-that-did-not-happen.cypher');
  expect(r.every((x) => x.status !== 'asserted')).toBe(true);
  expect(r).toContainEqual(expect.objectContaining({ person: 'Antony Blinken', other: 'Xi Jinping' }));
});

test('most connected: counts agree with graphology, in descending order', () => {
  const r = rows('most-connected.cypher');
  expect(r.length).toBeGreaterThan(3);
  const counts = r.map((x) => Number(x.connections));
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  const top = r[0]!;
  const key = graph.findNode((_k, a) => a.name === top.person)!;
  const distinct = new Set(graph.filterEdges(key, (_e, a) => a.status === 'asserted').map((e) => graph.opposite(key, e)));
  expect(Number(top.connections)).toBe(distinct.size);
});

test('path between Bill Gates and Joe Biden: two hops (through Xi Jinping)', () => {
  expect(rows('path-between.cypher')).toEqual([{ hops: 2 }]);
});

test('meetings by date are in date order', () => {
  const dates = rows('meetings-by-date.cypher').map((r) => String(r.date));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort()).toEqual(dates);
});

test('evidence of the Blinken–Qin meeting: verbatim sentences and their articles', () => {
  const asserted = rows('evidence-of-meeting.cypher').find((r) => r.status === 'asserted')!;
  const evidence = JSON.parse(String(asserted.evidence)) as Array<{ sentence: string; doc: string }>;
  expect(evidence.length).toBe(Number(asserted.sentences));
  expect(evidence.some((e) => /Qin Gang/.test(e.sentence))).toBe(true);
  expect(asserted.articles).toEqual([...new Set(evidence.map((e) => e.doc))]);
});

test('articles mentioning Li Shangfu match the node\'s docs', () => {
  const key = graph.findNode((_k, a) => a.name === 'Li Shangfu')!;
  expect(rows('articles-mentioning.cypher').map((r) => r.article)).toEqual(graph.getNodeAttribute(key, 'docs'));
});

test('met-counterparts: Gina Raimondo and Katherine Tai both met Wang Wentao', () => {
  expect(rows('met-counterparts.cypher')).toContainEqual({ person: 'Gina Raimondo', via: 'Wang Wentao', other: 'Katherine Tai' });
});

test('visits of Blinken include an asserted Beijing visit and a planned one', () => {
  const r = rows('visits-of-person.cypher');
  expect(r).toContainEqual(expect.objectContaining({ place: 'Beijing', status: 'asserted' }));
  expect(r.some((x) => x.status !== 'asserted')).toBe(true);
});

test('most visited places: Beijing first', () => {
  expect(rows('most-visited-places.cypher')[0]).toMatchObject({ place: 'Beijing' });
});
