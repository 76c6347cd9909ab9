// GraphML writer (no Node APIs, so the viewer bundles it too): streamed in batches of elements, every value escaped by the entities library, typed <key>s for every attribute.
import { escapeUTF8 } from 'entities';
import type { KnowledgeGraph } from '../model.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe, xmlText, type Column, type ColumnType } from './columns.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', 'string[]': 'string' };

function encode(value: string | number | boolean | string[] | null): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return xmlSafe(JSON.stringify(value));
  return typeof value === 'string' ? xmlText(value) : String(value);
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
 * whole evidence as a JSON string (lists and evidence are lossless). MET_WITH and SPOKE_WITH edges carry `directed="false"`.
 * In plain string attributes, characters XML 1.0 forbids are removed and line ends become "\n".
 */
export function* graphmlChunks(graph: KnowledgeGraph, options: GraphMLOptions = {}): Generator<string> {
  const mixed = options.mixedDirected !== false;
  // every text and attribute value goes through entities' escapeUTF8 (&, <, >, ", ')
  const data = (key: string, value: string): string => `      <data key="${key}">${escapeUTF8(value)}</data>\n`;
  const head: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  const declare = <T>(domain: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): void => {
    head.push(`  <key id="${domain[0]}_label" for="${domain}" attr.name="label" attr.type="string"/>\n`);
    for (const c of columns) {
      head.push(`  <key id="${domain[0]}_${c.name}" for="${domain}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}">\n    <desc>${escapeUTF8(c.description)}</desc>\n`);
      if (c.type === 'string[]') head.push('    <default>[]</default>\n');
      head.push('  </key>\n');
    }
  };
  declare('node', NODE_COLUMNS);
  declare('edge', EDGE_COLUMNS);
  head.push('  <graph id="newsgraph" edgedefault="directed">\n');
  yield head.join('');
  let batch: string[] = [];
  for (const node of graph.nodes()) {
    const attrs = graph.getNodeAttributes(node);
    batch.push(`    <node id="${escapeUTF8(xmlSafe(node))}">\n`, data('n_label', xmlText(attrs.name)));
    for (const c of NODE_COLUMNS) {
      const value = encode(c.get(attrs, node));
      if (value !== null && value !== '[]') batch.push(data(`n_${c.name}`, value));
    }
    batch.push('    </node>\n');
    if (batch.length > 4096) {
      yield batch.join('');
      batch = [];
    }
  }
  for (const edge of graph.edges()) {
    const attrs = graph.getEdgeAttributes(edge);
    const direction = mixed && SYMMETRIC_RELATIONS.has(attrs.type) ? ' directed="false"' : '';
    batch.push(`    <edge id="${escapeUTF8(xmlSafe(edge))}" source="${escapeUTF8(xmlSafe(graph.source(edge)))}" target="${escapeUTF8(xmlSafe(graph.target(edge)))}"${direction}>\n`, data('e_label', attrs.type));
    for (const c of EDGE_COLUMNS) {
      const value = encode(c.get(attrs, edge));
      if (value !== null && value !== '[]') batch.push(data(`e_${c.name}`, value));
    }
    batch.push('    </edge>\n');
    if (batch.length > 4096) {
      yield batch.join('');
      batch = [];
    }
  }
  batch.push('  </graph>\n</graphml>\n');
  yield batch.join('');
}

/** The whole GraphML document as one string (small graphs; prefer {@link writeGraphML} for files). */
export function toGraphML(graph: KnowledgeGraph, options: GraphMLOptions = {}): string {
  return [...graphmlChunks(graph, options)].join('');
}
