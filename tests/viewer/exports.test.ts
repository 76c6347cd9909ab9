// Exports of the filtered view (GraphML, graph.json) and the SVG drawing, checked by parsing them back.
import { DOMParser } from 'linkedom';
import { MultiGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { drawingToSvg, filteredGraph, viewGraphML, type DrawnNode } from '../../viewer/src/exports.js';
import { modelFromGraphJson } from '../../viewer/src/model.js';
import { DEFAULT_STATE, visibleElements } from '../../viewer/src/filters.js';
import { contractGraph, HOSTILE_NAMES } from '../graph/stores/contract.js';

const model = modelFromGraphJson(contractGraph().export());
const view = visibleElements(model, { ...DEFAULT_STATE, minDegree: 0, relations: ['MET_WITH'] });

test('the filtered view as graph.json has exactly the shown nodes and edges, attributes intact', () => {
  const g = filteredGraph(model, view.nodes, view.edges);
  expect(g.order).toBe(view.nodes.size);
  expect(new Set(g.edges())).toEqual(view.edges);
  const back = modelFromGraphJson(JSON.parse(JSON.stringify(g.export())));
  for (const n of back.nodes) expect(n).toEqual(model.byId.get(n.id));
});

test('the filtered view as GraphML parses back with the same nodes, edges and hostile names', () => {
  const xml = viewGraphML(model, view.nodes, view.edges);
  const g = parseGraphML(MultiGraph, xml);
  expect(new Set(g.nodes())).toEqual(view.nodes);
  expect(g.size).toBe(view.edges.size);
  const all = visibleElements(model, { ...DEFAULT_STATE, minDegree: 0 });
  const full = parseGraphML(MultiGraph, viewGraphML(model, all.nodes, all.edges));
  expect(full.getNodeAttribute('person:hostile', 'name')).toBe(HOSTILE_NAMES.join(' | '));
});

test('the SVG drawing: one shape per node (circle or polygon by type), names as text, nothing executable', () => {
  const hostile = '<img src=x onerror=alert(1)> & "quotes" </svg><script>alert(2)</script>';
  const nodes: DrawnNode[] = [
    { x: 0, y: 0, r: 10, color: 'rgb(78,121,167)', type: 'Person', label: hostile },
    { x: 100, y: 40, r: 12, color: 'rgb(118,183,178)', type: 'City', label: 'Oslo' },
    { x: -50, y: 80, r: 8, color: '#c9a227', type: 'Place', label: '' },
  ];
  const svg = drawingToSvg(nodes, [{ x1: 0, y1: 0, x2: 100, y2: 40, color: 'rgb(47,109,181)', width: 2, dash: 'dashed', opacity: 0.8 }]);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelectorAll('circle').length).toBe(1);
  expect(doc.querySelectorAll('polygon').length).toBe(2);
  expect(doc.querySelectorAll('line').length).toBe(1);
  expect(doc.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('6 4');
  expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual([hostile, 'Oslo']);
  expect(doc.querySelectorAll('script, img').length).toBe(0);
  // the view box holds every shape
  const [x, y, w, h] = (doc.querySelector('svg')?.getAttribute('viewBox') ?? '').split(' ').map(Number);
  expect(x! <= -58 && y! <= -10 && x! + w! >= 112 && y! + h! >= 88).toBe(true);
});
