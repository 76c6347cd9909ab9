// The knowledge graph: a graphology multi directed graph keyed by entity id, built by merging document results.
import { MultiDirectedGraph } from 'graphology';
import type { DocResult, DocumentInfo, EdgeAttributes, Entity, GraphAttributes, NodeAttributes, Relation } from '../types.js';
import { SYMMETRIC_RELATIONS } from '../types.js';

/** Current version of the graph.json schema. */
export const SCHEMA_VERSION = 1;

/** The knowledge graph: nodes are entities, edges are relations with merged evidence. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Creates an empty knowledge graph (multi, directed, no self loops). */
export function createGraph(documents: DocumentInfo[] = []): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, generator: 'newsgraph', documents: [...documents] });
  return graph;
}

/**
 * The key of the edge that carries a relation: one edge per (source, type, target, status).
 * Symmetric types put the smaller entity key first, so "A met B" and "B met A" land on one edge.
 */
export function edgeKeyOf(relation: Pick<Relation, 'type' | 'source' | 'target' | 'status'>): string {
  const [source, target] = orderedEnds(relation);
  return `${relation.type}:${source}->${target}:${relation.status}`;
}

/** Source and target of a relation in storage order (sorted for symmetric types). */
export function orderedEnds(relation: Pick<Relation, 'type' | 'source' | 'target'>): [string, string] {
  if (SYMMETRIC_RELATIONS.has(relation.type) && relation.target < relation.source) return [relation.target, relation.source];
  return [relation.source, relation.target];
}

function union(into: string[], more: readonly string[]): string[] {
  const seen = new Set(into);
  for (const item of more) if (!seen.has(item)) {
    seen.add(item);
    into.push(item);
  }
  return into;
}

/** Adds an entity to the graph, or merges its aliases, roles, mentions and docs into the existing node. */
export function mergeEntity(graph: KnowledgeGraph, entity: Entity): void {
  if (!graph.hasNode(entity.key)) {
    graph.addNode(entity.key, {
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
      roles: [...entity.roles],
      mentions: entity.mentions,
      docs: [...entity.docs],
    });
    return;
  }
  graph.updateNodeAttributes(entity.key, (attrs) => ({
    ...attrs,
    aliases: union([...attrs.aliases], entity.aliases),
    roles: union([...attrs.roles], entity.roles),
    mentions: attrs.mentions + entity.mentions,
    docs: union([...attrs.docs], entity.docs).sort(),
  }));
}

/** Adds a relation to the graph, or merges its evidence into the edge with the same (source, type, target, status). */
export function mergeRelation(graph: KnowledgeGraph, relation: Relation): void {
  const [source, target] = orderedEnds(relation);
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return;
  const key = edgeKeyOf(relation);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, {
      type: relation.type,
      status: relation.status,
      when: relation.when,
      where: relation.where && graph.hasNode(relation.where) ? relation.where : null,
      confidence: relation.confidence,
      evidence: [...relation.evidence],
    });
    return;
  }
  graph.updateEdgeAttributes(key, (attrs) => {
    const seen = new Set(attrs.evidence.map((e) => `${e.doc}:${e.start}:${e.end}`));
    const evidence = [...attrs.evidence];
    for (const e of relation.evidence) if (!seen.has(`${e.doc}:${e.start}:${e.end}`)) evidence.push(e);
    const where = attrs.where ?? (relation.where && graph.hasNode(relation.where) ? relation.where : null);
    return {
      ...attrs,
      when: attrs.when ?? relation.when,
      where,
      // independent pieces of evidence raise confidence: 1 - Π(1 - c)
      confidence: Math.round((1 - (1 - attrs.confidence) * (1 - relation.confidence)) * 1000) / 1000,
      evidence,
    };
  });
}

/**
 * Builds the knowledge graph from per-document results whose entity keys are already corpus-resolved.
 * Deterministic: documents are merged in id order, whatever order they arrive in.
 */
export function graphFromResults(results: readonly DocResult[]): KnowledgeGraph {
  const sorted = [...results].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  const graph = createGraph(sorted.map((r) => r.doc));
  for (const result of sorted) for (const entity of result.entities) mergeEntity(graph, entity);
  for (const result of sorted) for (const relation of result.relations) mergeRelation(graph, relation);
  return graph;
}
