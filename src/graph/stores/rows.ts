// Rows for bulk loads, shared by the embedded and Neo4j stores: one shape, parameters only, labels from fixed lists.
import type { KnowledgeGraph } from '../model.js';
import type { EdgeAttributes, EntityType, RelationType } from '../../types.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';

/** An entity node row. */
export interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: number;
  docs: string[];
}

/** A relation row. `date` and `place` hold the graph's `when` and `where` (both are Cypher keywords). */
export interface RelationRow {
  source: string;
  target: string;
  key: string;
  status: string;
  date: string | null;
  place: string | null;
  confidence: number;
  evidence: string;
  evidence_count: number;
  docs: string[];
  rule_ids: string[];
}

/** An Article row and a MENTIONS row. */
export interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
}
export interface MentionRow {
  article: string;
  entity: string;
}

/** Rows grouped so that every group has one label (nodes) or one (type, from, to) triple (relations). */
export interface StoreRows {
  nodes: Map<EntityType, NodeRow[]>;
  relations: Map<string, { type: RelationType; from: EntityType; to: EntityType; rows: RelationRow[] }>;
  articles: ArticleRow[];
  mentions: Map<EntityType, MentionRow[]>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks that a label or relationship type is one of ours and a plain identifier (it is spliced into Cypher). */
export function safeLabel(name: string): string {
  if (!IDENTIFIER.test(name) || !([...ENTITY_TYPES, ...RELATION_TYPES, 'Article', 'MENTIONS'] as string[]).includes(name)) {
    throw new Error(`newsgraph/stores: "${name}" is not a known label or relationship type`);
  }
  return name;
}

/** The row of one relation edge (what {@link storeRows} holds, for stores that stream edges instead). */
export function relationRow(key: string, a: EdgeAttributes, source: string, target: string): RelationRow {
  return {
    source, target, key, status: a.status, date: a.when, place: a.where, confidence: a.confidence, evidence: JSON.stringify(a.evidence),
    evidence_count: a.evidence.length, docs: [...new Set(a.evidence.map((e) => e.doc))], rule_ids: [...new Set(a.evidence.map((e) => e.ruleId))],
  };
}

/** The entity, Article and MENTIONS rows of a graph (every row but the relations'). */
export function entityRows(graph: KnowledgeGraph): Omit<StoreRows, 'relations'> {
  const nodes = new Map<EntityType, NodeRow[]>();
  const mentions = new Map<EntityType, MentionRow[]>();
  graph.forEachNode((id, a) => {
    (nodes.get(a.type) ?? nodes.set(a.type, []).get(a.type)!).push({ id, name: a.name, aliases: a.aliases, roles: a.roles, mentions: a.mentions, docs: a.docs });
    for (const doc of a.docs) (mentions.get(a.type) ?? mentions.set(a.type, []).get(a.type)!).push({ article: doc, entity: id });
  });
  const articles = graph.getAttribute('documents').map((d) => ({ id: d.id, title: d.title, date: d.date }));
  return { nodes, articles, mentions };
}

/** Builds every row of a graph. */
export function storeRows(graph: KnowledgeGraph): StoreRows {
  const relations: StoreRows['relations'] = new Map();
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    const group = `${a.type}|${sa.type}|${ta.type}`;
    let entry = relations.get(group);
    if (!entry) relations.set(group, (entry = { type: a.type, from: sa.type, to: ta.type, rows: [] }));
    entry.rows.push(relationRow(key, a, source, target));
  });
  const { nodes, articles, mentions } = entityRows(graph);
  return { nodes, relations, articles, mentions };
}

/** Splits rows into batches. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The statement of each kind of batch, and how to run one: what a store gives {@link loadInBatches}. */
export interface BatchStatements {
  node(label: EntityType): string;
  article(): string;
  relation(type: RelationType, from: EntityType, to: EntityType): string;
  mention(label: EntityType): string;
  run(statement: string, rows: ReadonlyArray<object>): Promise<void>;
}

/**
 * Loads every row of a graph in batches: entities, articles, relations, then MENTIONS; progress after each batch.
 * @returns counts and seconds, for a LoadReport
 */
export async function loadInBatches(graph: KnowledgeGraph, statements: BatchStatements, options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {}): Promise<{ nodes: number; relationships: number; articles: number; mentions: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const size = options.batchSize ?? 5000;
  const rows = storeRows(graph);
  const total = graph.order + graph.size + rows.articles.length;
  let done = 0;
  const send = async (statement: string, list: ReadonlyArray<object>, counted: boolean): Promise<void> => {
    for (const batch of batches(list, size)) {
      await statements.run(statement, batch);
      if (counted) {
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
  };
  for (const [label, list] of rows.nodes) await send(statements.node(label), list, true);
  await send(statements.article(), rows.articles, true);
  for (const group of rows.relations.values()) await send(statements.relation(group.type, group.from, group.to), group.rows, true);
  let mentions = 0;
  for (const [label, list] of rows.mentions) {
    await send(statements.mention(label), list, false);
    mentions += list.length;
  }
  return { nodes: graph.order, relationships: graph.size, articles: rows.articles.length, mentions, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
