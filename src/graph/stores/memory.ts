// The in-memory store: a graphology graph behind the GraphStore contract (no Cypher: use the embedded store for queries).
import type { GraphStore, LoadOptions, LoadReport, Row } from '../store.js';
import { createGraph, mergeEntity, mergeRelation, type KnowledgeGraph } from '../model.js';
import { QueryError } from '../../errors.js';

/** A GraphStore over a graphology graph in this process. */
export class MemoryStore implements GraphStore {
  readonly name = 'memory';
  private graph: KnowledgeGraph = createGraph();

  async load(graph: KnowledgeGraph, _options: LoadOptions = {}): Promise<LoadReport> {
    const started = process.hrtime.bigint();
    graph.forEachNode((key, a) => {
      // replace, not add: loading the same graph twice gives the same store
      if (this.graph.hasNode(key)) this.graph.replaceNodeAttributes(key, { ...a, aliases: [...a.aliases], roles: [...a.roles], docs: [...a.docs] });
      else mergeEntity(this.graph, { key, ...a });
    });
    graph.forEachEdge((key, a, source, target) => {
      if (this.graph.hasEdge(key)) this.graph.replaceEdgeAttributes(key, { ...a, evidence: [...a.evidence] });
      else mergeRelation(this.graph, { ...a, source, target, evidence: [...a.evidence] });
    });
    const docs = new Map(this.graph.getAttribute('documents').map((d) => [d.id, d]));
    for (const d of graph.getAttribute('documents')) docs.set(d.id, d);
    this.graph.setAttribute('documents', [...docs.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
    let mentions = 0;
    graph.forEachNode((_k, a) => (mentions += a.docs.length));
    return { nodes: graph.order, relationships: graph.size, articles: graph.getAttribute('documents').length, mentions, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  }

  query(_cypher: string): Promise<Row[]> {
    return Promise.reject(new QueryError('the in-memory store does not run Cypher', { hint: 'query the embedded store (the default of `newsgraph query`) or Neo4j' }));
  }

  async counts(): Promise<{ nodes: number; edges: number }> {
    return { nodes: this.graph.order, edges: this.graph.size };
  }

  async neighbours(key: string): Promise<string[]> {
    return this.graph.hasNode(key) ? [...new Set(this.graph.neighbors(key))].sort() : [];
  }

  /** The graph itself (a live view). */
  snapshot(): KnowledgeGraph {
    return this.graph;
  }

  async close(): Promise<void> {
    this.graph = createGraph();
  }
}
