// Which nodes and edges are visible for a view state: relation, entity type, status, document, dates, degree, focus.
import type { EntityType, RelationType, Status } from '../../src/types.js';
import type { GraphModel } from './model.js';

/** Everything the user can set; the URL hash keeps it. Empty arrays mean "all". */
export interface ViewState {
  relations: RelationType[];
  entities: EntityType[];
  statuses: Status[];
  doc: string | null;
  /** Dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; an edge without a date passes only when no range is set. */
  from: string | null;
  to: string | null;
  minDegree: number;
  focus: string | null;
  hops: 1 | 2;
  selected: string | null;
  layout: string;
}

/** The state of a fresh view: entities without any relation are hidden (minimum degree 1) so the network is readable. */
export const DEFAULT_STATE: ViewState = { relations: [], entities: [], statuses: [], doc: null, from: null, to: null, minDegree: 1, focus: null, hops: 1, selected: null, layout: 'auto' };

const inRange = (when: string | null, from: string | null, to: string | null): boolean => {
  if (!from && !to) return true;
  if (!when) return false;
  if (from && when < from) return false;
  // "2023-06" ends with every day of June
  if (to && when.slice(0, to.length) > to) return false;
  return true;
};

/** The visible node and edge ids. Degree counts the edges that pass the other filters. */
export function visibleElements(model: GraphModel, state: ViewState): { nodes: Set<string>; edges: Set<string> } {
  const typeOk = (id: string): boolean => {
    const n = model.byId.get(id);
    return n !== undefined && (state.entities.length === 0 || state.entities.includes(n.type));
  };
  let edges = model.edges.filter((e) => (state.relations.length === 0 || state.relations.includes(e.type))
    && (state.statuses.length === 0 || state.statuses.includes(e.status))
    && (state.doc === null || e.docs.includes(state.doc))
    && inRange(e.when, state.from, state.to)
    && typeOk(e.source) && typeOk(e.target));
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const filtering = state.relations.length > 0 || state.statuses.length > 0 || state.from !== null || state.to !== null;
  let nodes = new Set(model.nodes.filter((n) => typeOk(n.id)
    // a document shows what it mentions and the ends of the relations it gives evidence for
    && (state.doc === null || n.docs.includes(state.doc) || degree.has(n.id))
    && (degree.get(n.id) ?? 0) >= state.minDegree
    // an edge filter hides the nodes it leaves without edges
    && (!filtering || (degree.get(n.id) ?? 0) > 0)).map((n) => n.id));
  edges = edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  if (state.focus && nodes.has(state.focus)) {
    const keep = new Set([state.focus]);
    let frontier = new Set([state.focus]);
    for (let hop = 0; hop < state.hops; hop++) {
      const next = new Set<string>();
      for (const e of edges) {
        if (frontier.has(e.source) && !keep.has(e.target)) next.add(e.target);
        if (frontier.has(e.target) && !keep.has(e.source)) next.add(e.source);
      }
      for (const id of next) keep.add(id);
      frontier = next;
    }
    nodes = keep;
    edges = edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  }
  return { nodes, edges: new Set(edges.map((e) => e.id)) };
}

/** Degree of every node over all edges of the model. */
export function degrees(model: GraphModel): Map<string, number> {
  const degree = new Map<string, number>();
  for (const e of model.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/**
 * The minimum degree a large graph opens with: the smallest one that leaves at most `maxNodes` nodes and `maxEdges`
 * edges among them, so the first view is the well-connected core, drawn fast, rather than a hairball of everything.
 * Small graphs get the default (1). The user can lower it in the filters.
 * @param degree - every node's degree, when the caller has it already ({@link degrees})
 */
export function overviewMinDegree(model: GraphModel, maxNodes: number, maxEdges: number, degree: ReadonlyMap<string, number> = degrees(model)): number {
  const top = Math.max(0, ...degree.values());
  // nodesAt[d]: nodes of degree exactly d; edgesAt[d]: edges whose lower end-degree is d (kept while min ≤ d)
  const nodesAt = new Array<number>(top + 2).fill(0);
  const edgesAt = new Array<number>(top + 2).fill(0);
  for (const n of model.nodes) nodesAt[degree.get(n.id) ?? 0]! += 1;
  for (const e of model.edges) edgesAt[Math.min(degree.get(e.source) ?? 0, degree.get(e.target) ?? 0)]! += 1;
  // walk down from the top, keeping the lowest threshold that still fits
  let best = top;
  let nodes = 0;
  let edges = 0;
  for (let d = top; d >= DEFAULT_STATE.minDegree; d--) {
    nodes += nodesAt[d]!;
    edges += edgesAt[d]!;
    if (nodes > maxNodes || edges > maxEdges) break;
    best = d;
  }
  return Math.max(DEFAULT_STATE.minDegree, best);
}

/**
 * The state that focuses on a node, relaxing filters only as far as needed for the node to be shown: first the
 * minimum degree (a large graph's overview hides most nodes by degree), then every other filter.
 */
export function focusOn(model: GraphModel, state: ViewState, id: string): ViewState {
  const focused: ViewState = { ...state, focus: id, selected: id };
  if (visibleElements(model, focused).nodes.has(id)) return focused;
  const anyDegree: ViewState = { ...focused, minDegree: 0 };
  if (visibleElements(model, anyDegree).nodes.has(id)) return anyDegree;
  return { ...DEFAULT_STATE, minDegree: 0, focus: id, selected: id, hops: state.hops, layout: state.layout };
}
