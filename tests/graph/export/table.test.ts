// The format table end to end: every format written through EXPORT_FORMATS (and `newsgraph export`) for the seeds graph and opened by its consumer.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildGraph } from '../../../src/build.js';
import { EXPORT_FORMATS, exportFormat, writeDefaultExports } from '../../../src/graph/export/index.js';
import { writeGraphFile } from '../../../src/graph/io.js';
import type { KnowledgeGraph } from '../../../src/graph/model.js';
import { ENTITY_TYPES } from '../../../src/types.js';
import { runCli } from '../../cli/cli.js';

let seeds: KnowledgeGraph;
let dir: string;
let graphJson: string;
beforeAll(async () => {
  seeds = (await buildGraph([path.resolve(import.meta.dirname, '../../../seeds')])).graph;
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-export-table-'));
  graphJson = path.join(dir, 'graph.json');
  await writeGraphFile(graphJson, seeds);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const read = (file: string): Promise<string> => fs.readFile(file, 'utf8');

/** Opens a written export with its consumer and returns the node and edge (relation) counts it sees. */
const CONSUMERS: Record<string, (out: string) => Promise<{ nodes: number; edges: number }>> = {
  graphml: async (out) => {
    expect(spawnSync('xmllint', ['--noout', out]).status).toBe(0);
    const g = parseGraphML(MultiDirectedGraph, await read(out));
    return { nodes: g.order, edges: g.size };
  },
  'graphml-networkx': async (out) => {
    const r = spawnSync('/usr/bin/python3', [path.join(import.meta.dirname, 'read_graphml.py'), 'networkx', out], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { nodes: number; edges: number };
  },
  gexf: async (out) => {
    const g = parseGexf(MultiGraph, await read(out));
    return { nodes: g.order, edges: g.size };
  },
  cyjs: async (out) => {
    const json = JSON.parse(await read(out)) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: json.elements });
    const counts = { nodes: cy.nodes().length, edges: cy.edges().length };
    cy.destroy();
    return counts;
  },
  csv: async (out) => {
    const nodes = parseCsv(await read(path.join(out, 'nodes.csv')), { columns: true }) as Array<Record<string, string>>;
    const rels = parseCsv(await read(path.join(out, 'relationships.csv')), { columns: true }) as Array<Record<string, string>>;
    return { nodes: nodes.filter((r) => r[':LABEL'] !== 'Article').length, edges: rels.filter((r) => r[':TYPE'] !== 'MENTIONS').length };
  },
  cypher: async (out) => {
    const statements = (await read(out)).split(';\n').filter((s) => s !== '');
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT'))).toHaveLength(ENTITY_TYPES.length + 1);
    return { nodes: statements.filter((s) => /^MERGE \(n:(?!Article)/.test(s)).length, edges: statements.filter((s) => s.includes(')-[r:')).length };
  },
};

test('every format in the table has a consumer check here (html: tests/viewer)', () => {
  expect(EXPORT_FORMATS.map((f) => f.name).filter((n) => n !== 'html').sort()).toEqual(Object.keys(CONSUMERS).sort());
  expect(new Set(EXPORT_FORMATS.map((f) => f.defaultFileName)).size).toBe(EXPORT_FORMATS.length);
  expect(exportFormat('graphml')?.defaultFileName).toBe('graph.graphml');
  expect(exportFormat('dot')).toBeUndefined();
});

test.each(Object.keys(CONSUMERS))('%s: written through the table for the seeds graph, opened by its consumer', async (name) => {
  const format = exportFormat(name)!;
  const out = path.join(dir, 'table', format.defaultFileName);
  await format.write(seeds, out);
  expect(await CONSUMERS[name]!(out)).toMatchObject({ nodes: seeds.order, edges: seeds.size });
  // atomic writes leave no temp files behind
  expect((await fs.readdir(path.dirname(out))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('writeDefaultExports (run by `build` after graph.json) writes graph.graphml', async () => {
  const out = path.join(dir, 'default');
  await writeDefaultExports(seeds, out);
  expect(await fs.readdir(out)).toEqual(['graph.graphml']);
  expect(await CONSUMERS.graphml!(path.join(out, 'graph.graphml'))).toEqual({ nodes: seeds.order, edges: seeds.size });
});

test('newsgraph export writes cyjs to -o and csv into a folder; the default path is next to graph.json', async () => {
  const cyjs = path.join(dir, 'cli', 'seeds.cyjs');
  let r = runCli(['export', graphJson, '--format', 'cyjs', '-o', cyjs]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(new RegExp(`wrote cyjs \\(${seeds.order} nodes, ${seeds.size} edges\\)`));
  expect(await CONSUMERS.cyjs!(cyjs)).toEqual({ nodes: seeds.order, edges: seeds.size });
  r = runCli(['export', graphJson, '-f', 'csv', '-o', path.join(dir, 'cli', 'neo4j')]);
  expect(r.status).toBe(0);
  expect((await fs.readdir(path.join(dir, 'cli', 'neo4j'))).sort()).toEqual(['nodes.csv', 'relationships.csv']);
  r = runCli(['export', graphJson, '-f', 'gexf']);
  expect(r.status).toBe(0);
  expect(await CONSUMERS.gexf!(path.join(dir, 'graph.gexf'))).toEqual({ nodes: seeds.order, edges: seeds.size });
});

test('newsgraph export: an unknown format is a usage error (exit 2) naming the formats; a missing graph exits 1', () => {
  let r = runCli(['export', graphJson, '--format', 'dot', '-o', path.join(dir, 'x.dot')]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/unknown format "dot".*graphml, graphml-networkx, gexf, cyjs, csv, cypher/);
  r = runCli(['export', path.join(dir, 'missing.json'), '--format', 'graphml', '-o', path.join(dir, 'x.graphml')]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/cannot read .*missing\.json/);
  r = runCli(['export', '--help']);
  for (const f of EXPORT_FORMATS) expect(r.stdout).toContain(f.name);
});
