// The viewer's pure modules in Node: filters, search, URL state, stylesheet.
import fc from 'fast-check';
import { modelFromGraphJson, searchNodes } from '../../viewer/src/model.js';
import { DEFAULT_STATE, visibleElements, type ViewState } from '../../viewer/src/filters.js';
import { decodeState, encodeState } from '../../viewer/src/state.js';
import { stylesheet } from '../../viewer/src/style.js';
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

test('the stylesheet styles every entity type, relation type and non-asserted status', () => {
  const selectors = stylesheet({ large: false }).map((r) => r.selector);
  for (const t of ENTITY_TYPES) expect(selectors).toContain(`node[type = "${t}"]`);
  for (const t of RELATION_TYPES) expect(selectors).toContain(`edge[type = "${t}"]`);
  for (const s of STATUSES.filter((x) => x !== 'asserted')) expect(selectors).toContain(`edge[status = "${s}"]`);
  expect(stylesheet({ large: true }).find((r) => r.selector === 'node')?.style['min-zoomed-font-size']).toBeGreaterThan(stylesheet({ large: false }).find((r) => r.selector === 'node')?.style['min-zoomed-font-size'] as number);
});
