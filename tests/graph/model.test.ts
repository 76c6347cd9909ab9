// Tests for the knowledge-graph model: merging entities and relations, symmetric edges, determinism.
import { createGraph, edgeKeyOf, graphFromResults, mergeEntity, mergeRelation } from '../../src/graph/model.js';
import { parseGraph, serializeGraph } from '../../src/graph/io.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { GraphFormatError } from '../../src/errors.js';
import type { DocResult, Entity, Relation } from '../../src/types.js';

const person = (key: string, name: string, doc = 'a.txt'): Entity => ({ key, name, type: 'Person', aliases: [name], roles: [], mentions: 1, docs: [doc] });
const meeting = (source: string, target: string, doc: string, start: number): Relation => ({
  type: 'MET_WITH', source, target, status: 'asserted', when: null, where: null, confidence: 0.8,
  evidence: [{ doc, sentence: 'x', start, end: start + 1, ruleId: 'test' }],
});

describe('graph model', () => {
  test('symmetric relations land on one edge whatever their direction, with merged evidence', () => {
    const graph = createGraph();
    mergeEntity(graph, person('person:a', 'A'));
    mergeEntity(graph, person('person:b', 'B'));
    mergeRelation(graph, meeting('person:b', 'person:a', 'a.txt', 0));
    mergeRelation(graph, meeting('person:a', 'person:b', 'b.txt', 5));
    expect(graph.size).toBe(1);
    const key = edgeKeyOf(meeting('person:b', 'person:a', 'a.txt', 0));
    expect(graph.source(key)).toBe('person:a');
    expect(graph.getEdgeAttribute(key, 'evidence')).toHaveLength(2);
    expect(graph.getEdgeAttribute(key, 'confidence')).toBeCloseTo(0.96);
  });

  test('statuses are kept apart: a planned meeting is another edge', () => {
    const graph = createGraph();
    mergeEntity(graph, person('person:a', 'A'));
    mergeEntity(graph, person('person:b', 'B'));
    mergeRelation(graph, meeting('person:a', 'person:b', 'a.txt', 0));
    mergeRelation(graph, { ...meeting('person:a', 'person:b', 'a.txt', 9), status: 'planned' });
    expect(graph.size).toBe(2);
  });

  test('entities merge aliases, roles, mentions and docs', () => {
    const graph = createGraph();
    mergeEntity(graph, { ...person('person:a', 'Antony Blinken', 'b.txt'), aliases: ['Antony Blinken'] });
    mergeEntity(graph, { ...person('person:a', 'Antony Blinken', 'a.txt'), aliases: ['Mr Blinken'], roles: ['Secretary of State'], mentions: 3 });
    expect(graph.getNodeAttributes('person:a')).toMatchObject({ aliases: ['Antony Blinken', 'Mr Blinken'], roles: ['Secretary of State'], mentions: 4, docs: ['a.txt', 'b.txt'] });
  });

  test('graphFromResults is independent of document order', () => {
    const result = (id: string, rel: Relation): DocResult => ({
      doc: { id, date: null, title: null, chars: 1, hash: id }, sentences: [], mentions: [], mentionEntity: [],
      entities: [person('person:a', 'A', id), person('person:b', 'B', id)], relations: [rel], diagnostics: [],
    });
    const one = result('1.txt', meeting('person:a', 'person:b', '1.txt', 0));
    const two = result('2.txt', meeting('person:b', 'person:a', '2.txt', 3));
    expect(serializeGraph(graphFromResults([one, two]))).toBe(serializeGraph(graphFromResults([two, one])));
  });
});

describe('graph.json io', () => {
  test('round-trips a synthetic graph', () => {
    const graph = syntheticGraph({ nodes: 200, edges: 500, seed: 7 });
    const back = parseGraph(serializeGraph(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(serializeGraph(back)).toBe(serializeGraph(graph));
  });

  test('rejects what is not a newsgraph graph with a typed error', () => {
    expect(() => parseGraph('{', 'x.json')).toThrow(GraphFormatError);
    expect(() => parseGraph('{"nodes":[{"key":"a"}],"edges":[]}', 'x.json')).toThrow(/node #0/);
    expect(() => parseGraph('{"attributes":{"schemaVersion":99},"nodes":[],"edges":[]}')).toThrow(/schemaVersion 99/);
  });
});
