// The GraphStore contract suite, run against every store (as graphology runs one spec suite against every graph).
import type { GraphStore } from '../../../src/graph/store.js';
import { createGraph, mergeEntity, mergeRelation, type KnowledgeGraph } from '../../../src/graph/model.js';
import type { Entity } from '../../../src/types.js';

/** Names that try to break out of strings, maps and statements. */
export const HOSTILE_NAMES = ["O'Brien \"Jr\"", 'back\\slash', '}) DETACH DELETE n //', 'line\nbreak', '{curly}', "MATCH (n) RETURN n; '"];

const entity = (key: string, name: string, type: Entity['type'] = 'Person', docs = ['a.txt']): Entity => ({ key, name, type, aliases: [name], roles: [], mentions: 1, docs });

/** A small graph: four people, a city, meetings, a visit, a rebuff, and a hostile name. */
export function contractGraph(): KnowledgeGraph {
  const g = createGraph([{ id: 'a.txt', date: '2024-01-02', title: 'A', chars: 10, hash: 'h' }, { id: 'b.txt', date: null, title: null, chars: 5, hash: 'i' }]);
  mergeEntity(g, entity('person:ann', 'Ann Lee'));
  mergeEntity(g, entity('person:bo', 'Bo Chen', 'Person', ['a.txt', 'b.txt']));
  mergeEntity(g, entity('person:cy', 'Cy Diaz'));
  mergeEntity(g, entity('person:hostile', HOSTILE_NAMES.join(' | ')));
  mergeEntity(g, entity('city:oslo', 'Oslo', 'City'));
  const ev = (doc: string, sentence: string) => [{ doc, sentence, start: 0, end: sentence.length, ruleId: 'test' }];
  mergeRelation(g, { type: 'MET_WITH', source: 'person:bo', target: 'person:ann', status: 'asserted', when: '2024-01', where: 'city:oslo', confidence: 0.9, evidence: ev('a.txt', 'Ann met Bo in Oslo.') });
  mergeRelation(g, { type: 'MET_WITH', source: 'person:ann', target: 'person:cy', status: 'planned', when: null, where: null, confidence: 0.8, evidence: ev('b.txt', 'Ann will meet Cy.') });
  mergeRelation(g, { type: 'VISITED', source: 'person:ann', target: 'city:oslo', status: 'asserted', when: null, where: null, confidence: 0.9, evidence: ev('a.txt', 'Ann arrived in Oslo.') });
  mergeRelation(g, { type: 'REBUFFED', source: 'person:cy', target: 'person:hostile', status: 'asserted', when: null, where: null, confidence: 0.9, evidence: ev('a.txt', HOSTILE_NAMES.join(' ')) });
  return g;
}

/**
 * Runs the contract against a store factory. `cypher` says whether the store runs Cypher (the in-memory store does not).
 * @param name - the store's name in test titles
 * @param makeStore - a fresh, empty store
 */
export function describeStore(name: string, makeStore: () => Promise<GraphStore>, options: { cypher: boolean }): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    test('load inserts every entity and relation', async () => {
      const g = contractGraph();
      const report = await store.load(g);
      expect(report).toMatchObject({ nodes: g.order, relationships: g.size, articles: 2 });
      expect(await store.counts()).toEqual({ nodes: g.order, edges: g.size });
    });

    test('loading twice is idempotent', async () => {
      await store.load(contractGraph());
      await store.load(contractGraph());
      const g = contractGraph();
      expect(await store.counts()).toEqual({ nodes: g.order, edges: g.size });
    });

    test('a second graph merges into the first: shared nodes are updated, new ones added', async () => {
      await store.load(contractGraph());
      const more = createGraph();
      mergeEntity(more, { ...entity('person:ann', 'Ann Lee'), mentions: 7 });
      mergeEntity(more, entity('person:dee', 'Dee Fox'));
      mergeRelation(more, { type: 'MET_WITH', source: 'person:ann', target: 'person:dee', status: 'asserted', when: null, where: null, confidence: 0.7, evidence: [{ doc: 'c.txt', sentence: 'Ann met Dee.', start: 0, end: 12, ruleId: 't' }] });
      await store.load(more);
      const g = contractGraph();
      expect(await store.counts()).toEqual({ nodes: g.order + 1, edges: g.size + 1 });
      expect(await store.neighbours('person:ann')).toEqual(['city:oslo', 'person:bo', 'person:cy', 'person:dee']);
    });

    test('neighbours follow relations in both directions', async () => {
      await store.load(contractGraph());
      expect(await store.neighbours('person:bo')).toEqual(['person:ann']);
      expect(await store.neighbours('person:hostile')).toEqual(['person:cy']);
      expect(await store.neighbours('person:nobody')).toEqual([]);
    });

    if (options.cypher) {
      test('hostile names load and come back exactly; parameters, never string building', async () => {
        await store.load(contractGraph());
        const rows = await store.query('MATCH (p:Person {id: $id}) RETURN p.name AS name', { id: 'person:hostile' });
        expect(rows).toEqual([{ name: HOSTILE_NAMES.join(' | ') }]);
        for (const hostile of HOSTILE_NAMES) {
          expect(await store.query('MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id', { name: hostile })).toEqual([]);
        }
        expect((await store.counts()).nodes).toBe(contractGraph().order);
      });

      test('MET_WITH is matched undirected; statuses are kept apart', async () => {
        await store.load(contractGraph());
        const rows = await store.query("MATCH (a:Person {id: 'person:ann'})-[r:MET_WITH]-(b:Person) RETURN b.id AS other, r.status AS status ORDER BY other");
        expect(rows).toEqual([{ other: 'person:bo', status: 'asserted' }, { other: 'person:cy', status: 'planned' }]);
      });

      test('articles and MENTIONS say which documents support an entity', async () => {
        await store.load(contractGraph());
        const rows = await store.query("MATCH (d:Article)-[:MENTIONS]->(p:Person {id: 'person:bo'}) RETURN d.id AS doc ORDER BY doc");
        expect(rows).toEqual([{ doc: 'a.txt' }, { doc: 'b.txt' }]);
      });
    }
  });
}
