// The Cytoscape stylesheet as data: colour and shape by entity type, colour by relation, line style by status, size by degree.
import type { EntityType, RelationType, Status } from '../../src/types.js';
import { ENTITY_COLORS, ENTITY_SHAPES, RELATION_COLORS, STATUS_LINES } from '../../src/graph/palette.js';

/** One rule of a Cytoscape stylesheet. */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number>;
}

/** The stylesheet. `large` hides labels when zoomed out (min-zoomed-font-size) and thins edges. */
export function stylesheet(options: { large: boolean }): StyleRule[] {
  const rules: StyleRule[] = [
    { selector: 'node', style: {
      label: 'data(name)', 'font-size': 12, 'font-family': 'system-ui, sans-serif', color: '#1f2328', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#ffffff', 'text-outline-width': 2, 'min-zoomed-font-size': options.large ? 9 : 4,
      width: 'mapData(degree, 0, 20, 14, 46)', height: 'mapData(degree, 0, 20, 14, 46)', 'border-width': 1, 'border-color': '#ffffff',
    } },
    { selector: 'edge', style: {
      width: options.large ? 0.8 : 'mapData(evidence, 1, 6, 1.5, 5)', 'curve-style': options.large ? 'haystack' : 'bezier', opacity: options.large ? 0.45 : 0.85,
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
    } },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111' } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: '.hidden', style: { display: 'none' } },
    // large graphs: labels only for the most connected nodes and the selection, plain shapes (cheap to draw)
    ...(options.large ? [
      { selector: 'node', style: { label: '', shape: 'ellipse', 'border-width': 0 } },
      { selector: 'node[degree >= 12], node:selected', style: { label: 'data(name)' } },
    ] : []),
  ];
  for (const [type, color] of Object.entries(ENTITY_COLORS) as Array<[EntityType, string]>) {
    rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': color, shape: ENTITY_SHAPES[type] } });
  }
  for (const [type, color] of Object.entries(RELATION_COLORS) as Array<[RelationType, string]>) {
    rules.push({ selector: `edge[type = "${type}"]`, style: { 'line-color': color, 'target-arrow-color': color } });
  }
  for (const [status, line] of Object.entries(STATUS_LINES) as Array<[Status, string]>) {
    if (status !== 'asserted') rules.push({ selector: `edge[status = "${status}"]`, style: { 'line-style': line, opacity: 0.7 } });
  }
  rules.push({ selector: 'edge[status = "refused"]', style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728' } });
  return rules;
}
