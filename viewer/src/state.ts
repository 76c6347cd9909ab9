// The view state in the URL hash, so that a view can be shared: encode and decode, tolerant of bad input.
import { ENTITY_TYPES, RELATION_TYPES, STATUSES, type EntityType, type RelationType, type Status } from '../../src/types.js';
import { DEFAULT_STATE, type ViewState } from './filters.js';

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] => (value ? value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)) : []);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The hash for a state (without "#"); default values are left out. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.relations.length) p.set('rel', state.relations.join(','));
  if (state.entities.length) p.set('ent', state.entities.join(','));
  if (state.statuses.length) p.set('status', state.statuses.join(','));
  if (state.doc) p.set('doc', state.doc);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.minDegree !== DEFAULT_STATE.minDegree) p.set('deg', String(state.minDegree));
  if (state.focus) p.set('focus', state.focus);
  if (state.hops !== 1) p.set('hops', String(state.hops));
  if (state.selected) p.set('sel', state.selected);
  if (state.layout !== DEFAULT_STATE.layout) p.set('layout', state.layout);
  return p.toString();
}

/** The state a hash describes; unknown or malformed values fall back to the defaults. */
export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const deg = Number(p.get('deg') ?? DEFAULT_STATE.minDegree);
  const from = p.get('from');
  const to = p.get('to');
  return {
    relations: list<RelationType>(p.get('rel'), RELATION_TYPES),
    entities: list<EntityType>(p.get('ent'), ENTITY_TYPES),
    statuses: list<Status>(p.get('status'), STATUSES),
    doc: p.get('doc'),
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    minDegree: Number.isInteger(deg) && deg >= 0 && deg < 10_000 ? deg : DEFAULT_STATE.minDegree,
    focus: p.get('focus'),
    hops: p.get('hops') === '2' ? 2 : 1,
    selected: p.get('sel'),
    layout: /^[a-z]+$/.test(p.get('layout') ?? '') ? (p.get('layout') as string) : DEFAULT_STATE.layout,
  };
}
