// Scoring a graph against a gold file: relation precision/recall/F1, entity recall, duplicate entities, verbatim evidence.
import type { KnowledgeGraph } from '../graph/model.js';

/** The gold file's shape (see eval/GOLD-SEEDS.md). */
export interface Gold {
  version: number;
  docs: string[];
  entities: Array<{ id: string; name: string; type: string; aliases: string[]; optional?: boolean }>;
  relations: Array<{ type: string; source: string; target: string; optional?: boolean }>;
  not_relations?: Array<{ type: string; source: string; target: string }>;
}

/** Precision, recall and F1 of one relation type (or all). */
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The whole score. */
export interface Score {
  relations: Record<string, PRF>;
  micro: PRF;
  entityRecall: number;
  entitiesFound: number;
  entitiesRequired: number;
  missingEntities: string[];
  duplicateGroups: Array<{ gold: string; nodes: string[] }>;
  evidenceVerbatim: number;
  evidenceTotal: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** The normalisation the gold's checker uses: accents and case folded, possessive dropped, punctuation to spaces. */
export function normalizeName(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/'s$/i, '').toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const SCORED_TYPES = ['MET_WITH', 'VISITED', 'REBUFFED'] as const;
const SYMMETRIC = new Set(['MET_WITH']);

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const tripleKey = (type: string, a: string, b: string): string => (SYMMETRIC.has(type) && b < a ? `${type}|${b}|${a}` : `${type}|${a}|${b}`);

/**
 * Maps graph nodes onto gold entities by name, then aliases (normalised), and scores the graph's asserted relations.
 * Optional gold relations count neither way; relations of other types (SPOKE_WITH) are not scored.
 * @param graph - the built graph
 * @param gold - the gold file
 * @param docTexts - doc id → text, to check that evidence sentences are verbatim
 */
export function scoreGraph(graph: KnowledgeGraph, gold: Gold, docTexts: ReadonlyMap<string, string>): Score {
  const byAlias = new Map<string, Set<string>>();
  for (const e of gold.entities) for (const a of [e.name, ...e.aliases]) {
    const k = normalizeName(a);
    if (!byAlias.has(k)) byAlias.set(k, new Set());
    byAlias.get(k)!.add(e.id);
  }
  const nodeGold = new Map<string, string>();
  graph.forEachNode((node, attrs) => {
    const byName = byAlias.get(normalizeName(attrs.name));
    if (byName && byName.size === 1) {
      nodeGold.set(node, [...byName][0]!);
      return;
    }
    const votes = new Map<string, number>();
    for (const alias of attrs.aliases) for (const id of byAlias.get(normalizeName(alias)) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) nodeGold.set(node, best[0]);
  });
  // entity recall over required non-Event entities, duplicates over all
  const nodesOf = new Map<string, string[]>();
  for (const [node, id] of nodeGold) nodesOf.set(id, [...(nodesOf.get(id) ?? []), node]);
  const required = gold.entities.filter((e) => !e.optional && e.type !== 'Event');
  const missingEntities = required.filter((e) => !nodesOf.has(e.id)).map((e) => e.id);
  const duplicateGroups = [...nodesOf.entries()].filter(([, nodes]) => nodes.length > 1).map(([id, nodes]) => ({ gold: id, nodes: nodes.sort() }));

  const goldRequired = new Set<string>();
  const goldOptional = new Set<string>();
  for (const r of gold.relations) (r.optional ? goldOptional : goldRequired).add(tripleKey(r.type, r.source, r.target));
  for (const k of goldRequired) goldOptional.delete(k);
  const predicted = new Set<string>();
  let evidenceTotal = 0;
  let evidenceVerbatim = 0;
  graph.forEachEdge((_edge, attrs, source, target) => {
    for (const ev of attrs.evidence) {
      evidenceTotal++;
      const text = docTexts.get(ev.doc);
      if (text !== undefined && text.slice(ev.start, ev.end) === ev.sentence) evidenceVerbatim++;
    }
    if (attrs.status !== 'asserted' || !(SCORED_TYPES as readonly string[]).includes(attrs.type)) return;
    predicted.add(tripleKey(attrs.type, nodeGold.get(source) ?? source, nodeGold.get(target) ?? target));
  });
  const relations: Record<string, PRF> = {};
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  let [TP, FP, FN] = [0, 0, 0];
  for (const type of SCORED_TYPES) {
    let [tp, fp, fn] = [0, 0, 0];
    for (const k of predicted) if (k.startsWith(`${type}|`) && !goldOptional.has(k)) {
      if (goldRequired.has(k)) tp++;
      else {
        fp++;
        falsePositives.push(k);
      }
    }
    for (const k of goldRequired) if (k.startsWith(`${type}|`) && !predicted.has(k)) {
      fn++;
      falseNegatives.push(k);
    }
    relations[type] = prf(tp, fp, fn);
    TP += tp;
    FP += fp;
    FN += fn;
  }
  return {
    relations, micro: prf(TP, FP, FN),
    entityRecall: required.length === 0 ? 1 : (required.length - missingEntities.length) / required.length,
    entitiesFound: required.length - missingEntities.length, entitiesRequired: required.length, missingEntities, duplicateGroups,
    evidenceVerbatim: evidenceTotal === 0 ? 1 : evidenceVerbatim / evidenceTotal, evidenceTotal, falsePositives, falseNegatives,
  };
}

/** A readable report of a score. */
export function formatScore(name: string, s: Score): string {
  const pct = (x: number): string => x.toFixed(3);
  const lines = [`${name}`, 'type        P      R      F1     tp  fp  fn'];
  for (const [type, r] of [...Object.entries(s.relations), ['micro', s.micro] as const]) {
    lines.push(`${type.padEnd(10)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}`);
  }
  lines.push(`entity recall ${pct(s.entityRecall)} (${s.entitiesFound}/${s.entitiesRequired})   duplicate groups ${s.duplicateGroups.length}   evidence verbatim ${(s.evidenceVerbatim * 100).toFixed(1)}% of ${s.evidenceTotal}`);
  if (s.missingEntities.length) lines.push(`missing entities: ${s.missingEntities.join(', ')}`);
  if (s.duplicateGroups.length) lines.push(`duplicates: ${s.duplicateGroups.map((d) => `${d.gold}=[${d.nodes.join(', ')}]`).join('; ')}`);
  if (s.falsePositives.length) lines.push(`false positives: ${s.falsePositives.join('; ')}`);
  if (s.falseNegatives.length) lines.push(`false negatives: ${s.falseNegatives.join('; ')}`);
  return lines.join('\n');
}
