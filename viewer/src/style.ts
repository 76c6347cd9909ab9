// The Cytoscape stylesheet as data: colour and shape by entity type, colour by relation, line style by status, size by degree.
import type { EntityType, RelationType, Status } from '../../src/types.js';
import { ENTITY_COLORS, ENTITY_SHAPES, RELATION_COLORS, STATUS_LINES } from '../../src/graph/palette.js';

/** One rule of a Cytoscape stylesheet. */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/**
 * How crowded the view is. `normal`: every label, curved edges with arrows. `crowded`: thin translucent edges, hub
 * labels always, the others once zoomed in. `huge`: straight hairline edges and only hub labels (cheapest to draw).
 */
export type Density = 'normal' | 'crowded' | 'huge';

/** What the stylesheet depends on. */
export interface StyleOptions {
  density: Density;
  /** Lowest and highest degree among the shown nodes: node and label size scale over this range. */
  degreeRange: readonly [number, number];
}

/** The density of a view of `nodes` nodes and `edges` edges. */
export function densityOf(nodes: number, edges: number): Density {
  if (nodes + edges > 2500) return 'huge';
  // many more edges than nodes draw as a tangle: thin them and keep only the big names
  if (nodes > 60 && edges > 2.5 * nodes) return 'crowded';
  return 'normal';
}

/** How many of the best-connected shown nodes keep their labels in crowded views (class `hub`). */
export const HUBS = 15;

/**
 * What a view's style depends on besides its density: the range of the shown nodes' degrees, and the degree a node
 * needs to be one of the `hubs` best-connected (whose labels stay).
 * @param shown - the shown node ids
 * @param degreeOf - every node's degree over the whole graph
 */
export function viewStyleInputs(shown: Iterable<string>, degreeOf: ReadonlyMap<string, number>, hubs = HUBS): { range: readonly [number, number]; hubDegree: number } {
  const sorted = [...shown].map((id) => degreeOf.get(id) ?? 0).sort((a, b) => b - a);
  return { range: [sorted[sorted.length - 1] ?? 0, sorted[0] ?? 1], hubDegree: sorted[Math.min(hubs, sorted.length) - 1] ?? 0 };
}

/**
 * The stylesheet. Node and label size grow with degree; a label whose drawn size falls under `min-zoomed-font-size`
 * is hidden, so zoomed out only the big names are written and zooming in reveals the rest. Nodes with class `hub`
 * (the best-connected shown nodes) and the selection always keep their labels.
 */
export function stylesheet(options: StyleOptions): StyleRule[] {
  const [lo, hi] = options.degreeRange;
  const top = Math.max(lo + 1, hi);
  const { density } = options;
  const size = density === 'normal' ? [12, 44] : [8, 36];
  const rules: StyleRule[] = [
    { selector: 'node', style: {
      label: 'data(name)', 'font-size': `mapData(degree, ${lo}, ${top}, 11, 18)`, 'font-family': 'system-ui, sans-serif', color: '#1f2328',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9,
      // Cytoscape compares font size × zoom rounded up to a power of two (its texture level) with this minimum:
      // 40 px hides 11–18 px labels up to 2× zoom and shows them beyond
      'min-zoomed-font-size': density === 'normal' ? 7 : 40, 'text-max-width': '160px', 'text-wrap': 'ellipsis',
      width: `mapData(degree, ${lo}, ${top}, ${size[0]}, ${size[1]})`, height: `mapData(degree, ${lo}, ${top}, ${size[0]}, ${size[1]})`,
      'border-width': 1, 'border-color': '#ffffff',
    } },
    { selector: 'node.hub', style: { 'min-zoomed-font-size': 5, 'font-weight': 600, 'z-index': 5 } },
    { selector: 'edge', style: density === 'normal'
      ? { width: 'mapData(evidence, 1, 6, 1.5, 5)', 'curve-style': 'bezier', opacity: 0.8, 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 }
      : { width: density === 'huge' ? 0.6 : 1, 'curve-style': 'haystack', opacity: density === 'huge' ? 0.25 : 0.3, 'target-arrow-shape': 'none' } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    // huge views: no labels except hubs and the selection; no border (cheap to draw)
    ...(density === 'huge' ? [{ selector: 'node', style: { label: '', 'border-width': 0 } }, { selector: 'node.hub', style: { label: 'data(name)' } }] : []),
    // the selection stands out: a yellow halo under it, its label always drawn
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111111', label: 'data(name)', 'min-zoomed-font-size': 0, 'z-index': 10, 'underlay-color': '#f5c518', 'underlay-opacity': 0.55, 'underlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 4, opacity: 1, 'z-index': 10, 'underlay-color': '#f5c518', 'underlay-opacity': 0.55, 'underlay-padding': 5 } },
  ];
  for (const [type, color] of Object.entries(ENTITY_COLORS) as Array<[EntityType, string]>) {
    rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': color, shape: ENTITY_SHAPES[type] } });
  }
  for (const [type, color] of Object.entries(RELATION_COLORS) as Array<[RelationType, string]>) {
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': color, 'target-arrow-color': color } });
  }
  for (const [status, line] of Object.entries(STATUS_LINES) as Array<[Status, string]>) {
    if (status !== 'asserted') rules.push({ selector: `edge[status = "${status}"]`, style: { 'line-style': line, 'line-dash-pattern': line === 'dotted' ? [2, 3] : [6, 4] } });
  }
  // refused is always red, whatever the relation
  rules.push({ selector: 'edge[status = "refused"]', style: { 'line-color': RELATION_COLORS.REBUFFED, 'target-arrow-color': RELATION_COLORS.REBUFFED } });
  return rules;
}
