// Synthetic knowledge graphs of any size, for benchmarks and scale tests (deterministic from a seed).
import type { EntityType, RelationType, Status } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import { createGraph, edgeKeyOf, orderedEnds, type KnowledgeGraph } from './model.js';

/** Options of {@link syntheticGraph}. */
export interface SyntheticOptions {
  nodes: number;
  edges: number;
  /** Seed of the pseudo-random generator; the same seed gives the same graph. */
  seed?: number;
  /** Documents to spread evidence over. */
  docs?: number;
}

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['an', 'bel', 'cor', 'dan', 'el', 'fa', 'gor', 'hal', 'is', 'jun', 'ka', 'lor', 'min', 'nor', 'ol', 'pra', 'qui', 'ros', 'sal', 'tan', 'ul', 'vor', 'wen', 'xi', 'yan', 'zel'];

/**
 * A synthetic graph with `nodes` entities (60 % people) and about `edges` relations of mixed types and statuses,
 * each with one evidence sentence; degree follows a skewed distribution like real news graphs.
 */
export function syntheticGraph(options: SyntheticOptions): KnowledgeGraph {
  const random = prng(options.seed ?? 42);
  const docCount = Math.max(1, options.docs ?? Math.ceil(options.nodes / 20));
  const documents = Array.from({ length: docCount }, (_, i) => ({
    id: `doc-${String(i).padStart(6, '0')}.txt`,
    date: '2023-06-18',
    title: `Synthetic article ${i}`,
    chars: 1000,
    hash: i.toString(16).padStart(64, '0'),
  }));
  const graph = createGraph(documents);
  const keys: string[] = [];
  const people: string[] = [];
  const places: string[] = [];
  for (let i = 0; i < options.nodes; i++) {
    const roll = random();
    const type: EntityType = roll < 0.6 ? 'Person' : (ENTITY_TYPES[1 + Math.floor(random() * 5)] ?? 'Place');
    const parts = [0, 1, 2].map(() => SYLLABLES[Math.floor(random() * SYLLABLES.length)] ?? 'a');
    const name = `${parts[0]}${parts[1]} ${parts[2]}${i}`.replace(/\b\w/g, (c) => c.toUpperCase());
    const key = `${type.toLowerCase()}:${name.toLowerCase().replace(/\s+/g, '-')}`;
    const doc = documents[Math.floor(random() * docCount)]?.id ?? 'doc-0.txt';
    graph.addNode(key, { name, type, aliases: [name, name.split(' ')[1] ?? name], roles: type === 'Person' && random() < 0.3 ? ['Minister'] : [], mentions: 1 + Math.floor(random() * 10), docs: [doc] });
    keys.push(key);
    if (type === 'Person') people.push(key);
    else if (type === 'City' || type === 'Country' || type === 'Place') places.push(key);
  }
  const pick = (list: string[]): string => list[Math.floor(Math.pow(random(), 2) * list.length)] ?? keys[0] ?? '';
  const statuses: Status[] = ['asserted', 'asserted', 'asserted', 'planned', 'cancelled', 'refused', 'hypothetical'];
  let attempts = 0;
  while (graph.size < options.edges && attempts < options.edges * 3 && people.length > 1) {
    attempts++;
    const roll = random();
    const type: RelationType = roll < 0.5 ? 'MET_WITH' : roll < 0.8 ? 'VISITED' : roll < 0.9 ? 'REBUFFED' : 'SPOKE_WITH';
    const source = pick(people);
    const target = type === 'VISITED' && places.length > 0 ? pick(places) : pick(people);
    if (source === target) continue;
    const status = statuses[Math.floor(random() * statuses.length)] ?? 'asserted';
    const relation = { type, source, target, status };
    const key = edgeKeyOf(relation);
    if (graph.hasEdge(key)) continue;
    const [from, to] = orderedEnds(relation);
    const doc = documents[Math.floor(random() * docCount)]?.id ?? 'doc-0.txt';
    const sentence = `${graph.getNodeAttribute(source, 'name')} and ${graph.getNodeAttribute(target, 'name')} appear in a synthetic sentence.`;
    graph.addDirectedEdgeWithKey(key, from, to, {
      type,
      status,
      when: random() < 0.7 ? `2023-0${1 + Math.floor(random() * 9)}` : null,
      where: places.length > 0 && random() < 0.3 ? pick(places) : null,
      confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
      evidence: [{ doc, sentence, start: 0, end: sentence.length, ruleId: 'synthetic' }],
    });
  }
  return graph;
}
