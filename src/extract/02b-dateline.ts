// Stage 2b: a story's dateline ("MIAMI, Fla., March 17 --") names the place its "here" means.
import type { Sentence } from '../types.js';
import type { RawMention } from './02-mentions.js';

/**
 * A dateline: capitalised place words, optional region and date, then a dash or a wire service's credit, at the very
 * start of the text ("MIAMI, Fla., March 17 --", "BEIJING, June 18 (Reuters) -", "KYIV, Ukraine (AP) —").
 */
const DATELINE = /^\s*(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*(?:\(\p{Lu}[\p{L} .&-]{0,30}\)\s*(?:--|—|–|-)?|--|—|–|-)\s/u;

/** "here" as a word, not inside "hereby" / "there"; quoted speech is left alone (a speaker's "here" may be elsewhere). */
const HERE = /\bhere\b/gi;

/**
 * The mentions "here" makes of the dateline's place, for a story that opens with a dateline whose place is a mention.
 * @param text - the document text
 * @param sentences - its sentences
 * @param mentions - the mentions found so far, in text order
 * @returns the new mentions (each typed and named like the dateline's place), in text order
 */
export function datelineMentions(text: string, sentences: readonly Sentence[], mentions: readonly RawMention[]): RawMention[] {
  const line = DATELINE.exec(text.slice(0, 200));
  if (!line) return [];
  const placeEnd = text.indexOf(line[1]!) + line[1]!.length;
  const place = mentions.find((m) => m.start < placeEnd && (m.type === 'City' || m.type === 'Place' || m.type === 'Country'));
  if (!place) return [];
  const out: RawMention[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    for (const hit of body.matchAll(HERE)) {
      const start = sentence.start + (hit.index ?? 0);
      const quotesBefore = (body.slice(0, hit.index).match(/["“”]/g) ?? []).length;
      if (start < placeEnd || quotesBefore % 2 === 1) continue;
      out.push({ start, end: start + 4, text: text.slice(start, start + 4), type: place.type, sentence: sentence.index, via: 'dateline-here', canonical: place.canonical ?? place.text });
    }
  }
  return out;
}
