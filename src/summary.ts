// The build summary: counts by node and edge type and status, and per-document diagnostics (summary.json).
import type { Diagnostic } from './types.js';
import type { KnowledgeGraph } from './graph/model.js';

/** What summary.json holds. */
export interface BuildSummary {
  schemaVersion: number;
  documents: number;
  failedDocuments: number;
  nodes: number;
  edges: number;
  nodesByType: Record<string, number>;
  edgesByType: Record<string, number>;
  edgesByStatus: Record<string, number>;
  /** Diagnostics grouped by document. */
  diagnostics: Record<string, Diagnostic[]>;
  elapsedMs: number;
  /** Peak resident memory of the build process, in MB. */
  peakRssMb: number;
}

/** Summarises a built graph and its diagnostics. */
export function summarize(graph: KnowledgeGraph, diagnostics: readonly Diagnostic[], failed: number, elapsedMs: number): BuildSummary {
  const count = (into: Record<string, number>, key: string): void => {
    into[key] = (into[key] ?? 0) + 1;
  };
  const nodesByType: Record<string, number> = {};
  const edgesByType: Record<string, number> = {};
  const edgesByStatus: Record<string, number> = {};
  graph.forEachNode((_n, a) => count(nodesByType, a.type));
  graph.forEachEdge((_e, a) => {
    count(edgesByType, a.type);
    count(edgesByStatus, a.status);
  });
  const byDoc: Record<string, Diagnostic[]> = {};
  for (const d of diagnostics) (byDoc[d.doc] ??= []).push(d);
  return {
    schemaVersion: 1, documents: graph.getAttribute('documents').length, failedDocuments: failed, nodes: graph.order, edges: graph.size,
    nodesByType, edgesByType, edgesByStatus, diagnostics: byDoc, elapsedMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** The short human summary printed by `newsgraph build`. */
export function formatSummary(s: BuildSummary, outdir: string): string {
  const list = (r: Record<string, number>): string => Object.entries(r).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  const errors = Object.values(s.diagnostics).flat().filter((d) => d.level === 'error');
  const lines = [
    `newsgraph: ${s.documents} document(s) read${s.failedDocuments ? `, ${s.failedDocuments} failed` : ''} in ${(s.elapsedMs / 1000).toFixed(2)} s → ${outdir}`,
    `  nodes ${s.nodes}: ${list(s.nodesByType)}`,
    `  edges ${s.edges}: ${list(s.edgesByType)}`,
    `  status: ${list(s.edgesByStatus)}`,
  ];
  for (const e of errors) lines.push(`  error: ${e.message}`);
  return lines.join('\n');
}
