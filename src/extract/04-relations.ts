// Stage 4: relations from rule tables over a rendered sentence (mentions as typed slots), with status, when and where.
import type { Lexicon } from './lexicon.js';
import type { EntityType, Evidence, Relation, RelationType, Sentence, Status } from '../types.js';
import type { RelationRule } from './rules/relations.js';
import type { StatusRule } from './rules/status.js';
import { REMOTE_MARKERS, STATUS_NEUTRAL } from './rules/status.js';
import { tokenize } from './tokens.js';
import { resolveWhen } from './dates.js';

/** A mention placed in a sentence, with the local entity it stands for. */
export interface PlacedMention {
  index: number;
  start: number;
  end: number;
  /** Where its slot starts (the title in front of a name belongs to the slot). */
  renderStart: number;
  type: EntityType;
  entity: string;
  /** A possessive pronoun ("his visit"): rendered as the person's possessive, `⟦P3⟧ 's`. */
  possessive?: boolean;
}

/** A rule compiled to a regular expression, with a cheap test on its trigger words to run first. */
export interface CompiledRule {
  rule: RelationRule;
  regex: RegExp;
  /** The trigger alternatives alone; a sentence without them cannot match. */
  hint: RegExp | null;
}

/** The source of the `(?<T>…)` group of a pattern (balanced parentheses), or null. */
function triggerSource(pattern: string): string | null {
  const at = pattern.indexOf('(?<T>');
  if (at < 0) return null;
  let depth = 0;
  for (let i = at; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return pattern.slice(at + 5, i);
  }
  return null;
}

/** A sentence rendered for matching, with a map back to document offsets. */
export interface RenderedSentence {
  text: string;
  /** Per rendered piece: its range in `text`, its document range, and the mention it stands for (-1 for words). */
  pieces: Array<{ from: number; to: number; docStart: number; docEnd: number; mention: number }>;
}

const CODE: Record<EntityType, string> = { Person: 'P', Organization: 'O', Country: 'L', City: 'L', Place: 'L', Event: 'E' };
const ADVERBS = 'also|later|recently|briefly|separately|privately|secretly|first|then|previously|again|already|reportedly|finally|once|twice|had|has|have|having|will|would|could|may|might|can|shall|must|to|did|does|do|not|n\'t|never|be|been|being|is|are|was|were|eventually|subsequently|repeatedly|plans?|planned|planning|hopes?|hoped|hoping|wants?|wanted|intends?|intended|decided|agreed|expected|scheduled|due|set|going|cancell?ed|postponed|scrapped|abandoned|delayed|refused|declined|rejected|supposed|able|unable|tried|tries|try|trying|seeks?|sought|ready|prepared|preparing|aims?|aimed|his|her|their|its|formally|officially|personally|jointly|quietly|publicly|yesterday|today|abruptly|immediately|soon|still|just|only|even|ultimately|initially|originally|earlier|all|both|each';
const WORD = '[^\\s⟦⟧]+';
/** Time phrases between a subject and its verb: "on May 10", "last week", "in 1959", "on Monday". */
const TIME_PHRASE = 'on (?:\\p{Ll}+ )?\\d+|on \\p{Ll}+day|last \\p{Ll}+|this \\p{Ll}+|in \\d{4}|(?:early|late) (?:\\p{Ll}+ )?\\d+';
/** Who came along with the subject: ", accompanied by Adolf Berle," (they are in the relation too, see `companions`). */
const COMPANY = ', (?:accompanied|joined|flanked|escorted) by (?:[^,⟦⟧\\s]+ |⟦[PLOE]\\d+⟧ ){1,10}, ';
/**
 * A first verb phrase the subject shares with the trigger's: "A arrived in Beijing on Wednesday, and was received by B".
 * It starts with a past-tense verb, names nobody, and holds no subordinate clause (whose own subject could be meant).
 */
