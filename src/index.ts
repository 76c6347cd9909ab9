// The newsgraph library: extract, build, read and write knowledge graphs from code. The CLI is a thin layer over this.
export * from './types.js';
export * from './errors.js';
export { extract, type ExtractOptions } from './extract/api.js';
export { createExtractionContext, extractDocument, type ExtractionContext, type ExtractionOptions, type DocExtraction } from './extract/index.js';
export { resolveCorpus } from './extract/05-corpus.js';
export { buildGraph, type BuildOptions, type BuildProgress, type BuildResult, type InputDocument } from './build.js';
export { createGraph, edgeKeyOf, graphFromResults, mergeEntity, mergeRelation, SCHEMA_VERSION, type KnowledgeGraph } from './graph/model.js';
export { parseGraph, readGraphFile, serializeGraph, writeGraphFile, type SerializedKnowledgeGraph } from './graph/io.js';
export { syntheticGraph, type SyntheticOptions } from './graph/synthetic.js';
export { scoreGraph, formatScore, type Gold, type Score, type PRF } from './eval/score.js';
export type { LocalEntity, PendingResolution } from './extract/03-resolve.js';
export type { Lexicon, WordClass } from './extract/lexicon.js';
export type { CompiledRule } from './extract/04-relations.js';
export { RELATION_RULES, type RelationRule } from './extract/rules/relations.js';
export type { CompiledDiscourseRule } from './extract/04b-discourse.js';
export { DISCOURSE_RULES, type DiscourseRule } from './extract/rules/discourse.js';
export { STATUS_RULES, type StatusRule } from './extract/rules/status.js';
export { toGraphML, graphmlChunks, type GraphMLOptions } from './graph/export/graphml.js';
export { writeGraphML, EXPORT_FORMATS, exportFormat, writeDefaultExports, type ExportFormat } from './graph/export/index.js';
export { toGEXF } from './graph/export/gexf.js';
export { toCytoscape, type CytoscapeJson } from './graph/export/cyjs.js';
export { toNeo4jCsv } from './graph/export/csv.js';
export { cypherScript, cypherString } from './graph/export/cypher.js';
export { toHtml } from './graph/export/html.js';
export type { GraphStore, LoadOptions, LoadReport, Row } from './graph/store.js';
export { KuzuStore, openEmbedded, ensureEmbeddedStore, type LoadPhase } from './graph/stores/kuzu.js';
export { Neo4jStore, neo4jConnectionFrom, type Neo4jConnection } from './graph/stores/neo4j.js';
export { MemoryStore } from './graph/stores/memory.js';
export { startViewerServer, type ViewerServer } from './view/server.js';

import { Neo4jStore as Neo4jStoreClass, type Neo4jConnection as Neo4jConnectionSettings } from './graph/stores/neo4j.js';
/** Connects to Neo4j (checks the server and credentials) and returns a GraphStore. */
export function connectNeo4j(connection: Neo4jConnectionSettings): Promise<Neo4jStoreClass> {
  return Neo4jStoreClass.connect(connection);
}
