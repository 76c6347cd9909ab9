// The GraphStore interface: one contract for the in-memory, embedded (kuzu) and Neo4j stores.
import type { KnowledgeGraph } from './model.js';

/** A result row: column name → value (numbers, strings, lists, nested maps, null). */
export type Row = Record<string, unknown>;

/** Options of a load. */
export interface LoadOptions {
  /** Rows per transaction / statement (default 5,000). */
  batchSize?: number;
  /** Called after each batch. */
  onProgress?: (done: number, total: number) => void;
}

/** What a load did. */
export interface LoadReport {
  nodes: number;
  relationships: number;
  articles: number;
  mentions: number;
  seconds: number;
}

/** A store of the knowledge graph. Loading is an idempotent merge: loading the same graph twice gives the same store. */
export interface GraphStore {
  readonly name: string;
  /** Merges the graph's entities, relations, articles and MENTIONS into the store. */
  load(graph: KnowledgeGraph, options?: LoadOptions): Promise<LoadReport>;
  /** Runs a Cypher query with parameters (never string-built from data). */
  query(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Entity nodes and relation edges (Articles and MENTIONS not counted). */
  counts(): Promise<{ nodes: number; edges: number }>;
  /** Keys of the entities linked to `key` by any relation, either direction, sorted. */
  neighbours(key: string): Promise<string[]>;
  close(): Promise<void>;
}
