// Cytoscape JSON ({elements: {nodes, edges}}): what Cytoscape desktop and cytoscape.js load.
import type { KnowledgeGraph } from '../model.js';
import type { EdgeAttributes, NodeAttributes } from '../../types.js';
import { SYMMETRIC_RELATIONS } from '../../types.js';
import { writeFileAtomic } from '../../util/atomic.js';

/** A Cytoscape JSON document. */
export interface CytoscapeJson {
  format_version: '1.0';
  generated_by: string;
  data: { name: string };
  elements: {
    nodes: Array<{ data: NodeAttributes & { id: string; label: string; degree: number } }>;
    edges: Array<{ data: EdgeAttributes & { id: string; source: string; target: string; label: string; symmetric: boolean } }>;
  };
}

/** The Cytoscape JSON of a graph; every attribute is kept in `data` (lists as arrays, evidence as objects). */
export function toCytoscape(graph: KnowledgeGraph): CytoscapeJson {
  return {
    format_version: '1.0',
    generated_by: 'newsgraph',
    data: { name: 'newsgraph' },
    elements: {
      nodes: graph.mapNodes((key, a) => ({ data: { ...a, id: key, label: a.name, degree: graph.degree(key) } })),
      edges: graph.mapEdges((key, a, source, target) => ({ data: { ...a, id: key, source, target, label: a.type, symmetric: SYMMETRIC_RELATIONS.has(a.type) } })),
    },
  };
}

/** Writes Cytoscape JSON to a file atomically. */
export async function writeCytoscape(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(toCytoscape(graph)));
}
