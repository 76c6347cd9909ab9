// GraphML read back by real consumers: graphology-graphml, xmllint, NetworkX and igraph; property tests with hostile names.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import fc from 'fast-check';
import { buildGraph } from '../../../src/build.js';
import { graphmlChunks, toGraphML } from '../../../src/graph/export/graphml.js';
import { writeGraphML } from '../../../src/graph/export/index.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe } from '../../../src/graph/export/columns.js';
import { createGraph, type KnowledgeGraph } from '../../../src/graph/model.js';
import { syntheticGraph } from '../../../src/graph/synthetic.js';

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const PY = '/usr/bin/python3';
let seeds: KnowledgeGraph;
let dir: string;
let seedsFile: string;
beforeAll(async () => {
  seeds = (await buildGraph([SEEDS])).graph;
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-graphml-'));
  seedsFile = path.join(dir, 'seeds.graphml');
  await writeGraphML(seeds, seedsFile);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Parses GraphML with graphology-graphml into a plain multi directed graph. */
function readBack(xml: string): MultiDirectedGraph {
  return parseGraphML(MultiDirectedGraph, xml) as MultiDirectedGraph;
}

const list = (value: unknown): unknown => JSON.parse(String(value ?? '[]'));

test('graphology-graphml reads the seeds graph back: same nodes, edges and attributes, lists decoded', async () => {
  const back = readBack(await fs.readFile(seedsFile, 'utf8'));
  expect(back.order).toBe(seeds.order);
  expect(back.size).toBe(seeds.size);
  seeds.forEachNode((key, a) => {
    const b = back.getNodeAttributes(key);
    expect(b).toMatchObject({ label: a.name, name: a.name, type: a.type, mentions: a.mentions });
    expect(list(b.aliases)).toEqual(a.aliases);
    expect(list(b.roles)).toEqual(a.roles);
    expect(list(b.docs)).toEqual(a.docs);
  });
  seeds.forEachEdge((key, a, source, target) => {
    expect(back.source(key)).toBe(source);
    expect(back.target(key)).toBe(target);
    const b = back.getEdgeAttributes(key);
    expect(b).toMatchObject({ label: a.type, type: a.type, status: a.status, confidence: a.confidence, evidence_count: a.evidence.length, asserted: a.status === 'asserted' });
    expect(b.when ?? null).toBe(a.when);
    expect(b.where ?? null).toBe(a.where);
    expect(b.evidence_first).toBe(a.evidence[0]?.sentence);
    expect(JSON.parse(String(b.evidence))).toEqual(a.evidence);
  });
});

test('every attribute has a typed <key> (int, double, boolean, string) and a label key per domain', async () => {
  const xml = await fs.readFile(seedsFile, 'utf8');
  const declared = [...xml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="([^"]+)"/g)].map((m) => `${m[2]}:${m[3]}:${m[4]}`);
  const expected = ['node:label:string', 'edge:label:string', ...NODE_COLUMNS.map((c) => `node:${c.name}:${c.type === 'string[]' ? 'string' : c.type}`), ...EDGE_COLUMNS.map((c) => `edge:${c.name}:${c.type === 'string[]' ? 'string' : c.type}`)];
  expect(declared.sort()).toEqual(expected.sort());
  expect(declared).toEqual(expect.arrayContaining(['node:mentions:int', 'edge:confidence:double', 'edge:asserted:boolean']));
});

test('MET_WITH and SPOKE_WITH edges are undirected in the directed graph; xmllint finds it well-formed', async () => {
  const xml = await fs.readFile(seedsFile, 'utf8');
  expect(xml).toMatch(/<graph id="newsgraph" edgedefault="directed">/);
  const edges = [...xml.matchAll(/<edge id="([A-Z_]+):[^"]*" source="[^"]+" target="[^"]+"( directed="false")?>/g)];
  expect(edges).toHaveLength(seeds.size);
  expect(edges.some((m) => m[1] === 'MET_WITH')).toBe(true);
  for (const m of edges) expect(Boolean(m[2])).toBe(m[1] === 'MET_WITH' || m[1] === 'SPOKE_WITH');
  const lint = spawnSync('xmllint', ['--noout', seedsFile], { encoding: 'utf8' });
  expect(lint.error).toBeUndefined();
  expect(lint.stderr).toBe('');
  expect(lint.status).toBe(0);
});

interface PythonGraph {
  error?: string;
  nodes: number;
  edges: number;
  directed: boolean;
  node_attrs: Record<string, Record<string, unknown>>;
  edge_attrs: Array<Record<string, unknown>>;
}

function python(tool: 'networkx' | 'igraph', file: string): PythonGraph {
  const r = spawnSync(PY, [path.join(import.meta.dirname, 'read_graphml.py'), tool, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as PythonGraph;
}

/** Checks node and edge attribute values as a Python reader returns them, typed by the `<key>` declarations. */
function expectSameValues(g: PythonGraph): void {
  expect(g.nodes).toBe(seeds.order);
  expect(g.edges).toBe(seeds.size);
  seeds.forEachNode((key, a) => {
    expect(g.node_attrs[key]).toMatchObject({ label: a.name, name: a.name, type: a.type, mentions: a.mentions });
    expect(list(g.node_attrs[key]?.aliases)).toEqual(a.aliases);
  });
  const byKey = new Map(seeds.mapEdges((key, a, source, target) => [`${source}|${target}|${a.type}|${a.status}`, a]));
  for (const e of g.edge_attrs) {
    const a = byKey.get(`${String(e._source)}|${String(e._target)}|${String(e.type)}|${String(e.status)}`);
    expect(a).toBeDefined();
    expect(e).toMatchObject({ confidence: a!.confidence, evidence_count: a!.evidence.length, asserted: a!.status === 'asserted', symmetric: a!.type === 'MET_WITH' || a!.type === 'SPOKE_WITH' });
    expect(JSON.parse(String(e.evidence))).toEqual(a!.evidence);
  }
}

test('igraph (python3-igraph) reads the default GraphML with the same counts and values', () => {
  const g = python('igraph', seedsFile);
  expect(g.directed).toBe(true);
  expectSameValues(g);
});

test('NetworkX refuses per-edge directed="false" in a directed graph — hence the graphml-networkx flavour', () => {
  const g = python('networkx', seedsFile);
  expect(g.error).toMatch(/directed=false edge found in directed graph/);
});

test('NetworkX reads the networkx flavour (no per-edge direction) with the same counts and values', async () => {
  const file = path.join(dir, 'seeds.nx.graphml');
  await writeGraphML(seeds, file, { mixedDirected: false });
  expect(await fs.readFile(file, 'utf8')).not.toContain('directed="false"');
  const g = python('networkx', file);
  expect(g.error).toBeUndefined();
  expect(g.directed).toBe(true);
  expectSameValues(g);
});

test('the writer streams: a 20,000-edge graph comes in many bounded chunks', () => {
  const graph = syntheticGraph({ nodes: 5000, edges: 20000, seed: 3 });
  let chunks = 0;
  let largest = 0;
  let total = 0;
  for (const chunk of graphmlChunks(graph)) {
    chunks++;
    largest = Math.max(largest, chunk.length);
    total += chunk.length;
  }
  expect(chunks).toBeGreaterThan(50);
  expect(largest).toBeLessThan(total / 20);
});

// one character at a time, biased towards what breaks XML writers: markup, entity look-alikes, line ends, controls,
// noncharacters, lone surrogates, astral characters
const hostileChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom('&', '<', '>', '"', "'", '&amp;', '&#13;', ']]>', '\r', '\n', '\r\n', '\t', ' ', '\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\u0085', '\u2028', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '😀', 'é', '日本') },
);
const hostile = fc.array(hostileChar, { maxLength: 40 }).map((parts) => parts.join(''));
// sometimes very long: the hostile string repeated to 10,000–60,000 characters
const hostileOrLong = fc.oneof({ weight: 4, arbitrary: hostile }, { weight: 1, arbitrary: fc.tuple(hostile, fc.integer({ min: 10_000, max: 60_000 })).map(([s, n]) => `${s}x`.repeat(Math.ceil(n / (s.length + 1)))) });

test('property: any names, keys, lists and sentences round-trip through GraphML, XML-illegal characters removed', () => {
  fc.assert(
    fc.property(hostileOrLong, hostile, hostile, hostile, hostileOrLong, (name, alias, key, role, sentence) => {
      const a = `a${key}`;
      const b = `b${key}`;
      const edge = `e${key}`;
      const graph = createGraph();
      graph.addNode(a, { name, type: 'Person', aliases: [alias, name], roles: [role], mentions: 1, docs: [key] });
      graph.addNode(b, { name: alias, type: 'City', aliases: [], roles: [], mentions: 2, docs: [] });
      graph.addDirectedEdgeWithKey(edge, a, b, { type: 'VISITED', status: 'asserted', when: role, where: b, confidence: 0.5, evidence: [{ doc: key, sentence, start: 0, end: sentence.length, ruleId: role }] });
      const back = readBack(toGraphML(graph));
      // node and edge ids: attributes keep tabs, newlines and CRs (written as character references)
      expect(back.nodes()).toEqual([xmlSafe(a), xmlSafe(b)]);
      expect(back.edges()).toEqual([xmlSafe(edge)]);
      // plain strings: only XML-illegal characters are lost (CR included: it is written as &#13;)
      expect(back.getNodeAttribute(xmlSafe(a), 'name') ?? '').toBe(xmlSafe(name));
      expect(back.getNodeAttribute(xmlSafe(b), 'label') ?? '').toBe(xmlSafe(alias));
      expect(back.getEdgeAttribute(xmlSafe(edge), 'when') ?? '').toBe(xmlSafe(role));
      expect(back.getEdgeAttribute(xmlSafe(edge), 'evidence_first') ?? '').toBe(xmlSafe(sentence));
      // lists and evidence travel as JSON: lossless, controls, noncharacters and lone surrogates included
      expect(list(back.getNodeAttribute(xmlSafe(a), 'aliases'))).toEqual([alias, name]);
      expect(list(back.getNodeAttribute(xmlSafe(a), 'roles'))).toEqual([role]);
      expect(list(back.getNodeAttribute(xmlSafe(a), 'docs'))).toEqual([key]);
      expect(list(back.getNodeAttribute(xmlSafe(b), 'aliases'))).toEqual([]);
      expect(JSON.parse(String(back.getEdgeAttribute(xmlSafe(edge), 'evidence')))).toEqual(graph.getEdgeAttribute(edge, 'evidence'));
    }),
    { numRuns: 200 },
  );
});

test('a file full of hostile characters is well-formed for xmllint and read by igraph', async () => {
  const graph = createGraph();
  const nasty = 'Ta\u0000b&amp;<"\'>\r\n\t\uFFFE\uD800 ]]> 😀 \u0085 end';
  graph.addNode('person:x\ty', { name: nasty, type: 'Person', aliases: [nasty], roles: [], mentions: 3, docs: ['d'] });
  graph.addNode('city:z', { name: 'Z', type: 'City', aliases: [], roles: [], mentions: 1, docs: [] });
  graph.addDirectedEdgeWithKey('k', 'person:x\ty', 'city:z', { type: 'VISITED', status: 'planned', when: null, where: null, confidence: 0.25, evidence: [{ doc: 'd', sentence: nasty, start: 0, end: 1, ruleId: 'r' }] });
  const file = path.join(dir, 'hostile.graphml');
  await writeGraphML(graph, file);
  const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  expect(lint.status).toBe(0);
  const g = python('igraph', file);
  expect(g.node_attrs['person:x\ty']).toMatchObject({ name: xmlSafe(nasty), mentions: 3 });
  expect(xmlSafe(nasty)).toBe('Tab&amp;<"\'>\r\n\t ]]> 😀 \u0085 end');
  expect(g.edge_attrs[0]).toMatchObject({ status: 'planned', confidence: 0.25, asserted: false });
  expect(JSON.parse(String(g.edge_attrs[0]?.evidence))).toEqual(graph.getEdgeAttribute('k', 'evidence'));
});
