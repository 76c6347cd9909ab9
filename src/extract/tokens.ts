// Word tokens with character offsets: the unit every later stage counts in.
import type { Span } from '../types.js';

/** A token: a word, number, abbreviation or punctuation mark, with its offsets in the document. */
export interface Token extends Span {
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  /** Starts with an upper-case letter (or is an acronym like "U.S."). */
  upper: boolean;
  /** Is a word or number (not punctuation). */
  word: boolean;
}

// abbreviations with inner dots (U.S., e.g.), words with inner hyphens/apostrophes/ampersands, numbers, possessive 's, any other char
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-&][\p{L}\p{N}]+)*(?:['’](?!s\b)[\p{L}]+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?|['’]s\b|[^\s]/gu;

/**
 * Splits `text[start, end)` into tokens whose offsets are document offsets.
 * @param text - the whole document text
 * @param start - where the range begins
 * @param end - where it ends
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const value = match[0];
    const at = start + (match.index ?? 0);
    const first = value.charAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      text: value,
      lower: value.replace(/’/g, "'").toLowerCase(),
      upper: isWord && first !== first.toLowerCase(),
      word: isWord,
      start: at,
      end: at + value.length,
    });
  }
  return tokens;
}
