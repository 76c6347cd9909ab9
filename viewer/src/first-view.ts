// The view a graph opens on (its best-connected core when large), shared by the page and by the Node side that lays it out once.
import type { GraphModel } from './model.js';
import { DEFAULT_STATE, overviewMinDegree, type ViewState } from './filters.js';
import { encodeState } from './state.js';

/** A graph with more nodes than this opens on its best-connected core (see {@link overviewMinDegree}). */
export const LARGE = 1000;
/** The size of that first view: small enough to lay out and draw in well under a second, big enough to show structure. */
export const OVERVIEW = { nodes: 150, edges: 600 };

/** Positions of the opening view's nodes, laid out once outside the page: `nodes[id] = [x, y]`. */
export interface FirstView {
  version: 1;
  nodes: Record<string, [number, number]>;
}

/**
 * The state a view opens in: `base` (the URL's state), with a large graph's minimum degree raised to its core unless the
 * URL sets one.
 * @param degreeOf - every node's degree over the whole graph
 * @param urlSetsDegree - the URL names a minimum degree (the user's choice wins)
 */
export function openingState(model: GraphModel, degreeOf: ReadonlyMap<string, number>, base: ViewState = DEFAULT_STATE, urlSetsDegree = false): ViewState {
  if (model.nodes.length <= LARGE || urlSetsDegree) return base;
  return { ...base, minDegree: overviewMinDegree(model, OVERVIEW.nodes, OVERVIEW.edges, degreeOf) };
}

/**
 * Is `state` the view a graph opens on (`opening`, from {@link openingState} with no URL state)? The selection does not
 * change what is shown, so it may differ; any filter, focus or layout choice makes another view.
 */
export function isOpeningView(state: ViewState, opening: ViewState): boolean {
  return encodeState({ ...state, selected: null }) === encodeState({ ...opening, selected: null });
}

/** Is `data` a {@link FirstView}? (It comes from the network or from an inlined script element.) */
export function isFirstView(data: unknown): data is FirstView {
  if (typeof data !== 'object' || data === null) return false;
  const { version, nodes } = data as { version?: unknown; nodes?: unknown };
  return version === 1 && typeof nodes === 'object' && nodes !== null;
}

/** Do the precomputed positions place exactly the nodes shown? (Otherwise the view differs and is laid out afresh.) */
export function placesExactly(firstView: FirstView, shown: ReadonlySet<string>): boolean {
  const ids = Object.keys(firstView.nodes);
  return ids.length === shown.size && ids.every((id) => shown.has(id));
}
