// Reading and writing graph.json: graphology's serialized format, validated on the way in.
import { promises as fs } from 'node:fs';
import type { SerializedGraph } from 'graphology-types';
import { GraphFormatError } from '../errors.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES } from '../types.js';
import { createGraph, SCHEMA_VERSION, type KnowledgeGraph } from './model.js';
import { writeFileAtomic } from '../util/atomic.js';

/** The JSON form of a knowledge graph (graphology's `graph.export()`). */
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Serializes the graph as graph.json text (graphology's export format, stable key order, 2-space indent off for size). */
export function serializeGraph(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Parses graph.json text into a knowledge graph, checking the schema version and the shape of every node and edge.
 * @param text - the file's content
 * @param file - its name, for error messages
 * @throws GraphFormatError when the text is not a newsgraph graph
 */
export function parseGraph(text: string, file = 'graph.json'): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new GraphFormatError('graph/not-json', `${file} is not valid JSON (${(cause as Error).message})`, {
      hint: 'rebuild it with `newsgraph build`',
    });
  }
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new GraphFormatError('graph/shape', `${file} is not a graphology export (expected "nodes" and "edges" arrays)`, {
      hint: 'pass the graph.json written by `newsgraph build`',
    });
  }
  const attrs = isObject(data.attributes) ? data.attributes : {};
  const version = attrs.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new GraphFormatError('graph/version', `${file} has schemaVersion ${version}; this newsgraph reads up to ${SCHEMA_VERSION}`, {
      hint: 'upgrade newsgraph',
    });
  }
  (data.nodes as unknown[]).forEach((node, i) => {
    const a = isObject(node) && isObject(node.attributes) ? node.attributes : null;
    if (!isObject(node) || typeof node.key !== 'string' || !a || typeof a.name !== 'string' || !ENTITY_TYPES.includes(a.type as never)) {
      throw new GraphFormatError('graph/node', `${file}: node #${i} lacks a string key, a name or a known type`);
    }
  });
  (data.edges as unknown[]).forEach((edge, i) => {
    const a = isObject(edge) && isObject(edge.attributes) ? edge.attributes : null;
    if (!isObject(edge) || !a || !RELATION_TYPES.includes(a.type as never) || !STATUSES.includes(a.status as never) || !Array.isArray(a.evidence)) {
      throw new GraphFormatError('graph/edge', `${file}: edge #${i} lacks a known type, a status or an evidence array`);
    }
  });
  const graph = createGraph();
  try {
    graph.import(data as unknown as SerializedKnowledgeGraph);
  } catch (cause) {
    throw new GraphFormatError('graph/import', `${file}: ${(cause as Error).message}`, { cause });
  }
  return graph;
}

/** Reads and parses a graph.json file. */
export async function readGraphFile(file: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (cause) {
    throw new GraphFormatError('graph/unreadable', `cannot read ${file} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message})`, {
      hint: 'build the graph first: `newsgraph build <articles> -o <outdir>`',
    });
  }
  return parseGraph(text, file);
}

/** Writes graph.json atomically. */
export async function writeGraphFile(file: string, graph: KnowledgeGraph): Promise<void> {
  await writeFileAtomic(file, serializeGraph(graph));
}
