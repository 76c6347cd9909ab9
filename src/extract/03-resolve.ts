// Stage 3: in-document coreference: surnames, honorifics, nicknames, role references and pronouns → local entities.
import type { EntityType, Mention } from '../types.js';
import type { RawMention } from './02-mentions.js';
import { roleCore } from './02-mentions.js';
import { FIRST_NAME_SPELLINGS, HONORIFICS, NICKNAMES } from './rules/titles.js';
import { SURNAME_FIRST } from './rules/gazetteer.js';

/** How a local entity still waits to be bound to a corpus entity. */
export type PendingResolution =
  | { kind: 'surname'; token: string; tentative: boolean; weak?: boolean }
  | { kind: 'role'; country: string | null; core: string };

/** An entity of one document, before cross-document resolution. */
export interface LocalEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  /** Normalised roles, for binding role references ("China's defence minister"). */
  roleCores: Array<{ country: string | null; core: string }>;
  mentions: number;
  pending?: PendingResolution;
}

/** Result of in-document resolution. */
export interface Resolution {
  entities: LocalEntity[];
  /** For each mention (same order as the input), the key of its local entity, or null when it was dropped. */
  mentionEntity: Array<string | null>;
}

/** Particles that start a surname ("De Sapio", "van Gogh", "von der Leyen"); "Al" and "Del" are left out: they are first names too (Al Gore). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'della', 'di', 'da', 'du', 'la', 'le', 'von', 'van', 'der', 'den', 'ter', 'ten', 'bin', 'ibn']);

/** Titles one person holds by office, which "the <title>" names without pointing back to anyone. */
const ONE_HOLDER_TITLES: ReadonlySet<string> = new Set(['pope', 'king', 'queen', 'emperor', 'empress', 'prince', 'princess', 'president', 'premier',
  'chancellor', 'sultan', 'emir', 'shah', 'patriarch', 'archbishop']);

/** Titles of address followed by a first name rather than a surname. */
const FIRST_NAME_TITLES: ReadonlySet<string> = new Set(['sir', 'dame', 'lady', 'mister', 'miss']);