const SHARED_SUBJECT = `(?:arrived|flew|landed|traveled|travelled|went|came|returned|spent|stayed|toured|visited|left|began|opened|started|made|paid|led|spoke|addressed|attended|told|gave|laid|signed|\\p{Ll}+ed) (?:(?!(?:that|said|says|which|who|whom|whose|when|because|if|while|as|but|after|before|although|though|until|since|where|whether|and|or)\\b)[^\\s⟦⟧,]+ |⟦[LOE]\\d+⟧ |, ){0,20}?(?:, )?and (?:then |later |also )?`;
/** The word after "and" that begins a second verb phrase of the same subject in the past ("…, and was received by"). */
export const SECOND_PAST_VERB = /(?:^|\s)and (?:then |later |also )?(?:was|were|met|held|flew|paid|sat|spoke|went|came|saw|took|made|gave|\p{Ll}+ed)\b/gu;
/** Kin and relational nouns that may stand before a name: "visited his father King Charles". */
const KIN = '(?:father|mother|son|daughter|brother|sister|wife|husband|uncle|aunt|cousin|grandfather|grandmother|friend|ally|mentor|host|predecessor|successor|rival|boss)';
const MACROS: Record<string, string> = {
  ADV: `(?:(?:${ADVERBS}|\\p{Ll}+ly|${TIME_PHRASE}) )*`,
  APPOS: `(?:[,—–] (?:(?:[^,—–⟦⟧\\s]+|⟦[LOE]\\d+⟧|⟦P\\d+⟧ 's) ){1,18}[,—–] |, ⟦P\\d+⟧ , |, (?:who|whom|whose) (?:(?:[^,—–⟦⟧\\s]+|⟦[PLOE]\\d+⟧) ){1,18}, |${COMPANY})?`,
  /** A description set off before a name: "the No. 2 man in the Tunisian Government, Defense Minister …". */
  DESC: `(?:(?:[^,⟦⟧\\s]+|⟦[LOE]\\d+⟧) ){1,10}, `,
  REL: `(?:, (?:who|which) |who |${SHARED_SUBJECT})?`,
  /** A relative pronoun only: people who travelled together and then "held talks" did not meet each other. */
  WHO: `(?:, (?:who|which) |who )?`,
  /** Before a host or guest: "his father, King Charles", "her old friend", "the visiting". */
  HOSTPRE: `(?:(?:his|her|their|the|visiting|fellow|former|new|old|'s|⟦[LO]\\d+⟧|${KIN}) ){0,3}(?:, (?=⟦P))?`,
  PRE: `(?:(?:\\p{Ll}[\\p{Ll}'-]*|'s|⟦[LOE]\\d+⟧) ){0,5}?`,
  GAP: `(?:(?:${WORD}|⟦[LOE]\\d+⟧) ){0,14}?`,
};

/** Compiles a rule's pattern (slots and macros) into a RegExp. Throws with the rule id when the pattern is invalid. */
export function compileRule(rule: RelationRule): CompiledRule {
  const source = rule.pattern
    .replace(/\\S/g, '[^\\s⟦⟧]')
    .replace(/\{([A-Z]):([A-Z]+)\}/g, (_m, group: string, codes: string) => `⟦[${codes}](?<${group}>\\d+)⟧`)
    .replace(/\{([A-Z]+)\}/g, (m, name: string) => MACROS[name] ?? m);
  try {
    const trigger = triggerSource(rule.pattern);
    return { rule, regex: new RegExp(source, 'dgu'), hint: trigger ? new RegExp(`(?:^| )(?:${trigger})(?: |$)`, 'u') : null };
  } catch (cause) {
    throw new Error(`newsgraph/relations: rule ${rule.id} has an invalid pattern: ${(cause as Error).message}`);
  }
}

