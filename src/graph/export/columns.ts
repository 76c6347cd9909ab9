// The flat columns every tabular or typed export writes (GraphML keys, CSV headers, Cypher properties), as one table.
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';

/** Value types a column can have. Lists are written as JSON (GraphML), `;`-joined arrays (CSV) or list literals (Cypher). */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'string[]';

/** One exported attribute. */
export interface Column<T> {
  name: string;
  type: ColumnType;
  /** What the column holds, for documentation and GraphML `<desc>`. */
  description: string;
  /** The value is a JSON text (lossless in every format; GraphML escapes U+FFFE/U+FFFF inside it rather than dropping them). */
  json?: boolean;
  get(value: T, key: string): string | number | boolean | string[] | null;
}

/** Node columns. */
export const NODE_COLUMNS: ReadonlyArray<Column<NodeAttributes>> = [
  { name: 'name', type: 'string', description: 'canonical name', get: (a) => a.name },
  { name: 'type', type: 'string', description: 'entity type', get: (a) => a.type },
  { name: 'aliases', type: 'string[]', description: 'every surface form seen', get: (a) => a.aliases },
  { name: 'roles', type: 'string[]', description: 'titles and roles seen', get: (a) => a.roles },
  { name: 'mentions', type: 'int', description: 'number of mentions', get: (a) => a.mentions },
  { name: 'docs', type: 'string[]', description: 'documents that mention it', get: (a) => a.docs },
];

/** Edge columns. */
export const EDGE_COLUMNS: ReadonlyArray<Column<EdgeAttributes>> = [
  { name: 'type', type: 'string', description: 'relation type', get: (a) => a.type },
  { name: 'status', type: 'string', description: 'asserted, planned, cancelled, refused, hypothetical or denied', get: (a) => a.status },
  { name: 'asserted', type: 'boolean', description: 'true when the text says it happened', get: (a) => a.status === 'asserted' },
  { name: 'symmetric', type: 'boolean', description: 'true for undirected relation types (MET_WITH, SPOKE_WITH)', get: (a) => SYMMETRIC_RELATIONS.has(a.type) },
  { name: 'when', type: 'string', description: 'ISO date or partial date', get: (a) => a.when },
  { name: 'where', type: 'string', description: 'node id of the place', get: (a) => a.where },
  { name: 'confidence', type: 'double', description: 'confidence 0-1', get: (a) => a.confidence },
  { name: 'evidence_count', type: 'int', description: 'number of evidence sentences', get: (a) => a.evidence.length },
  { name: 'evidence_first', type: 'string', description: 'the first evidence sentence', get: (a) => a.evidence[0]?.sentence ?? '' },
  { name: 'rule_ids', type: 'string[]', description: 'ids of the rules that read the evidence', get: (a) => [...new Set(a.evidence.map((e) => e.ruleId))] },
  { name: 'docs', type: 'string[]', description: 'documents of the evidence', get: (a) => [...new Set(a.evidence.map((e) => e.doc))] },
  { name: 'evidence', type: 'string', json: true, description: 'all evidence as a JSON array of {doc, sentence, start, end, ruleId, trigger?, statusRuleId?}', get: (a) => JSON.stringify(a.evidence) },
];

// eslint-disable-next-line no-control-regex
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Removes characters XML 1.0 forbids (controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF).
 * Everything else, tab, newline and carriage return included, is kept.
 */
export function xmlSafe(text: string): string {
  // fast path: almost every value has nothing to remove, and the full pattern (with look-arounds) is slow on 300 MB
  return MAYBE_ILLEGAL.test(text) ? text.replace(ILLEGAL, '') : text;
}

/**
 * A JSON text made safe for XML without losing anything: JSON.stringify already writes controls and lone surrogates as
 * `\uXXXX` escapes, so only the raw noncharacters U+FFFE and U+FFFF (legal JSON, illegal XML) need escaping.
 */
export function jsonForXml(json: string): string {
  return /[\uFFFE\uFFFF]/.test(json) ? json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`) : json;
}
