// The side panel: a node's facts and relations, an edge's evidence sentences with the trigger words marked. Text only.
import type { EdgeRecord, GraphModel, NodeRecord } from './model.js';
import { triggerParts } from './model.js';
import type { Evidence } from '../../src/types.js';
import { fill, h } from './dom.js';

/** What the panel can ask the app to do. */
export interface DetailActions {
  /** Select a node or an edge by id. */
  select(id: string): void;
  /** Focus on a node's neighbourhood, or (null) show everything again. */
  focus(id: string | null): void;
}

/** The sentence with its trigger words in a <mark>, all inserted as text. */
export function evidenceSentence(ev: Evidence): HTMLElement {
  const p = h('blockquote', { class: 'sentence' });
  const parts = triggerParts(ev);
  if (parts) p.append(parts[0], h('mark', {}, parts[1]), parts[2]);
  else p.append(ev.sentence);
  return p;
}

const nameOf = (model: GraphModel, id: string): string => model.byId.get(id)?.name ?? id;

/** Shows a node: name, type, aliases, roles, mentions, documents, a focus button and its relations (keyboard reachable). */
export function showNode(panel: HTMLElement, model: GraphModel, node: NodeRecord, focused: boolean, actions: DetailActions): void {
  const rows: Array<[string, string]> = [
    ['Type', node.type], ['Mentions', String(node.mentions)], ['Aliases', node.aliases.join(' · ') || '—'], ['Roles', node.roles.join(' · ') || '—'], ['Documents', node.docs.join(', ') || '—'],
  ];
  const focus = h('button', { type: 'button', id: 'focus-button' }, focused ? 'Show everything' : 'Focus on neighbourhood');
  focus.addEventListener('click', () => actions.focus(focused ? null : node.id));
  const relations = model.edges.filter((e) => e.source === node.id || e.target === node.id);
  const items = relations.slice(0, 200).map((e) => {
    const other = e.source === node.id ? e.target : e.source;
    const arrow = e.source === node.id ? '→' : '←';
    const button = h('button', { type: 'button', class: 'link', 'data-edge': e.id }, `${e.type.replace('_', ' ').toLowerCase()} ${arrow} ${nameOf(model, other)}`);
    button.addEventListener('click', () => actions.select(e.id));
    return h('li', {}, button, e.status !== 'asserted' ? h('span', { class: `status ${e.status}` }, ` ${e.status}`) : null);
  });
  fill(panel,
    h('h2', {}, node.name),
    h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    focus,
    h('h3', {}, `Relations (${relations.length})`),
    h('ul', { class: 'relations' }, ...items),
    relations.length > items.length ? h('p', { class: 'hint' }, `and ${relations.length - items.length} more`) : null,
  );
}

/** Shows an edge: its ends, status, date, place, confidence and every evidence sentence with document and rule. */
export function showEdge(panel: HTMLElement, model: GraphModel, edge: EdgeRecord, actions: DetailActions): void {
  const meta = [edge.status, edge.when ? `when ${edge.when}` : null, edge.where ? `where ${nameOf(model, edge.where)}` : null, `confidence ${edge.confidence}`].filter(Boolean).join(' · ');
  const end = (id: string): HTMLElement => {
    const b = h('button', { type: 'button', class: 'link' }, nameOf(model, id));
    b.addEventListener('click', () => actions.select(id));
    return b;
  };
  fill(panel,
    h('h2', {}, `${nameOf(model, edge.source)} — ${edge.type} — ${nameOf(model, edge.target)}`),
    h('p', { class: 'meta' }, meta),
    h('p', { class: 'ends' }, end(edge.source), ' · ', end(edge.target)),
    h('h3', {}, `Evidence (${edge.evidence.length})`),
    h('ol', { class: 'evidence' }, ...edge.evidence.map((ev) => h('li', {},
      evidenceSentence(ev),
      h('p', { class: 'source' }, `${ev.doc} · chars ${ev.start}–${ev.end} · rule ${ev.ruleId}${ev.statusRuleId ? ` · ${ev.statusRuleId}` : ''}`)))),
  );
}

/** The panel's text when nothing is selected. */
export function showHint(panel: HTMLElement, text = 'Click a node or an edge (or pick a search result) to see its details and evidence.'): void {
  fill(panel, h('p', { class: 'hint' }, text));
}
