// Stage 1: sentences with document offsets; boilerplate lines are left out.
import type { Sentence, Span } from '../types.js';
import { boilerplateRuleFor } from './rules/boilerplate.js';
import { ROLE_HEADS } from './rules/titles.js';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'sen', 'gov', 'rep', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm',
  'sgt', 'rev', 'fr', 'hon', 'messrs', 'mt', 'ft', 'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig', 'ave', 'blvd', 'mass', 'calif', 'conn',
  'wash', 'ariz', 'ala', 'ark', 'colo', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
  'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'u.s', 'u.k', 'u.n', 'd.c']);

/** Words that often start a sentence after an acronym such as "U.S." ends one. */
const SENTENCE_STARTERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'a', 'an', 'this', 'that', 'there', 'his', 'her', 'their', 'its', 'after', 'as', 'while', 'when', 'if', 'meanwhile', 'however', 'yet', 'so']);

/** Abbreviations that often end a sentence too: "… talks with the U.S. The …", "… met Martin Luther King Jr. He …". */
const ENDS_SENTENCES_TOO = new Set(['u.s', 'u.k', 'u.n', 'd.c', 'jr', 'sr']);

/** Options of the sentence stage. */
export interface SentenceOptions {
  /** Longest sentence handed on, in characters; longer ones are cut at the last space before the bound. */
  maxSentenceChars: number;
}

/** Sentence spans and the boilerplate lines that were left out. */
export interface SentenceSplit {
  sentences: Sentence[];
  boilerplate: Array<Span & { ruleId: string }>;
}

function isBoundary(text: string, dot: number, lineEnd: number): boolean {
  const ch = text[dot];
  // skip closing quotes and brackets after the terminator
  let next = dot + 1;
  while (next < lineEnd && /["'”’)\]]/.test(text[next] ?? '')) next++;
  if (next < lineEnd && !/\s/.test(text[next] ?? '')) return false;
  let after = next;
  while (after < lineEnd && /\s/.test(text[after] ?? '')) after++;
  if (after >= lineEnd) return true;
  const following = text.slice(after, after + 40);
  if (!/^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(following)) return false;
  if (ch !== '.') return true;
  const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase() ?? '';
  if (/^\p{L}$/u.test(wordBefore)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(wordBefore) || ABBREVIATIONS.has(wordBefore.replace(/\.$/, ''))) {
    if (!ENDS_SENTENCES_TOO.has(wordBefore)) return false;
    // "U.S." or "Jr." ends a sentence when a sentence starter or a name followed by a lower-case word comes next
    const nextWords = following.replace(/^["“‘'(\[]/, '').split(/\s+/);
    const first = (nextWords[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    if (SENTENCE_STARTERS.has(first)) return true;
    // "U.S. Secretary of State …", "U.N. Ambassador to …": a title goes on the sentence
    if (ROLE_HEADS.has(first)) return false;
    return /^\p{Ll}/u.test(nextWords[1] ?? '');
  }
  return true;
}

function pushSentence(text: string, start: number, end: number, options: SentenceOptions, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  while (end - start > options.maxSentenceChars) {
    const cut = text.lastIndexOf(' ', start + options.maxSentenceChars);
    const stop = cut > start ? cut : start + options.maxSentenceChars;
    out.push({ index: out.length, start, end: stop, text: text.slice(start, stop) });
    start = stop;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
  }
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ index: out.length, start, end, text: text.slice(start, end) });
}

/**
 * Splits a document into sentences. Lines are hard boundaries (headlines and captions carry no full stop);
 * boilerplate lines are reported and skipped.
 */
export function splitSentences(text: string, options: SentenceOptions): SentenceSplit {
  const sentences: Sentence[] = [];
  const boilerplate: SentenceSplit['boilerplate'] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const ruleId = boilerplateRuleFor(line);
    if (ruleId) boilerplate.push({ start: lineStart, end: lineEnd, ruleId });
    else {
      let start = lineStart;
      for (let i = lineStart; i < lineEnd; i++) {
        const ch = text[i];
        if ((ch === '.' || ch === '!' || ch === '?') && isBoundary(text, i, lineEnd)) {
          let end = i + 1;
          while (end < lineEnd && /["'”’)\]]/.test(text[end] ?? '')) end++;
          pushSentence(text, start, end, options, sentences);
          start = end;
          i = end - 1;
        }
      }
      pushSentence(text, start, lineEnd, options, sentences);
    }
    lineStart = lineEnd + 1;
  }
  return { sentences, boilerplate };
}
