// Stage 4b: relations stated across two sentences (an offer, then its refusal), from the discourse rule table.
import type { Evidence, Relation, Sentence } from '../types.js';
import type { DiscourseRule } from './rules/discourse.js';
import type { StatusRule } from './rules/status.js';
import { compileRule, renderSentence, type PlacedMention, type RenderedSentence } from './04-relations.js';

/** A discourse rule with its two patterns compiled. */
export interface CompiledDiscourseRule {
  rule: DiscourseRule;
  cue: RegExp;
  response: RegExp;
}

/** Compiles a discourse rule's patterns (same slots and macros as relation rules). */
export function compileDiscourseRule(rule: DiscourseRule): CompiledDiscourseRule {
  const compile = (pattern: string, part: string): RegExp => compileRule({ id: `${rule.id}/${part}`, type: rule.type, pattern, confidence: rule.confidence, examples: [] }).regex;
  return { rule, cue: compile(rule.cue, 'cue'), response: compile(rule.response, 'response') };
}

/** Words a response sentence must hold before it is rendered: the cheap filter. */
const RESPONSE_HINT = /\b(declin|refus|demur|balk|said no|turned (?:it|them|down)|reject|spurn|rebuff|dismiss)|^\W*(?:but |and |yet |when |since )?(?:the two|both)\b/i;

/** What the discourse stage needs besides the sentences. */
export interface DiscourseContext {
  docId: string;
  rules: readonly CompiledDiscourseRule[];
  statusRules: readonly StatusRule[];
}

/**
 * Finds the relations that two neighbouring sentences state together.
 * @param text - the document text
 * @param sentences - the document's sentences, in order
 * @param placed - each sentence's resolved mentions, by sentence index
 */
export function findDiscourseRelations(text: string, sentences: readonly Sentence[], placed: ReadonlyMap<number, readonly PlacedMention[]>, ctx: DiscourseContext): Relation[] {
  const out: Relation[] = [];
  const rendered = new Map<number, RenderedSentence>();
  const render = (s: Sentence): RenderedSentence => {
    let r = rendered.get(s.index);
    if (!r) rendered.set(s.index, (r = renderSentence(text, s, placed.get(s.index) ?? [])));
    return r;
  };
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const previous = sentences[i - 1]!;
    const here = placed.get(sentence.index) ?? [];
    const before = placed.get(previous.index) ?? [];
    if (before.length < 2 || !RESPONSE_HINT.test(sentence.text)) continue;
    for (const { rule, cue, response } of ctx.rules) {
      if (rule.pair === 'previous-two') {
        const found = pairRelation(text, previous, sentence, render(sentence).text, before, rule, response, ctx);
        if (found) out.push(found);
        continue;
      }
      if (here.length === 0) continue;
      const answer = firstMatch(response, render(sentence).text);
      const actor = answer?.groups?.A !== undefined ? here.find((m) => m.index === Number(answer.groups!.A)) : undefined;
      if (!answer || !actor || !before.some((m) => m.entity === actor.entity)) continue;
      // a refusal that is only possible or planned is not a rebuff: the status rules read the words before the trigger
      const clause = clauseOf(answer);
      if (ctx.statusRules.some((s) => s.status !== 'refused' && !s.except?.includes(rule.type) && s.pattern.test(clause))) continue;
      for (const offer of render(previous).text.matchAll(cue)) {
        const party = offer.groups?.B !== undefined ? before.find((m) => m.index === Number(offer.groups!.B)) : undefined;
        if (!party || party.entity === actor.entity || party.type !== 'Person') continue;
        const evidence = spanningEvidence(text, previous, sentence, ctx.docId, rule.id);
        out.push({ type: rule.type, source: actor.entity, target: party.entity, status: 'asserted', when: null, where: null, confidence: rule.confidence, evidence: [evidence] });
        break;
      }
    }
  }
  return out;
}

/** "A and B will meet … The two leaders last met in May": the two people of the earlier sentence, with the response's status. */
function pairRelation(text: string, previous: Sentence, sentence: Sentence, rendered: string, before: readonly PlacedMention[], rule: DiscourseRule, response: RegExp, ctx: DiscourseContext): Relation | null {
  const people = [...new Set(before.filter((m) => m.type === 'Person').map((m) => m.entity))];
  const answer = people.length === 2 ? firstMatch(response, rendered) : null;
  if (!answer) return null;
  const clause = clauseOf(answer);
  const status = ctx.statusRules.find((s) => !s.except?.includes(rule.type) && s.pattern.test(clause))?.status ?? 'asserted';
  const evidence = spanningEvidence(text, previous, sentence, ctx.docId, rule.id);
  const [source, target] = people.sort() as [string, string];
  return { type: rule.type, source, target, status, when: null, where: null, confidence: rule.confidence, evidence: [evidence] };
}

/** The words a response matched, its mention slots removed: what the status rules read. */
function clauseOf(answer: RegExpMatchArray): string {
  return answer[0].replace(/⟦[A-Z]\d+⟧/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Evidence spanning two neighbouring sentences, from the start of the first to the end of the second. */
function spanningEvidence(text: string, previous: Sentence, sentence: Sentence, doc: string, ruleId: string): Evidence {
  return { doc, sentence: text.slice(previous.start, sentence.end), start: previous.start, end: sentence.end, ruleId };
}

function firstMatch(regex: RegExp, text: string): RegExpMatchArray | null {
  regex.lastIndex = 0;
  return regex.exec(text);
}
