// The Cytoscape stylesheet as data: colour and shape by entity type, colour by relation, line style by status, size by degree.
import type { EntityType, RelationType, Status } from '../../src/types.js';
import { ENTITY_COLORS, ENTITY_SHAPES, RELATION_COLORS, STATUS_LINES } from '../../src/graph/palette.js';

/** One rule of a Cytoscape stylesheet. */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/** What the stylesheet depends on. */
export interface StyleOptions {
  /** Many elements shown: thin straight edges, labels only on hubs (cheap to draw, readable when zoomed out). */
  dense: boolean;
  /** The highest degree in the graph: node size and label size scale from 0 to it. */
  maxDegree: number;
  /** In a dense view, nodes of at least this degree keep their label. */
  hubDegree?: number;
}

/**
 * The stylesheet. Node size and label size grow with degree; labels whose drawn size would fall under
 * `min-zoomed-font-size` are hidden, so zoomed out only the big names are written and zooming in reveals the rest.
 */
export function stylesheet(options: StyleOptions): StyleRule[] {
  const top = Math.max(2, options.maxDegree);
  const rules: StyleRule[] = [
    { selector: 'node', style: {
      label: 'data(name)', 'font-size': `mapData(degree, 0, ${top}, 10, 20)`, 'font-family': 'system-ui, sans-serif', color: '#1f2328',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-outline-opacity': 0.9,
      'min-zoomed-font-size': options.dense ? 10 : 7, 'text-max-width': '160px', 'text-wrap': 'ellipsis',
      width: `mapData(degree, 0, ${top}, 12, 48)`, height: `mapData(degree, 0, ${top}, 12, 48)`, 'border-width': 1, 'border-color': '#ffffff',
    } },
    { selector: 'edge', style: {
      width: options.dense ? 0.7 : 'mapData(evidence, 1, 6, 1.5, 5)', 'curve-style': options.dense ? 'haystack' : 'bezier', opacity: options.dense ? 0.35 : 0.8,
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
    } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111', label: 'data(name)', 'min-zoomed-font-size': 0, 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1, 'z-index': 10 } },
    // dense views: labels only for hubs and the selection; plain shapes are cheaper to draw
    ...(options.dense ? [
      { selector: 'node', style: { label: '', 'border-width': 0 } },
      { selector: `node[degree >= ${options.hubDegree ?? top}], node:selected`, style: { label: 'data(name)' } },
    ] : []),
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
