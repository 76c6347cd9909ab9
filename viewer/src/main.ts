// The newsgraph viewer: Cytoscape.js over graph.json with search, filters, evidence on click, layouts and exports.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES } from '../../src/types.js';
import { ENTITY_COLORS, RELATION_COLORS } from '../../src/graph/palette.js';
import { modelFromGraphJson, searchNodes, type NodeRecord } from './model.js';
import { DEFAULT_STATE, degrees, focusOn, visibleElements, type ViewState } from './filters.js';
import { isFirstView, isOpeningView, LARGE, openingState, placesExactly, type FirstView } from './first-view.js';
import { decodeState, encodeState } from './state.js';
import { densityOf, stylesheet, viewStyleInputs, type Density } from './style.js';
import { toCytoscapeElements } from './elements.js';
import { layoutOptions } from './layouts.js';
import { showEdge, showHint, showNode, type DetailActions } from './details.js';
import { legendItems } from './legend.js';
import { viewGraphML, viewSvg, filteredGraph } from './exports.js';
import { download, fill, h } from './dom.js';

performance.mark('ng:script');
cytoscape.use(fcose);

/** The closest "fit" zooms. */
const MAX_FIT_ZOOM = 1.25;

async function loadGraph(): Promise<unknown> {
  const inline = document.getElementById('graph-data');
  if (inline?.textContent) return JSON.parse(inline.textContent);
  const response = await fetch('graph.json');
  if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
  return response.json();
}

/** The opening view's precomputed positions (inlined, or from the server), or null: then the page lays it out. */
async function loadFirstView(): Promise<FirstView | null> {
  const inline = document.getElementById('first-view');
  try {
    const data: unknown = inline ? JSON.parse(inline.textContent ?? 'null') : await fetch('first-view.json').then((r) => (r.ok ? r.json() : null));
    return isFirstView(data) ? data : null;
  } catch {
    return null;
  }
}

