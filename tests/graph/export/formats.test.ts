// GEXF, Cytoscape JSON, neo4j-admin CSV and the Cypher script, each read back by a real consumer or a strict parser.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import path from 'node:path';
import { buildGraph } from '../../../src/build.js';
import { toGEXF, ENTITY_COLORS } from '../../../src/graph/export/gexf.js';
import { toCytoscape } from '../../../src/graph/export/cyjs.js';
import { toNeo4jCsv } from '../../../src/graph/export/csv.js';
import { cypherScript, cypherString } from '../../../src/graph/export/cypher.js';
import type { KnowledgeGraph } from '../../../src/graph/model.js';

let seeds: KnowledgeGraph;
beforeAll(async () => {
  seeds = (await buildGraph([path.resolve(import.meta.dirname, '../../../seeds')])).graph;
});

test('GEXF 1.3: graphology-gexf reads it back with labels, attributes and a colour per entity type', () => {
  const xml = toGEXF(seeds);
  expect(xml).toMatch(/<gexf [^>]*version="1.3"/);
  const back = parseGexf(MultiDirectedGraph, xml) as MultiDirectedGraph;
  expect(back.order).toBe(seeds.order);
  expect(back.size).toBe(seeds.size);
  const blinken = back.getNodeAttributes('person:antony-blinken');
  expect(blinken.label).toBe('Antony Blinken');
  expect(blinken.type).toBe('Person');
  expect(String(blinken.color).toLowerCase()).toContain(ENTITY_COLORS.Person.slice(1, 3));
});

test('Cytoscape JSON loads in cytoscape.js (headless) with the same counts and data', () => {
  const json = toCytoscape(seeds);
  const cy = cytoscape({ headless: true, elements: JSON.parse(JSON.stringify(json.elements)) as cytoscape.ElementsDefinition });
  expect(cy.nodes().length).toBe(seeds.order);
  expect(cy.edges().length).toBe(seeds.size);
  expect(cy.getElementById('person:antony-blinken').data('aliases')).toEqual(seeds.getNodeAttribute('person:antony-blinken', 'aliases'));
  const met = cy.edges('[type = "MET_WITH"]');
  expect(met.length).toBeGreaterThan(0);
  expect(met.every((e) => e.data('symmetric') === true)).toBe(true);
  cy.destroy();
});

test('neo4j-admin CSV: typed headers, arrays with ";", every relationship end is a node id', () => {
  const { nodes, relationships } = toNeo4jCsv(seeds);
  const nodeRows = parseCsv(nodes, { columns: true }) as Array<Record<string, string>>;
  const relRows = parseCsv(relationships, { columns: true }) as Array<Record<string, string>>;
  expect(Object.keys(nodeRows[0]!)).toEqual(['id:ID', ':LABEL', 'name', 'aliases:string[]', 'roles:string[]', 'mentions:int', 'docs:string[]', 'title', 'date']);
  const ids = new Set(nodeRows.map((r) => r['id:ID']));
  expect(nodeRows.filter((r) => r[':LABEL'] === 'Article')).toHaveLength(5);
  const blinken = nodeRows.find((r) => r['id:ID'] === 'person:antony-blinken')!;
  expect(blinken['aliases:string[]']!.split(';')).toEqual(seeds.getNodeAttribute('person:antony-blinken', 'aliases'));
  for (const r of relRows) {
    expect(ids.has(r[':START_ID']!)).toBe(true);
    expect(ids.has(r[':END_ID']!)).toBe(true);
  }
  expect(relRows.filter((r) => r[':TYPE'] !== 'MENTIONS')).toHaveLength(seeds.size);
  const evidence = JSON.parse(relRows.find((r) => r[':TYPE'] === 'MET_WITH')!.evidence!) as unknown[];
  expect(evidence.length).toBeGreaterThan(0);
});

/** Reads one single-quoted Cypher string literal at `at`; returns its value and where it ends. */
function readLiteral(text: string, at: number): { value: string; end: number } {
  if (text[at] !== "'") throw new Error(`no literal at ${at}`);
  let value = '';
  let i = at + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined) throw new Error('unterminated literal');
    if (ch === "'") return { value, end: i + 1 };
    if (ch === '\\') {
      const next = text[i + 1];
      const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (next === 'u') {
        value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
        continue;
      }
      if (next === undefined || simple[next] === undefined) throw new Error(`bad escape \\${next}`);
      value += simple[next];
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
}

test('property: every Cypher string literal parses back to the original, injection stays inside', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom("'}) DETACH DELETE n //", "\\'; MATCH (n) DELETE n", '}{\n`')), (value) => {
      const literal = cypherString(value);
      const read = readLiteral(literal, 0);
      expect(read.value).toBe(value);
      expect(read.end).toBe(literal.length);
    }),
    { numRuns: 300 },
  );
});

test('the Cypher script: constraints first, then MERGE only, one statement per line', () => {
  const lines = [...cypherScript(seeds)];
  expect(lines[0]).toMatch(/^CREATE CONSTRAINT person_id IF NOT EXISTS FOR \(n:Person\) REQUIRE n\.id IS UNIQUE;\n$/);
  const body = lines.filter((l) => !l.startsWith('CREATE CONSTRAINT'));
  expect(body.every((l) => /^(MERGE|MATCH) /.test(l) && l.endsWith(';\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
  expect(body.some((l) => l.includes('DELETE'))).toBe(false);
  expect(body.filter((l) => l.includes('-[r:'))).toHaveLength(seeds.size);
});
