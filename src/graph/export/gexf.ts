// GEXF 1.3 for Gephi through graphology-gexf, with a colour and shape per entity type and flattened lists.
import { write as writeGexfText } from 'graphology-gexf';
import type { KnowledgeGraph } from '../model.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { ENTITY_COLORS, RELATION_COLORS } from '../palette.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe } from './columns.js';
import { writeFileAtomic } from '../../util/atomic.js';

export { ENTITY_COLORS, RELATION_COLORS };

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