/** Lower-case ASCII slug of a name: "Tsai Ing-wen" → "tsai-ing-wen". */
export function slugify(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** Entity key: `<type>:<slug>`. */
export function entityKey(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** Tidies a surface form into a name: curly apostrophes, "the ", a trailing possessive, spaces. */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^the /i, '').replace(/['’]s$/, '').trim();
}

const nameWords = (name: string): string[] => name.split(/\s+/).filter(Boolean);
/** A name folded for matching: lower case, no accents ("López" ≡ "Lopez"). */
const foldName = (name: string): string => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const formalFirst = (word: string): string => {
  const formal = NICKNAMES[word.toLowerCase()] ?? word.toLowerCase();
  return FIRST_NAME_SPELLINGS[formal] ?? formal;
};
/** Generational suffixes, which follow the surname: "Robert F. Kennedy Jr.", "Ferdinand Marcos II". */
const GENERATIONAL = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** The words of a name without a generational suffix ("Jr.", "III"), and the suffix. */
function splitSuffix(words: string[]): { words: string[]; suffix: string } {
  const last = words[words.length - 1];
  return words.length > 2 && last !== undefined && GENERATIONAL.test(last) ? { words: words.slice(0, -1), suffix: last.replace(/\.$/, '') } : { words, suffix: '' };
}

/**
 * Signature of a full personal name: formal first name + last name ("Bill Burns" ≡ "William Burns", "Tony" ≡
 * "Antony"), plus a generational suffix: "Robert F. Kennedy Jr." is not his father.
 */
export function personSignature(name: string): string {
  const { words, suffix } = splitSuffix(nameWords(foldName(name)));
  if (words.length < 2) return words[0] ?? '';
  return `${formalFirst(words[0] ?? '')} ${words[words.length - 1]}${suffix ? ` ${suffix}` : ''}`;
}

/**
 * Can a surname refer to this full name? Surname last, or first for East Asian names; a surname with particles
 * ("De Sapio", "von der Leyen") is the full name's last words.
 */
export function surnameMatches(fullName: string, token: string): boolean {
  const { words } = splitSuffix(nameWords(foldName(fullName)));
  const t = foldName(token);
  if (words.length < 2 || t.length < 2) return false;
  if (words[words.length - 1] === t) return true;
  const tail = nameWords(t);
  if (tail.length > 1 && tail.length < words.length) return words.slice(words.length - tail.length).join(' ') === tail.join(' ');
  return words[0] === t && SURNAME_FIRST.has(t);
}

/** A readable role: honorifics alone ("Mr") are not roles. */
function usefulRole(role: string | undefined): string | null {
  if (!role) return null;
  const words = role.toLowerCase().replace(/\./g, '').split(/\s+/);
  return words.every((w) => HONORIFICS.has(w)) ? null : role.replace(/\s+/g, ' ').trim();
}

function roleCoreOf(role: string, demonymCountry: (word: string) => string | null): { country: string | null; core: string } {
  const words = role.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
  let country: string | null = null;
  const rest: string[] = [];
  for (const w of words) {
    const c = demonymCountry(w);
    if (c && country === null) country = c;
    else if (!c) rest.push(w);
  }
  return { country, core: roleCore(rest) };
}

/**
 * Groups a document's mentions into local entities.
 * @param mentions - all mentions of the document, in text order
 * @param countryOfWord - maps "Chinese"/"China"/"US" to a country name (from the lexicon), else null
 */
export function resolveDocument(mentions: readonly RawMention[], countryOfWord: (word: string) => string | null): Resolution {
  const entities = new Map<string, LocalEntity>();
  const mentionEntity: Array<string | null> = mentions.map(() => null);
  const touch = (key: string, name: string, type: EntityType, m: Mention, alias: string, pending?: PendingResolution): LocalEntity => {
    let e = entities.get(key);
    if (!e) {
      e = { key, name, type, aliases: [], roles: [], roleCores: [], mentions: 0 };
      if (pending) e.pending = pending;
      entities.set(key, e);
    }
    e.mentions++;
    if (alias && !e.aliases.includes(alias)) e.aliases.push(alias);
    const role = usefulRole(m.role);
    if (role && !e.roles.includes(role)) {
      e.roles.push(role);
      e.roleCores.push(roleCoreOf(role, countryOfWord));
    }
    return e;
  };
  const surfaceOf = (m: RawMention): string => cleanName(m.text);

  // 1. full personal names, merged by signature (nicknames, middle initials)
  const bySignature = new Map<string, string>();
  const givenNamed = new Set<string>(); // entities named once with a known given name in front
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || m.via === 'pronoun' || m.via === 'role-reference') return;
    // a public figure's nickname ("Ike") stands for the full name the gazetteer gives
    const name = m.canonical ?? surfaceOf(m);
    // "De Sapio", "von Braun": a surname with its particle, not a first and last name
    if (nameWords(name).length < 2 || SURNAME_PARTICLES.has(nameWords(name)[0]!.toLowerCase())) return;
    const sig = personSignature(name);
    let key = bySignature.get(sig);
    if (!key) {
      key = entityKey('Person', name);
      bySignature.set(sig, key);
    }
    const e = touch(key, name, 'Person', m, name);
    if (name !== surfaceOf(m) && !e.aliases.includes(surfaceOf(m))) e.aliases.push(surfaceOf(m));
    if (m.givenName || m.canonical) givenNamed.add(key);
    if (m.withTitle && !e.aliases.includes(m.withTitle)) e.aliases.push(m.withTitle);
    // prefer the formal, longer form as the canonical name ("William Burns" over "Bill Burns")
    const current = nameWords(e.name);
    const candidate = nameWords(name);
    if (candidate.length > current.length || (NICKNAMES[(current[0] ?? '').toLowerCase()] && !NICKNAMES[(candidate[0] ?? '').toLowerCase()])) e.name = name;
    mentionEntity[i] = key;
  });
  // "López Obrador" after "Andrés Manuel López Obrador": a name with no given name in front that ends the one longer
  // name that has one is its surname ("Republican Richard Nixon" does not take "Richard Nixon")
  for (const short of [...entities.values()]) {
    if (givenNamed.has(short.key)) continue;
    const tail = nameWords(foldName(short.name));
    const longer = [...entities.values()].filter((e) => e !== short && givenNamed.has(e.key) && nameWords(e.name).length > tail.length
      && nameWords(foldName(e.name)).slice(-tail.length).join(' ') === tail.join(' '));
    const into = longer.length === 1 ? longer[0]! : undefined;
    if (!into) continue;
    into.mentions += short.mentions;
    for (const a of short.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
    short.roles.forEach((r, k) => {
      if (into.roles.includes(r)) return;
      into.roles.push(r);
      into.roleCores.push(short.roleCores[k]!);
    });
    mentionEntity.forEach((key, k) => { if (key === short.key) mentionEntity[k] = into.key; });
    entities.delete(short.key);
  }
  const fullPersons = [...entities.values()];

  // 2. single names: "Blinken", "Mr Qin", "President Xi" → the full name they shorten, else a pending surname
  mentions.forEach((m, i) => {
    if (m.type !== 'Person' || m.via === 'pronoun' || m.via === 'role-reference' || mentionEntity[i]) return;
    const token = surfaceOf(m);
    const owners = fullPersons.filter((p) => p.aliases.some((a) => surnameMatches(a, token)));
    let owner = owners.length === 1 ? owners[0] : owners.find((p) => p.aliases.some((a) => surnameMatches(a, token) && nameWords(a)[0]?.toLowerCase() !== token.toLowerCase()));
    // an untitled first name ("Carl and Paula met") stands for the one full name of the document that starts with it;
    // so does a first name after a title of address that takes one ("Sir Winston", "Dame Judi", "Mister Sam")
    if (!owner && (!m.withTitle || FIRST_NAME_TITLES.has(foldName(m.role ?? '').replace(/\.$/, ''))) && owners.length === 0) {
      const byFirst = fullPersons.filter((p) => p.aliases.some((a) => nameWords(a).length >= 2 && nameWords(a)[0]?.toLowerCase() === token.toLowerCase()));
      if (byFirst.length === 1) owner = byFirst[0];
    }
    if (owner) {
      touch(owner.key, owner.name, 'Person', m, token);
      if (m.withTitle && !owner.aliases.includes(m.withTitle)) owner.aliases.push(m.withTitle);
      mentionEntity[i] = owner.key;
      return;
    }
    const key = entityKey('Person', token);
    const e = touch(key, token, 'Person', m, token, { kind: 'surname', token, tentative: m.tentative === true, weak: m.weak === true });
    if (m.withTitle && !e.aliases.includes(m.withTitle)) e.aliases.push(m.withTitle);
    // one confident mention makes the name confident; a weak one lifts a tentative name to weak
    if (e.pending?.kind === 'surname' && !m.tentative) e.pending = { kind: 'surname', token, tentative: false, weak: e.pending.weak === true && m.weak === true || (e.pending.tentative && m.weak === true) };
    mentionEntity[i] = key;
  });

  // 3. role references: "China's defence minister" → the person of the document who holds that role, else pending
  mentions.forEach((m, i) => {
    if (m.via !== 'role-reference' || !m.roleRef) return;
    const { country, core } = m.roleRef;
    const holder = [...entities.values()].find((e) => e.type === 'Person' && (!e.pending || (e.pending.kind === 'surname' && !e.pending.tentative))
      && e.roleCores.some((r) => r.core === core && (r.country === country || r.country === null || country === null)));
    const bind = (key: string, name: string, learnRole: boolean): void => {
      const e = touch(key, name, 'Person', m, cleanName(m.text));
      if (learnRole && !e.roles.includes(cleanName(m.text))) {
        e.roles.push(cleanName(m.text));
        e.roleCores.push({ country, core });
      }
      mentionEntity[i] = key;
    };
    // "Maurice Couve de Murville, French Foreign Minister," : the role of the name before it
    const before = mentions[i - 1];
    const beforeKey = mentionEntity[i - 1];
    if (m.appositive && before && beforeKey && before.type === 'Person') {
      const e = entities.get(beforeKey);
      if (e) return bind(e.key, e.name, true);
    }
    const afterKey = mentionEntity[i + 1];
    if (m.appositiveBefore && afterKey) {
      const e = entities.get(afterKey);
      if (e) return bind(e.key, e.name, true);
    }
    if (holder) return bind(holder.key, holder.name, false);
    // "G. Mennen Williams … Touring Africa, the new Assistant Secretary of State observed": the last full name before
    // it (within two sentences) that holds no other role
    // (only the subject of its sentence, and never for titles one person holds by office: "the Pope", "the King")
    if (m.definite && !ONE_HOLDER_TITLES.has(core.split(' ')[0] ?? '')) {
      for (let j = i - 1; j >= 0 && m.sentence - mentions[j]!.sentence <= 2; j--) {
        const key = mentionEntity[j];
        const e = key ? entities.get(key) : undefined;
        let subject = true; // no person mentioned earlier in its sentence
        for (let q = j - 1; q >= 0 && mentions[q]!.sentence === mentions[j]!.sentence && subject; q--) subject = mentions[q]!.type !== 'Person';
        if (!e || !subject || e.type !== 'Person' || e.pending || nameWords(e.name).length < 2 || mentions[j]!.via === 'pronoun') continue;
        if (e.roleCores.length === 0 || e.roleCores.some((r) => r.core === core)) return bind(e.key, e.name, true);
      }
    }
    const key = `role:${slugify(country ?? 'any')}:${slugify(core)}`;
    touch(key, cleanName(m.text), 'Person', m, cleanName(m.text), { kind: 'role', country, core });
    mentionEntity[i] = key;
  });

  // 4. everything that is not a person: by canonical name. A one-word place that is the surname of a person of the
  // document is that person ("Bolton said" after "John Bolton"; "Lincoln" after "Abraham Lincoln")
  mentions.forEach((m, i) => {
    if (m.type === 'Person') return;
    const word = cleanName(m.text);
    if (m.type !== 'Country' && !word.includes(' ')) {
      const owner = fullPersons.find((p) => p.aliases.some((a) => surnameMatches(a, word)));
      if (owner) {
        touch(owner.key, owner.name, 'Person', m, word);
        mentionEntity[i] = owner.key;
        return;
      }
    }
    const name = m.canonical ?? cleanName(m.text);
    const key = entityKey(m.type, name);
    touch(key, name, m.type, m, cleanName(m.text));
    mentionEntity[i] = key;
  });

  // 5. pronouns: the subject of the sentence so far, else of the nearest earlier sentence with a person
  mentions.forEach((m, i) => {
    if (m.via !== 'pronoun') return;
    let target: string | null = null;
    if (m.cataphoricTo !== undefined) {
      for (let j = i + 1; j < mentions.length && mentions[j]!.sentence === m.sentence && target === null; j++) if (mentions[j]!.start === m.cataphoricTo) target = mentionEntity[j] ?? null;
      if (target) {
        const e = entities.get(target);
        if (e) e.mentions++;
        mentionEntity[i] = target;
        return;
      }
    }
    // an object pronoun ("Kemp visited her") is not its own clause's subject (that would be "herself")
    const ownClause = m.clauseStart;
    for (let j = i - 1; j >= 0; j--) {
      const prev = mentions[j]!;
      if (m.sentence - prev.sentence > 2) break;
      const key = mentionEntity[j];
      if (prev.type !== 'Person' || !key) continue;
      if (prev.sentence === m.sentence) {
        if (ownClause === undefined || prev.start < ownClause) target = key; // keep going: the first person of the sentence wins
      }
      else if (target === null) {
        // first person mention of that earlier sentence
        let k = j;
        while (k - 1 >= 0 && mentions[k - 1]!.sentence === prev.sentence) k--;
        for (let q = k; q <= j; q++) if (mentions[q]!.type === 'Person' && mentionEntity[q]) {
          target = mentionEntity[q]!;
          break;
        }
        break;
      } else break;
    }
    if (target) {
      const e = entities.get(target);
      if (e) e.mentions++;
      mentionEntity[i] = target;
    }
  });
  return { entities: [...entities.values()], mentionEntity };
}
