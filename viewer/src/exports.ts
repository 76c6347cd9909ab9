// Exports of the current (filtered) view from the browser: SVG from node positions, GraphML and JSON of what is shown.
import { MultiDirectedGraph } from 'graphology';
import { escapeUTF8 } from 'entities';
import type { Core } from 'cytoscape';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/types.js';
import { toGraphML } from '../../src/graph/export/graphml.js';
import type { GraphModel } from './model.js';

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

/** An SVG drawing of the current view: positions, colours and labels as Cytoscape renders them. */
export function viewSvg(cy: Core): string {
  const box = cy.elements(':visible').boundingBox({});
  const pad = 20;
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}" width="${Math.round(box.w + 2 * pad)}" height="${Math.round(box.h + 2 * pad)}" font-family="system-ui, sans-serif">`];
  parts.push(`<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad}" fill="#ffffff"/>`);
  cy.edges(':visible').forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const dash = e.style('line-style') === 'dashed' ? ' stroke-dasharray="6 4"' : e.style('line-style') === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    parts.push(`<line x1="${s.x}" y1="${s.y}" x2="${t.x}" y2="${t.y}" stroke="${escapeUTF8(String(e.style('line-color')))}" stroke-width="${parseFloat(String(e.style('width'))) || 1}" opacity="0.8"${dash}/>`);
  });
  cy.nodes(':visible').forEach((n) => {
    const p = n.position();
    const r = (n.width() || 20) / 2;
    parts.push(`<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="${escapeUTF8(String(n.style('background-color')))}" stroke="#ffffff"/>`);
    parts.push(`<text x="${p.x}" y="${p.y + r + 12}" font-size="11" text-anchor="middle">${escapeUTF8(String(n.data('name')))}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
