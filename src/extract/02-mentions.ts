// Stage 2: entity mentions from capitalised chunks, the gazetteer, the lexicon, titles and role phrases.
import type { EntityType, Mention, Sentence, Span } from '../types.js';
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { HONORIFICS, PERSON_PRONOUNS, ROLE_HEADS, ROLE_MODIFIERS, NICKNAMES } from './rules/titles.js';
import { COMPASS_PREFIXES, MEDIA_CREDITS, SURNAME_FIRST } from './rules/gazetteer.js';
import { classifyByHead, EVENT_HEADS, ORGANIZATION_HEADS, PLACE_HEADS } from './rules/heads.js';
import { chunks, CONNECTORS, FUNCTION_TAGS, isAcronym, isOpeningMark, looksLikeCommonWord, splitAtTitles } from './name-shapes.js';
import { countryOf, isCountryToken, personEvidence, roleCore, titleEnd } from './titles.js';

export { roleCore } from './titles.js';

/** A mention as found in a sentence, before resolution; `key` is set for mentions that name a known entity. */
export interface RawMention extends Mention {
  /** Canonical name, when a gazetteer or lexicon names it. */
  canonical?: string;
  /** Where the title or role in front of the name begins (for rendering "US Secretary of State Antony Blinken" as one slot). */
  roleStart?: number;
  /** The name with its title in front ("Mr Blinken", "US Secretary of State Antony Blinken"), when it has one. */
  withTitle?: string;
  /** Single name without a title whose capital something else explains (first word, a common word): kept only if resolution finds its owner. */
  tentative?: boolean;
  /** A name of two or more words that starts with a known given name or an initial ("Rosa …", "J. …"). */
  givenName?: boolean;
  /** Single untitled name in mid-sentence that no lexicon knows ("the philosophers Schelling, Fichte"): kept if owned or in a relation. */
  weak?: boolean;
  /** For role references ("China's defence minister"): the country and the role's core, to bind it to a person. */
  roleRef?: { country: string | null; core: string };
  /** A role reference set off right after a name ("Couve de Murville, French Foreign Minister,"): that name's role. */
  appositive?: boolean;
  /** A role reference set off right before a name ("Qatar's prime minister, Sheikh Mohammed"): that name's role. */
  appositiveBefore?: boolean;
  /** A role reference after "the" ("the new Assistant Secretary of State"): may point back to the last person named. */
  definite?: boolean;
  /** For an object pronoun ("him", "her"): where its clause begins; a person named there is not who it means. */
  clauseStart?: number;
  /**
   * A pronoun in a fronted phrase that points forward to the main clause's subject ("During his stay in Seoul, Kishida
   * …"): where that subject's mention starts.
   */
  cataphoricTo?: number;
  /** "his" / "her" owning an event ("the results of his visit"): rendered as the person's possessive. */
  possessive?: boolean;
}

/** A common noun, or a word the lexicon does not know ("relations", "ties"), rather than a function or time word ("that", "today"). */
function isNounWord(lower: string, lex: Lexicon): boolean {
  const tags = lex.tags(lower);
  if (tags.some((t) => FUNCTION_TAGS.includes(t) || t === 'Date' || t === 'Duration' || t === 'WeekDay' || t === 'Month')) return false;
  return tags.length === 0 || tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural' || t === 'Uncountable');
}

/** Prepositions after which an unknown name is a place ("at Pickfair"); "to", "from", "with" and "by" precede people too. */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'into', 'near', 'outside', 'inside', 'across', 'throughout']);
/** Verbs of travel whose "to" names a place: "flew to Erbil", "headed to Vilnius". */
const TRAVEL_VERBS = /^(?:flew|fly|flies|flying|travell?ed|travels?|travell?ing|went|goes|going|headed|heads|heading|returned|returns|drove|sailed|moved|came|comes|rushed|journeyed)$/;

