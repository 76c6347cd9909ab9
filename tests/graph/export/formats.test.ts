// GEXF, Cytoscape JSON and neo4j-admin CSV of the seeds graph, each read back by its consumer (graphology-gexf, cytoscape, csv-parse).
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { buildGraph } from '../../../src/build.js';
import { toGEXF, ENTITY_COLORS, RELATION_COLORS, GEXF_LIST_SEPARATOR } from '../../../src/graph/export/gexf.js';
import { toCytoscape } from '../../../src/graph/export/cyjs.js';
import { toNeo4jCsv, ARRAY_DELIMITER } from '../../../src/graph/export/csv.js';
import { xmlSafe } from '../../../src/graph/export/columns.js';
import { createGraph, type KnowledgeGraph } from '../../../src/graph/model.js';
import { SYMMETRIC_RELATIONS } from '../../../src/types.js';

let seeds: KnowledgeGraph;
beforeAll(async () => {
  seeds = (await buildGraph([path.resolve(import.meta.dirname, '../../../seeds')])).graph;
});

/** graphology-gexf's parser into a multi graph (mixed as soon as an undirected edge comes). */
const readGexf = (xml: string): MultiGraph => parseGexf(MultiGraph, xml) as MultiGraph;

test('GEXF 1.3: graphology-gexf reads it back with labels, attributes, a colour per type and undirected MET_WITH', async () => {
  const xml = toGEXF(seeds);
  expect(xml).toMatch(/<gexf [^>]*version="1.3"/);
  const back = readGexf(xml);
  expect(back.order).toBe(seeds.order);
  expect(back.size).toBe(seeds.size);
  seeds.forEachNode((key, a) => {
    expect(back.getNodeAttributes(key)).toMatchObject({ label: a.name, name: a.name, type: a.type, mentions: a.mentions, color: ENTITY_COLORS[a.type], aliases: a.aliases.join(GEXF_LIST_SEPARATOR) });
  });
  seeds.forEachEdge((key, a, source, target) => {
    expect(back.source(key)).toBe(source);
    expect(back.target(key)).toBe(target);
    expect(back.isUndirected(key)).toBe(SYMMETRIC_RELATIONS.has(a.type));
    expect(back.getEdgeAttributes(key)).toMatchObject({ type: a.type, status: a.status, confidence: a.confidence, weight: a.evidence.length, color: RELATION_COLORS[a.type] });
    expect(JSON.parse(String(back.getEdgeAttribute(key, 'evidence')))).toEqual(a.evidence);
  });
  expect(back.undirectedSize).toBeGreaterThan(0);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-gexf-'));
  const file = path.join(dir, 'seeds.gexf');
  await fs.writeFile(file, xml);
  const lint = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
  await fs.rm(dir, { recursive: true, force: true });
  expect(lint.status).toBe(0);
});

const hostileChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('&', '<', '>', '"', "'", '&amp;', '\r', '\n', '\t', '\u0000', '\uFFFE', '\uD800', ',', ';', '""', '😀'));
const hostile = fc.array(hostileChar, { maxLength: 40 }).map((parts) => parts.join(''));

/** A two-node, one-edge graph whose strings are all given. */
function tiny(name: string, alias: string, sentence: string): KnowledgeGraph {
  const graph = createGraph();
  graph.addNode('person:a', { name, type: 'Person', aliases: [name, alias], roles: [alias], mentions: 1, docs: ['d.txt'] });
  graph.addNode('country:b', { name: alias, type: 'Country', aliases: [], roles: [], mentions: 2, docs: [] });
  graph.addDirectedEdgeWithKey('e', 'person:a', 'country:b', { type: 'VISITED', status: 'asserted', when: null, where: 'country:b', confidence: 0.5, evidence: [{ doc: 'd.txt', sentence, start: 0, end: 1, ruleId: 'r' }] });
  return graph;
}

test('property: GEXF keeps hostile names and evidence (XML-illegal characters removed)', () => {
  // graphology-gexf reads through xmldom, which applies XML 1.1 line ends to raw NEL and LINE SEPARATOR
  const asRead = (s: string): string => xmlSafe(s).replace(/[\u0085\u2028]/g, '\n');
  fc.assert(
    fc.property(hostile, hostile, hostile, (name, alias, sentence) => {
      const graph = tiny(name, alias, sentence);
      const back = readGexf(toGEXF(graph));
      expect(back.getNodeAttribute('person:a', 'name') ?? '').toBe(asRead(name));
      expect(back.getNodeAttribute('country:b', 'label') ?? '').toBe(asRead(alias));
      expect(JSON.parse(String(back.getEdgeAttribute('e', 'evidence')))).toEqual(JSON.parse(asRead(JSON.stringify(graph.getEdgeAttribute('e', 'evidence')))));
    }),
    { numRuns: 150 },
  );
});

