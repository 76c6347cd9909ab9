// Extraction pipeline: sentences → mentions → in-document resolution → relations, as pure stages over one document.
import { createHash } from 'node:crypto';
import type { Diagnostic, Document, DocumentInfo, Mention, Relation, Sentence } from '../types.js';
import { createLexicon, type Lexicon } from './lexicon.js';
import { splitSentences } from './01-sentences.js';
import { findMentions, type RawMention } from './02-mentions.js';
import { datelineMentions } from './02b-dateline.js';
import { resolveDocument, type LocalEntity } from './03-resolve.js';
import { compileRule, findRelations, type CompiledRule, type PlacedMention } from './04-relations.js';
import { RELATION_RULES, type RelationRule } from './rules/relations.js';
import { DISCOURSE_RULES } from './rules/discourse.js';
import { compileDiscourseRule, findDiscourseRelations, type CompiledDiscourseRule } from './04b-discourse.js';
import { STATUS_RULES, type StatusRule } from './rules/status.js';
import { extractionFingerprint } from './fingerprint.js';

/** Options of extraction. */
export interface ExtractionOptions {
  /** Longest sentence handed to the rules, in characters (longer ones are cut). Default 2,000. */
  maxSentenceChars?: number;
  /** Relation rules to use instead of the built-in table. */
  relationRules?: readonly RelationRule[];
  /** Status rules to use instead of the built-in table. */
  statusRules?: readonly StatusRule[];
}

/** Everything the stages share: the lexicon, compiled rules and options. Build once per run with {@link createExtractionContext}. */
export interface ExtractionContext {
  lexicon: Lexicon;
  rules: readonly CompiledRule[];
  /** Two-sentence rules (an offer, then its refusal). */
  discourseRules: readonly CompiledDiscourseRule[];
  statusRules: readonly StatusRule[];
  maxSentenceChars: number;
  /** Fingerprint of the rules, lexicon and options: cached extractions made with another fingerprint are not reused. */
  fingerprint: string;
}

/** The result of extracting one document, before cross-document resolution. */
export interface DocExtraction {
  doc: Document;
  /** What the graph keeps about the document (id, date, title, length, content hash). */
  info: DocumentInfo;
  sentences: Sentence[];
  mentions: Mention[];
  entities: LocalEntity[];
  /** Mention index → local entity key, or null when the mention was dropped. */
  mentionEntity: Array<string | null>;
  relations: Relation[];
  diagnostics: Diagnostic[];
}

/** Builds the shared extraction context. */
export function createExtractionContext(options: ExtractionOptions = {}): ExtractionContext {
  const relationRules = options.relationRules ?? RELATION_RULES;
  const statusRules = options.statusRules ?? STATUS_RULES;
  const maxSentenceChars = options.maxSentenceChars ?? 2000;
  const fingerprint = extractionFingerprint(options);
  return { lexicon: createLexicon(), rules: relationRules.map(compileRule), discourseRules: DISCOURSE_RULES.map(compileDiscourseRule), statusRules, maxSentenceChars, fingerprint };
}

/** Does the sentence hold words that any relation rule needs? A cheap filter before rendering and matching. */
const TRIGGER_HINT = /(me[et]|meeting|talks?|held|hold|had|confer|sat|sits|dine|lunch|hosted|host|receiv|welcom|greet|visit|call|phone|spoke|speak|arriv|land|touch|travel|flew|fl[iy]|went|came|return|head|journey|trip|tour|visitor|guest|for talks|attend|address|join|invit|agree|rebuff|reject|turn|declin|refus|spurn|snub|shun|dismiss|ignor|stonewall|between|shook|shake|negotiat|summit|discuss|encounter|parley|huddl|mission|review|went over|took up|back|session|interview|conversation|consult|denied|audience|shoulder|walked out|stormed out|debat|stop|spent|speaking|sign|inked|(?:is|was|were|are|be|been|due|expected) in )/i;

/**
 * Extracts mentions, entities and relations from one document. Pure: the same document and context give the same result.
 * @param doc - the document (text already cleaned of markup)
 * @param ctx - the shared context
 */
export function extractDocument(doc: Document, ctx: ExtractionContext): DocExtraction {
  const { sentences, boilerplate } = splitSentences(doc.text, { maxSentenceChars: ctx.maxSentenceChars });
  const diagnostics: Diagnostic[] = [];
  if (boilerplate.length > 0) {
    diagnostics.push({ level: 'info', doc: doc.id, code: 'extract/boilerplate', message: `${boilerplate.length} boilerplate line(s) left out (${[...new Set(boilerplate.map((b) => b.ruleId))].join(', ')})` });
  }
  const raw: RawMention[] = [];
  for (const sentence of sentences) raw.push(...findMentions(doc.text, sentence, ctx.lexicon));
  const here = datelineMentions(doc.text, sentences, raw);
  if (here.length > 0) raw.push(...here), raw.sort((a, b) => a.start - b.start);
  const countryOf = (word: string): string | null => ctx.lexicon.demonym(word) ?? (ctx.lexicon.phrase(word)?.type === 'Country' ? ctx.lexicon.phrase(word)!.name : null);
  const { entities, mentionEntity } = resolveDocument(raw, countryOf);
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));

  const bySentence = new Map<number, PlacedMention[]>();
  raw.forEach((m, index) => {
    const entity = mentionEntity[index];
    if (!entity) return;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ index, start: m.start, end: m.end, renderStart: m.roleStart ?? m.start, type: typeOf.get(entity) ?? m.type, entity, ...(m.possessive === true ? { possessive: true } : {}) });
    bySentence.set(m.sentence, list);
  });
  const relations: Relation[] = [];
  for (const sentence of sentences) {
    const placed = bySentence.get(sentence.index);
    if (!placed || placed.length < 2 || !placed.some((m) => m.type !== 'Country' && m.type !== 'City' && m.type !== 'Place' && m.type !== 'Event') || !TRIGGER_HINT.test(sentence.text)) continue;
    relations.push(...findRelations(doc.text, sentence, placed, { docId: doc.id, docDate: doc.date, rules: ctx.rules, statusRules: ctx.statusRules, countries: ctx.lexicon }));
  }
  relations.push(...findDiscourseRelations(doc.text, sentences, bySentence, { docId: doc.id, rules: ctx.discourseRules, statusRules: ctx.statusRules }));
  const mentions: Mention[] = raw.map((m) => {
    const out: Mention = { start: m.start, end: m.end, text: m.text, type: m.type, sentence: m.sentence, via: m.via };
    if (m.role) out.role = m.role;
    return out;
  });
  const info: DocumentInfo = { id: doc.id, date: doc.date ?? null, title: doc.title ?? null, chars: doc.text.length, hash: hashText(doc.text) };
  return { doc, info, sentences, mentions, entities, mentionEntity, relations, diagnostics };
}

/** SHA-256 of a document's text, for incremental builds and provenance. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The part of an extraction the graph needs: text, sentences and mentions dropped, so that a corpus build holds
 * memory in proportion to the graph, not to the text.
 */
export function slimExtraction(ex: DocExtraction): DocExtraction {
  return { ...ex, doc: { ...ex.doc, text: '' }, sentences: [], mentions: [], mentionEntity: [] };
}
