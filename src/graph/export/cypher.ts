// A Cypher script for cypher-shell: constraints, then idempotent MERGE statements with escaped string literals.
import type { KnowledgeGraph } from '../model.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns.js';
import { writeStreamAtomic } from '../../util/atomic.js';
import { OutputError } from '../../errors.js';

/** A Cypher string literal: single-quoted, with backslash escapes for quotes, backslashes and every control character. */
export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A Cypher literal for a column value (string, number, boolean, list of strings, null). */
export function cypherValue(value: string | number | boolean | string[] | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(cypherString).join(', ')}]`;
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return value ? 'true' : 'false';
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A label or relationship type, checked to be a plain identifier (they come from fixed enums; this guards the enums). */
const label = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new OutputError('cypher/label', `"${name}" is not a valid Cypher label or relationship type`, { hint: 'labels must match [A-Za-z_][A-Za-z0-9_]*; check the graph.json types' });
  return name;
};
/** A property name in backticks: `when` and `where` read like keywords, and backticks are always valid. */
const prop = (variable: string, name: string): string => `${variable}.\`${name}\``;

/**
 * The script, statement by statement. Running it twice gives the same graph: nodes MERGE on `id`, relationships on
 * their edge key, and properties are SET (not appended). Labels and types come from the fixed enums, never from data.
 */
export function* cypherScript(graph: KnowledgeGraph): Generator<string> {
  for (const type of [...ENTITY_TYPES, 'Article']) yield `CREATE CONSTRAINT ${type.toLowerCase()}_id IF NOT EXISTS FOR (n:${label(type)}) REQUIRE n.id IS UNIQUE;\n`;
  const nodeColumns = NODE_COLUMNS.filter((c) => c.name !== 'type');
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    const props = nodeColumns.map((c) => `${prop('n', c.name)} = ${cypherValue(c.get(a, key))}`).join(', ');
    yield `MERGE (n:${label(a.type)} {id: ${cypherString(key)}}) SET ${props};\n`;
  }
  for (const d of graph.getAttribute('documents')) {
    yield `MERGE (n:Article {id: ${cypherString(d.id)}}) SET ${prop('n', 'title')} = ${cypherValue(d.title)}, ${prop('n', 'date')} = ${cypherValue(d.date)};\n`;
  }
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'type');
  for (const key of graph.edges()) {
    const a = graph.getEdgeAttributes(key);
    if (!RELATION_TYPES.includes(a.type)) continue;
    const source = graph.source(key);
    const target = graph.target(key);
    const props = edgeColumns.map((c) => `${prop('r', c.name)} = ${cypherValue(c.get(a, key))}`).join(', ');
    yield `MATCH (a:${label(graph.getNodeAttribute(source, 'type'))} {id: ${cypherString(source)}}), (b:${label(graph.getNodeAttribute(target, 'type'))} {id: ${cypherString(target)}}) MERGE (a)-[r:${label(a.type)} {key: ${cypherString(key)}}]->(b) SET ${props};\n`;
  }
  for (const key of graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    for (const doc of a.docs) yield `MATCH (d:Article {id: ${cypherString(doc)}}), (n:${label(a.type)} {id: ${cypherString(key)}}) MERGE (d)-[:MENTIONS]->(n);\n`;
  }
}

/** Writes the Cypher script to a file atomically, streaming. */
export async function writeCypherScript(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeStreamAtomic(file, cypherScript(graph));
}
