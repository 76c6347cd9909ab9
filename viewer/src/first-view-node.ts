// Node entry (bundled to dist/viewer/first-view.mjs): lays out a graph's opening view once, with the page's own code and options.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { modelFromGraphJson } from './model.js';
import { degrees, visibleElements } from './filters.js';
import { toCytoscapeElements } from './elements.js';
import { layoutOptions } from './layouts.js';
import { densityOf, stylesheet, viewStyleInputs } from './style.js';
import { openingState, type FirstView } from './first-view.js';

let registered = false;

/**
 * Lays out the view a graph opens on (the same filter, style and layout options the page would use) in headless
 * Cytoscape, and returns its node positions; the page then draws that view without running a layout.
 * @param data - the parsed graph.json
 */
export function firstViewPositions(data: unknown): FirstView {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const model = modelFromGraphJson(data);
  const degreeOf = degrees(model);
  const visible = visibleElements(model, openingState(model, degreeOf));
  const defs = toCytoscapeElements(model, degreeOf);
  const { range } = viewStyleInputs(visible.nodes, degreeOf);
  const density = densityOf(visible.nodes.size, visible.edges.size);
  const elements: ElementDefinition[] = [...[...visible.nodes].map((id) => defs.get(id)!), ...[...visible.edges].map((id) => defs.get(id)!)];
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ density, degreeRange: range }) as unknown as cytoscape.StylesheetJson, elements });
  if (visible.nodes.size > 0) cy.layout(layoutOptions('auto', visible.nodes.size, density !== 'normal')).run();
  const nodes: FirstView['nodes'] = {};
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    nodes[n.id()] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  });
  cy.destroy();
  return { version: 1, nodes };
}
