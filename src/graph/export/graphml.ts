// GraphML writer (no Node APIs, so the viewer bundles it too): streamed in batches, every value escaped by the entities library, typed <key>s for every attribute.
import { escapeUTF8 } from 'entities';
import type { KnowledgeGraph } from '../model.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, jsonForXml, xmlSafe, type Column, type ColumnType } from './columns.js';

// Why `entities` and not xmlbuilder2's serializer: xmlbuilder2 leaves `&` unescaped when it starts something that looks
// like a reference ("AT&amp;T" is written as is and reads back as "AT&T"), which breaks the lossless round trip.

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', 'string[]': 'string' };

/** Elements gathered before a chunk is yielded: big enough to amortise the stream, small enough to keep memory flat. */
const BATCH = 256;

/** `&#N;` for a character readers would otherwise change. */
const reference = (c: string): string => `&#${c.charCodeAt(0)};`;

// Characters written as references in character data: XML readers turn a raw CR (or CR LF) into LF (XML 1.0 §2.11),
// and some (xmldom, hence graphology-graphml) apply XML 1.1's rule to NEL and LINE SEPARATOR too. References are kept.
const TEXT_REFERENCED = /[\r\u0085\u2028]/g;
// In attribute values, also tab and newline: attribute-value normalisation (XML 1.0 §3.3.3) makes them spaces.
const ATTRIBUTE_REFERENCED = /[\t\n\r\u0085\u2028]/g;

/** Character data: XML-illegal characters removed, markup characters escaped by entities, line-end look-alikes referenced. */
function text(value: string): string {
  const escaped = escapeUTF8(xmlSafe(value));
  TEXT_REFERENCED.lastIndex = 0;
  return TEXT_REFERENCED.test(escaped) ? escaped.replace(TEXT_REFERENCED, reference) : escaped;
}

/** An attribute value: as {@link text}, with tabs and newlines referenced as well. */
function attribute(value: string): string {
  const escaped = escapeUTF8(xmlSafe(value));
  ATTRIBUTE_REFERENCED.lastIndex = 0;
  return ATTRIBUTE_REFERENCED.test(escaped) ? escaped.replace(ATTRIBUTE_REFERENCED, reference) : escaped;
}

/** The GraphML text of one column value, or null when the element is left out (null, or an empty list: the key's default). */
function encode<T>(column: Column<T>, value: string | number | boolean | string[] | null): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : text(jsonForXml(JSON.stringify(value)));
  if (typeof value === 'string') return text(column.json ? jsonForXml(value) : value);
  return String(value);
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

/** The `<key>` declarations of one domain, with a `label` key first. */
function keys<T>(domain: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string {
  const d = domain[0];
  let out = `  <key id="${d}_label" for="${domain}" attr.name="label" attr.type="string"/>\n`;
  for (const c of columns) {
    out += `  <key id="${d}_${c.name}" for="${domain}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}">\n    <desc>${text(c.description)}</desc>\n`;
    if (c.type === 'string[]') out += '    <default>[]</default>\n';
    out += '  </key>\n';
  }
  return out;
}

/** Opening tags of the `<data>` elements of a domain's columns, computed once. */
const opening = <T>(d: 'n' | 'e', columns: ReadonlyArray<Column<T>>): string[] => columns.map((c) => `   <data key="${d}_${c.name}">`);
const NODE_DATA = opening('n', NODE_COLUMNS);
const EDGE_DATA = opening('e', EDGE_COLUMNS);

/** The `<data>` lines of one element: a line per column with a value (no line for the key's default). */
function dataLines<T>(columns: ReadonlyArray<Column<T>>, openings: readonly string[], attributes: T, key: string): string {
  let out = '';
  for (let i = 0; i < columns.length; i++) {
    const value = encode(columns[i]!, columns[i]!.get(attributes, key));
    if (value !== null) out += `${openings[i]}${value}</data>\n`;
  }
  return out;
}

/**
 * The GraphML document of a graph, as chunks of text: memory stays constant in the graph's size (a batch of elements at
 * a time). Lists (aliases, roles, docs, rule_ids) are JSON arrays in string keys (default `[]`); evidence is a count, the
 * first sentence and the whole evidence as a JSON string, so lists and evidence are lossless. MET_WITH and SPOKE_WITH
 * edges carry `directed="false"`. In plain strings, characters XML 1.0 forbids are removed; nothing else changes.
 */
export function* graphmlChunks(graph: KnowledgeGraph, options: GraphMLOptions = {}): Generator<string> {
  const mixed = options.mixedDirected !== false;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('node', NODE_COLUMNS) +
    keys('edge', EDGE_COLUMNS) +
    '  <graph id="newsgraph" edgedefault="directed">\n';
  let batch = '';
  let count = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    batch += `  <node id="${attribute(node)}">\n   <data key="n_label">${text(attributes.name)}</data>\n${dataLines(NODE_COLUMNS, NODE_DATA, attributes, node)}  </node>\n`;
    if (++count % BATCH === 0) {
      yield batch;
      batch = '';
    }
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const direction = mixed && SYMMETRIC_RELATIONS.has(attributes.type) ? ' directed="false"' : '';
    batch += `  <edge id="${attribute(edge)}" source="${attribute(source)}" target="${attribute(target)}"${direction}>\n   <data key="e_label">${attributes.type}</data>\n${dataLines(EDGE_COLUMNS, EDGE_DATA, attributes, edge)}  </edge>\n`;
    if (++count % BATCH === 0) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}  </graph>\n</graphml>\n`;
}

/** The whole GraphML document as one string (small graphs; `writeGraphML` in ./index.js streams it to a file). */
export function toGraphML(graph: KnowledgeGraph, options: GraphMLOptions = {}): string {
  return [...graphmlChunks(graph, options)].join('');
}