function main(data: unknown, firstView: FirstView | null): void {
  performance.mark('ng:loaded');
  const started = performance.now();
  const model = modelFromGraphJson(data);
  const large = model.nodes.length > LARGE;
  const hash = new URLSearchParams(location.hash.slice(1));
  let state: ViewState = decodeState(location.hash);
  // a large graph opens on its best-connected core, not on a hairball; lowering "minimum degree" shows the rest
  const degreeOf = degrees(model);
  state = openingState(model, degreeOf, state, hash.has('deg'));
  const defs = toCytoscapeElements(model, degreeOf);
  const container = document.getElementById('cy')!;
  const counts = document.getElementById('counts')!;
  const details = document.getElementById('details')!;
  let styleKey = '';
  const styleFor = (density: Density, range: readonly [number, number]): cytoscape.StylesheetJson => {
    styleKey = `${density}:${range[0]}:${range[1]}`;
    return stylesheet({ density, degreeRange: range }) as unknown as cytoscape.StylesheetJson;
  };
  // elements are added and laid out synchronously before the first animation frame, so the canvas is drawn once
  const cy: Core = cytoscape({
    container, style: styleFor('normal', [0, 1]),
    minZoom: 0.02, maxZoom: 4, textureOnViewport: large, hideEdgesOnViewport: large, hideLabelsOnViewport: large, motionBlur: false, pixelRatio: large ? 1 : 'auto',
  });
  let visible = { nodes: new Set<string>(), edges: new Set<string>() };
  /** The first apply: the only one that may use the precomputed opening layout. */
  let opening = true;
  /** The state before the current focus, restored when the focus is left. */
  let beforeFocus: ViewState | null = null;

  const updateHash = (): void => {
    const text = encodeState(state);
    if (location.hash.replace(/^#/, '') !== text) history.replaceState(null, '', text ? `#${text}` : location.pathname + location.search);
  };
  /** Fits the view, but no closer than 1.25× so a handful of nodes is not drawn with giant labels. */
  const fit = (): void => {
    cy.fit(undefined, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  };
  /**
   * Fits known positions without asking Cytoscape for bounding boxes (which measures every label before the first frame):
   * the points' box, with room for the largest node and its label.
   */
  const fitPoints = (points: ReadonlyArray<readonly [number, number]>): void => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs) - 60, Math.max(...xs) + 60, Math.min(...ys) - 30, Math.max(...ys) + 50];
    const width = container.clientWidth || 800;
    const height = container.clientHeight || 600;
    const zoom = Math.min(MAX_FIT_ZOOM, (width - 60) / Math.max(1, x1 - x0), (height - 60) / Math.max(1, y1 - y0));
    cy.viewport({ zoom, pan: { x: width / 2 - zoom * (x0 + x1) / 2, y: height / 2 - zoom * (y0 + y1) / 2 } });
  };
  /** Recomputes what is shown, puts exactly that in Cytoscape, and lays it out. */
  const apply = (): void => {
    performance.mark('ng:apply');
    visible = visibleElements(model, state);
    performance.mark('ng:filtered');
    const density = densityOf(visible.nodes.size, visible.edges.size);
    // the best-connected shown nodes keep their labels when the others are hidden
    const { range, hubDegree } = viewStyleInputs(visible.nodes, degreeOf);
    cy.batch(() => {
      cy.elements().filter((el) => !(el.isNode() ? visible.nodes.has(el.id()) : visible.edges.has(el.id()))).remove();
      const missing: ElementDefinition[] = [];
      for (const id of visible.nodes) if (cy.getElementById(id).empty()) missing.push(defs.get(id)!);
      for (const id of visible.edges) if (cy.getElementById(id).empty()) missing.push(defs.get(id)!);
      cy.add(missing);
      if (`${density}:${range[0]}:${range[1]}` !== styleKey) cy.style(styleFor(density, range));
      const nodes = cy.nodes();
      nodes.filter((n) => (n.data('degree') as number) >= hubDegree && !n.hasClass('hub')).addClass('hub');
      nodes.filter((n) => (n.data('degree') as number) < hubDegree && n.hasClass('hub')).removeClass('hub');
    });
    performance.mark('ng:synced');
    counts.textContent = `${visible.nodes.size} of ${model.nodes.length} nodes · ${visible.edges.size} of ${model.edges.length} edges`;
    counts.setAttribute('data-total-nodes', String(model.nodes.length));
    counts.setAttribute('data-total-edges', String(model.edges.length));
    counts.setAttribute('data-nodes', String(visible.nodes.size));
    counts.setAttribute('data-edges', String(visible.edges.size));
    // the opening view was laid out once outside the page (first-view.json): place it, no layout to run
    const preset = opening && firstView !== null && isOpeningView(state, openingState(model, degreeOf)) && placesExactly(firstView, visible.nodes) ? firstView : null;
    opening = false;
    if (preset) {
      cy.nodes().positions((n) => {
        const [x, y] = preset.nodes[n.id()]!;
        return { x, y };
      });
      performance.mark('ng:positioned');
      fitPoints(Object.values(preset.nodes));
    } else if (visible.nodes.size > 0) {
      const options = layoutOptions(state.layout, visible.nodes.size, density !== 'normal');
      const layout = cy.elements().layout(options);
      layout.one('layoutstop', () => {
        performance.mark('ng:positioned');
        fit();
      });
      layout.run();
    }
    performance.mark('ng:laid-out');
    if (state.selected && cy.getElementById(state.selected).nonempty()) cy.getElementById(state.selected).select();
    updateHash();
  };

  const actions: DetailActions = {
    select: (id) => select(id),
    focus: (id) => {
      // leaving a focus restores the filters it relaxed (a large graph goes back to its overview, not to everything)
      if (id && !state.focus) beforeFocus = state;
      state = id ? focusOn(model, state, id) : { ...(beforeFocus ?? state), focus: null, selected: state.selected };
      if (!id) beforeFocus = null;
      syncControls();
      apply();
      if (state.selected) select(state.selected);
    },
  };
  const select = (id: string | null): void => {
    state = { ...state, selected: id };
    cy.elements().unselect();
    const node = id ? model.byId.get(id) : undefined;
    const edge = id && !node ? model.edges.find((e) => e.id === id) : undefined;
    if (node) showNode(details, model, node, state.focus === node.id, actions);
    else if (edge) showEdge(details, model, edge, actions);
    else {
      state = { ...state, selected: null };
      showHint(details);
    }
    if (id) cy.getElementById(id).select();
    updateHash();
  };
  cy.on('tap', 'node, edge', (event) => select(event.target.id() as string));
  cy.on('tap', (event) => {
    if (event.target === cy) select(null);
  });

  // ---- filters --------------------------------------------------------------------------------------------------
  const group = (title: string, values: readonly string[], chosen: () => string[], set: (v: string[]) => void, colors?: Record<string, string>): HTMLElement => {
    const box = h('fieldset', {}, h('legend', {}, title));
    for (const value of values) {
      const input = h('input', { type: 'checkbox', value, 'data-filter': title.toLowerCase() });
      input.checked = chosen().length === 0 || chosen().includes(value);
      input.addEventListener('change', () => {
        const checked = [...box.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
        set(checked.length === values.length ? [] : checked);
        apply();
      });
      const color = colors?.[value];
      const swatch = color ? h('span', { class: 'swatch' }) : null;
      if (swatch && color) swatch.style.background = color;
      box.append(h('label', {}, input, swatch, value.toLowerCase().replace('_', ' ')));
    }
    return box;
  };
  const docSelect = h('select', { id: 'doc-filter', 'aria-label': 'Document' }, h('option', { value: '' }, 'All documents'), ...model.documents.map((d) => h('option', { value: d }, d)));
  docSelect.value = state.doc ?? '';
  docSelect.addEventListener('change', () => {
    state = { ...state, doc: docSelect.value || null };
    apply();
  });
  const dateInput = (id: string, label: string, value: string | null, set: (v: string | null) => void): HTMLInputElement => {
    const input = h('input', { id, type: 'text', placeholder: 'YYYY-MM', size: '8', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', 'aria-label': label });
    input.value = value ?? '';
    input.addEventListener('change', () => {
      set(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.value) ? input.value : null);
      apply();
    });
    return input;
  };
  const degree = h('input', { id: 'min-degree', type: 'number', min: '0', max: '1000', value: String(state.minDegree), 'aria-label': 'Minimum degree' });
  degree.addEventListener('change', () => {
    state = { ...state, minDegree: Math.max(0, Math.floor(Number(degree.value)) || 0) };
    apply();
  });
  fill(document.getElementById('filters')!,
    group('Relation', RELATION_TYPES, () => state.relations, (v) => (state = { ...state, relations: v as ViewState['relations'] }), RELATION_COLORS),
    group('Entity', ENTITY_TYPES, () => state.entities, (v) => (state = { ...state, entities: v as ViewState['entities'] }), ENTITY_COLORS),
    group('Status', STATUSES, () => state.statuses, (v) => (state = { ...state, statuses: v as ViewState['statuses'] })),
    h('fieldset', {}, h('legend', {}, 'Document'), docSelect),
    h('fieldset', {}, h('legend', {}, 'Dates'), h('label', {}, 'from ', dateInput('date-from', 'From date', state.from, (v) => (state = { ...state, from: v }))), h('label', {}, 'to ', dateInput('date-to', 'To date', state.to, (v) => (state = { ...state, to: v })))),
    h('fieldset', {}, h('legend', {}, 'Minimum degree'), degree, large ? h('p', { class: 'hint' }, `Large graph: opened on its ${visibleElements(model, state).nodes.size} best-connected nodes. Lower this to see more.`) : null),
  );
  fill(document.getElementById('legend')!, ...legendItems());
  /** Puts the state into the filter controls (after a change made in code, not by the controls). */
  const syncControls = (): void => {
    const chosen: Record<string, readonly string[]> = { relation: state.relations, entity: state.entities, status: state.statuses };
    for (const input of document.querySelectorAll<HTMLInputElement>('#filters input[data-filter]')) {
      const list = chosen[input.dataset.filter ?? ''] ?? [];
      input.checked = list.length === 0 || list.includes(input.value);
    }
    docSelect.value = state.doc ?? '';
    (document.getElementById('date-from') as HTMLInputElement).value = state.from ?? '';
    (document.getElementById('date-to') as HTMLInputElement).value = state.to ?? '';
    degree.value = String(state.minDegree);
  };

  // ---- search ---------------------------------------------------------------------------------------------------
  const search = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('search-results')!;
  let active = -1;
  let found: ReturnType<typeof searchNodes> = [];
  const closeResults = (): void => {
    found = [];
    active = -1;
    fill(results);
    search.setAttribute('aria-expanded', 'false');
    search.removeAttribute('aria-activedescendant');
  };
  const choose = (node: NodeRecord): void => {
    search.value = node.name;
    closeResults();
    if (!state.focus) beforeFocus = state;
    state = focusOn(model, state, node.id);
    syncControls();
    apply();
    select(node.id);
  };
  const renderResults = (): void => {
    fill(results, ...found.map((f, i) => {
      const li = h('li', { role: 'option', id: `result-${i}`, 'aria-selected': String(i === active) }, h('strong', {}, f.node.name), f.matched !== f.node.name ? ` (${f.matched})` : '', h('span', { class: 'type' }, f.node.type));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(f.node);
      });
      return li;
    }));
    search.setAttribute('aria-expanded', String(found.length > 0));
    if (active >= 0) search.setAttribute('aria-activedescendant', `result-${active}`);
    else search.removeAttribute('aria-activedescendant');
  };
  search.addEventListener('input', () => {
    active = -1;
    found = searchNodes(model, search.value);
    renderResults();
  });
  search.addEventListener('blur', () => setTimeout(closeResults, 150));
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') active = Math.min(found.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') {
      const pick = found[Math.max(0, active)] ?? searchNodes(model, search.value)[0];
      if (pick) choose(pick.node);
      return;
    } else if (e.key === 'Escape') {
      search.value = '';
      closeResults();
      if (state.focus) actions.focus(null);
      return;
    } else return;
    e.preventDefault();
    renderResults();
  });
  const hops = document.getElementById('hops') as HTMLSelectElement;
  hops.value = String(state.hops);
  hops.addEventListener('change', () => {
    state = { ...state, hops: hops.value === '2' ? 2 : 1 };
    apply();
  });

  // ---- toolbar and keys -----------------------------------------------------------------------------------------
  const layoutSelect = document.getElementById('layout') as HTMLSelectElement;
  layoutSelect.value = state.layout;
  layoutSelect.addEventListener('change', () => {
    state = { ...state, layout: layoutSelect.value };
    apply();
  });
  const zoomBy = (factor: number): void => {
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  };
  const on = (id: string, handler: () => void): void => document.getElementById(id)!.addEventListener('click', handler);
  on('fit', fit);
  on('zoom-in', () => zoomBy(1.3));
  on('zoom-out', () => zoomBy(1 / 1.3));
  on('reset', () => {
    state = { ...DEFAULT_STATE };
    history.replaceState(null, '', location.pathname + location.search);
    location.reload();
  });
  on('export-png', () => download('newsgraph.png', 'image/png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 8000, maxHeight: 8000 }) as unknown as Blob));
  on('export-svg', () => download('newsgraph.svg', 'image/svg+xml', viewSvg(cy)));
  on('export-graphml', () => download('newsgraph-view.graphml', 'application/graphml+xml', viewGraphML(model, visible.nodes, visible.edges)));
  on('export-json', () => download('newsgraph-view.json', 'application/json', JSON.stringify(filteredGraph(model, visible.nodes, visible.edges).export())));
  const PAN: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (t instanceof HTMLInputElement || t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement || e.ctrlKey || e.metaKey || e.altKey) return;
    const pan = PAN[e.key];
    if (e.key === '/') {
      e.preventDefault();
      search.focus();
    } else if (e.key === 'f') fit();
    else if (e.key === '+' || e.key === '=') zoomBy(1.3);
    else if (e.key === '-') zoomBy(1 / 1.3);
    else if (e.key === 'Escape') select(null);
    else if (pan && (t === document.body || t === container)) {
      e.preventDefault();
      cy.panBy({ x: pan[0], y: pan[1] });
    }
  });

  // a hash typed or pasted by the user (the viewer itself only replaces it) is a new view: reload into it
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') !== encodeState(state)) location.reload();
  });
  performance.mark('ng:ready-to-apply');
  apply();
  performance.mark('ng:mounted');
  select(state.selected);
  // an extension point for scripts and tests: the Cytoscape instance and the model (read-only use expected)
  (window as unknown as { newsgraph: unknown }).newsgraph = { cy, model, get state() { return state; } };
  cy.one('render', () => performance.mark('ng:rendered'));
  requestAnimationFrame(() => requestAnimationFrame(() => {
    performance.mark('ng:drawn');
    document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
    document.body.setAttribute('data-ready', 'true');
  }));
}

Promise.all([loadGraph(), loadFirstView()]).then(([data, firstView]) => main(data, firstView)).catch((error: unknown) => {
  const box = document.getElementById('details');
  if (box) fill(box, h('p', { class: 'error' }, `Could not load the graph: ${(error as Error).message}`));
  document.body.setAttribute('data-ready', 'error');
});
