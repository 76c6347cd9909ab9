// Stage 5: cross-document resolution: one node per referent across the corpus (surnames, nicknames, role references).
import type { DocResult, Entity, Relation } from '../types.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { DocExtraction } from './index.js';
import type { LocalEntity } from './03-resolve.js';
import { entityKey, personSignature, SURNAME_PARTICLES, surnameMatches } from './03-resolve.js';
import { NICKNAMES } from './rules/titles.js';

/** A person of the corpus with a full name, and everything known about them. */
interface GlobalPerson {
  key: string;
  names: Map<string, number>;
  aliases: Set<string>;
  roleCores: Array<{ country: string | null; core: string }>;
  docs: Set<string>;
}

const words = (name: string): string[] => name.split(/\s+/).filter(Boolean);

/** A role core without "-elect" / "-designate": "President-elect Kennedy" holds the president's role. */
const baseCore = (core: string): string => core.replace(/-(?:elect|designate|nominee)\b/g, '');

/** Titles held by one person per territory or see ("King of Spain", "Archbishop of Canterbury"), unlike "Secretary of …". */
const TERRITORIAL_HEADS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'shah',
  'archbishop', 'bishop', 'patriarch', 'pope', 'duke', 'duchess', 'earl', 'count', 'countess', 'baron', 'baroness', 'marquis', 'marquess', 'viscount', 'elector']);
const isNickname = (name: string): boolean => NICKNAMES[(words(name)[0] ?? '').toLowerCase()] !== undefined;

/** Picks a canonical name: formal first names over nicknames, then the most frequent, then the longest, then alphabetical. */
function canonicalName(names: Map<string, number>): string {
  return [...names.entries()].sort((a, b) => Number(isNickname(a[0])) - Number(isNickname(b[0])) || b[1] - a[1] || words(b[0]).length - words(a[0]).length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

/** Is `a` one insertion, deletion or substitution away from `b`? */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Initials of the middle names a person is written with ("William Henry Harrison" → "h"). */
const middleInitials = (p: GlobalPerson): Set<string> => new Set([...p.names.keys()].flatMap((n) => words(n).slice(1, -1).map((w) => w[0]!.toLowerCase())));

/** Two people written with different middle names ("William Henry Harrison", "William Lloyd Garrison") are two people. */
function middlesDiffer(a: GlobalPerson, b: GlobalPerson): boolean {
  const [ma, mb] = [middleInitials(a), middleInitials(b)];
  return ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m));
}

/** Surnames shorter than this are never merged as spellings of each other ("Smith" / "Smyth" are two families). */
const MIN_VARIANT_SURNAME = 6;

/**
 * One person under two spellings of a surname ("Volodymyr Zelenskyy" / "Volodymyr Zelensky", a typo): the same formal
 * first name, surnames of six letters or more that begin alike and are one edit apart, and no differing middle names.
 * The later signature is pointed at the earlier person.
 */
function mergeSpellingVariants(persons: Map<string, GlobalPerson>): void {
  const buckets = new Map<string, string[]>();
  for (const sig of [...persons.keys()].sort()) {
    const [first, last, suffix = ''] = sig.split(' ');
    // (letters only: "Lee100" and "Lee200" are labels, not spellings)
    if (!first || !last || last.length < MIN_VARIANT_SURNAME || !/^\p{L}[\p{L}'’-]*$/u.test(last)) continue;
    const bucket = `${first} ${suffix}`;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), sig]);
  }
  for (const sigs of buckets.values()) {
    for (let i = 0; i < sigs.length; i++) for (let j = i + 1; j < sigs.length; j++) {
      const [a, b] = [persons.get(sigs[i]!)!, persons.get(sigs[j]!)!];
      const [lastA, lastB] = [sigs[i]!.split(' ')[1]!, sigs[j]!.split(' ')[1]!];
      if (a === b || lastA.slice(0, 2) !== lastB.slice(0, 2) || !oneEditApart(lastA, lastB) || middlesDiffer(a, b)) continue;
      for (const [name, count] of b.names) a.names.set(name, (a.names.get(name) ?? 0) + count);
      for (const alias of b.aliases) a.aliases.add(alias);
      a.roleCores.push(...b.roleCores);
      for (const doc of b.docs) a.docs.add(doc);
      for (const [sig, p] of persons) if (p === b) persons.set(sig, a);
    }
  }
}

/**
 * Resolves entities across documents and turns extractions into graph-ready results with corpus-wide keys.
 * Pure and order-independent: the same set of extractions gives the same results whatever their order.
 */
