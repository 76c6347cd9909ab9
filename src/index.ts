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
export { scoreGraph, formatScore, type Gold, type Score } from './eval/score.js';
export { RELATION_RULES, type RelationRule } from './extract/rules/relations.js';
export { STATUS_RULES, type StatusRule } from './extract/rules/status.js';
