// The export formats, as a table: name, description, default file name and writer. `newsgraph export` and `build` read it.
import path from 'node:path';
import type { KnowledgeGraph } from '../model.js';
import { graphmlChunks, type GraphMLOptions } from './graphml.js';
import { writeStreamAtomic } from '../../util/atomic.js';

/**
 * Writes GraphML to a file atomically, streaming (constant memory in the graph's size).
 * @param graph - the graph to write
 * @param file - the .graphml file
 * @param options - `mixedDirected: false` for NetworkX
 */
export async function writeGraphML(graph: KnowledgeGraph, file: string, options: GraphMLOptions = {}): Promise<void> {
  await writeStreamAtomic(file, graphmlChunks(graph, options));
}

/** One export format: a row of {@link EXPORT_FORMATS}. */
export interface ExportFormat {
  /** What `--format` takes. */
  name: string;
  /** One line for `newsgraph export --help` and the docs: what it is and what opens it. */
  description: string;
  /** File (or, for csv, folder) name used when only an output folder is given. */
  defaultFileName: string;
  /**
   * Writes the graph to `outPath` (a file, or a folder for csv), atomically: a failed write leaves no partial file.
   * @throws OutputError when the output cannot be written
   */
  write(graph: KnowledgeGraph, outPath: string): Promise<void>;
}

/**
 * Every format, in help order. Add a format by adding a row. Writers other than GraphML are imported when used, so the
 * CLI can read this table (for its help) without loading every exporter's dependencies.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { name: 'graphml', description: 'GraphML for Gephi, yEd, igraph, Cytoscape (MET_WITH/SPOKE_WITH undirected per edge)', defaultFileName: 'graph.graphml', write: (g, p) => writeGraphML(g, p) },
  { name: 'graphml-networkx', description: 'GraphML without per-edge direction, for NetworkX (which refuses mixed graphs)', defaultFileName: 'graph.nx.graphml', write: (g, p) => writeGraphML(g, p, { mixedDirected: false }) },
  { name: 'gexf', description: 'GEXF 1.3 for Gephi, coloured by entity type', defaultFileName: 'graph.gexf', write: async (g, p) => (await import('./gexf.js')).writeGEXF(g, p) },
  { name: 'cyjs', description: 'Cytoscape JSON for Cytoscape desktop and cytoscape.js', defaultFileName: 'graph.cyjs', write: async (g, p) => (await import('./cyjs.js')).writeCytoscape(g, p) },
  { name: 'csv', description: 'nodes.csv + relationships.csv for neo4j-admin database import (-o is a folder)', defaultFileName: 'neo4j-import', write: async (g, p) => (await import('./csv.js')).writeNeo4jCsv(g, p) },
  { name: 'cypher', description: 'a Cypher script for cypher-shell (constraints, then idempotent MERGE)', defaultFileName: 'graph.cypher', write: async (g, p) => (await import('./cypher.js')).writeCypherScript(g, p) },
  { name: 'html', description: 'one self-contained HTML viewer page (opens from disk, no server)', defaultFileName: 'graph.html', write: async (g, p) => (await import('./html.js')).writeHtml(g, p) },
];

/** Looks a format up by name; undefined when there is none. */
export function exportFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}

/**
 * Writes the exports `newsgraph build` leaves next to graph.json: `<outdir>/graph.graphml`.
 * @param graph - the graph just built
 * @param outdir - the build's output folder
 */
export async function writeDefaultExports(graph: KnowledgeGraph, outdir: string): Promise<void> {
  await writeGraphML(graph, path.join(outdir, 'graph.graphml'));
}
