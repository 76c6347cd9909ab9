// The word lexicon: compromise's lexicon (names, places, parts of speech) joined with newsgraph's gazetteer, built once per context.
import nlp from 'compromise';
import cityTimezones from 'city-timezones';
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
  /** A gazetteer or lexicon entity for a whole phrase (case-folded), if it names one; `titleCased` when its name was guessed from lower case. */
  phrase(text: string): { name: string; type: EntityType; titleCased?: boolean } | undefined;
  /** The country a demonym or country adjective names ("Chinese" → China), if any. */
  demonym(word: string): string | undefined;
  /** The country a place is in, by its name: a country itself, or a city's country ("New Delhi" → India), if known. */
  countryOf(place: string): string | undefined;
}

/** Folds a phrase for lookups: lower case, curly quotes straightened, "the " dropped, whitespace collapsed. */
export function foldPhrase(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLowerCase();
}

const COMMON_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Verb', 'PastTense', 'PresentTense',
  'Infinitive', 'Gerund', 'Modal', 'Copula', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Expression', 'QuestionWord', 'Comparative',
  'Superlative', 'Participle', 'Actor', 'Cardinal', 'Ordinal', 'TextValue', 'WeekDay', 'Month', 'Date', 'Duration', 'Unit', 'Reflexive', 'Auxiliary']);

/** The class compromise's tags give a word ('unknown' for no tags). */
function classify(tags: readonly string[]): WordClass {
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
}

const titleCase = (key: string): string => key.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

function asTags(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Cities smaller than this are left out of the world-cities list: small towns share their names with too many people. */
const MIN_CITY_POPULATION = 25_000;

/** Classes of a single word that a city of the same name must not override ("Eugene", "Victoria", "Mobile"). */
const NOT_A_CITY: ReadonlySet<WordClass> = new Set(['first-name', 'last-name', 'person', 'common', 'demonym', 'organization']);

/** Builds the lexicon from compromise's model, the world-cities list and the gazetteer. Build it once per run. */
export function createLexicon(extra: readonly GazetteerEntry[] = []): Lexicon {
  const model = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model();
  const words = model.one.lexicon;
  const phrases = new Map<string, { name: string; type: EntityType; titleCased?: boolean }>();
  const demonyms = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    const tags = asTags(value);
    // compromise tags towns, continents and districts `Place` ("baltimore", "europe", "brooklyn"); its abbreviations ("st", "rd") are not names
    const type: EntityType | null = tags.includes('Country') ? 'Country' : tags.includes('City') ? 'City'
      : tags.includes('Region') || (tags.includes('Place') && !tags.includes('Abbreviation')) ? 'Place' : tags.includes('Organization') ? 'Organization' : null;
    if (type) phrases.set(key, { name: titleCase(key), type, titleCased: true });
  }
  const classOfWord = (lower: string): WordClass => classify(asTags(words[lower]));
  // each city name's country, from its most populous holder ("London" → United Kingdom, not Canada)
  const cityCountry = new Map<string, { country: string; pop: number }>();
  for (const city of cityTimezones.cityMapping) {
    if (city.pop < MIN_CITY_POPULATION) continue;
    for (const name of new Set([city.city, city.city_ascii])) {
      const key = foldPhrase(name);
      if (key && (cityCountry.get(key)?.pop ?? -1) < city.pop) cityCountry.set(key, { country: city.country, pop: city.pop });
      if (!key || phrases.has(key) || (!key.includes(' ') && NOT_A_CITY.has(classOfWord(key)))) continue;
      phrases.set(key, { name: city.city_ascii || city.city, type: 'City' });
    }
  }
  for (const [demonym, country] of Object.entries(DEMONYMS)) demonyms.set(demonym, country);
  for (const entry of [...GAZETTEER, ...extra]) {
    for (const alias of entry.aliases) phrases.set(foldPhrase(alias), { name: entry.name, type: entry.type });
    for (const d of entry.demonyms ?? []) demonyms.set(d.toLowerCase(), entry.name);
    // a gazetteer city takes the country of any of its names the city list knows ("Washington, D.C.")
    const known = entry.type === 'City' ? entry.aliases.map((a) => cityCountry.get(foldPhrase(a))).find((c) => c !== undefined) : undefined;
    if (known) cityCountry.set(foldPhrase(entry.name), known);
  }
  const countryNames = new Set([...phrases.values()].filter((p) => p.type === 'Country').map((p) => p.name));
  const wordClass = (lower: string): WordClass => {
    const tags = asTags(words[lower]);
    if (tags.length === 0) return phrases.has(lower) ? (phrases.get(lower)?.type === 'Country' ? 'country' : 'region') : 'unknown';
    return classify(tags);
  };
  return {
    wordClass,
    countryOf: (place) => {
      const phrase = phrases.get(foldPhrase(place));
      if (phrase?.type === 'Country') return phrase.name;
      const raw = cityCountry.get(foldPhrase(place))?.country;
      return raw === undefined ? undefined : (phrases.get(foldPhrase(raw))?.name ?? raw);
    },
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