/**
 * Does a lone capitalised word look like a common word rather than a surname? A common noun head ("Commission"), a
 * plural of a common noun ("Poems"), a suffix of common words ("-ity", "-ism", "-al"), a hyphenated compound ending in
 * lower case ("Communist-led"), or any class the lexicon knows besides "unknown".
 */
function looksCommon(token: Token, lex: Lexicon): boolean {
  const lower = token.lower;
  if (ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower) || EVENT_HEADS.has(lower) || ROLE_HEADS.has(lower)) return true;
  if (!/^\p{Lu}[\p{L}-]+$/u.test(token.text) || /-\p{Ll}/u.test(token.text)) return true;
  if (/(ity|ities|ness|tion|tions|sion|sions|ment|ments|ous|ible|able|ly|ism|isms|ology|ologies|ical|ic|ary|ery|ance|ence|ship|hood)$/.test(lower)) return true;
  if (lower.endsWith('s') && (lex.wordClass(lower.slice(0, -1)) === 'common' || lex.wordClass(lower.replace(/(?:es|s)$/, '')) === 'common')) return true;
  const cls = lex.wordClass(lower);
  return cls !== 'unknown' && cls !== 'last-name' && cls !== 'person';
}

/** Event nouns a possessive pronoun can own: "his visit to Warsaw", "her talks with". */
const OWNED_EVENTS = new Set(['visit', 'visits', 'trip', 'trips', 'journey', 'tour', 'stay', 'stopover', 'meeting', 'meetings', 'talks', 'arrival']);
/** Words that govern a possessive pronoun phrase ("of his visit", "during her trip"); a verb in front ("made his visit") is left to the rules. */
const GOVERNING_WORDS = new Set(['of', 'on', 'during', 'since', 'after', 'before', 'from', 'about', 'with', 'in', 'at', 'following', 'despite', ',']);


interface Context {
  lex: Lexicon;
  text: string;
  sentence: Sentence;
  tokens: Token[];
}

function spanText(ctx: Context, span: Span): string {
  return ctx.text.slice(span.start, span.end);
}


