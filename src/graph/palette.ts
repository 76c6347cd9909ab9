// Colours and shapes of entity and relation types, shared by the GEXF export and the viewer's legend.
import type { EntityType, RelationType, Status } from '../types.js';

/** Colours by entity type. */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#4e79a7', Organization: '#f28e2b', Country: '#59a14f', City: '#76b7b2', Place: '#c9a227', Event: '#b07aa1',
};

/** Cytoscape node shapes by entity type. */
export const ENTITY_SHAPES: Readonly<Record<EntityType, string>> = {
  Person: 'ellipse', Organization: 'round-rectangle', Country: 'hexagon', City: 'diamond', Place: 'triangle', Event: 'star',
};

/** Colours by relation type. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  MET_WITH: '#2f6db5', VISITED: '#3a9a4a', REBUFFED: '#d62728', SPOKE_WITH: '#8c8c8c',
};

/** Line styles by status: only asserted edges are solid. */
export const STATUS_LINES: Readonly<Record<Status, 'solid' | 'dashed' | 'dotted'>> = {
  asserted: 'solid', planned: 'dashed', hypothetical: 'dashed', cancelled: 'dotted', refused: 'dotted', denied: 'dotted',
};
