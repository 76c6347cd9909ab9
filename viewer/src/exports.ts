// Exports of the current (filtered) view from the browser: SVG from node positions, GraphML and JSON of what is shown.
import { MultiDirectedGraph } from 'graphology';
import { escapeUTF8 } from 'entities';
import type { Core } from 'cytoscape';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';
import { toGraphML } from '../../src/graph/export/graphml.js';
import type { GraphModel } from './model.js';
import { round, shapePoints } from './shapes.js';

/** The visible part of the model as a graph.json-shaped graph. */
export function filteredGraph(model: GraphModel, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  g.replaceAttributes({ schemaVersion: 1, generator: 'newsgraph viewer', documents: [] });
  for (const n of model.nodes) if (nodes.has(n.id)) g.addNode(n.id, { name: n.name, type: n.type, aliases: n.aliases, roles: n.roles, mentions: n.mentions, docs: n.docs });
  for (const e of model.edges) if (edges.has(e.id)) g.addDirectedEdgeWithKey(e.id, e.source, e.target, { type: e.type, status: e.status, when: e.when, where: e.where, confidence: e.confidence, evidence: e.evidence });
  return g;
}

/** GraphML of the visible part. */
export function viewGraphML(model: GraphModel, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): string {
  return toGraphML(filteredGraph(model, nodes, edges));
}

/** A node as drawn: centre, half-size, fill, entity type (for its shape) and label. */
export interface DrawnNode { x: number; y: number; r: number; color: string; type: string; label: string }
/** An edge as drawn: a straight line from centre to centre with its colour, width, dash and opacity. */
export interface DrawnEdge { x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash: 'solid' | 'dashed' | 'dotted'; opacity: number }

const DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="2 3"' } as const;
const esc = (v: string | number): string => escapeUTF8(String(v));

/**
 * An SVG document of a drawing: edges first, then node shapes, then labels; every text and attribute value escaped.
 * Pure, so it is tested without a browser.
 */
export function drawingToSvg(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[]): string {
  const pad = 30;
  const xs = nodes.flatMap((n) => [n.x - n.r, n.x + n.r]);
  const ys = nodes.flatMap((n) => [n.y - n.r, n.y + n.r + 16]);
  const x1 = Math.min(0, ...xs) - pad;
  const y1 = Math.min(0, ...ys) - pad;
  const w = Math.max(1, ...xs) - x1 + pad;
  const hgt = Math.max(1, ...ys) - y1 + pad;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x1)} ${round(y1)} ${round(w)} ${round(hgt)}" width="${Math.ceil(w)}" height="${Math.ceil(hgt)}" font-family="system-ui, sans-serif">`,
    `<rect x="${round(x1)}" y="${round(y1)}" width="${round(w)}" height="${round(hgt)}" fill="#ffffff"/>`, '<g class="edges" fill="none">'];
  for (const e of edges) {
    parts.push(`<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke="${esc(e.color)}" stroke-width="${round(e.width)}" stroke-opacity="${round(e.opacity)}"${DASH[e.dash]}/>`);
  }
  parts.push('</g>', '<g class="nodes" stroke="#ffffff">');
  for (const n of nodes) {
    const points = shapePoints(n.type, n.x, n.y, n.r);
    parts.push(points === null
      ? `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(n.r)}" fill="${esc(n.color)}"/>`
      : `<polygon points="${points}" fill="${esc(n.color)}"/>`);
  }
  parts.push('</g>', '<g class="labels" font-size="11" text-anchor="middle" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke">');
  for (const n of nodes) if (n.label) parts.push(`<text x="${round(n.x)}" y="${round(n.y + n.r + 12)}">${esc(n.label)}</text>`);
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}

/** An SVG drawing of the current view: positions, colours, shapes and names as Cytoscape shows them. */
export function viewSvg(cy: Core): string {
  const nodes: DrawnNode[] = cy.nodes().map((n) => ({
    x: n.position().x, y: n.position().y, r: (n.width() || 20) / 2, color: String(n.style('background-color')), type: String(n.data('type')), label: String(n.data('name') ?? ''),
  }));
  const edges: DrawnEdge[] = cy.edges().map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const line = String(e.style('line-style'));
    return { x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: String(e.style('line-color')), width: parseFloat(String(e.style('width'))) || 1, dash: line === 'dashed' || line === 'dotted' ? line : 'solid', opacity: Number(e.style('opacity')) || 1 };
  });
  return drawingToSvg(nodes, edges);
}
