// GraphML writer: streamed element by element through xmlbuilder2 (escaping by the library), typed <key>s for every attribute.
import { createCB } from 'xmlbuilder2';
import type { KnowledgeGraph } from '../model.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe, type Column, type ColumnType } from './columns.js';
import { writeStreamAtomic } from '../../util/atomic.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', 'string[]': 'string' };

function encode(value: string | number | boolean | string[] | null): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return xmlSafe(JSON.stringify(value));
  return typeof value === 'string' ? xmlSafe(value) : String(value);
}

/** Options of the GraphML writer. */
export interface GraphMLOptions {
  /**
   * Mark MET_WITH and SPOKE_WITH edges `directed="false"` in the directed graph (default true; yEd, Gephi, igraph and
   * graphology read it). NetworkX refuses any edge whose direction differs from the graph's: pass false for it — the
   * `symmetric` edge attribute still says which edges are undirected.
   */
  mixedDirected?: boolean;
}

/**
 * The GraphML document of a graph, as chunks of text: memory stays constant in the graph's size (one element at a time).
 * Lists (aliases, roles, docs, rule_ids) are JSON arrays in string keys; evidence is a count, the first sentence and the
 * whole evidence as a JSON string. MET_WITH and SPOKE_WITH edges carry `directed="false"`. Characters XML 1.0 forbids
 * are removed.
 */
export function* graphmlChunks(graph: KnowledgeGraph, options: GraphMLOptions = {}): Generator<string> {
  const mixed = options.mixedDirected !== false;
  const pending: string[] = [];
  const flush = function* (): Generator<string> {
    if (pending.length > 0) {
      yield pending.join('');
      pending.length = 0;
    }
  };
  const xml = createCB({ data: (text: string) => void pending.push(text), prettyPrint: true });
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns', 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd' });
  const declare = <T>(domain: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): void => {
    xml.ele('key', { id: `${domain[0]}_label`, for: domain, 'attr.name': 'label', 'attr.type': 'string' }).up();
    for (const c of columns) {
      xml.ele('key', { id: `${domain[0]}_${c.name}`, for: domain, 'attr.name': c.name, 'attr.type': GRAPHML_TYPE[c.type] });
      xml.ele('desc').txt(c.description).up();
      if (c.type === 'string[]') xml.ele('default').txt('[]').up();
      xml.up();
    }
  };
  declare('node', NODE_COLUMNS);
  declare('edge', EDGE_COLUMNS);
  xml.ele('graph', { id: 'newsgraph', edgedefault: 'directed' });
  yield* flush();
  for (const node of graph.nodes()) {
    const attrs = graph.getNodeAttributes(node);
    xml.ele('node', { id: xmlSafe(node) });
    xml.ele('data', { key: 'n_label' }).txt(xmlSafe(attrs.name)).up();
    for (const c of NODE_COLUMNS) {
      const value = encode(c.get(attrs, node));
      if (value !== null && value !== '[]') xml.ele('data', { key: `n_${c.name}` }).txt(value).up();
    }
    xml.up();
    yield* flush();
  }
  for (const edge of graph.edges()) {
    const attrs = graph.getEdgeAttributes(edge);
    const element: Record<string, string> = { id: xmlSafe(edge), source: xmlSafe(graph.source(edge)), target: xmlSafe(graph.target(edge)) };
    if (mixed && SYMMETRIC_RELATIONS.has(attrs.type)) element.directed = 'false';
    xml.ele('edge', element);
    xml.ele('data', { key: 'e_label' }).txt(attrs.type).up();
    for (const c of EDGE_COLUMNS) {
      const value = encode(c.get(attrs, edge));
      if (value !== null && value !== '[]') xml.ele('data', { key: `e_${c.name}` }).txt(value).up();
    }
    xml.up();
    yield* flush();
  }
  xml.up().up();
  xml.end();
  yield* flush();
}

/** The whole GraphML document as one string (small graphs; prefer {@link writeGraphML} for files). */
export function toGraphML(graph: KnowledgeGraph, options: GraphMLOptions = {}): string {
  return [...graphmlChunks(graph, options)].join('');
}

/** Writes GraphML to a file atomically, streaming. */
export async function writeGraphML(graph: KnowledgeGraph, file: string, options: GraphMLOptions = {}): Promise<void> {
  await writeStreamAtomic(file, graphmlChunks(graph, options));
}