/** Lower-case role words right before a name ("spokesman", "national security adviser", "China's top diplomat"). */
function roleBefore(ctx: Context, index: number): { start: number; words: Token[]; country: string | null } | null {
  const { tokens, lex } = ctx;
  let k = index - 1;
  const prev = tokens[k];
  if (!prev || prev.upper || !(ROLE_HEADS.has(prev.lower))) return null;
  while (k - 1 >= 0) {
    const t = tokens[k - 1];
    if (!t || t.upper || !(ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) break;
    k--;
  }
  let country: string | null = null;
  // an owner in front: "China's top diplomat", "Microsoft co-founder", "Pentagon chief"
  const owner = tokens[k - 1];
  if (owner?.lower === "'s" && tokens[k - 2]?.upper) {
    const ownerToken = tokens[k - 2]!;
    country = lex.demonym(ownerToken.text) ?? (lex.phrase(ownerToken.text)?.type === 'Country' ? lex.phrase(ownerToken.text)!.name : null);
    k -= 2;
  } else if (owner?.upper && owner.word) {
    country = countryOf([owner], lex);
    k -= 1;
  }
  const words = tokens.slice(k, index);
  return { start: words[0]?.start ?? prev.start, words, country };
}

/**
 * Finds the mentions of one sentence.
 * @param text - the document text
 * @param sentence - the sentence to read
 * @param lex - the lexicon
 */
export function findMentions(text: string, sentence: Sentence, lex: Lexicon): RawMention[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const ctx: Context = { lex, text, sentence, tokens };
  const words = tokens.filter((t) => t.word && t.text.length > 3);
  // a Title Case headline ("Blinken Meets China Counterpart on Delayed Trip"): no closing full stop, most long words capitalised
  const closed = /[.!?]["'”’)]*$/.test(sentence.text.trim());
  const headline = !closed && words.length >= 4 && words.filter((t) => t.upper).length / words.length > 0.7;
  const out: RawMention[] = [];
  const add = (span: Span, type: EntityType, via: string, extra: Partial<RawMention> = {}): void => {
    out.push({ start: span.start, end: span.end, text: spanText(ctx, span), type, sentence: sentence.index, via, ...extra });
  };

  for (const [from, to0] of splitAtTitles(chunks(tokens, headline, lex), tokens, lex)) {
    let start = from;
    let to = to0;
    // a common word that is capitalised only because it starts the sentence or a quote
    while (start < to) {
      const t = tokens[start]!;
      const before = tokens[start - 1];
      const initial = start === 0 || (before !== undefined && isOpeningMark(text, before)) || before?.text === ':';
      const cls = lex.wordClass(t.lower);
      const nameLike = SURNAME_FIRST.has(t.lower) || NICKNAMES[t.lower] !== undefined;
      if (nameLike && start + 1 < to) break;
      if (start + 1 < to && !CONNECTORS.has(t.lower) && lex.tags(t.lower).some((tag) => FUNCTION_TAGS.includes(tag)) && !lex.phrase(spanText(ctx, { start: t.start, end: tokens[to - 1]!.end }))) {
        start++;
        continue;
      }
      // ("New York Governor …": a common first word that opens a known place is kept)
      const opensPhrase = !lex.tags(t.lower).some((tag) => FUNCTION_TAGS.includes(tag))
        && [2, 3].some((n) => start + n <= to && lex.phrase(spanText(ctx, { start: t.start, end: tokens[start + n - 1]!.end })) !== undefined);
      if ((initial || headline) && (cls === 'common' || (initial && cls === 'unknown' && looksLikeCommonWord(t.text))) && !ROLE_HEADS.has(t.lower) && !HONORIFICS.has(t.lower) && !lex.phrase(t.text) && !lex.demonym(t.text) && !opensPhrase) start++;
      else break;
    }
    if (start >= to) continue;
    // trailing "." of an abbreviation is kept only for Corp./Inc./Jr.
    const chunkTokens = tokens.slice(start, to);
    const chunkSpan = { start: chunkTokens[0]!.start, end: chunkTokens[chunkTokens.length - 1]!.end };
    const whole = spanText(ctx, chunkSpan);
    if (MEDIA_CREDITS.has(whole)) continue;

    // "U. S." : the chunk stops before the abbreviation's last period
    const known = lex.phrase(whole) ?? (tokens[to]?.text === '.' && tokens[to]!.start === chunkSpan.end ? lex.phrase(`${whole}.`) : undefined);
    if (known) {
      // compromise's lexicon is lower case: a mixed-case surface ("AT&T", "McAllen") spells its name better than title case
      const shouted = !/\p{Ll}/u.test(whole) && !whole.includes('&') && whole.replace(/[^\p{L}]/gu, '').length >= 4;
      const spelled = known.titleCased && /\p{Lu}/u.test(whole) && !shouted ? whole.replace(/\s+/g, ' ') : known.name;
      add(chunkSpan, known.type, 'gazetteer', { canonical: spelled });
      continue;
    }
    // "C & O", "Baltimore & Ohio", "Marks & Spencer": capitals joined by "&" name a firm
    if (chunkTokens.some((t) => t.text === '&') && chunkTokens.length >= 3) {
      add(chunkSpan, 'Organization', 'ampersand');
      continue;
    }
    // a region of a known place: "West Berlin", "South Viet Nam", "Outer Mongolia"
    if (chunkTokens.length >= 2 && COMPASS_PREFIXES.has(chunkTokens[0]!.lower)) {
      const rest = lex.phrase(spanText(ctx, { start: chunkTokens[1]!.start, end: chunkSpan.end }));
      if (rest && rest.type !== 'Organization' && rest.type !== 'Event') {
        add(chunkSpan, 'Place', 'gazetteer', { canonical: `${chunkTokens[0]!.text} ${rest.name}` });
        continue;
      }
    }
    const headType = classifyByHead(chunkTokens.map((t) => t.lower), (w) => lex.wordClass(w) === 'first-name');
    // "Governor Ella Park", "Mayor Ann Lake": a title in front makes the rest a person's name, whatever its last word
    const titled = headType ? titleEnd(tokens, start, to, lex) : null;
    const titledName = titled && titled.hasHead ? tokens.slice(titled.end, to).filter((t) => t.text !== '.') : [];
    if (headType && !(titledName.length > 0 && titledName[0]!.upper && personEvidence(titledName, lex) !== 'none')) {
      add(chunkSpan, headType, 'head-word');
      continue;
    }
    // a leading country or demonym that is not part of a title: "US officials", "China Daily" are handled above
    const title = titleEnd(tokens, start, to, lex);
    let nameTokens = tokens.slice(title.end, to).filter((t) => t.text !== '.');
    // "Assistant Secretary of State for East Asian and Pacific Affairs": the rest of the chunk still belongs to the title
    if (title.hasHead && nameTokens[0] && !nameTokens[0].upper) nameTokens = [];
    if (title.hasHead && nameTokens.length === 0) {
      // a title alone: "US Secretary of State", "Foreign Minister"
      const roleWords = tokens.slice(start, to).filter((t) => !HONORIFICS.has(t.lower.replace(/\.$/, '')));
      const ownerTokens = tokens[start - 1]?.lower === "'s" && tokens[start - 2]?.upper ? [tokens[start - 2]!] : [];
      const country = countryOf([...ownerTokens, ...roleWords], lex);
      const core = roleCore(roleWords.filter((t) => !lex.demonym(t.text) && !isCountryToken(t, lex)).map((t) => t.text));
      if (core && !tokens[to]?.upper) {
        const refStart = ownerTokens[0]?.start ?? chunkSpan.start;
        add({ start: refStart, end: chunkSpan.end }, 'Person', 'role-reference', { roleRef: { country, core } });
      }
      continue;
    }
    if (nameTokens.length === 0) continue;
    // a lone initial ("A.") is never a name
    if (nameTokens.length === 1 && nameTokens[0]!.text.length === 1) continue;
    // "Robert F. Kennedy Jr.": a generational suffix keeps its period, so the period is no token between name and verb
    const lastName = nameTokens[nameTokens.length - 1]!;
    const suffixDot = /^(jr|sr)$/.test(lastName.lower) && tokens[tokens.indexOf(lastName) + 1]?.text === '.' ? tokens[tokens.indexOf(lastName) + 1]! : undefined;
    const nameSpan = { start: nameTokens[0]!.start, end: suffixDot && suffixDot.start === lastName.end ? suffixDot.end : lastName.end };
    const nameText = spanText(ctx, nameSpan);
    const roleText = title.end > start ? spanText(ctx, { start: chunkSpan.start, end: tokens[title.end - 1]!.end }) : undefined;

    // what is left after a title may itself be a place or organisation ("US Congress" is handled by the gazetteer)
    const knownName = lex.phrase(nameText);
    if (knownName && !title.hasHead) {
      if (title.end > start) {
        const lead = tokens.slice(start, title.end);
        const leadText = spanText(ctx, { start: lead[0]!.start, end: lead[lead.length - 1]!.end });
        const leadKnown = lex.phrase(leadText);
        if (leadKnown) add({ start: lead[0]!.start, end: lead[lead.length - 1]!.end }, leadKnown.type, 'gazetteer', { canonical: leadKnown.name });
      }
      add(nameSpan, knownName.type, 'gazetteer', { canonical: knownName.name });
      continue;
    }
    if (!title.hasHead && title.end > start) {
      // leading country/demonym without a role head: "US Commerce" is not a title; treat the country separately
      const lead = tokens[start]!;
      const leadKnown = lex.phrase(lead.text);
      if (leadKnown) add({ start: lead.start, end: lead.end }, leadKnown.type, 'gazetteer', { canonical: leadKnown.name });
    }
    const evidence = personEvidence(nameTokens, lex);
    const before = roleBefore(ctx, tokens.indexOf(nameTokens[0]!) === title.end ? start : title.end);
    const hasTitle = title.hasHead || before !== null;
    if (nameTokens.length === 1) {
      const only = nameTokens[0]!;
      const cls = lex.wordClass(only.lower);
      if (!hasTitle && isAcronym(only)) {
        add(nameSpan, 'Organization', 'acronym');
        continue;
      }
      if (!hasTitle && (cls === 'organization')) {
        add(nameSpan, 'Organization', 'lexicon');
        continue;
      }
      if (!hasTitle && cls === 'common') continue;
      if (!hasTitle && (lex.demonym(only.text) || cls === 'demonym')) continue;
    } else if (!hasTitle && evidence === 'none') {
      continue;
    }
    // "the Bronx Democratic leader", "Likud party chief": capitals that qualify a role noun after them are not a person
    const following = tokens[to];
    if (!hasTitle && evidence !== 'strong' && following && !following.upper && ROLE_HEADS.has(following.lower) && following.lower !== 'counterpart') {
      const lead = lex.phrase(nameTokens[0]!.text);
      if (lead) add({ start: nameTokens[0]!.start, end: nameTokens[0]!.end }, lead.type, 'gazetteer', { canonical: lead.name });
      continue;
    }
    // "had visited at Pickfair", "huddling in Palm Beach": a name after a preposition of place that no lexicon calls a person
    const preposition = tokens[tokens.indexOf(nameTokens[0]!) - 1];
    // ("flew to Erbil", "headed to Vilnius": "to" after a verb of travel is a preposition of place too)
    const travelTo = preposition?.lower === 'to' && TRAVEL_VERBS.test(tokens[tokens.indexOf(nameTokens[0]!) - 2]?.lower ?? '');
    const nameClass = nameTokens.length === 1 ? lex.wordClass(nameTokens[0]!.lower) : 'unknown';
    if (!hasTitle && evidence !== 'strong' && (nameClass === 'unknown' || nameClass === 'region') && preposition && (LOCATIVE_PREPOSITIONS.has(preposition.lower) || travelTo)
      && !(tokens[to]?.word === true && !tokens[to]!.upper && isNounWord(tokens[to]!.lower, lex)) && tokens[to]?.lower !== "'s") {
      // (not when a common noun follows: "in China-US relations", "at Harvard University's" are not places named alone)
      add(nameSpan, 'Place', 'locative');
      continue;
    }
    const role = roleText ?? (before ? spanText(ctx, { start: before.start, end: before.words[before.words.length - 1]!.end }) : undefined);
    const extra: Partial<RawMention> = {};
    if (role) extra.role = role;
    // "President Lula": a public figure's nickname after a title still stands for the full name
    if (knownName?.type === 'Person') extra.canonical = knownName.name;
    const given = nameTokens[0]!;
    if (nameTokens.length >= 2 && (lex.wordClass(given.lower) === 'first-name' || NICKNAMES[given.lower] || SURNAME_FIRST.has(given.lower) || /^\p{Lu}\.?$/u.test(given.text))) extra.givenName = true;
    const roleStart = title.end > start ? chunkSpan.start : before?.start;
    if (roleStart !== undefined) {
      extra.roleStart = roleStart;
      extra.withTitle = spanText(ctx, { start: roleStart, end: nameSpan.end }).replace(/\s+/g, ' ');
    }
    // a lone capitalised word is a name when nothing else explains its capital: not first in the sentence or a quote, not a headline
    if (nameTokens.length === 1 && !hasTitle) {
      const at = tokens.indexOf(nameTokens[0]!);
      const before = tokens[at - 1];
      const after = tokens[at + 1];
      // "the ancient Diaoyutai gardens", "the Kremlin-backed": a modifier of a common noun, not a person
      const modifier = after !== undefined && !after.upper && (PLACE_HEADS.has(after.lower) || ORGANIZATION_HEADS.has(after.lower) || /^-/.test(after.text));
      // a word no lexicon knows, first in its sentence ("Kishida met …"), is as weak a name as one in mid-sentence:
      // kept when owned or related; a headline's capitals, a modifier or a common-looking word stay tentative
      if (headline || modifier || looksCommon(nameTokens[0]!, lex)) extra.tentative = true;
      else extra.weak = true;
    }
    add(nameSpan, 'Person', hasTitle ? 'title' : 'name', extra);
  }

  // lower-case role references bound to an owner: "China's defence minister", "Washington's top envoy"
  for (let k = 0; k + 2 < tokens.length; k++) {
    const owner = tokens[k]!;
    if (!owner.upper || tokens[k + 1]?.lower !== "'s") continue;
    let m = k + 2;
    const roleWords: Token[] = [];
    while (m < tokens.length && tokens[m] && (ROLE_MODIFIERS.has(tokens[m]!.lower) || ROLE_HEADS.has(tokens[m]!.lower))) roleWords.push(tokens[m++]!);
    const last = roleWords[roleWords.length - 1];
    if (!last || !ROLE_HEADS.has(last.lower) || last.lower === 'counterpart') continue;
    if (tokens[m]?.upper && tokens[m]?.word) continue; // a name follows: handled as a title above
    if (roleWords.some((t) => t.upper)) continue; // capitalised role: handled as a chunk
    const ownerPhrase = lex.phrase(owner.text);
    const country = lex.demonym(owner.text) ?? (ownerPhrase ? ownerPhrase.name : null);
    if (!country) continue;
    add({ start: owner.start, end: last.end }, 'Person', 'role-reference', { roleRef: { country, core: roleCore(roleWords.map((t) => t.text)) } });
  }

  // pronouns that can stand for a person ("He said", "she met"), and possessives that own an event ("of his visit to …")
  tokens.forEach((t, k) => {
    const owns = (t.lower === 'his' || t.lower === 'her') && (k === 0 || GOVERNING_WORDS.has(tokens[k - 1]!.lower))
      && [tokens[k + 1], tokens[k + 2]].some((u) => u !== undefined && OWNED_EVENTS.has(u.lower));
    // "hosted her Serbian counterpart", "her husband": "her" before a noun phrase is a determiner, not the object
    const next = tokens[k + 1];
    const nextTags = t.lower === 'her' && next?.word === true ? lex.tags(next.lower) : [];
    const determiner = t.lower === 'her' && next?.word === true && (next.upper || (!nextTags.some((tag) => FUNCTION_TAGS.includes(tag) || tag === 'Adverb')
      && nextTags.some((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'Plural' || tag === 'Adjective')));
    if (owns) add(t, 'Person', 'pronoun', { possessive: true });
    else if ((t.lower === 'him' || t.lower === 'her') && !determiner) {
      // an object pronoun's own clause begins after the last clause word before it ("Kemp said that Holm met him")
      let b = k - 1;
      while (b > 0 && !CLAUSE_WORDS.has(tokens[b]!.lower)) b--;
      add(t, 'Person', 'pronoun', { clauseStart: tokens[b]?.start ?? sentence.start });
    } else if (PERSON_PRONOUNS.has(t.lower) && !determiner) add(t, 'Person', 'pronoun');
  });
  const kept = dropOverlaps(out);
  markCataphora(kept, tokens, text);
  const commaBetween = (left: RawMention, right: RawMention): boolean => /^\s*,\s*$/.test(text.slice(left.end, right.roleStart ?? right.start));
  const isName = (m: RawMention): boolean => m.type === 'Person' && m.via !== 'pronoun' && m.via !== 'role-reference';
  // a lone unknown name (weak or tentative) retyped by its neighbour:
  // - "Woburn, Mass.", "Farmington, Conn.": followed by ", <state or country>" it is a town;
  // - "OpenAI's Sam Altman", "DuPont's Ann Lee": of a firm's shape (a capital inside, not "McCain") and owning a person,
  //   it is the body they speak for ("Puccini's Madame Butterfly", "Eisenhower's aide" stay people)
  for (let k = 0; k + 1 < kept.length; k++) {
    const [m, next] = [kept[k]!, kept[k + 1]!];
    if (m.type !== 'Person' || !(m.weak === true || m.tentative === true) || m.text.includes(' ')) continue;
    const retype = (type: EntityType, via: string): void => {
      kept[k] = { start: m.start, end: m.end, text: m.text, type, sentence: m.sentence, via };
    };
    if (next.via === 'gazetteer' && (next.type === 'Place' || next.type === 'Country') && commaBetween(m, next)) retype('City', 'place-pair');
    else if (/^(?!Ma?c|O')\p{Lu}\p{L}*\p{Ll}\p{Lu}/u.test(m.text) && isName(next) && /^['’]s\s+$/.test(text.slice(m.end, next.roleStart ?? next.start))) retype('Organization', 'owner');
  }
  // a role reference set off by a comma is the role of the name right before it ("Couve de Murville, French Foreign
  // Minister,"), else of the name right after it ("Qatar's prime minister, Sheikh Mohammed")
  for (let k = 0; k + 1 < kept.length; k++) {
    const [left, right] = [kept[k]!, kept[k + 1]!];
    if (right.via === 'role-reference' && isName(left) && commaBetween(left, right)) right.appositive = true;
    if (left.via === 'role-reference' && !left.appositive && isName(right) && commaBetween(left, right)) left.appositiveBefore = true;
  }
  // one after "the" may point back
  for (const m of kept) if (m.via === 'role-reference' && /\bthe\s+(?:\S+\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) m.definite = true;
  return kept;
}

/** Keeps the longest of overlapping mentions, in text order. */
function dropOverlaps(mentions: RawMention[]): RawMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

/** Words that begin a clause (for an object pronoun's own clause). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'who', 'whom', 'which', 'when', 'after', 'before', 'because', 'while', 'said', 'says', 'told', 'if', 'but', ',', ';', ':']);

/** Words that open a fronted phrase whose pronouns can point forward: "During his visit, A …", "After she landed, A …". */
const FRONTING_WORDS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'on', 'upon', 'while', 'when', 'as', 'in', 'at', 'following', 'since', 'ahead', 'throughout', 'until']);

/**
 * Marks pronouns that point forward: in a phrase that opens the sentence with a fronting word, before its first comma,
 * with no name before them, and a person's name (with or without a title) right after that comma.
 */
function markCataphora(mentions: RawMention[], tokens: Token[], text: string): void {
  const opener = tokens[0];
  // "During his visit, …", and participles: "Asked whether he would go, …", "Speaking after his talks, …"
  if (!opener || !(FRONTING_WORDS.has(opener.lower) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(opener.text))) return;
  const comma = tokens.find((t) => t.text === ',');
  if (!comma) return;
  const subject = mentions.find((m) => m.start > comma.start && m.type === 'Person' && m.via !== 'pronoun' && m.via !== 'role-reference');
  // "…, Premier Holm's deputy Jon Lie met …": a possessive name is not the subject; leave the pronoun alone
  if (!subject || text.slice(comma.end, subject.roleStart ?? subject.start).trim() !== '' || /^['’]s\b/.test(text.slice(subject.end))) return;
  // a pronoun after a name in the fronted phrase may be that name's ("After Biden met Xi, he said …"); one before any
  // name points forward ("Asked whether she would meet Maduro, Harris said …")
  const firstNamed = mentions.find((m) => m.type === 'Person' && m.via !== 'pronoun' && m.start < comma.start);
  for (const m of mentions) if (m.via === 'pronoun' && m.end <= comma.start && (!firstNamed || m.end <= firstNamed.start)) m.cataphoricTo = subject.start;
}