test('Cytoscape JSON loads in cytoscape.js (headless) with the same elements and data', () => {
  const json = toCytoscape(seeds);
  expect(Object.keys(json.elements)).toEqual(['nodes', 'edges']);
  const cy = cytoscape({ headless: true, elements: JSON.parse(JSON.stringify(json.elements)) as cytoscape.ElementsDefinition });
  expect(cy.nodes().length).toBe(seeds.order);
  expect(cy.edges().length).toBe(seeds.size);
  seeds.forEachNode((key, a) => {
    const node = cy.getElementById(key);
    expect(node.data()).toMatchObject({ ...a, id: key, label: a.name });
    expect(node.degree(false)).toBe(seeds.degree(key));
  });
  seeds.forEachEdge((key, a, source, target) => {
    const edge = cy.getElementById(key);
    expect(edge.source().id()).toBe(source);
    expect(edge.target().id()).toBe(target);
    expect(edge.data()).toMatchObject({ type: a.type, status: a.status, evidence: a.evidence, symmetric: SYMMETRIC_RELATIONS.has(a.type) });
  });
  expect(cy.edges('[type = "MET_WITH"]').length).toBe(seeds.filterEdges((_e, a) => a.type === 'MET_WITH').length);
  cy.destroy();
});

type Row = Record<string, string>;
const readCsv = (text: string): Row[] => parseCsv(text, { columns: true }) as Row[];

test('neo4j-admin CSV: typed headers, arrays with ";", every relationship end a node id, values as in the graph', () => {
  const { nodes, relationships } = toNeo4jCsv(seeds);
  const nodeRows = readCsv(nodes);
  const relRows = readCsv(relationships);
  expect(Object.keys(nodeRows[0]!)).toEqual(['id:ID', ':LABEL', 'name', 'aliases:string[]', 'roles:string[]', 'mentions:int', 'docs:string[]', 'title', 'date']);
  expect(Object.keys(relRows[0]!)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'status', 'asserted:boolean', 'symmetric:boolean', 'when', 'where', 'confidence:double', 'evidence_count:int', 'evidence_first', 'rule_ids:string[]', 'docs:string[]', 'evidence']);
  const byId = new Map(nodeRows.map((r) => [r['id:ID'], r]));
  expect(byId.size).toBe(nodeRows.length);
  expect(nodeRows.filter((r) => r[':LABEL'] === 'Article')).toHaveLength(seeds.getAttribute('documents').length);
  seeds.forEachNode((key, a) => {
    const r = byId.get(key)!;
    expect(r).toMatchObject({ ':LABEL': a.type, name: a.name, 'mentions:int': String(a.mentions) });
    expect(r['aliases:string[]']!.split(ARRAY_DELIMITER)).toEqual(a.aliases);
    expect(r['docs:string[]']!.split(ARRAY_DELIMITER)).toEqual(a.docs);
  });
  for (const r of relRows) {
    expect(byId.has(r[':START_ID']!)).toBe(true);
    expect(byId.has(r[':END_ID']!)).toBe(true);
  }
  const relations = relRows.filter((r) => r[':TYPE'] !== 'MENTIONS');
  expect(relations).toHaveLength(seeds.size);
  for (const r of relations) {
    const a = seeds.getEdgeAttributes(r.id!);
    expect(r).toMatchObject({ ':START_ID': seeds.source(r.id!), ':END_ID': seeds.target(r.id!), ':TYPE': a.type, status: a.status, 'confidence:double': String(a.confidence), 'asserted:boolean': String(a.status === 'asserted') });
    expect(JSON.parse(r.evidence!)).toEqual(a.evidence);
  }
  const mentions = relRows.filter((r) => r[':TYPE'] === 'MENTIONS');
  expect(mentions).toHaveLength(seeds.reduceNodes((n, _k, a) => n + a.docs.length, 0));
});

/** A string as a UTF-8 file holds it: lone surrogates cannot be encoded and become U+FFFD. */
const utf8 = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

test('property: CSV quoting keeps commas, quotes, newlines and controls; ";" inside an array element becomes ","', () => {
  fc.assert(
    fc.property(hostile, hostile, hostile, (name, alias, sentence) => {
      const graph = tiny(name, alias, sentence);
      const { nodes, relationships } = toNeo4jCsv(graph);
      const a = readCsv(nodes).find((r) => r['id:ID'] === 'person:a')!;
      expect(a.name).toBe(utf8(name));
      expect(a['aliases:string[]']).toBe(utf8([name, alias].map((s) => s.replaceAll(';', ',')).join(';')));
      const e = readCsv(relationships).find((r) => r.id === 'e')!;
      expect(e.evidence_first).toBe(utf8(sentence));
      expect(JSON.parse(e.evidence!)).toEqual(graph.getEdgeAttribute('e', 'evidence'));
    }),
    { numRuns: 150 },
  );
});
