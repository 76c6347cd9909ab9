// The newsgraph viewer: Cytoscape.js over graph.json with search, filters, evidence on click, layouts and exports.
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { ENTITY_TYPES, RELATION_TYPES, STATUSES, type Evidence } from '../../src/types.js';
import { ENTITY_COLORS, RELATION_COLORS, STATUS_LINES } from '../../src/graph/palette.js';
import { modelFromGraphJson, searchNodes, type EdgeRecord, type GraphModel, type NodeRecord } from './model.js';
import { DEFAULT_STATE, visibleElements, type ViewState } from './filters.js';
import { decodeState, encodeState } from './state.js';
import { stylesheet } from './style.js';
import { viewGraphML, viewSvg, filteredGraph } from './exports.js';
import { download, fill, h } from './dom.js';

cytoscape.use(fcose);

/** Graphs above this many nodes start with a fast layout and labels hidden when zoomed out. */
const LARGE = 1500;

async function loadGraph(): Promise<unknown> {
  const inline = document.getElementById('graph-data');
  if (inline?.textContent) return JSON.parse(inline.textContent);
  const response = await fetch('graph.json');
  if (!response.ok) throw new Error(`graph.json: HTTP ${response.status}`);
  return response.json();
}

function elementsOf(model: GraphModel): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const e of model.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return [
    ...model.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, name: n.name, type: n.type, degree: degree.get(n.id) ?? 0 } })),
    ...model.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, status: e.status, evidence: e.evidence.length, symmetric: e.type === 'MET_WITH' || e.type === 'SPOKE_WITH' } })),
  ];
}

function layoutOptions(name: string, large: boolean): LayoutOptions {
  const chosen = name === 'auto' ? (large ? 'concentric' : 'fcose') : name;
  if (chosen === 'fcose') return { name: 'fcose', quality: large ? 'draft' : 'default', animate: false, randomize: true, nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: 80, packComponents: true } as LayoutOptions;
  if (chosen === 'concentric') return { name: 'concentric', animate: false, concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: large ? 4 : 24 } as LayoutOptions;
  if (chosen === 'breadthfirst') return { name: 'breadthfirst', animate: false, spacingFactor: 1.2 } as LayoutOptions;
  if (chosen === 'circle') return { name: 'circle', animate: false } as LayoutOptions;
  return { name: 'grid', animate: false } as LayoutOptions;
}

/** The sentence with its trigger words marked, as text nodes and a <mark>. */
function evidenceSentence(ev: Evidence): HTMLElement {
  const p = h('blockquote', { class: 'sentence' });
  const trigger = ev.trigger;
  if (trigger && trigger.start >= ev.start && trigger.end <= ev.end) {
    const a = trigger.start - ev.start;
    const b = trigger.end - ev.start;
    p.append(ev.sentence.slice(0, a), h('mark', {}, ev.sentence.slice(a, b)), ev.sentence.slice(b));
  } else p.append(ev.sentence);
  return p;
}

