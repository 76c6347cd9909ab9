// The viewer's pure modules in Node: filters, overview threshold, search, trigger split, URL state.
import fc from 'fast-check';
import { modelFromGraphJson, searchNodes, triggerParts, type GraphModel } from '../../viewer/src/model.js';
import { DEFAULT_STATE, degrees, focusOn, overviewMinDegree, visibleElements, type ViewState } from '../../viewer/src/filters.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { decodeState, encodeState } from '../../viewer/src/state.js';
import { isOpeningView, openingState } from '../../viewer/src/first-view.js';
import { contractGraph } from '../graph/stores/contract.js';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES } from '../../src/types.js';

const model = modelFromGraphJson(contractGraph().export());
const all: ViewState = { ...DEFAULT_STATE, minDegree: 0 };

describe('visibleElements', () => {
  test('no filter shows everything; the default hides isolated nodes only', () => {
    expect(visibleElements(model, all).nodes.size).toBe(model.nodes.length);
    expect(visibleElements(model, all).edges.size).toBe(model.edges.length);
    expect(visibleElements(model, DEFAULT_STATE).nodes.size).toBe(model.nodes.filter((n) => model.edges.some((e) => e.source === n.id || e.target === n.id)).length);
  });
  test('relation, status and entity filters', () => {
    expect([...visibleElements(model, { ...all, relations: ['VISITED'] }).edges]).toEqual(['VISITED:person:ann->city:oslo:asserted']);
    expect(visibleElements(model, { ...all, statuses: ['planned'] }).edges.size).toBe(1);
    expect(visibleElements(model, { ...all, entities: ['Person'] }).nodes.has('city:oslo')).toBe(false);
  });
  test('document and date range', () => {
    expect(visibleElements(model, { ...all, doc: 'b.txt' }).edges.size).toBe(1);
    expect([...visibleElements(model, { ...all, from: '2024-01', to: '2024-01' }).edges]).toEqual(['MET_WITH:person:ann->person:bo:asserted']);
    expect(visibleElements(model, { ...all, from: '2025' }).edges.size).toBe(0);
  });
  test('minimum degree and 1-/2-hop focus', () => {
    // degrees: Ann 3 (Bo, Cy, Oslo), Cy 2 (Ann, hostile), the others 1
    expect([...visibleElements(model, { ...all, minDegree: 3 }).nodes]).toEqual(['person:ann']);
    expect([...visibleElements(model, { ...all, minDegree: 2 }).nodes].sort()).toEqual(['person:ann', 'person:cy']);
    expect([...visibleElements(model, { ...all, focus: 'person:bo', hops: 1 }).nodes].sort()).toEqual(['person:ann', 'person:bo']);
    expect([...visibleElements(model, { ...all, focus: 'person:bo', hops: 2 }).nodes].sort()).toEqual(['city:oslo', 'person:ann', 'person:bo', 'person:cy']);
  });
});

test('search matches names and aliases, prefixes first', () => {
  expect(searchNodes(model, 'ann')[0]?.node.id).toBe('person:ann');
  expect(searchNodes(model, 'lee')[0]?.node.id).toBe('person:ann');
  expect(searchNodes(model, 'DETACH').map((r) => r.node.id)).toEqual(['person:hostile']);
  expect(searchNodes(model, '   ')).toEqual([]);
});

test('property: the URL state round-trips', () => {
  const state = fc.record({
    relations: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES)), entities: fc.uniqueArray(fc.constantFrom(...ENTITY_TYPES)), statuses: fc.uniqueArray(fc.constantFrom(...STATUSES)),
    doc: fc.option(fc.string({ minLength: 1 }), { nil: null }), from: fc.option(fc.constantFrom('2023', '2023-06', '2023-06-18'), { nil: null }), to: fc.option(fc.constantFrom('2024', '2024-01'), { nil: null }),
    minDegree: fc.integer({ min: 0, max: 50 }), focus: fc.option(fc.string({ minLength: 1 }), { nil: null }), hops: fc.constantFrom(1 as const, 2 as const),
    selected: fc.option(fc.string({ minLength: 1 }), { nil: null }), layout: fc.constantFrom('auto', 'fcose', 'grid'),
  });
  fc.assert(fc.property(state, (s) => {
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
  }));
});

test('a hostile or malformed hash falls back to defaults', () => {
  expect(decodeState('#rel=DROP,MET_WITH&deg=-5&from=<script>&layout=a%20b')).toEqual({ ...DEFAULT_STATE, relations: ['MET_WITH'] });
});

test('filters combine: a relation filter inside a focus, an entity filter drops the edges it cuts', () => {
  const v = visibleElements(model, { ...all, focus: 'person:ann', hops: 2, relations: ['MET_WITH'] });
  expect([...v.nodes].sort()).toEqual(['person:ann', 'person:bo', 'person:cy']);
  expect([...v.edges].every((id) => id.startsWith('MET_WITH'))).toBe(true);
  const people = visibleElements(model, { ...all, entities: ['Person'] });
  expect([...people.edges].some((id) => id.includes('city:oslo'))).toBe(false);
  // a focus on a node the filters hide is ignored rather than emptying the view
  expect(visibleElements(model, { ...all, entities: ['Person'], focus: 'city:oslo' }).nodes.size).toBe(4);
});

