// Name shapes: which capitalised tokens run together into a name chunk, and which capitals are only common words.
import type { Token } from './tokens.js';
import type { Lexicon } from './lexicon.js';
import { HONORIFICS, ROLE_HEADS } from './rules/titles.js';
import { EVENT_HEADS, ORGANIZATION_HEADS } from './rules/heads.js';

/** Small words that may sit inside a name chunk ("Bureau of …", "Ursula von der Leyen"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'ten', 'ter', 'bin', 'al', 'el', 'ibn', 'and', '&']);
/** Particles of personal names ("de", "van", "al", "ten"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'ten', 'ter', 'bin', 'al', 'el', 'ibn']);
/** Particles that begin a surname written without its first name, in lower case: "de Gaulle", "van Gogh", "von Braun". */
const LEADING_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'da', 'du', 'di', 'della', 'dos']);
/** Weekdays, months and holidays: capitalised, never names. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'christmas', 'easter']);

/** An opening quote or bracket: at the sentence start or after a space, and touching the next word. */
export function isOpeningMark(text: string, t: Token): boolean {
  if (!/^["“‘'(\[]$/.test(t.text)) return false;
  const prev = text[t.start - 1];
  return prev === undefined || /[\s(\[]/.test(prev);
}

/** Word shapes that are common words even when no lexicon lists them ("Shortly", "Animosity", "I'll"). */
export function looksLikeCommonWord(word: string): boolean {
  return /(ly|ing|ity|ities|ness|tion|tions|ment|ments|ies|ous|ive|ible|able)$/.test(word) || /['’]/.test(word) || /^(sino|us|china|euro|anglo|franco|russo)-/i.test(word);
}

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "U.N.", "NATO", "G20". */
export const isAcronym = (t: Token): boolean => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}\d*$/u.test(t.text);

/** True if `t` can be part of a capitalised name chunk ("al-Sistani" and "bin-Salman" count: a particle joined to a capital). */
function isNameToken(t: Token): boolean {
  return t.word && (t.upper || /^(?:al|el|ad|as|ash|bin|ibn|abu)-\p{Lu}/u.test(t.text));
}

/** Splits a sentence's tokens into maximal runs of capitalised words (with inner connectors such as "of"). */
export function chunks(tokens: Token[], headline: boolean, lex: Lexicon): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "met de Gaulle", "a van Gogh": a lower-case particle starts a surname when a capitalised name follows it
    const particleStart = t !== undefined && LEADING_PARTICLES.has(t.text) && tokens[i + 1] !== undefined && isNameToken(tokens[i + 1]!) && !TIME_WORDS.has(tokens[i + 1]!.lower);
    if (!t || (!isNameToken(t) && !particleStart) || TIME_WORDS.has(t.lower) || (headline && isHeadlineCommonWord(t, lex))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      if (isNameToken(u) && (!TIME_WORDS.has(u.lower) || (!WEEKDAYS.has(u.lower) && j > i && !TIME_WORDS.has(tokens[j - 1]!.lower))) && !(headline && isHeadlineCommonWord(u, lex))) {
        j++;
        continue;
      }
      // "Mr." / "Corp." / "St." / an initial ("Vincent L. Piraro"): the period belongs to the abbreviation
      const prev = tokens[j - 1];
      const initial = prev !== undefined && /^\p{Lu}$/u.test(prev.text) && tokens[j + 1]?.upper === true;
      if (u.text === '.' && prev && (HONORIFICS.has(prev.lower) || /^(corp|inc|co|ltd|jr|sr)$/.test(prev.lower) || initial) && u.start === prev.end) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      // "Secretary of the Treasury", "Chancellor of the Exchequer": a title's "of the" joins capitals
      if (u.lower === 'of' && next?.lower === 'the' && prev && ROLE_HEADS.has(prev.lower) && tokens[j + 2] && isNameToken(tokens[j + 2]!)) {
        j += 3;
        continue;
      }
      // "Malcolm MacDonald of Britain", "Arthur Levitt of Brooklyn": a personal name ends before "of"
      if (u.lower === 'of' && looksLikePersonalName(tokens, i, j, lex)) break;
      // "and" joins capitals only inside an organisation's name, never two people ("Ann Voss and Count Leo Brandt")
      const andJoins = u.lower !== 'and' || joinsOneInstitution(tokens, i, j, lex) || (hasOrgShape(tokens, i, j) && !ROLE_HEADS.has(next?.lower ?? '') && !HONORIFICS.has((next?.lower ?? '').replace(/\.$/, ''))
        && lex.wordClass(tokens[j - 2]?.lower ?? '') !== 'first-name');
      if (CONNECTORS.has(u.lower) && next && isNameToken(next) && !TIME_WORDS.has(next.lower) && andJoins) {
        j += 2;
        continue;
      }
      // two name particles: "Ursula von der Leyen", "Maria de la Cruz"
      const after = tokens[j + 2];
      if (NAME_PARTICLES.has(u.lower) && next && NAME_PARTICLES.has(next.lower) && after && isNameToken(after)) {
        j += 3;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** A run of two or more capitalised words that starts with a first name and holds no title word: "Malcolm MacDonald". */
export function looksLikePersonalName(tokens: Token[], from: number, to: number, lex: Lexicon): boolean {
  if (to - from < 2) return false;
  const first = tokens[from];
  if (!first || lex.wordClass(first.lower) !== 'first-name') return false;
  for (let k = from; k < to; k++) if (ROLE_HEADS.has(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower.replace(/\.$/, '')) || CONNECTORS.has(tokens[k]!.lower)) return false;
  return true;
}

/** A role head, also with "-elect" / "-designate" ("President-elect", "Secretary-designate"). */
export function isRoleHead(lower: string): boolean {
  const base = /^(.+)-(?:elect|designate|nominee)$/.exec(lower)?.[1];
  if (ROLE_HEADS.has(lower) || (base !== undefined && ROLE_HEADS.has(base))) return true;
  // "actor-crooner", "poet-diplomat": a compound of roles
  const parts = lower.split('-');
  return parts.length === 2 && parts.every((p) => ROLE_HEADS.has(p) || /(er|or|ist|ian|ant|ent)$/.test(p)) && parts.some((p) => ROLE_HEADS.has(p));
}

/** Compromise tags of words that never begin a name, capitalised or not ("Though", "After", "Whose"). */
export const FUNCTION_TAGS: readonly string[] = ['Conjunction', 'Preposition', 'Determiner', 'QuestionWord', 'Pronoun'];

const isInstitutionHead = (t: Token | undefined): boolean => t !== undefined && (ORGANIZATION_HEADS.has(t.lower) || EVENT_HEADS.has(t.lower));

/**
 * Does "and" at `and` join one institution's name ("Belt and Road Forum", "House Ways and Means Committee") rather than
 * two names ("Navy and Air Force", "UCLA and Perkins School", "Chicago and DePaul University")? The words before it
 * (at most three) must be plain words — no head, acronym, role, place or first name — and the capitalised words after
 * it must be two or more, ending in an organization's or event's head.
 */
function joinsOneInstitution(tokens: Token[], from: number, and: number, lex: Lexicon): boolean {
  const left = tokens.slice(from, and);
  if (left.length === 0 || left.length > 3) return false;
  const plain = (t: Token): boolean => !isInstitutionHead(t) && !isAcronym(t) && !ROLE_HEADS.has(t.lower)
    && !['first-name', 'city', 'country', 'region', 'organization', 'person'].includes(lex.wordClass(t.lower));
  if (!left.every(plain)) return false;
  let k = and + 1;
  while (tokens[k] !== undefined && isNameToken(tokens[k]!)) k++;
  return k - (and + 1) >= 2 && isInstitutionHead(tokens[k - 1]);
}

/** "Bureau of East Asian and Pacific Affairs": an "and" may join capitals only inside a name that already has "of"/"for". */
function hasOrgShape(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'for') return true;
  return false;
}

/** A Title Case headline's common word ("Meets", "Counterpart"), which is no name. */
function isHeadlineCommonWord(t: Token, lex: Lexicon): boolean {
  if (ROLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower) || lex.phrase(t.text)) return false;
  const cls = lex.wordClass(t.lower);
  return cls === 'common';
}

/**
 * Splits a chunk where an abbreviated honorific starts after a known place or organisation: "Philadelphia Mr. Nixon"
 * (a dateline run into a name), "Viet Nam Gen. Maxwell Taylor" → the place, then the titled name.
 */
export function splitAtTitles(spans: ReadonlyArray<[number, number]>, tokens: Token[], lex: Lexicon): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    let cut = -1;
    for (let h = from + 1; h < to - 1 && cut < 0; h++) {
      const lower = tokens[h]!.lower.replace(/\.$/, '');
      if (!HONORIFICS.has(lower) || tokens[h + 1]?.text !== '.') continue;
      const head = tokens.slice(from, h).map((t) => t.text).join(' ').replace(/ \./g, '.');
      if (lex.phrase(head)) cut = h;
    }
    if (cut < 0) out.push([from, to]);
    else out.push([from, cut], [cut, to]);
  }
  return out;
}