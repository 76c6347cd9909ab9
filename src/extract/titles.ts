// Titles in front of names: where "US Secretary of State" ends and "Antony Blinken" begins, and how strong a name looks.
import type { Token } from './tokens.js';
import type { Lexicon } from './lexicon.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, NICKNAMES } from './rules/titles.js';
import { COMPASS_PREFIXES, SURNAME_FIRST } from './rules/gazetteer.js';
import { ORGANIZATION_HEADS } from './rules/heads.js';
import { isAcronym, isRoleHead, NAME_PARTICLES } from './name-shapes.js';

/** Normalises a role's core for matching: lower case, modifiers like "then"/"new" and countries dropped, spellings folded. */
export function roleCore(words: string[]): string {
  const skip = new Set(['then', 'new', 'former', 'acting', 'outgoing', 'incoming', 'the', 'a', 'an', "'s", 'his', 'her', 'their']);
  return words.map((w) => w.toLowerCase()).filter((w) => !skip.has(w)).map((w) => (w === 'defence' ? 'defense' : w === 'adviser' ? 'advisor' : w === 'spokesman' || w === 'spokeswoman' ? 'spokesperson' : w)).join(' ');
}

/** Is the name (tokens) a person's name, by the lexicon and name shape? */
export function personEvidence(name: Token[], lex: Lexicon): 'strong' | 'weak' | 'none' {
  const first = name[0];
  const last = name[name.length - 1];
  if (!first || !last) return 'none';
  const firstClass = lex.wordClass(first.lower);
  if (name.length >= 2) {
    if (firstClass === 'first-name' || firstClass === 'person' || NICKNAMES[first.lower] || SURNAME_FIRST.has(first.lower)) return 'strong';
    if (lex.wordClass(last.lower) === 'last-name') return 'strong';
    if (name.some((t) => lex.wordClass(t.lower) === 'common' && !NAME_PARTICLES.has(t.lower))) return 'none';
    return 'weak';
  }
  if (firstClass === 'first-name' || firstClass === 'last-name' || firstClass === 'person') return 'weak';
  return firstClass === 'unknown' ? 'weak' : 'none';
}

/** Splits a chunk into a leading title ("US Secretary of State") and the rest. Returns the index where the rest starts. */
export function titleEnd(tokens: Token[], from: number, to: number, lex: Lexicon): { end: number; hasHead: boolean; honorific: boolean } {
  let k = from;
  let hasHead = false;
  let honorific = false;
  while (k < to) {
    const t = tokens[k];
    if (!t) break;
    const lower = t.lower.replace(/\.$/, '');
    if (HONORIFICS.has(lower) && (tokens[k + 1]?.text === '.' || k + 1 < to)) {
      honorific = true;
      hasHead = true;
      k += tokens[k + 1]?.text === '.' ? 2 : 1;
      continue;
    }
    if (isRoleHead(lower)) {
      hasHead = true;
      k++;
      continue;
    }
    // an organisation in front of a role: "CIA Director", "White House National Security Adviser", "Pentagon chief"
    if (k === from && !hasHead) {
      const orgLength = organizationPrefix(tokens, k, to, lex);
      if (orgLength > 0) {
        k += orgLength;
        continue;
      }
    }
    // "South Korean President …", "West German Chancellor …", "New Zealand Prime Minister …": a two-word state in front
    const pair = k + 2 < to ? `${t.text} ${tokens[k + 1]!.text}` : '';
    if (pair && !hasHead && (lex.demonym(pair) || (COMPASS_PREFIXES.has(lower) && lex.demonym(tokens[k + 1]!.text)) || (k === from && isCountryName(pair, lex)))) {
      k += 2;
      continue;
    }
    if (ROLE_MODIFIERS.has(lower) || ((lex.demonym(t.text) || lex.wordClass(lower) === 'demonym') && k + 1 < to) || (isCountryToken(t, lex) && k + 1 < to && k === from)) {
      k++;
      continue;
    }
    if ((lower === 'of' || lower === 'for') && hasHead) {
      // "Secretary of State", "Minister for Foreign Affairs": take words that are roles or countries
      let m = k + 1;
      if (tokens[m]?.lower === 'the' && m + 1 < to) m++;
      const afterThe = m;
      while (m < to && tokens[m] && (ROLE_MODIFIERS.has(tokens[m]!.lower) || ROLE_HEADS.has(tokens[m]!.lower) || isCountryToken(tokens[m]!, lex))) m++;
      if (m > afterThe) {
        k = m;
        continue;
      }
    }
    break;
  }
  if (!hasHead) return { end: from, hasHead: false, honorific: false };
  return { end: k, hasHead, honorific };
}

/** Length of an organisation name (1–3 tokens) at `k` that a role head follows, or 0. */
function organizationPrefix(tokens: Token[], k: number, to: number, lex: Lexicon): number {
  for (let n = Math.min(3, to - k - 1); n >= 1; n--) {
    const after = tokens[k + n];
    if (!after || !(ROLE_HEADS.has(after.lower) || ROLE_MODIFIERS.has(after.lower))) continue;
    const words = tokens.slice(k, k + n);
    const text = words.map((w) => w.text).join(' ');
    const orgByHead = n >= 2 && ORGANIZATION_HEADS.has(words[n - 1]!.lower);
    const known = lex.phrase(text)?.type;
    if (orgByHead || known === 'Organization' || (n === 1 && isAcronym(words[0]!) && known !== 'Country')) return n;
    // "Boston Mayor Michelle Wu", "New York Governor Kathy Hochul": a place in front of its officer's title
    if ((known === 'City' || known === 'Place') && ROLE_HEADS.has(after.lower)) return n;
    // "Tesla Chief Executive Elon Musk", "Apple CEO Tim Cook": capitals no lexicon places, before a role and a two-word name
    if (!lex.phrase(text) && words.every((w) => w.upper && !isRoleHead(w.lower) && !HONORIFICS.has(w.lower) && !lex.demonym(w.text) && lex.wordClass(w.lower) !== 'first-name')
      && twoWordNameAfterRole(tokens, k + n, to)) return n;
  }
  return 0;
}

/** After the role words from `k`: at least two capitalised words, none a role word ("… Chief Executive Elon Musk"). */
function twoWordNameAfterRole(tokens: Token[], k: number, to: number): boolean {
  let m = k;
  while (m < to && (isRoleHead(tokens[m]!.lower) || ROLE_MODIFIERS.has(tokens[m]!.lower))) m++;
  const rest = tokens.slice(m, to).filter((t) => t.text !== '.');
  return m > k && rest.length >= 2 && rest.every((t) => t.upper && !isRoleHead(t.lower) && !ROLE_MODIFIERS.has(t.lower));
}

/** Does the token name a country ("US", "China")? */
export function isCountryToken(t: Token, lex: Lexicon): boolean {
  const p = lex.phrase(t.text);
  return p?.type === 'Country';
}

const isCountryName = (text: string, lex: Lexicon): boolean => lex.phrase(text)?.type === 'Country';

/** Country named by a role prefix ("US", "Chinese", "China's", "South Korean", "New Zealand"), if any. */
export function countryOf(words: Token[], lex: Lexicon): string | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]!.text} ${words[i + 1]!.text}`;
    const named = lex.demonym(pair) ?? (isCountryName(pair, lex) ? lex.phrase(pair)!.name : undefined);
    if (named) return named;
  }
  for (const t of words) {
    const viaDemonym = lex.demonym(t.text);
    if (viaDemonym) return viaDemonym;
    const p = lex.phrase(t.text);
    if (p?.type === 'Country') return p.name;
  }
  return null;
}
