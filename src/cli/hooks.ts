// Steps the build command runs after graph.json is written (default exports, the embedded store), as a table.
import type { KnowledgeGraph } from '../graph/model.js';

/** A step run after `build` wrote graph.json into `outdir`. */
export type AfterBuild = (graph: KnowledgeGraph, outdir: string) => Promise<void>;

/** The steps, in order. */
export const AFTER_BUILD: AfterBuild[] = [
  // graph.graphml beside graph.json (imported lazily: only builds that ran pay for the XML writer)
  async (graph, outdir) => (await import('../graph/export/index.js')).writeDefaultExports(graph, outdir),
  // the embedded Cypher database, so that the first `newsgraph query` is instant
  async (graph, outdir) => void (await (await import('../graph/stores/kuzu.js')).ensureEmbeddedStore(outdir, graph)),
];
