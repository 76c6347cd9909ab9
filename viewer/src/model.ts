// The viewer's data model: graph.json (graphology export) turned into plain node and edge records.
import type { EdgeAttributes, Evidence, NodeAttributes } from '../../src/types.js';

/** A node as the viewer keeps it: its graph.json attributes and its key. */
export interface NodeRecord extends NodeAttributes {
  id: string;
}

/** An edge as the viewer keeps it: its graph.json attributes, key, ends, and the documents of its evidence. */
export interface EdgeRecord extends EdgeAttributes {
  id: string;
  source: string;
  target: string;
  docs: string[];
}

/** The whole model. */
export interface GraphModel {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  documents: string[];
  byId: Map<string, NodeRecord>;
}

interface Serialized {
  attributes?: { documents?: Array<{ id: string }> };
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: Array<{ key?: string; source: string; target: string; attributes: EdgeAttributes }>;
}

/** Builds the model from graph.json's parsed content. */
export function modelFromGraphJson(data: unknown): GraphModel {
  const g = data as Serialized;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) throw new Error('not a newsgraph graph.json');
  const nodes: NodeRecord[] = g.nodes.map((n) => ({
    id: n.key, name: n.attributes.name, type: n.attributes.type, aliases: n.attributes.aliases ?? [], roles: n.attributes.roles ?? [],
    mentions: n.attributes.mentions ?? 0, docs: n.attributes.docs ?? [],
  }));
  const edges: EdgeRecord[] = g.edges.map((e, i) => ({
    id: e.key ?? `e${i}`, source: e.source, target: e.target, type: e.attributes.type, status: e.attributes.status, when: e.attributes.when ?? null,
    where: e.attributes.where ?? null, confidence: e.attributes.confidence ?? 0, evidence: e.attributes.evidence ?? [],
    docs: [...new Set((e.attributes.evidence ?? []).map((x) => x.doc))],
  }));
  const documents = g.attributes?.documents?.map((d) => d.id) ?? [...new Set(nodes.flatMap((n) => n.docs))].sort();
  return { nodes, edges, documents, byId: new Map(nodes.map((n) => [n.id, n])) };
}

/** Search over names and aliases: prefix matches first, then substring matches; at most `limit`. */
export function searchNodes(model: GraphModel, query: string, limit = 10): Array<{ node: NodeRecord; matched: string }> {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const prefix: Array<{ node: NodeRecord; matched: string }> = [];
  const inner: Array<{ node: NodeRecord; matched: string }> = [];
  for (const node of model.nodes) {
    const names = [node.name, ...node.aliases];
    const hit = names.find((n) => n.toLowerCase().startsWith(q)) ?? names.find((n) => n.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)));
    if (hit) prefix.push({ node, matched: hit });
    else {
      const sub = names.find((n) => n.toLowerCase().includes(q));
      if (sub) inner.push({ node, matched: sub });
    }
  }
  const rank = (a: { node: NodeRecord }, b: { node: NodeRecord }): number => b.node.mentions - a.node.mentions || a.node.name.localeCompare(b.node.name);
  return [...prefix.sort(rank), ...inner.sort(rank)].slice(0, limit);
}

/**
 * The evidence sentence split around its trigger words: `[before, trigger, after]`, or null when the evidence has no
 * trigger or the trigger lies outside the sentence. Trigger offsets are document offsets; the sentence starts at
 * `evidence.start`, so the trigger starts at `trigger.start - evidence.start` inside it.
 */
export function triggerParts(evidence: Evidence): [string, string, string] | null {
  const t = evidence.trigger;
  if (!t || t.start < evidence.start || t.end > evidence.end || t.end <= t.start) return null;
  const a = t.start - evidence.start;
  const b = t.end - evidence.start;
  if (b > evidence.sentence.length) return null;
  return [evidence.sentence.slice(0, a), evidence.sentence.slice(a, b), evidence.sentence.slice(b)];
}
