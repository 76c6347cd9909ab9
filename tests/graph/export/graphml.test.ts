// GraphML read back by real consumers: graphology-graphml, xmllint, NetworkX and igraph; a property test with hostile names.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import fc from 'fast-check';
import { buildGraph } from '../../../src/build.js';
import { toGraphML } from '../../../src/graph/export/graphml.js';
import { writeGraphML } from '../../../src/graph/export/index.js';
import { xmlText } from '../../../src/graph/export/columns.js';
import { createGraph, type KnowledgeGraph } from '../../../src/graph/model.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const PY = '/usr/bin/python3';
let seeds: KnowledgeGraph;
let dir: string;
beforeAll(async () => {
  seeds = (await buildGraph([SEEDS])).graph;
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-graphml-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Parses GraphML with graphology-graphml into a plain multi directed graph. */
function readBack(xml: string): MultiDirectedGraph {
  return parseGraphML(MultiDirectedGraph, xml) as MultiDirectedGraph;
}

test('graphology-graphml reads the seeds graph back: same nodes, edges and attributes', () => {
  const back = readBack(toGraphML(seeds));
  expect(back.order).toBe(seeds.order);
  expect(back.size).toBe(seeds.size);
  seeds.forEachNode((key, a) => {
    const b = back.getNodeAttributes(key);
    expect(b).toMatchObject({ label: a.name, name: a.name, type: a.type, mentions: a.mentions });
    expect(JSON.parse(String(b.aliases ?? '[]'))).toEqual(a.aliases);
    expect(JSON.parse(String(b.docs ?? '[]'))).toEqual(a.docs);
  });
  seeds.forEachEdge((key, a, source, target) => {
    expect(back.source(key)).toBe(source);
    expect(back.target(key)).toBe(target);
    const b = back.getEdgeAttributes(key);
    expect(b).toMatchObject({ type: a.type, status: a.status, confidence: a.confidence, evidence_count: a.evidence.length });
    expect(JSON.parse(String(b.evidence))).toEqual(a.evidence);
  });
});

test('MET_WITH edges are undirected in the directed graph; xmllint finds it well-formed', async () => {
  const file = path.join(dir, 'seeds.graphml');
  await writeGraphML(seeds, file);
  const xml = await fs.readFile(file, 'utf8');
  expect(xml).toMatch(/<graph id="newsgraph" edgedefault="directed">/);
  expect(xml).toMatch(/<edge id="MET_WITH:[^"]+" source="[^"]+" target="[^"]+" directed="false">/);
  expect(xml).not.toMatch(/<edge id="VISITED:[^"]+"[^>]*directed="false"/);
  const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  expect(lint.error).toBeUndefined();
  expect(lint.status).toBe(0);
});

function python(tool: 'networkx' | 'igraph', file: string): { nodes: number; edges: number; node_attrs: Record<string, Record<string, unknown>>; edge_attrs: Array<Record<string, unknown>> } {
  const r = spawnSync(PY, [path.join(import.meta.dirname, 'read_graphml.py'), tool, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ReturnType<typeof python>;
}

test('igraph reads the default GraphML with the same counts and values', async () => {
  const file = path.join(dir, 'seeds.graphml');
  await writeGraphML(seeds, file);
  const g = python('igraph', file);
  expect(g.nodes).toBe(seeds.order);
  expect(g.edges).toBe(seeds.size);
  expect(g.node_attrs['person:antony-blinken']).toMatchObject({ name: 'Antony Blinken', type: 'Person', mentions: seeds.getNodeAttribute('person:antony-blinken', 'mentions') });
  expect(g.edge_attrs.filter((e) => e.type === 'MET_WITH')).toHaveLength(seeds.filterEdges((_e, a) => a.type === 'MET_WITH').length);
});

test('NetworkX reads the networkx flavour (no per-edge direction) with the same counts and values', async () => {
  const file = path.join(dir, 'seeds.nx.graphml');
  await writeGraphML(seeds, file, { mixedDirected: false });
  const g = python('networkx', file);
  expect(g.nodes).toBe(seeds.order);
  expect(g.edges).toBe(seeds.size);
  expect(g.node_attrs['city:beijing']).toMatchObject({ name: 'Beijing', type: 'City' });
  const met = g.edge_attrs.filter((e) => e.type === 'MET_WITH');
  expect(met.length).toBeGreaterThan(0);
  expect(met.every((e) => e.symmetric === true)).toBe(true);
});

const hostile = fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `${s}&<>"'`);

test('property: any names and sentences round-trip through GraphML (XML-illegal characters removed)', () => {
  fc.assert(
    fc.property(hostile, hostile, fc.string({ unit: 'grapheme', minLength: 0, maxLength: 5000 }), (name, alias, sentence) => {
      const graph = createGraph();
      graph.addNode('person:a', { name, type: 'Person', aliases: [alias, name], roles: [], mentions: 1, docs: ['d.txt'] });
      graph.addNode('city:b', { name: alias, type: 'City', aliases: [], roles: [], mentions: 1, docs: [] });
      graph.addDirectedEdgeWithKey('VISITED:person:a->city:b:asserted', 'person:a', 'city:b', { type: 'VISITED', status: 'asserted', when: null, where: null, confidence: 0.5, evidence: [{ doc: 'd.txt', sentence, start: 0, end: sentence.length, ruleId: 'r' }] });
      const back = readBack(toGraphML(graph));
      expect(back.getNodeAttribute('person:a', 'name') ?? '').toBe(xmlText(name));
      // lists travel as JSON: lossless, control characters included
      expect(JSON.parse(String(back.getNodeAttribute('person:a', 'aliases')))).toEqual([alias, name]);
      const evidence = JSON.parse(String(back.getEdgeAttribute('VISITED:person:a->city:b:asserted', 'evidence'))) as Array<{ sentence: string }>;
      // evidence travels as JSON, whose \u escapes keep even control characters and lone surrogates
      expect(evidence[0]?.sentence).toBe(sentence);
    }),
    { numRuns: 150 },
  );
});
