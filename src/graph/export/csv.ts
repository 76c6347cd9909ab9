// CSV for `neo4j-admin database import`: nodes.csv and relationships.csv with typed headers, quoting by csv-stringify.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { KnowledgeGraph } from '../model.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType } from './columns.js';
import { writeFileAtomic } from '../../util/atomic.js';

/** The import tool's default array delimiter. An element that contains it has it replaced by ",". */
export const ARRAY_DELIMITER = ';';

const HEADER_TYPE: Record<ColumnType, string> = { string: '', int: ':int', double: ':double', boolean: ':boolean', 'string[]': ':string[]' };

function cell(type: ColumnType, value: string | number | boolean | string[] | null): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((v) => v.replaceAll(ARRAY_DELIMITER, ',')).join(ARRAY_DELIMITER);
  if (type === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

const header = <T>(columns: ReadonlyArray<Column<T>>): string[] => columns.filter((c) => c.name !== 'type').map((c) => `${c.name}${HEADER_TYPE[c.type]}`);

/** The two CSV files: entities and articles as nodes (`id:ID`, `:LABEL`), relations and MENTIONS as relationships. */
export function toNeo4jCsv(graph: KnowledgeGraph): { nodes: string; relationships: string } {
  const nodeColumns = NODE_COLUMNS.filter((c) => c.name !== 'type');
  const nodeRows: string[][] = [['id:ID', ':LABEL', ...header(NODE_COLUMNS), 'title', 'date']];
  graph.forEachNode((key, a) => nodeRows.push([key, a.type, ...nodeColumns.map((c) => cell(c.type, c.get(a, key))), '', '']));
  for (const d of graph.getAttribute('documents')) {
    nodeRows.push([`article:${d.id}`, 'Article', d.title ?? d.id, '', '', '0', d.id, d.title ?? '', d.date ?? '']);
  }
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'type');
  const relRows: string[][] = [[':START_ID', ':END_ID', ':TYPE', 'id', ...header(EDGE_COLUMNS)]];
  graph.forEachEdge((key, a, source, target) => relRows.push([source, target, a.type, key, ...edgeColumns.map((c) => cell(c.type, c.get(a, key)))]));
  graph.forEachNode((key, a) => {
    for (const doc of a.docs) relRows.push([`article:${doc}`, key, 'MENTIONS', `MENTIONS:${doc}->${key}`, ...edgeColumns.map(() => '')]);
  });
  return { nodes: stringify(nodeRows, { quoted_string: true }), relationships: stringify(relRows, { quoted_string: true }) };
}

/** Writes `nodes.csv` and `relationships.csv` into a folder, atomically each. */
export async function writeNeo4jCsv(graph: KnowledgeGraph, dir: string): Promise<void> {
  const { nodes, relationships } = toNeo4jCsv(graph);
  await writeFileAtomic(path.join(dir, 'nodes.csv'), nodes);
  await writeFileAtomic(path.join(dir, 'relationships.csv'), relationships);
}
