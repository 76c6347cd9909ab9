// The legend: entity types with their colour and shape, relation types with their colour, statuses with their line.
import { ENTITY_TYPES, RELATION_TYPES, STATUSES, type EntityType } from '../../src/types.js';
import { ENTITY_COLORS, RELATION_COLORS, STATUS_LINES } from '../../src/graph/palette.js';
import { h } from './dom.js';
import { shapePoints } from './shapes.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A 12-pixel SVG of an entity type's shape and colour. */
export function shapeIcon(type: EntityType): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('viewBox', '0 0 12 12');
  svg.setAttribute('aria-hidden', 'true');
  const points = shapePoints(type, 6, 6, 6);
  const shape = points === null ? document.createElementNS(SVG, 'circle') : document.createElementNS(SVG, 'polygon');
  if (points === null) {
    shape.setAttribute('cx', '6');
    shape.setAttribute('cy', '6');
    shape.setAttribute('r', '5.5');
  } else shape.setAttribute('points', points);
  shape.setAttribute('fill', ENTITY_COLORS[type]);
  svg.append(shape);
  return svg;
}

/** A short line in a colour and line style. */
function line(color: string, style: string): HTMLElement {
  const el = h('span', { class: `line ${style}` });
  el.style.borderTopColor = color;
  return el;
}

/** The legend's items. */
export function legendItems(): HTMLElement[] {
  const label = (s: string): string => s.replace('_', ' ').toLowerCase();
  return [
    h('strong', {}, 'Entities'),
    ...ENTITY_TYPES.map((t) => h('span', { class: 'item' }, shapeIcon(t), t)),
    h('strong', {}, 'Relations'),
    ...RELATION_TYPES.map((t) => h('span', { class: 'item' }, line(RELATION_COLORS[t], 'solid'), label(t))),
    h('strong', {}, 'Status'),
    ...STATUSES.map((s) => h('span', { class: 'item' }, line(s === 'refused' ? RELATION_COLORS.REBUFFED : '#57606a', STATUS_LINES[s]), s)),
    h('span', { class: 'item hint' }, 'size = number of relations'),
  ];
}
