// The model as Cytoscape element definitions (pure): nodes carry name, type and degree; edges type, status and evidence count.
import type { ElementDefinition } from 'cytoscape';
import { SYMMETRIC_RELATIONS } from '../../src/types.js';
import type { GraphModel } from './model.js';
import { degrees } from './filters.js';

/**
 * Cytoscape element definitions of every node and edge, by id. The viewer adds only the shown ones to Cytoscape;
 * `degree` (over the whole graph) drives node and label size, `evidence` the edge width, `symmetric` drops the arrow.
 * @param degree - every node's degree, when the caller has it already ({@link degrees})
 */
export function toCytoscapeElements(model: GraphModel, degree: ReadonlyMap<string, number> = degrees(model)): Map<string, ElementDefinition> {
  const defs = new Map<string, ElementDefinition>();
  for (const n of model.nodes) defs.set(n.id, { group: 'nodes', data: { id: n.id, name: n.name, type: n.type, degree: degree.get(n.id) ?? 0 } });
  for (const e of model.edges) {
    defs.set(e.id, { group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type, status: e.status, evidence: e.evidence.length, symmetric: SYMMETRIC_RELATIONS.has(e.type) } });
  }
  return defs;
}