/** Renders a sentence: lower-case tokens separated by spaces, each mention one slot `⟦P3⟧`. */
export function renderSentence(text: string, sentence: Sentence, mentions: readonly PlacedMention[]): RenderedSentence {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const sorted = [...mentions].sort((a, b) => a.renderStart - b.renderStart || b.end - a.end);
  const pieces: RenderedSentence['pieces'] = [];
  let out = '';
  let m = 0;
  let covered = -1;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    while (m < sorted.length && sorted[m]!.end <= token.start) m++;
    const mention = sorted[m];
    if (mention && token.start >= Math.max(mention.renderStart, covered) && token.end <= mention.end && mention.start >= covered) {
      // the whole slot: from this token to the mention's end
      let last = t;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= mention.end) last++;
      const piece = `⟦${CODE[mention.type]}${mention.index}⟧`;
      pieces.push({ from: out.length, to: out.length + piece.length, docStart: token.start, docEnd: mention.end, mention: mention.index });
      out += `${piece} `;
      if (mention.possessive === true) {
        pieces.push({ from: out.length, to: out.length + 2, docStart: token.start, docEnd: mention.end, mention: -1 });
        out += "'s ";
      }
      covered = mention.end;
      t = last;
      m++;
      continue;
    }
    const word = token.lower.replace(/[“”]/g, '"').replace(/[‘]/g, "'");
    pieces.push({ from: out.length, to: out.length + word.length, docStart: token.start, docEnd: token.end, mention: -1 });
    out += `${word} `;
  }
  return { text: out, pieces };
}

function docRange(rendered: RenderedSentence, from: number, to: number): { start: number; end: number } | null {
  const inside = rendered.pieces.filter((p) => p.from >= from && p.to <= to);
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first && last ? { start: first.docStart, end: last.docEnd } : null;
}

const slotAt = (rendered: RenderedSentence, mentionIndex: number) => rendered.pieces.find((p) => p.mention === mentionIndex);

/**
 * A person named as an owner is not the one met: "met Wangari Maathai's daughter, Wanjira Mathai" or "Jordan's King
 * Abdullah" → the name after the owner's noun; "met Biden's chief of staff" → nobody named. Other slots are returned as
 * they are.
 */
function ownedTarget(rendered: RenderedSentence, slot: RenderedSentence['pieces'][number] | undefined): RenderedSentence['pieces'][number] | undefined {
  if (!slot || !rendered.text.startsWith('⟦P', slot.from) || !rendered.text.startsWith(" 's ", slot.to)) return slot;
  const named = /^ 's (?:[^\s⟦⟧,]+ ){0,4}(?:, )?⟦P(\d+)⟧/u.exec(rendered.text.slice(slot.to));
  return named ? slotAt(rendered, Number(named[1])) : undefined;
}
const unslot = (s: string): string => s.replace(/⟦[A-Z]\d+⟧/g, ' ');
const CLAUSE_BREAK = /(?:^|\s)(?:;|:|—|–|\(|\))\s/g;

/** The clause words around a relation that decide its status: before the trigger, and (for some rules) after the object. */
interface StatusWindow {
  clause: string;
  after: string;
}

/** An auxiliary of the passive right before a trigger ("was met", "had been snubbed"). */
const PASSIVE_BEFORE = /(?:^| )(?:was|were|been|being|is|are|be|get|gets|got)(?: \p{Ll}+ly)? $/u;

/** Month names that look like modals: "in May" is a date, not a possibility. */
const MONTH_MAY = /\b(in|since|until|till|by|early|late|mid|mid-|last|next|this|during|on|of|from|through|to) may\b|\bmay \d/g;

