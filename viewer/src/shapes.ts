// Outlines of the entity types' node shapes, shared by the legend icons and the SVG export (same shapes as the stylesheet).
import type { EntityType } from '../../src/types.js';

/** Each type's outline as points in a 12×12 box centred on (6, 6); null for a circle. */
export const SHAPE_POINTS: Readonly<Record<EntityType, ReadonlyArray<readonly [number, number]> | null>> = {
  Person: null,
  Organization: [[0.5, 1.5], [11.5, 1.5], [11.5, 10.5], [0.5, 10.5]],
  Country: [[3, 0.5], [9, 0.5], [12, 6], [9, 11.5], [3, 11.5], [0, 6]],
  City: [[6, 0], [12, 6], [6, 12], [0, 6]],
  Place: [[6, 0.5], [12, 11.5], [0, 11.5]],
  Event: [[6, 0], [7.5, 4.2], [12, 4.4], [8.4, 7.1], [9.7, 11.6], [6, 9], [2.3, 11.6], [3.6, 7.1], [0, 4.4], [4.5, 4.2]],
};

/** The outline of a type's shape centred on (x, y) with half-size r, as an SVG `points` value; null for a circle. */
export function shapePoints(type: string, x: number, y: number, r: number): string | null {
  const points = SHAPE_POINTS[type as EntityType];
  if (!points) return null;
  return points.map(([px, py]) => `${round(x + ((px - 6) / 6) * r)},${round(y + ((py - 6) / 6) * r)}`).join(' ');
}

/** Two decimals are plenty for a drawing. */
export const round = (v: number): number => Math.round(v * 100) / 100;
