// The stylesheet and element definitions applied by Cytoscape itself, headless (no browser): colours, shapes, lines, sizes.
import cytoscape from 'cytoscape';
import { densityOf, stylesheet } from '../../viewer/src/style.js';
import { toCytoscapeElements } from '../../viewer/src/elements.js';
import { modelFromGraphJson } from '../../viewer/src/model.js';
import { contractGraph } from '../graph/stores/contract.js';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES } from '../../src/types.js';
import { ENTITY_COLORS, ENTITY_SHAPES, RELATION_COLORS } from '../../src/graph/palette.js';

const model = modelFromGraphJson(contractGraph().export());
const defs = toCytoscapeElements(model);

/** A headless Cytoscape with the real stylesheet and the contract graph. */
function headless(dense = false): cytoscape.Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: [...defs.values()], style: stylesheet({ density: dense ? 'huge' : 'normal', degreeRange: [1, 3] }) as unknown as cytoscape.StylesheetJson });
}

/** '#4e79a7' → 'rgb(78,121,167)', as Cytoscape reports colours. */
const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

test('the stylesheet has a rule for every entity type, relation type and non-asserted status', () => {
  const selectors = stylesheet({ density: 'normal', degreeRange: [0, 10] }).map((r) => r.selector);
  for (const t of ENTITY_TYPES) expect(selectors).toContain(`node[type = "${t}"]`);
  for (const t of RELATION_TYPES) expect(selectors).toContain(`edge[type = "${t}"]`);
  for (const s of STATUSES.filter((x) => x !== 'asserted')) expect(selectors).toContain(`edge[status = "${s}"]`);
});

test('elements: every node and edge once, with degree, evidence count and symmetry', () => {
  expect(defs.size).toBe(model.nodes.length + model.edges.length);
  expect(defs.get('person:ann')?.data).toMatchObject({ name: 'Ann Lee', type: 'Person', degree: 3 });
  expect(defs.get('VISITED:person:ann->city:oslo:asserted')?.data).toMatchObject({ source: 'person:ann', target: 'city:oslo', evidence: 1, symmetric: false });
  expect(defs.get('MET_WITH:person:ann->person:bo:asserted')?.data.symmetric).toBe(true);
});

test('Cytoscape applies colour and shape by entity type, and sizes nodes by degree', () => {
  const cy = headless();
  const ann = cy.getElementById('person:ann');
  const oslo = cy.getElementById('city:oslo');
  expect(ann.style('background-color')).toBe(rgb(ENTITY_COLORS.Person));
  expect(ann.style('shape')).toBe(ENTITY_SHAPES.Person);
  expect(oslo.style('background-color')).toBe(rgb(ENTITY_COLORS.City));
  expect(oslo.style('shape')).toBe(ENTITY_SHAPES.City);
  // Ann has 3 relations, Bo 1
  expect(ann.numericStyle('width')).toBeGreaterThan(cy.getElementById('person:bo').numericStyle('width'));
  expect(ann.numericStyle('font-size')).toBeGreaterThan(cy.getElementById('person:bo').numericStyle('font-size'));
  expect(ann.style('label')).toBe('Ann Lee');
  cy.destroy();
});

test('Cytoscape applies relation colours, status lines (planned dashed), refused red, and no arrow on symmetric relations', () => {
  const cy = cytoscape({
    headless: true, styleEnabled: true, style: stylesheet({ density: 'normal', degreeRange: [0, 3] }) as unknown as cytoscape.StylesheetJson,
    elements: [
      { data: { id: 'a', name: 'A', type: 'Person', degree: 2 } }, { data: { id: 'b', name: 'B', type: 'Person', degree: 2 } },
      { data: { id: 'm', source: 'a', target: 'b', type: 'MET_WITH', status: 'asserted', evidence: 1, symmetric: true } },
      { data: { id: 'p', source: 'a', target: 'b', type: 'MET_WITH', status: 'planned', evidence: 1, symmetric: true } },
      { data: { id: 'c', source: 'a', target: 'b', type: 'VISITED', status: 'cancelled', evidence: 1, symmetric: false } },
      { data: { id: 'r', source: 'a', target: 'b', type: 'VISITED', status: 'refused', evidence: 1, symmetric: false } },
    ],
  });
  const e = (id: string): cytoscape.EdgeSingular => cy.getElementById(id) as cytoscape.EdgeSingular;
  expect(e('m').style('line-color')).toBe(rgb(RELATION_COLORS.MET_WITH));
  expect(e('m').style('line-style')).toBe('solid');
  expect(e('m').style('target-arrow-shape')).toBe('none');
  expect(e('p').style('line-style')).toBe('dashed');
  expect(e('c').style('line-style')).toBe('dotted');
  expect(e('c').style('line-color')).toBe(rgb(RELATION_COLORS.VISITED));
  expect(e('c').style('target-arrow-shape')).toBe('triangle');
  expect(e('r').style('line-color')).toBe(rgb(RELATION_COLORS.REBUFFED));
  cy.destroy();
});

test('huge views label only hubs and the selection; labels are hidden below a minimum drawn size', () => {
  const cy = headless(true);
  cy.getElementById('person:ann').addClass('hub');
  expect(cy.getElementById('person:ann').style('label')).toBe('Ann Lee');
  expect(cy.getElementById('person:bo').style('label')).toBe('');
  cy.getElementById('person:bo').select();
  expect(cy.getElementById('person:bo').style('label')).toBe('Bo Chen');
  expect(cy.getElementById('person:ann').numericStyle('min-zoomed-font-size')).toBeGreaterThan(0);
  expect(cy.getElementById('MET_WITH:person:ann->person:bo:asserted').style('curve-style')).toBe('haystack');
  cy.destroy();
});

test('density: few elements are normal, many edges per node crowded, thousands of elements huge', () => {
  expect(densityOf(27, 32)).toBe('normal');
  expect(densityOf(105, 550)).toBe('crowded');
  expect(densityOf(40, 200)).toBe('normal');
  expect(densityOf(5000, 20000)).toBe('huge');
});

test('crowded views hide ordinary labels until zoomed in, hubs sooner', () => {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: [...defs.values()], style: stylesheet({ density: 'crowded', degreeRange: [1, 3] }) as unknown as cytoscape.StylesheetJson });
  cy.getElementById('person:ann').addClass('hub');
  expect(cy.getElementById('person:bo').numericStyle('min-zoomed-font-size')).toBeGreaterThan(cy.getElementById('person:bo').numericStyle('font-size'));
  expect(cy.getElementById('person:ann').numericStyle('min-zoomed-font-size')).toBeLessThan(cy.getElementById('person:ann').numericStyle('font-size'));
  cy.destroy();
});