export function resolveCorpus(extractions: readonly DocExtraction[]): DocResult[] {
  const sorted = [...extractions].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  // 1. full-name persons, merged by signature across documents
  const persons = new Map<string, GlobalPerson>();
  for (const ex of sorted) for (const e of ex.entities) {
    if (e.type !== 'Person' || e.pending || words(e.name).length < 2) continue;
    const sig = personSignature(e.name);
    let p = persons.get(sig);
    if (!p) {
      p = { key: '', names: new Map(), aliases: new Set(), roleCores: [], docs: new Set() };
      persons.set(sig, p);
    }
    p.names.set(e.name, (p.names.get(e.name) ?? 0) + e.mentions);
    for (const a of e.aliases) p.aliases.add(a);
    p.roleCores.push(...e.roleCores);
    p.docs.add(ex.doc.id);
  }
  mergeSpellingVariants(persons);
  for (const p of new Set(persons.values())) p.key = entityKey('Person', canonicalName(p.names));
  // indexes: surname token → persons, role core → persons (linear, not a scan per pending entity)
  const bySurname = new Map<string, Set<GlobalPerson>>();
  const byRole = new Map<string, Set<GlobalPerson>>();
  const addTo = <K>(index: Map<K, Set<GlobalPerson>>, key: K, p: GlobalPerson): void => {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(p);
  };
  for (const p of new Set(persons.values())) {
    for (const alias of p.aliases) {
      const ws = words(alias);
      for (const candidate of [ws[0], ws[ws.length - 1]]) if (candidate && surnameMatches(alias, candidate)) addTo(bySurname, candidate.toLowerCase(), p);
      // a surname with particles: "De Sapio" of "Carmine G. De Sapio"
      const particle = ws.findIndex((w, i) => i > 0 && i < ws.length - 1 && SURNAME_PARTICLES.has(w.toLowerCase()));
      if (particle > 0) addTo(bySurname, ws.slice(particle).join(' ').toLowerCase(), p);
    }
    for (const r of p.roleCores) addTo(byRole, r.core, p);
  }

  // 2. other entities: one key per compact name ("Guest House" = "Guesthouse", "Microsoft Corp." = "Microsoft")
  const compactKeys = new Map<string, { key: string; name: string; mentions: number }>();
  const compact = (e: LocalEntity): string => `${e.type}:${e.key.slice(e.key.indexOf(':') + 1).replace(/-(corp|inc|co|ltd|llc|plc)$/, '').replace(/-/g, '')}`;
  for (const ex of sorted) for (const e of ex.entities) {
    if (e.type === 'Person') continue;
    const c = compact(e);
    const known = compactKeys.get(c);
    if (!known) compactKeys.set(c, { key: e.key, name: e.name, mentions: e.mentions });
    else if (e.mentions > known.mentions || (e.mentions === known.mentions && e.key < known.key)) compactKeys.set(c, { key: e.key, name: e.name, mentions: e.mentions + known.mentions });
    else known.mentions += e.mentions;
  }

  // a name that is another's minus one leading word ("Foreign Ministry" of "Chinese Foreign Ministry") is that entity, if unique
  const byTail = new Map<string, Array<{ key: string; name: string; mentions: number }>>();
  for (const value of compactKeys.values()) {
    const slug = value.key.slice(value.key.indexOf(':') + 1);
    const dash = slug.indexOf('-');
    if (dash < 0) continue;
    const tail = `${value.key.slice(0, value.key.indexOf(':'))}:${slug.slice(dash + 1)}`;
    byTail.set(tail, [...(byTail.get(tail) ?? []), value]);
  }
  for (const [c, value] of compactKeys) {
    if (!value.key.slice(value.key.indexOf(':') + 1).includes('-')) continue;
    const longer = byTail.get(value.key) ?? [];
    if (longer.length === 1 && longer[0]!.key !== value.key) compactKeys.set(c, longer[0]!);
  }

  // the local entities each document relates to someone, for keeping weakly named people
  const relatedKeys = new Map<DocExtraction, Set<string>>();
  const related = (ex: DocExtraction): Set<string> => {
    let keys = relatedKeys.get(ex);
    if (!keys) relatedKeys.set(ex, (keys = new Set(ex.relations.flatMap((r) => [r.source, r.target]))));
    return keys;
  };

  // 3. map every local entity to a corpus key (or null: dropped)
  const mapLocal = (ex: DocExtraction, e: LocalEntity): { key: string; name: string } | null => {
    if (e.type !== 'Person') {
      const c = compactKeys.get(compact(e));
      return c ? { key: c.key, name: c.name } : { key: e.key, name: e.name };
    }
    if (!e.pending) {
      const p = words(e.name).length >= 2 ? persons.get(personSignature(e.name)) : undefined;
      return p ? { key: p.key, name: canonicalName(p.names) } : { key: e.key, name: e.name };
    }
    if (e.pending.kind === 'surname') {
      const token = e.pending.token;
      const owners = [...(bySurname.get(token.toLowerCase()) ?? [])];
      const local = owners.filter((p) => p.docs.has(ex.doc.id));
      // several people share the surname: the one whose role the local name carries ("President-elect Kennedy")
      const localCores = new Set(e.roleCores.map((r) => baseCore(r.core)));
      const byRoleHolder = localCores.size > 0 ? owners.filter((p) => p.roleCores.some((r) => localCores.has(baseCore(r.core)))) : [];
      // (people carry several titles across stories — "Premier" and "Chairman" Khrushchev — so differing roles do not split a surname)
      const owner = owners.length === 1 ? owners[0] : local.length === 1 ? local[0] : byRoleHolder.length === 1 ? byRoleHolder[0] : undefined;
      if (owner) return { key: owner.key, name: canonicalName(owner.names) };
      // an untitled single word that only its capital makes a name ("Shortly", "Commission"), and nobody owns: noise;
      // an unknown mid-sentence name nobody owns is kept when the story relates it to someone ("met the philosopher Fichte")
      if (e.pending.tentative && owners.length === 0) return null;
      if (e.pending.weak === true && owners.length === 0 && !related(ex).has(e.key)) return null;
      if (owners.length > 1) return null; // ambiguous surname: better no node than a wrong merge
      return { key: e.key, name: e.name };
    }
    const { country, core } = e.pending;
    const holders = [...(byRole.get(core) ?? [])].filter((p) => p.roleCores.some((r) => r.core === core && (r.country === country || r.country === null || country === null)));
    const exact = holders.filter((p) => p.roleCores.some((r) => r.core === core && r.country === country));
    const holder = holders.length === 1 ? holders[0] : exact.length === 1 ? exact[0] : undefined;
    if (holder) return { key: holder.key, name: canonicalName(holder.names) };
    // a title that names its one holder ("the Archbishop of Canterbury", "the King of Spain") is a person in its own right
    return TERRITORIAL_HEADS.has(core.split(' ')[0] ?? '') && /\bof\b/.test(core) ? { key: entityKey('Person', e.name), name: e.name } : null;
  };

  return sorted.map((ex) => {
    const keyMap = new Map<string, string | null>();
    const merged = new Map<string, Entity>();
    for (const e of ex.entities) {
      const target = mapLocal(ex, e);
      keyMap.set(e.key, target?.key ?? null);
      if (!target) continue;
      let out = merged.get(target.key);
      if (!out) {
        out = { key: target.key, name: target.name, type: e.type, aliases: [target.name], roles: [], mentions: 0, docs: [ex.doc.id] };
        merged.set(target.key, out);
      }
      out.mentions += e.mentions;
      for (const a of e.aliases) if (!out.aliases.includes(a)) out.aliases.push(a);
      for (const r of e.roles) if (!out.roles.includes(r)) out.roles.push(r);
    }
    const relations = new Map<string, Relation>();
    for (const r of ex.relations) {
      let source = keyMap.get(r.source) ?? null;
      let target = keyMap.get(r.target) ?? null;
      if (!source || !target || source === target) continue;
      if (SYMMETRIC_RELATIONS.has(r.type) && target < source) [source, target] = [target, source];
      const where = r.where ? (keyMap.get(r.where) ?? null) : null;
      const key = `${r.type}|${source}|${target}|${r.status}`;
      const existing = relations.get(key);
      if (existing) {
        for (const ev of r.evidence) if (!existing.evidence.some((x) => x.start === ev.start && x.end === ev.end)) existing.evidence.push(ev);
        existing.when ??= r.when;
        existing.where ??= where;
        existing.confidence = Math.max(existing.confidence, r.confidence);
      } else relations.set(key, { ...r, source, target, where, evidence: [...r.evidence] });
    }
    return {
      doc: { ...ex.info },
      sentences: ex.sentences,
      mentions: ex.mentions,
      entities: [...merged.values()],
      mentionEntity: ex.mentionEntity.map((k) => (k ? (keyMap.get(k) ?? '') : '')),
      relations: [...relations.values()],
      diagnostics: ex.diagnostics,
    };
  });
}
