// The word lexicon: compromise's lexicon (names, places, parts of speech) joined with newsgraph's gazetteer, built once per context.
import nlp from 'compromise';
import type { EntityType } from '../types.js';
import { DEMONYMS, GAZETTEER, type GazetteerEntry } from './rules/gazetteer.js';

/** What a single lower-cased word is known to be. */
export type WordClass = 'first-name' | 'last-name' | 'city' | 'country' | 'region' | 'organization' | 'person' | 'demonym' | 'common' | 'unknown';

/** A read-only lexicon answering "what is this word / phrase". */
export interface Lexicon {
  /** Class of one lower-cased word. */
  wordClass(lower: string): WordClass;
  /** The compromise tags of a lower-cased word or phrase, if any. */
  tags(lower: string): readonly string[];
  /** A gazetteer or lexicon entity for a whole phrase (case-folded), if it names one. */
  phrase(text: string): { name: string; type: EntityType } | undefined;
  /** The country a demonym or country adjective names ("Chinese" → China), if any. */
  demonym(word: string): string | undefined;
}

/** Folds a phrase for lookups: lower case, curly quotes straightened, "the " dropped, whitespace collapsed. */
export function foldPhrase(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLowerCase();
}

const COMMON_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Verb', 'PastTense', 'PresentTense',
  'Infinitive', 'Gerund', 'Modal', 'Copula', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Expression', 'QuestionWord', 'Comparative',
  'Superlative', 'Participle', 'Actor', 'Cardinal', 'Ordinal', 'TextValue', 'WeekDay', 'Month', 'Date', 'Duration', 'Unit', 'Reflexive', 'Auxiliary']);

function asTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Builds the lexicon from compromise's model and the gazetteer. Costs a few milliseconds; build it once per run. */
export function createLexicon(extra: readonly GazetteerEntry[] = []): Lexicon {
  const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model();
  const words = model.one.lexicon;
  const phrases = new Map<string, { name: string; type: EntityType }>();
  const demonyms = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    const tags = asTags(value);
    const type: EntityType | null = tags.includes('Country') ? 'Country' : tags.includes('City') ? 'City'
      : tags.includes('Region') ? 'Place' : tags.includes('Organization') ? 'Organization' : null;
    if (type) phrases.set(key, { name: key.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()), type });
  }
  for (const [demonym, country] of Object.entries(DEMONYMS)) demonyms.set(demonym, country);
  for (const entry of [...GAZETTEER, ...extra]) {
    for (const alias of entry.aliases) phrases.set(foldPhrase(alias), { name: entry.name, type: entry.type });
    for (const d of entry.demonyms ?? []) demonyms.set(d.toLowerCase(), entry.name);
  }
  const countryNames = new Set([...phrases.values()].filter((p) => p.type === 'Country').map((p) => p.name));
  const wordClass = (lower: string): WordClass => {
    const tags = asTags(words[lower]);
    if (tags.length === 0) return phrases.has(lower) ? (phrases.get(lower)?.type === 'Country' ? 'country' : 'region') : 'unknown';
    if (tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName')) return 'first-name';
    if (tags.includes('LastName')) return 'last-name';
    if (tags.includes('Person')) return 'person';
    if (tags.includes('Demonym')) return 'demonym';
    if (tags.includes('Country')) return 'country';
    if (tags.includes('City')) return 'city';
    if (tags.includes('Region') || tags.includes('Place')) return 'region';
    if (tags.includes('Organization')) return 'organization';
    if (tags.some((t) => COMMON_TAGS.has(t))) return 'common';
    return 'unknown';
  };
  return {
    wordClass,
    tags: (lower) => asTags(words[lower]),
    phrase: (text) => phrases.get(foldPhrase(text)),
    demonym: (word) => {
      const lower = word.toLowerCase();
      const known = demonyms.get(lower);
      if (known) return known;
      if (asTags(words[lower]).includes('Demonym')) {
        // compromise knows the demonym but not its country: try the usual suffixes (Indonesian → Indonesia)
        for (const [suffix, repl] of [['ian', 'ia'], ['ean', 'ea'], ['an', 'a'], ['ese', ''], ['ish', ''], ['i', '']] as const) {
          if (lower.endsWith(suffix)) {
            const guess = phrases.get(lower.slice(0, lower.length - suffix.length) + repl);
            if (guess && countryNames.has(guess.name)) return guess.name;
          }
        }
      }
      return undefined;
    },
  };
}