function statusWindow(rendered: string, a: { from: number; to: number } | null, trigger: { from: number; to: number }, b: { from: number; to: number }, extraBefore: string, coordinatedSubjects: boolean, clauseFrom = 0): StatusWindow {
  const first = a ? Math.min(a.from, trigger.from) : trigger.from;
  let clauseStart = clauseFrom;
  for (const m of rendered.slice(0, first).matchAll(CLAUSE_BREAK)) clauseStart = Math.max(clauseStart, (m.index ?? 0) + m[0].length);
  let pre = '';
  let midStart = clauseStart;
  if (coordinatedSubjects) midStart = b.to;
  else if (a && a.from < trigger.from) {
    const before = rendered.slice(clauseStart, a.from);
    const comma = before.lastIndexOf(' , ');
    pre = (comma >= 0 ? before.slice(comma + 3) : before).split(' ').slice(-5).join(' ');
    midStart = a.to;
    const between = rendered.slice(midStart, trigger.from);
    const lastComma = between.lastIndexOf(', ');
    // "A planned the trip for months and met B": a second verb in the past starts its own status window
    let lastAnd = -1;
    for (const m of between.matchAll(SECOND_PAST_VERB)) lastAnd = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
    const cut = Math.max(lastComma >= 0 ? lastComma + 2 : -1, lastAnd);
    if (cut >= 0) midStart += cut;
  }
  // a noun-phrase trigger before its people ("a visit of A to B"): only the few words in front of it qualify it
  if (a && a.from > trigger.to) midStart = Math.max(midStart, trigger.from - rendered.slice(0, trigger.from).split(' ').slice(-5).join(' ').length);
  let mid = rendered.slice(midStart, trigger.to);
  // a fronted phrase ("In talks with B, A will promise …"): the main clause's verb after A carries the modality
  if (a && a.from > trigger.to && rendered.slice(trigger.to, a.from).includes(' , ')) {
    const modal = /^ (will|would|could|may|might|shall|should|must|wo|is to|are to|plans to|hopes to|expects to)\b/.exec(rendered.slice(a.to));
    if (modal) mid += ` ${modal[1]}`;
  }
  // "his visit to Oslo, which had been planned for May, was cancelled": the words after a relative clause count too
  let post = rendered.slice(b.to).replace(/^ , (?:which|that|who) [^,;:—–.]*? , /, ' ');
  const stop = post.search(/ (?:,|;|:|—|–|\.) /);
  if (stop >= 0) post = post.slice(0, stop);
  post = post.split(' ').slice(0, 10).join(' ');
  const tidy = (s: string): string => unslot(s).replace(/\s+/g, ' ').trim().replace(MONTH_MAY, (m) => m.replace(/may/, 'MAY')).replace(STATUS_NEUTRAL, ' ');
  return { clause: tidy(`${pre} ${mid} ${extraBefore}`), after: tidy(post) };
}

function statusFor(type: RelationType, window: StatusWindow, rules: readonly StatusRule[]): { status: Status; ruleId?: string } {
  for (const rule of rules) {
    if (rule.except?.includes(type)) continue;
    if (rule.pattern.test(window.clause) || (rule.lookAfter === true && rule.pattern.test(window.after))) return { status: rule.status, ruleId: rule.id };
  }
  return { status: 'asserted' };
}

/** Slots joined to `slot` by "and" / commas: "A, B and C met", "met B and C". */
export function coordinated(rendered: string, slot: { from: number; to: number }, code: string, direction: 'left' | 'right'): Array<{ index: number; from: number; to: number; between: string }> {
  const out: Array<{ index: number; from: number; to: number; between: string }> = [];
  if (direction === 'right') {
    let at = slot.to;
    // "met B on Monday and C on Tuesday": a time phrase may close each item
    const next = new RegExp(`^ (?:(?:${TIME_PHRASE}) )?((?:, )?and (?:also |possibly |perhaps |later )?|, (?:as well as |and possibly |and also )?|(?:, )?as well as (?:\\p{Ll}+ ){0,2}?|or )(?:(?:\\p{Ll}[\\p{Ll}'-]*|'s|⟦[LOE]\\d+⟧) ){0,5}?⟦(${code})(\\d+)⟧`, 'u');
    for (;;) {
      const m = next.exec(rendered.slice(at));
      if (!m) break;
      const end = at + m[0].length;
      out.push({ index: Number(m[3]), from: end - `⟦${m[2]}${m[3]}⟧`.length, to: end, between: rendered.slice(slot.to, end) });
      at = end;
      // "B and C, former chief of D, ..." : the list ends at its "and"; what follows is an appositive
      if (m[1] !== ', ') return out;
    }
    // "B, C" with no closing "and": an appositive ("B, head of C"), not a list
    return [];
  } else {
    let at = slot.from;
    // "A and his Dutch counterpart B": a short possessive description may stand between "and" and the name
    const prev = new RegExp(`⟦(${code})(\\d+)⟧ (?:[,—–] (?:(?:[^,—–⟦⟧\\s]+|⟦[LOE]\\d+⟧) ){1,18}[,—–] )?(?:(?:, )?and (?:(?:his|her|their) (?:\\p{Ll}[\\p{Ll}'-]* ){0,3})?|, )$`, 'u');
    for (;;) {
      const m = prev.exec(rendered.slice(0, at));
      if (!m) break;
      const from = m.index;
      out.push({ index: Number(m[2]), from, to: from + `⟦${m[1]}${m[2]}⟧`.length, between: '' });
      at = from;
    }
  }
  return out;
}

