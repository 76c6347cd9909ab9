// The export formats, as a table: name, default file name and writer. `newsgraph export` and `build` read it.
import path from 'node:path';
import type { KnowledgeGraph } from '../model.js';
import { graphmlChunks, type GraphMLOptions } from './graphml.js';
import { writeStreamAtomic } from '../../util/atomic.js';
import { writeGEXF } from './gexf.js';
import { writeCytoscape } from './cyjs.js';
import { writeNeo4jCsv } from './csv.js';
import { writeCypherScript } from './cypher.js';
import { writeHtml } from './html.js';

/** Writes GraphML to a file atomically, streaming. */
export async function writeGraphML(graph: KnowledgeGraph, file: string, options: GraphMLOptions = {}): Promise<void> {
  await writeStreamAtomic(file, graphmlChunks(graph, options));
}

/** One export format. */
export interface ExportFormat {
  name: string;
  description: string;
  /** File (or, for csv, folder) name used when only an output folder is given. */
  defaultFileName: string;
  write(graph: KnowledgeGraph, outPath: string): Promise<void>;
}

/** Every format, in help order. Add a format by adding a row. */
export const EXPORT_FORMATS: ExportFormat[] = [
  { name: 'graphml', description: 'GraphML for Gephi, yEd, igraph (MET_WITH undirected per edge)', defaultFileName: 'graph.graphml', write: (g, p) => writeGraphML(g, p) },
  { name: 'graphml-networkx', description: 'GraphML without per-edge direction, for NetworkX', defaultFileName: 'graph.nx.graphml', write: (g, p) => writeGraphML(g, p, { mixedDirected: false }) },
  { name: 'gexf', description: 'GEXF 1.3 for Gephi, coloured by entity type', defaultFileName: 'graph.gexf', write: writeGEXF },
  { name: 'cyjs', description: 'Cytoscape JSON for Cytoscape desktop and cytoscape.js', defaultFileName: 'graph.cyjs', write: writeCytoscape },
  { name: 'csv', description: 'nodes.csv + relationships.csv for neo4j-admin database import (a folder)', defaultFileName: 'neo4j-import', write: writeNeo4jCsv },
  { name: 'cypher', description: 'a Cypher script for cypher-shell (constraints, then idempotent MERGE)', defaultFileName: 'graph.cypher', write: writeCypherScript },
  { name: 'html', description: 'one self-contained HTML viewer page (opens from disk, no server)', defaultFileName: 'graph.html', write: writeHtml },
];

/** Looks a format up by name. */
export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

/** The exports `newsgraph build` writes next to graph.json. */
export async function writeDefaultExports(graph: KnowledgeGraph, outdir: string): Promise<void> {
  await writeGraphML(graph, path.join(outdir, 'graph.graphml'));
}
