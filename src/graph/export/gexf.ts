// GEXF 1.3 for Gephi through graphology-gexf: a colour and size per node, MET_WITH/SPOKE_WITH undirected, lists flattened.
import { MultiGraph } from 'graphology';
import { write as writeGexfText } from 'graphology-gexf';
import type { KnowledgeGraph } from '../model.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../types.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { ENTITY_COLORS, RELATION_COLORS } from '../palette.js';
import { EDGE_COLUMNS, NODE_COLUMNS, xmlSafe } from './columns.js';
import { writeFileAtomic } from '../../util/atomic.js';

export { ENTITY_COLORS, RELATION_COLORS };

/** How GEXF joins list values (aliases, roles, docs, rule ids) into one string attribute. */
export const GEXF_LIST_SEPARATOR = ' | ';

const flat = (v: string | number | boolean | string[] | null): string | number | boolean => (v === null ? '' : Array.isArray(v) ? xmlSafe(v.join(GEXF_LIST_SEPARATOR)) : typeof v === 'string' ? xmlSafe(v) : v);

/**
 * The graph as a mixed graph: symmetric relations become undirected edges, so the writer marks them
 * `type="undirected"` in a directed GEXF, as Gephi expects.
 */
function mixedCopy(graph: KnowledgeGraph): MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const mixed = new MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'mixed', allowSelfLoops: false });
  // graph.json's document list is not GEXF metadata: keep the scalar attributes only
  mixed.replaceAttributes({ schemaVersion: graph.getAttribute('schemaVersion'), generator: graph.getAttribute('generator'), documents: [] });
  mixed.removeAttribute('documents');
  graph.forEachNode((key, attributes) => mixed.addNode(key, attributes));
  graph.forEachEdge((key, attributes, source, target) => {
    if (SYMMETRIC_RELATIONS.has(attributes.type)) mixed.addUndirectedEdgeWithKey(key, source, target, attributes);
    else mixed.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return mixed;
}

/**
 * The GEXF 1.3 document of a graph. Nodes: label = name, `viz:color` by entity type, `viz:size` by degree; edges:
 * label and kind = relation type, weight = evidence count, `viz:color` by relation type, MET_WITH and SPOKE_WITH
 * `type="undirected"`. Lists are joined with " | "; evidence is kept whole as a JSON string.
 */
export function toGEXF(graph: KnowledgeGraph): string {
  return writeGexfText<NodeAttributes, EdgeAttributes>(mixedCopy(graph), {
    version: '1.3',
    formatNode: (key, a) => ({
      label: xmlSafe(a.name),
      viz: { color: ENTITY_COLORS[a.type], size: 4 + Math.log2(1 + graph.degree(key)) * 4 },
      attributes: Object.fromEntries(NODE_COLUMNS.map((c) => [c.name, flat(c.get(a, key))])),
    }),
    formatEdge: (key, a) => ({
      label: a.type,
      kind: a.type,
      weight: a.evidence.length,
      viz: { color: RELATION_COLORS[a.type] },
      attributes: Object.fromEntries(EDGE_COLUMNS.map((c) => [c.name, flat(c.get(a, key))])),
    }),
  });
}

/** Writes GEXF to a file atomically. */
export async function writeGEXF(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeFileAtomic(file, toGEXF(graph));
}