/** The slots of the distinct people named in [from, to): the participants of a group rule. */
function groupMembers(rendered: RenderedSentence, from: number, to: number, byIndex: Map<number, PlacedMention>): RenderedSentence['pieces'] {
  const seen = new Set<string>();
  return rendered.pieces.filter((p) => {
    const m = p.mention >= 0 && p.from >= from && p.to <= to ? byIndex.get(p.mention) : undefined;
    if (!m || m.type !== 'Person' || seen.has(m.entity)) return false;
    seen.add(m.entity);
    return true;
  });
}

/** People who came along with a subject: "A, accompanied by B and C, visited …" → B and C. */
function companions(rendered: string, slot: { to: number }): number[] {
  const m = /^ , (?:accompanied|joined|flanked|escorted) by ([^,]*?) , /u.exec(rendered.slice(slot.to));
  return m ? [...(m[1] ?? '').matchAll(/⟦P(\d+)⟧/gu)].map((x) => Number(x[1])) : [];
}

/** What relation extraction needs besides the sentence. */
export interface RelationContext {
  docId: string;
  docDate: string | undefined;
  rules: readonly CompiledRule[];
  statusRules: readonly StatusRule[];
  /** Countries of demonyms and places: a meeting at home ("Indian Prime Minister A met B in New Delhi") is no visit. */
  countries?: Pick<Lexicon, 'demonym' | 'countryOf'>;
}

/**
 * Is the person of `person` at home in `place`? Only when the words just before the name say whose state they serve
 * ("Indian Prime Minister Narendra Modi") and the place is in that country; otherwise nothing is known (false).
 */
function atHome(text: string, sentence: Sentence, person: PlacedMention | undefined, place: PlacedMention | undefined, countries: RelationContext['countries']): boolean {
  if (!countries || !person || !place) return false;
  const before = text.slice(Math.max(sentence.start, person.start - 60), person.start).split(/\s+/).filter(Boolean).slice(-5);
  const nationality = before.map((w) => countries.demonym(w.replace(/[^\p{L}]/gu, ''))).find((c) => c !== undefined);
  return nationality !== undefined && countries.countryOf(text.slice(place.start, place.end)) === nationality;
}

/**
 * Finds the relations one sentence states.
 * @param text - the document text
 * @param sentence - the sentence
 * @param mentions - the sentence's mentions that resolved to an entity
 */