describe('overviewMinDegree', () => {
  const bruteForce = (m: GraphModel, maxNodes: number, maxEdges: number): number => {
    const deg = degrees(m);
    const top = Math.max(0, ...deg.values());
    for (let d = 1; d <= top; d++) {
      const nodes = m.nodes.filter((n) => (deg.get(n.id) ?? 0) >= d).length;
      const edges = m.edges.filter((e) => (deg.get(e.source) ?? 0) >= d && (deg.get(e.target) ?? 0) >= d).length;
      if (nodes <= maxNodes && edges <= maxEdges) return d;
    }
    return Math.max(1, top);
  };
  test('a small graph keeps the default', () => {
    expect(overviewMinDegree(model, 100, 100)).toBe(DEFAULT_STATE.minDegree);
  });
  test('property: the lowest threshold within budget, the same as counting at every degree', () => {
    fc.assert(fc.property(fc.integer({ min: 20, max: 300 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 120 }), fc.integer({ min: 5, max: 400 }), fc.integer(), (nodes, density, maxNodes, maxEdges, seed) => {
      const m = modelFromGraphJson(syntheticGraph({ nodes, edges: nodes * density, seed }).export());
      const got = overviewMinDegree(m, maxNodes, maxEdges);
      expect(got).toBe(bruteForce(m, maxNodes, maxEdges));
      const shown = visibleElements(m, { ...DEFAULT_STATE, minDegree: got });
      if (got > 1 && got < Math.max(...degrees(m).values())) {
        expect(shown.nodes.size).toBeLessThanOrEqual(maxNodes);
        expect(shown.edges.size).toBeLessThanOrEqual(maxEdges);
      }
    }), { numRuns: 40 });
  });
  test('the 5,000-node benchmark graph opens on a few hundred nodes at most', () => {
    const m = modelFromGraphJson(syntheticGraph({ nodes: 5000, edges: 20000, seed: 2 }).export());
    const shown = visibleElements(m, { ...DEFAULT_STATE, minDegree: overviewMinDegree(m, 150, 600) });
    expect(shown.nodes.size).toBeGreaterThan(20);
    expect(shown.nodes.size).toBeLessThanOrEqual(150);
    expect(shown.edges.size).toBeLessThanOrEqual(600);
  });
});

describe('triggerParts', () => {
  // the sentence starts at document offset 100; "met" is at 104–107 in the document, 4–7 in the sentence
  const ev = { doc: 'd.txt', sentence: 'Ann met Bo.', start: 100, end: 111, ruleId: 'r' };
  test('splits the sentence around the trigger, translating document offsets', () => {
    expect(triggerParts({ ...ev, trigger: { start: 104, end: 107 } })).toEqual(['Ann ', 'met', ' Bo.']);
    expect(triggerParts({ ...ev, trigger: { start: 100, end: 111 } })).toEqual(['', 'Ann met Bo.', '']);
  });
  test('no trigger, or one outside the sentence, marks nothing', () => {
    expect(triggerParts(ev)).toBeNull();
    expect(triggerParts({ ...ev, trigger: { start: 4, end: 7 } })).toBeNull();
    expect(triggerParts({ ...ev, trigger: { start: 108, end: 140 } })).toBeNull();
    expect(triggerParts({ ...ev, trigger: { start: 105, end: 105 } })).toBeNull();
  });
  test('property: the parts always join back to the sentence', () => {
    fc.assert(fc.property(fc.string(), fc.nat(200), fc.nat(50), fc.nat(50), (sentence, start, a, len) => {
      const parts = triggerParts({ doc: 'd', sentence, start, end: start + sentence.length, ruleId: 'r', trigger: { start: start + a, end: start + a + len } });
      if (parts) expect(parts.join('')).toBe(sentence);
    }));
  });
});

describe('focusOn', () => {
  test('keeps the filters when the node is shown', () => {
    const s = focusOn(model, { ...DEFAULT_STATE, relations: ['MET_WITH'] }, 'person:bo');
    expect(s).toMatchObject({ focus: 'person:bo', selected: 'person:bo', relations: ['MET_WITH'] });
  });
  test('lowers the minimum degree when only that hides the node', () => {
    const s = focusOn(model, { ...DEFAULT_STATE, minDegree: 3 }, 'person:bo');
    expect(s.minDegree).toBe(0);
    expect([...visibleElements(model, s).nodes].sort()).toEqual(['person:ann', 'person:bo']);
  });
  test('drops the other filters when they hide the node', () => {
    const s = focusOn(model, { ...DEFAULT_STATE, entities: ['City'], hops: 2 }, 'person:bo');
    expect(s.entities).toEqual([]);
    expect(s.hops).toBe(2);
    expect(visibleElements(model, s).nodes.has('person:bo')).toBe(true);
  });
});

test('isOpeningView: the opening view with or without a selection; any filter, focus or layout is another view', () => {
  const big = modelFromGraphJson(syntheticGraph({ nodes: 1500, edges: 4000, seed: 7 }).export());
  const opening = openingState(big, degrees(big));
  expect(opening.minDegree).toBeGreaterThan(1);
  expect(isOpeningView(opening, opening)).toBe(true);
  expect(isOpeningView({ ...opening, selected: 'x' }, opening)).toBe(true);
  for (const other of [{ minDegree: opening.minDegree - 1 }, { layout: 'fcose' }, { focus: 'x' }, { relations: ['MET_WITH' as const] }, { hops: 2 as const }]) {
    expect(isOpeningView({ ...opening, ...other }, opening)).toBe(false);
  }
});