/** The smallest minimum degree that leaves at most `limit` nodes. */
function degreeForAtMost(model: GraphModel, limit: number): number {
  const degree = new Map<string, number>();
  for (const e of model.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const sorted = model.nodes.map((n) => degree.get(n.id) ?? 0).sort((a, b) => b - a);
  return Math.max(1, (sorted[limit] ?? 0) + 1);
}

function main(data: unknown): void {
  const model = modelFromGraphJson(data);
  const large = model.nodes.length > LARGE;
  let state: ViewState = decodeState(location.hash);
  // a large graph opens on its most connected part (at most LARGE nodes), not on a hairball; the filter shows the rest
  if (large && !new URLSearchParams(location.hash.slice(1)).has('deg')) state = { ...state, minDegree: degreeForAtMost(model, LARGE) };
  const container = document.getElementById('cy')!;
  const started = performance.now();
  // built headless, laid out, then mounted: the canvas is drawn once, with final positions
  const cy: Core = cytoscape({
    headless: true, styleEnabled: true, elements: elementsOf(model), style: stylesheet({ large }) as unknown as cytoscape.StylesheetJson,
    layout: { name: 'preset' }, minZoom: 0.02, maxZoom: 4,
    textureOnViewport: large, hideEdgesOnViewport: large, hideLabelsOnViewport: large, motionBlur: false, pixelRatio: large ? 1 : 'auto',
  });
  const counts = document.getElementById('counts')!;
  const details = document.getElementById('details')!;
  let visible = { nodes: new Set<string>(), edges: new Set<string>() };

  const updateHash = (): void => {
    const hash = encodeState(state);
    if (location.hash.replace(/^#/, '') !== hash) history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  };
  const apply = (relayout: boolean): void => {
    visible = visibleElements(model, state);
    // hide by class, not by per-element style bypass: one stylesheet rule, far cheaper on large graphs
    cy.batch(() => {
      const hidden = cy.elements().filter((el) => !(el.isNode() ? visible.nodes.has(el.id()) : visible.edges.has(el.id())));
      cy.elements('.hidden').not(hidden).removeClass('hidden');
      hidden.addClass('hidden');
    });
    counts.textContent = `${visible.nodes.size} of ${model.nodes.length} nodes · ${visible.edges.size} of ${model.edges.length} edges`;
    counts.setAttribute('data-total-nodes', String(model.nodes.length));
    counts.setAttribute('data-total-edges', String(model.edges.length));
    counts.setAttribute('data-nodes', String(visible.nodes.size));
    counts.setAttribute('data-edges', String(visible.edges.size));
    if (relayout && visible.nodes.size > 0) {
      const layout = cy.elements(':visible').layout(layoutOptions(state.layout, large));
      layout.one('layoutstop', () => void cy.fit(cy.elements(':visible'), 30));
      layout.run();
    }
    updateHash();
  };

  const showNode = (node: NodeRecord): void => {
    const rows: Array<[string, string]> = [['Type', node.type], ['Mentions', String(node.mentions)], ['Aliases', node.aliases.join(' · ')], ['Roles', node.roles.join(' · ') || '—'], ['Documents', node.docs.join(', ')]];
    fill(details, h('h2', {}, node.name), h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      h('button', { type: 'button', id: 'focus-button' }, state.focus === node.id ? 'Show everything' : 'Focus on neighbourhood'));
    document.getElementById('focus-button')!.addEventListener('click', () => {
      state = { ...state, focus: state.focus === node.id ? null : node.id };
      apply(true);
      showNode(node);
    });
  };
  const showEdge = (edge: EdgeRecord): void => {
    const name = (id: string): string => model.byId.get(id)?.name ?? id;
    const meta = [edge.status, edge.when ? `when ${edge.when}` : null, edge.where ? `where ${name(edge.where)}` : null, `confidence ${edge.confidence}`].filter(Boolean).join(' · ');
    fill(details, h('h2', {}, `${name(edge.source)} — ${edge.type} — ${name(edge.target)}`), h('p', { class: 'meta' }, meta),
      h('h3', {}, `Evidence (${edge.evidence.length})`),
      h('ol', { class: 'evidence' }, ...edge.evidence.map((ev) => h('li', {}, evidenceSentence(ev), h('p', { class: 'source' }, `${ev.doc} · chars ${ev.start}–${ev.end} · rule ${ev.ruleId}${ev.statusRuleId ? ` · ${ev.statusRuleId}` : ''}`)))));
  };
  const select = (id: string | null): void => {
    state = { ...state, selected: id };
    cy.elements().unselect();
    if (!id) {
      fill(details, h('p', { class: 'hint' }, 'Click a node or an edge to see its details and evidence.'));
      updateHash();
      return;
    }
    const node = model.byId.get(id);
    const edge = node ? undefined : model.edges.find((e) => e.id === id);
    cy.getElementById(id).select();
    if (node) showNode(node);
    else if (edge) showEdge(edge);
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
        apply(true);
      });
      const swatch = colors?.[value] ? h('span', { class: 'swatch', style: `background:${colors[value]}` }) : null;
      box.append(h('label', {}, input, swatch, value.toLowerCase().replace('_', ' ')));
    }
    return box;
  };
  const filters = document.getElementById('filters')!;
  const docSelect = h('select', { id: 'doc-filter', 'aria-label': 'Document' }, h('option', { value: '' }, 'All documents'), ...model.documents.map((d) => h('option', { value: d }, d)));
  docSelect.value = state.doc ?? '';
  docSelect.addEventListener('change', () => {
    state = { ...state, doc: docSelect.value || null };
    apply(true);
  });
  const dateInput = (id: string, value: string | null, set: (v: string | null) => void): HTMLInputElement => {
    const input = h('input', { id, type: 'text', placeholder: 'YYYY-MM', size: '8', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
    input.value = value ?? '';
    input.addEventListener('change', () => {
      set(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.value) ? input.value : null);
      apply(true);
    });
    return input;
  };
  const degree = h('input', { id: 'min-degree', type: 'number', min: '0', max: '100', value: String(state.minDegree) });
  degree.addEventListener('change', () => {
    state = { ...state, minDegree: Math.max(0, Number(degree.value) || 0) };
    apply(true);
  });
  fill(filters,
    group('Relation', RELATION_TYPES, () => state.relations, (v) => (state = { ...state, relations: v as ViewState['relations'] }), RELATION_COLORS),
    group('Entity', ENTITY_TYPES, () => state.entities, (v) => (state = { ...state, entities: v as ViewState['entities'] }), ENTITY_COLORS),
    group('Status', STATUSES, () => state.statuses, (v) => (state = { ...state, statuses: v as ViewState['statuses'] })),
    h('fieldset', {}, h('legend', {}, 'Document'), docSelect),
    h('fieldset', {}, h('legend', {}, 'Dates'), h('label', {}, 'from ', dateInput('date-from', state.from, (v) => (state = { ...state, from: v }))), h('label', {}, 'to ', dateInput('date-to', state.to, (v) => (state = { ...state, to: v })))),
    h('fieldset', {}, h('legend', {}, 'Minimum degree'), degree),
  );

  // ---- legend ---------------------------------------------------------------------------------------------------
  fill(document.getElementById('legend')!,
    ...ENTITY_TYPES.map((t) => h('span', { class: 'item' }, h('span', { class: 'swatch', style: `background:${ENTITY_COLORS[t]}` }), t)),
    ...RELATION_TYPES.map((t) => h('span', { class: 'item' }, h('span', { class: 'line', style: `border-color:${RELATION_COLORS[t]}` }), t.replace('_', ' ').toLowerCase())),
    ...(['planned', 'cancelled'] as const).map((s) => h('span', { class: 'item' }, h('span', { class: `line ${STATUS_LINES[s]}` }), s)),
  );

  // ---- search ---------------------------------------------------------------------------------------------------
  const search = document.getElementById('search') as HTMLInputElement;
  const results = document.getElementById('search-results')!;
  let active = -1;
  const choose = (node: NodeRecord): void => {
    search.value = node.name;
    fill(results);
    state = { ...state, focus: node.id, hops: state.hops };
    apply(true);
    select(node.id);
    cy.animate({ center: { eles: cy.getElementById(node.id) }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
  };
  const renderResults = (): void => {
    const found = searchNodes(model, search.value);
    fill(results, ...found.map((f, i) => {
      const li = h('li', { role: 'option', id: `result-${i}`, 'aria-selected': String(i === active) }, h('strong', {}, f.node.name), f.matched !== f.node.name ? ` (${f.matched})` : '', h('span', { class: 'type' }, f.node.type));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(f.node);
      });
      return li;
    }));
    return void found;
  };
  search.addEventListener('input', () => {
    active = -1;
    renderResults();
  });
  search.addEventListener('keydown', (e) => {
    const found = searchNodes(model, search.value);
    if (e.key === 'ArrowDown') active = Math.min(found.length - 1, active + 1);
    else if (e.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (e.key === 'Enter') {
      const pick = found[Math.max(0, active)];
      if (pick) choose(pick.node);
      return;
    } else if (e.key === 'Escape') {
      search.value = '';
      fill(results);
      state = { ...state, focus: null };
      apply(true);
      return;
    } else return;
    e.preventDefault();
    renderResults();
  });
  const hops = document.getElementById('hops') as HTMLSelectElement;
  hops.value = String(state.hops);
  hops.addEventListener('change', () => {
    state = { ...state, hops: hops.value === '2' ? 2 : 1 };
    apply(true);
  });

  // ---- toolbar --------------------------------------------------------------------------------------------------
  const layoutSelect = document.getElementById('layout') as HTMLSelectElement;
  layoutSelect.value = state.layout;
  layoutSelect.addEventListener('change', () => {
    state = { ...state, layout: layoutSelect.value };
    apply(true);
  });
  const on = (id: string, handler: () => void): void => document.getElementById(id)!.addEventListener('click', handler);
  on('fit', () => cy.fit(cy.elements(':visible'), 30));
  on('zoom-in', () => cy.zoom({ level: cy.zoom() * 1.3, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } }));
  on('zoom-out', () => cy.zoom({ level: cy.zoom() / 1.3, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } }));
  on('reset', () => {
    state = { ...DEFAULT_STATE };
    location.hash = '';
    location.reload();
  });
  on('export-png', () => download('newsgraph.png', 'image/png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }) as unknown as Blob));
  on('export-svg', () => download('newsgraph.svg', 'image/svg+xml', viewSvg(cy)));
  on('export-graphml', () => download('newsgraph-view.graphml', 'application/graphml+xml', viewGraphML(model, visible.nodes, visible.edges)));
  on('export-json', () => download('newsgraph-view.json', 'application/json', JSON.stringify(filteredGraph(model, visible.nodes, visible.edges).export())));
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    if (e.key === '/') {
      e.preventDefault();
      search.focus();
    } else if (e.key === 'f') cy.fit(cy.elements(':visible'), 30);
    else if (e.key === '+' || e.key === '=') cy.zoom(cy.zoom() * 1.3);
    else if (e.key === '-') cy.zoom(cy.zoom() / 1.3);
    else if (e.key === 'Escape') select(null);
  });

  apply(true);
  cy.mount(container);
  cy.resize();
  cy.fit(cy.elements(':visible'), 30);
  if (state.selected) select(state.selected);
  else select(null);
  // an extension point for scripts and tests: the Cytoscape instance and the model (read-only use expected)
  (window as unknown as { newsgraph: unknown }).newsgraph = { cy, model, get state() { return state; } };
  cy.ready(() => {
    cy.resize();
    cy.fit(cy.elements(':visible'), 30);
    const ms = Math.round(performance.now() - started);
    document.body.setAttribute('data-ready', 'true');
    document.body.setAttribute('data-render-ms', String(ms));
  });
}

loadGraph().then(main).catch((error: unknown) => {
  const box = document.getElementById('details');
  if (box) fill(box, h('p', { class: 'error' }, `Could not load the graph: ${(error as Error).message}`));
  document.body.setAttribute('data-ready', 'error');
});