export function findRelations(text: string, sentence: Sentence, mentions: readonly PlacedMention[], ctx: RelationContext): Relation[] {
  const rendered = renderSentence(text, sentence, mentions);
  const byIndex = new Map(mentions.map((m) => [m.index, m]));
  const found = new Map<string, Relation>();
  const whenOf = new Map<number, string | null>();
  for (const { rule, regex, hint } of ctx.rules) {
    if (hint && !hint.test(rendered.text)) continue;
    regex.lastIndex = 0;
    for (const match of rendered.text.matchAll(regex)) {
      const groups = match.groups ?? {};
      const at = match.index ?? 0;
      const trigger = groups.T !== undefined ? locateGroup(match, 'T', at) : { from: at, to: at + match[0].length };
      const bSlot = groups.B !== undefined ? slotAt(rendered, Number(groups.B)) : undefined;
      let aSlot = groups.A !== undefined ? slotAt(rendered, Number(groups.A)) : undefined;
      if (rule.subject === 'sentence') aSlot = rendered.pieces.find((p) => p.mention >= 0 && p.from < at && byIndex.get(p.mention)?.type === 'Person');
      const members = rule.group === true ? groupMembers(rendered, at, trigger.from, byIndex) : [];
      if (rule.group === true && members.length < 2) continue;
      // an active rule must not read a passive clause ("he had been snubbed by B"): the passive rules read those
      if (!rule.passive && PASSIVE_BEFORE.test(rendered.text.slice(Math.max(0, trigger.from - 24), trigger.from)) && /^ by /.test(rendered.text.slice(trigger.to, trigger.to + 4))) continue;
      if (!rule.group && (!aSlot || !bSlot)) continue;
      const sources = rule.group === true ? members : [aSlot!, ...(rule.id.includes('between') || rule.coordinatedSubjects === true || rule.passive ? [] : coordinated(rendered.text, aSlot!, '[P]', 'left').map((c) => slotAt(rendered, c.index)).filter((p) => p !== undefined)),
        ...(rule.subject === 'sentence' ? [] : companions(rendered.text, aSlot!).map((index) => slotAt(rendered, index)).filter((p) => p !== undefined))];
      const targetCode = rule.type === 'VISITED' ? 'L' : '[PLO]';
      const targets = rule.group === true ? members.map((slot) => ({ slot, extra: '' }))
        : [{ slot: bSlot!, extra: '' }, ...coordinated(rendered.text, bSlot!, targetCode, 'right').map((c) => ({ slot: slotAt(rendered, c.index), extra: c.between }))]
          .map((t) => (rule.passive || rule.type === 'REBUFFED' || rule.type === 'VISITED' ? t : { ...t, slot: ownedTarget(rendered, t.slot) }));
      for (const source of sources) for (const target of targets) {
        if (!target.slot || (rule.group === true && source.from >= target.slot.from)) continue;
        const [from, to] = rule.passive ? [target.slot, source] : [source, target.slot];
        const fromMention = byIndex.get(from.mention);
        const toMention = byIndex.get(to.mention);
        if (!fromMention || !toMention || fromMention.entity === toMention.entity) continue;
        if (rule.type === 'VISITED' && CODE[toMention.type] !== 'L') continue;
        if (rule.type !== 'VISITED' && rule.type !== 'REBUFFED' && (fromMention.type !== 'Person' || toMention.type !== 'Person')) continue;
        const window = statusWindow(rendered.text, rule.subject === 'sentence' ? null : source, trigger, target.slot, target.extra, rule.coordinatedSubjects === true || rule.group === true, rule.ownClause === true ? at : 0);
        let type: RelationType = rule.type;
        // "held talks by phone with", "discussed the budget by video link with": a call, not a meeting
        const betweenTriggerAndTarget = target.slot.from > trigger.from ? rendered.text.slice(trigger.from, target.slot.from) : rendered.text.slice(trigger.from, trigger.to);
        // … and "met B virtually", "addressed the summit in Lisbon by video link": no one was there in person
        const remote = REMOTE_MARKERS.test(window.clause) || REMOTE_MARKERS.test(betweenTriggerAndTarget) || REMOTE_MARKERS.test(window.after);
        if (remote && type === 'VISITED') continue;
        if (remote && type === 'MET_WITH') type = 'SPOKE_WITH';
        const decided = rule.status ? { status: rule.status, ruleId: rule.id } : statusFor(type, window, ctx.statusRules);
        const triggerSpan = docRange(rendered, trigger.from, trigger.to);
        const evidence: Evidence = { doc: ctx.docId, sentence: sentence.text, start: sentence.start, end: sentence.end, ruleId: rule.id };
        if (triggerSpan) evidence.trigger = triggerSpan;
        if (decided.ruleId && decided.ruleId !== rule.id) evidence.statusRuleId = decided.ruleId;
        const [source0, target0] = [fromMention.entity, toMention.entity];
        const key = `${type}|${source0}|${target0}|${decided.status}`;
        if (found.has(key)) continue;
        const relation: Relation = {
          type, source: source0, target: target0, status: decided.status,
          when: cachedWhen(whenOf, triggerSpan?.start ?? sentence.start, () => resolveWhen(text, sentence, triggerSpan?.start ?? sentence.start, ctx.docDate, decided.status === 'asserted')),
          // "talks in Riyadh with B" names the place before the object; "met B in Vienna" after it
          where: type === 'VISITED' ? null : (/^ (?:in|at) ⟦L/u.test(rendered.text.slice(trigger.to)) ? whereOf(rendered, trigger.to, byIndex) : null) ?? whereOf(rendered, Math.max(trigger.to, target.slot.to), byIndex)
            ?? frontedWhere(rendered.text, byIndex),
          confidence: rule.confidence, evidence: [evidence],
        };
        found.set(key, relation);
        // a meeting held in a place puts its subject there: "A met B in Taipei" → A visited Taipei (weaker evidence)
        if (type === 'MET_WITH' && relation.where && decided.status === 'asserted' && rule.visitor !== 'none') {
          const visitors = rule.coordinatedSubjects === true || rule.group === true || rule.visitor === 'both' ? [source0, target0] : rule.visitor === 'object' ? [target0] : [source0];
          const place = mentions.find((m) => m.entity === relation.where);
          for (const visitor of visitors) {
            if (atHome(text, sentence, visitor === source0 ? fromMention : toMention, place, ctx.countries)) continue;
            const implied = `VISITED|${visitor}|${relation.where}|${decided.status}`;
            if (!found.has(implied)) found.set(implied, { ...relation, type: 'VISITED', source: visitor, target: relation.where, where: null, confidence: 0.5, evidence: [{ ...evidence, ruleId: 'visit.implied-by-meeting' }] });
          }
        }
      }
    }
  }
  return [...found.values()];
}

