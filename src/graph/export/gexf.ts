// GEXF 1.3 for Gephi through graphology-gexf, with a colour and shape per entity type and flattened lists.
import { write as writeGexfText } from 'graphology-gexf';
import type { KnowledgeGraph } from '../model.js';
import type { EdgeAttributes, EntityType, NodeAttributes, RelationType } from '../../types.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe } from './columns.js';
import { writeFileAtomic } from '../../util/atomic.js';

/** Colours by entity type (shared with the viewer's legend). */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  Person: '#4e79a7', Organization: '#f28e2b', Country: '#59a14f', City: '#76b7b2', Place: '#edc948', Event: '#b07aa1',
};

/** Colours by relation type. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  MET_WITH: '#2f6db5', VISITED: '#3a9a4a', REBUFFED: '#d62728', SPOKE_WITH: '#8c8c8c',
};

const flat = (v: string | number | boolean | string[] | null): string | number | boolean => (v === null ? '' : Array.isArray(v) ? xmlSafe(v.join(' | ')) : typeof v === 'string' ? xmlSafe(v) : v);

/** The GEXF 1.3 document of a graph. Lists are joined with " | "; evidence is kept as a JSON string. */
export function toGEXF(graph: KnowledgeGraph): string {
  return writeGexfText<NodeAttributes, EdgeAttributes>(graph, {
    version: '1.3',
    formatNode: (key, a) => {
      return {
        label: xmlSafe(a.name),
        viz: { color: ENTITY_COLORS[a.type], size: 4 + Math.log2(1 + graph.degree(key)) * 4 },
        attributes: Object.fromEntries(NODE_COLUMNS.map((c) => [c.name, flat(c.get(a, key))])),
      };
    },
    formatEdge: (key, a) => {
      return {
        label: a.type,
        kind: a.type,
        weight: a.evidence.length,
        viz: { color: RELATION_COLORS[a.type] },
        attributes: Object.fromEntries(EDGE_COLUMNS.map((c) => [c.name, flat(c.get(a, key))])),
      };
    },
  });
}

/** Writes GEXF to a file atomically. */
export async function writeGEXF(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeFileAtomic(file, toGEXF(graph));
}
