// Node entry (bundled to dist/viewer/first-view.mjs): lays out a graph's opening view once, with the page's own code and options.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { modelFromGraphJson } from './model.js';
import { degrees, visibleElements } from './filters.js';
import { toCytoscapeElements } from './elements.js';
import { layoutOptions } from './layouts.js';
import { densityOf, stylesheet, viewStyleInputs } from './style.js';
import { openingState, type FirstView } from './first-view.js';
import { separateLabels, type LabelledNode } from './label-room.js';

let registered = false;

/** The seed of the opening layout: the same graph always opens on the same picture. */
export const LAYOUT_SEED = 0x6e67;

/**
 * Runs `work` with `Math.random` replaced by a seeded generator (mulberry32), so fcose's random start and sampling repeat
 * exactly; the layout is synchronous, so nothing else sees the replacement.
 */
function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  let s = seed >>> 0;
  Math.random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return work();
  } finally {
    Math.random = original;
  }
}

/**
 * Lays out the view a graph opens on (the same filter, style and layout options the page would use) in headless
 * Cytoscape from a fixed seed ({@link LAYOUT_SEED}), then moves apart the nodes whose written names would overlap
 * (every name in a normal view, the hubs' in a crowded one; see {@link separateLabels}), and returns the node positions;
 * the page then draws that view without running a layout.
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
  const { range, hubDegree } = viewStyleInputs(visible.nodes, degreeOf);
  const density = densityOf(visible.nodes.size, visible.edges.size);
  const elements: ElementDefinition[] = [...[...visible.nodes].map((id) => defs.get(id)!), ...[...visible.edges].map((id) => defs.get(id)!)];
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ density, degreeRange: range }) as unknown as cytoscape.StylesheetJson, elements });
  if (visible.nodes.size > 0) withSeededRandom(LAYOUT_SEED, () => cy.layout(layoutOptions('auto', visible.nodes.size, density !== 'normal')).run());
  // the names drawn at the opening zoom: all of them in a normal view, the hubs' otherwise (as the stylesheet decides)
  const written = cy.nodes().filter((n) => density === 'normal' || (n.data('degree') as number) >= hubDegree).nodes();
  const labelled: LabelledNode[] = written.map((n) => ({ id: n.id(), ...n.position(), size: n.width(), fontSize: n.numericStyle('font-size') as number, label: String(n.data('name')) }));
  for (const [id, position] of separateLabels(labelled)) cy.getElementById(id).position(position);
  const nodes: FirstView['nodes'] = {};
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    nodes[n.id()] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  });
  cy.destroy();
  return { version: 1, nodes };
}