function cachedWhen(cache: Map<number, string | null>, anchor: number, compute: () => string | null): string | null {
  if (!cache.has(anchor)) cache.set(anchor, compute());
  return cache.get(anchor) ?? null;
}

function locateGroup(match: RegExpMatchArray, name: string, at: number): { from: number; to: number } {
  const range = (match as RegExpMatchArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups?.[name];
  return range ? { from: range[0], to: range[1] } : { from: at, to: at + match[0].length };
}

/** "In Tokyo, A met B": a place phrase that opens the sentence is where its main clause happened. */
function frontedWhere(rendered: string, byIndex: Map<number, PlacedMention>): string | null {
  const m = /^(?:in|at) (?:the )?⟦L(\d+)⟧ , /u.exec(rendered);
  return m ? byIndex.get(Number(m[1]))?.entity ?? null : null;
}

function whereOf(rendered: RenderedSentence, after: number, byIndex: Map<number, PlacedMention>): string | null {
  // "… met B in Vienna", "… met B on Sunday in Beijing", "… at the Diaoyutai State Guesthouse in Beijing", "… on the sidelines of the summit in Lima"
  // (a bare place right after the object is a dateline's "here": "met B here on Sunday")
  const m = /^(?:(?:on|in|last|this|next|earlier|late|early|for|during) [^\s⟦⟧]+ |on the (?:sidelines|margins) of (?:the |a )?(?:[^\s⟦⟧]+ |⟦[OE]\d+⟧ ){0,3}?(?=in |at )){0,4}(?:(?:in|at) (?:the )?(?:[^\s⟦⟧]+ ){0,2}?⟦L(\d+)⟧(?! \p{Ll}+ 's )|⟦L(\d+)⟧(?= (?:on|for|last|this|today|yesterday|,|\.|;)(?: |$)| ?$))/u.exec(rendered.text.slice(after).trimStart());
  if (!m) return null;
  return byIndex.get(Number(m[1] ?? m[2]))?.entity ?? null;
}
