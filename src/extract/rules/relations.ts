// Relation rules as data: each row has an id, a relation type, a pattern over the rendered sentence, and examples.
import type { RelationType, Status } from '../../types.js';

/**
 * A relation rule. `pattern` runs over a sentence rendered as lower-case tokens separated by single spaces, with every
 * mention replaced by a slot `⟦<code><index>⟧` (P person, O organization, L country/city/place, E event).
 * Macros: `{A:P}` / `{B:L}` / `{A:PO}` … capture a slot of those codes as group A or B; `{ADV}` adverbs, auxiliaries and
 * modals between subject and verb; `{APPOS}` an optional appositive between commas; `{PRE}` up to five modifier words
 * before an object ("his US counterpart"); `{GAP}` up to eight non-person tokens; `(?<T>…)` marks the trigger words.
 */
export interface RelationRule {
  id: string;
  type: RelationType;
  pattern: string;
  /** 'pattern' (default): source = group A. 'sentence': source = the first person of the sentence (elided subject). */
  subject?: 'pattern' | 'sentence';
  /** A and B are coordinated subjects before the trigger ("A and B met"): status is read between B and the trigger. */
  coordinatedSubjects?: boolean;
  /** Every person named between the match's start and the trigger took part: one relation per pair ("A, B and C held talks"). */
  group?: boolean;
  /** Who a meeting held in a place puts there: the subject (default), the object (hosts receive visitors), both, or none. */
  visitor?: 'subject' | 'object' | 'both' | 'none';
  /** Swap the ends: the pattern's A is the target ("B was snubbed by A"). */
  passive?: boolean;
  /** The trigger opens its own clause (", but met B"): its status is read from the match's start, not the sentence's. */
  ownClause?: boolean;
  /** A status the rule itself implies ("invited X to Washington" is planned). */
  status?: Status;
  confidence: number;
  /** `[sentence, source, target]` (and optionally the status) the rule must find. */
  examples: Array<[string, string, string] | [string, string, string, Status]>;
  /** Sentences on which the rule must not yield an asserted relation of its type. */
  counterexamples?: string[];
}

const MEET_VERBS = '(?:met|meets|meet|meeting)';
const TALK_NOUNS = '(?:talks|meetings?|discussions|negotiations|consultations|a summit|summit talks|a dinner|dinner|lunch|breakfast|a working dinner|a conversation|conversation|conversations|an audience|a bilateral|bilateral talks|face-to-face talks|a face-to-face meeting|a one-on-one)';

/** After a group member's name: "of (the) <place>" and an appositive role ("Marc Lenoir, French Foreign Minister,"). */
const GROUP_MEMBER_TAIL = '(?:of (?:the )?⟦L\\d+⟧ )?(?:, ⟦P\\d+⟧ )?';
const GROUP_MEMBER = `⟦P\\d+⟧ ${GROUP_MEMBER_TAIL}`;

/** The relation table. */
export const RELATION_RULES: RelationRule[] = [
  // ---- MET_WITH ----------------------------------------------------------------------------------------------------
  { id: 'met.verb', type: 'MET_WITH', confidence: 0.9, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>${MEET_VERBS}) (?:with |privately with |separately with |again with |face-to-face with )?{PRE}{B:P}`,
    examples: [['Jake Sullivan met Wang Yi in Vienna in May.', 'Jake Sullivan', 'Wang Yi'], ['Chancellor Olaf Scholz later met with President Emmanuel Macron.', 'Olaf Scholz', 'Emmanuel Macron'],
      ['Foreign Minister Ana Lopez will meet Prime Minister Raul Ortega on Tuesday.', 'Ana Lopez', 'Raul Ortega', 'planned'],
      ['Mayor Ann Tate planned the trip for months, and met President Luc Borel in Lyon.', 'Ann Tate', 'Luc Borel'],
      ['Mayor Ann Tate flew to Paris and met President Luc Borel.', 'Ann Tate', 'Luc Borel']],
    counterexamples: ['Senator Mary Cole could meet Governor Tom Reese next week if the weather holds.', 'Diane Park said she never met Paul Ruiz.', 'President Ana Ruiz met Premier Ida Holm virtually on Monday.'] },
  { id: 'met.held-talks', type: 'MET_WITH', confidence: 0.9, pattern: `{A:P} {APPOS}{REL}{ADV}(?:held|holds|hold|holding|had|has|have|having|conducted|began|opened|wrapped up|concluded) {GAP}(?<T>${TALK_NOUNS}) with {PRE}{B:P}`,
    examples: [['US Secretary of State Antony Blinken held "candid" talks with Foreign Minister Qin Gang in Beijing.', 'Antony Blinken', 'Qin Gang'],
      ['Mayor Lena Ortiz had a working dinner with Governor Sam Hale on Monday.', 'Lena Ortiz', 'Sam Hale'],
      ['Wang Wentao also held talks with his US counterpart Gina Raimondo in May.', 'Wang Wentao', 'Gina Raimondo']],
    counterexamples: ['President Ruth Adler is expected to hold talks with Premier Ivan Petrov next month.'] },
  { id: 'met.with-verb', type: 'MET_WITH', confidence: 0.85, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>conferred|confers|conferring|sat down|sits down|dined|dines|lunched|huddled|negotiated|parleyed|shook hands|shakes hands|talked|talks|consulted|met up) (?:privately |separately |again |face to face |face-to-face )?with {PRE}{B:P}`,
    examples: [['Premier Nikita Khrushchev conferred with President John Kennedy for three hours.', 'Nikita Khrushchev', 'John Kennedy'], ['Governor Ann Tran sat down with Senator Joe Lutz at the capitol.', 'Ann Tran', 'Joe Lutz']] },
  { id: 'met.hosted', type: 'MET_WITH', visitor: 'object', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>hosted|hosts|hosting|host|received|receives|receive|welcomed|welcomes|welcome|greeted|greets|greet|entertained) {HOSTPRE}{B:P}`,
    examples: [['President Lula hosted Prime Minister Anthony Albanese at the palace.', 'Lula', 'Anthony Albanese'], ['Mr Qin greeted Mr Blinken at the door.', 'Qin', 'Blinken'],
      ['Pope Francis received President Joe Biden at the Vatican.', 'Francis', 'Joe Biden'], ['Premier Ida Holm welcomed Chancellor Ute Brenner to Oslo on Tuesday.', 'Ida Holm', 'Ute Brenner'],
      ['President Ana Ruiz will host Premier Ida Holm at the palace on Friday.', 'Ana Ruiz', 'Ida Holm', 'planned']],
    counterexamples: ['The President received a detailed report from his U.N. Ambassador Adlai Stevenson.', 'Premier Ida Holm welcomed Chancellor Ute Brenner to the talks by video link.'] },
  { id: 'met.visited-person', type: 'MET_WITH', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>visited|visits|visiting|paid a courtesy call on|paid a call on|paid a visit to) {HOSTPRE}{B:P}(?! to )`,
    examples: [['Prince Tomas visited his father, King Olav Berg, at the palace.', 'Tomas', 'Olav Berg'], ['Mrs. Ada Klein visited Dr. Omar Said in Fresno last spring.', 'Ada Klein', 'Omar Said'], ['The envoy Lars Berg paid a courtesy call on Chancellor Eva Roth at her office.', 'Lars Berg', 'Eva Roth']],
    counterexamples: ['Senator Dana Wu called on President Alan Frost to resign.', 'The President has also called upon the Attorney General, Governor Ray Holt and Mayor Ed Cobb to act.'] },
  { id: 'met.hosted-meal', type: 'MET_WITH', visitor: 'object', confidence: 0.75, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>hosted|hosts|gave|gives|held|holds|threw|throws) (?:a |an )?(?:\\S+ ){0,2}?(?:dinner|lunch|luncheon|banquet|reception|breakfast) (?:for|in honou?r of) {HOSTPRE}{B:P}`,
    examples: [['Premier Ida Holm hosted a state dinner for Chancellor Ute Brenner at the palace.', 'Ida Holm', 'Ute Brenner']],
    counterexamples: ['Premier Ida Holm will host a dinner for Chancellor Ute Brenner next week.'] },
  { id: 'met.passive', type: 'MET_WITH', passive: true, visitor: 'object', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}(?:was|were|had been|has been|is|are) (?:\\p{Ll}+ly )?(?<T>met|greeted|welcomed|received|visited) (?:(?:at|in|on arrival at|on arrival in) (?:the )?(?:\\S+ |⟦[LOE]\\d+⟧ ){1,4}?)?by {PRE}{B:P}`,
    examples: [['On Monday Pia Lund, accompanied by Tom Aske, was met by Colonel Ray Dunn and Judge Ivo Marsh.', 'Ray Dunn', 'Pia Lund'], ['On Monday Pia Lund, accompanied by Tom Aske, was met by Colonel Ray Dunn and Judge Ivo Marsh.', 'Ivo Marsh', 'Tom Aske'],
      ['Governor Rosa Vidal was greeted at the airport by Mayor Dan Cole.', 'Dan Cole', 'Rosa Vidal'],
      ['Premier Ida Holm was greeted at Fornebu Air Base by Foreign Minister Ute Brenner.', 'Ute Brenner', 'Ida Holm'],
      ['Premier Ida Holm arrived in Oslo on Monday for a state visit, and was received by King Olav Berg at the palace.', 'Olav Berg', 'Ida Holm']],
    counterexamples: ['Governor Rosa Vidal will be greeted by Mayor Dan Cole.', 'Governor Rosa Vidal said that the plan failed and was greeted by Mayor Dan Cole.'] },
  { id: 'met.discussed-together', type: 'MET_WITH', coordinatedSubjects: true, confidence: 0.7, pattern: `{A:P} {APPOS}and {PRE}{B:P} {APPOS}{WHO}{ADV}(?<T>discussed|reviewed|went over|talked over|debated)\\b`,
    examples: [['President Omar Tal and Premier Ida Holm discussed debt relief, according to a statement.', 'Omar Tal', 'Ida Holm']],
    counterexamples: ['President Omar Tal and Premier Ida Holm discussed debt relief by phone.', 'President Omar Tal and Premier Ida Holm will discuss debt relief.'] },
  { id: 'met.discussed-with', type: 'MET_WITH', confidence: 0.75, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>discussed|discusses|reviewed|went over|talked over|took up) (?:(?!with )\\S+ |⟦[LOE]\\d+⟧ ){1,8}?with (?:{DESC})?(?:(?!before |after |while |then |and |to |but )\\S+ |⟦[LOE]\\d+⟧ ){0,3}?{B:P}`,
    examples: [['President Omar Tal also discussed the border dispute with the No. 2 man in the cabinet, Defense Minister Ali Ben Salah.', 'Omar Tal', 'Ali Ben Salah'],
      ['Governor Ella Park discussed the budget with Senator Hugh Dale on Friday.', 'Ella Park', 'Hugh Dale']],
    counterexamples: ['Senator Joan Fry discussed the plan with her staff and later phoned Governor Al Ross.', 'Governor Ella Park discussed the budget by phone with Senator Hugh Dale.'] },
  { id: 'met.fronted-talks', type: 'MET_WITH', confidence: 0.75, pattern: `^(?:\\S+ ){0,2}?(?:in|during|after|at) (?:\\S+ ){0,5}?(?<T>talks|conferences|conference|meetings|meeting|conversations|conversation|discussions|session|sessions|huddle|interview) (?:in ⟦L\\d+⟧ )?with (?:[^,⟦⟧\\s]+ |⟦[LOE]\\d+⟧ |⟦P\\d+⟧ 's |, ){0,8}?{B:P} (?:(?:last|this|next|on|in|at|earlier|late|early) (?:[^,⟦⟧\\s]+|⟦L\\d+⟧) ){0,3}, (?:the )?{A:P}`,
    examples: [["In talks with Jordan's soft-spoken Foreign Minister Rami Nasser, Mr. Hale promised more aid.", 'Hale', 'Rami Nasser'],
      ['In a long, closed-door session with Judge Carl Weber, Governor Ruth Bell offered a compromise.', 'Ruth Bell', 'Carl Weber'],
      ['During talks in Lima with President Rosa Paz, Foreign Minister Ken Ota pressed for a truce.', 'Ken Ota', 'Rosa Paz']],
    counterexamples: ['In talks with Foreign Minister Rami Nasser planned for May, Mr. Hale will promise more aid.'] },
  { id: 'met.between', type: 'MET_WITH', visitor: 'both', confidence: 0.85, pattern: `(?<T>${MEET_VERBS}|talks|summit|discussions|negotiations|encounter|a meeting|the meeting|dinner|lunch|breakfast) (?:on \\S+ |last \\S+ )?between {PRE}{A:P} and {PRE}{B:P}`,
    examples: [['Qin was referring to a meeting between Chinese leader Xi Jinping and US President Joe Biden in Bali.', 'Xi Jinping', 'Joe Biden']],
    counterexamples: ['A meeting between Chancellor Hans Vogel and President Lise Berg is planned for May.'] },
  { id: 'met.arranged', type: 'MET_WITH', confidence: 0.75, pattern: `{A:P} {APPOS}{REL}{ADV}(?:cancelled|canceled|postponed|scrapped|called off|requested|sought|proposed|planned|scheduled) (?:a |an |the |his |her |their )?(?:\\S+ ){0,2}?(?<T>meeting|talks|summit|visit) with {PRE}{B:P}`,
    examples: [['President Ana Ruiz canceled a planned meeting with Premier Ida Holm, citing the weather.', 'Ana Ruiz', 'Ida Holm', 'cancelled'], ['Mayor Cy Lund requested a meeting with Governor Ann Tate.', 'Cy Lund', 'Ann Tate', 'planned']],
    counterexamples: ['Mayor Cy Lund scheduled a meeting with Governor Ann Tate for May.'] },
  { id: 'met.walked-out', type: 'MET_WITH', confidence: 0.75, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>walked out of|stormed out of|left) (?:a |an |the |his |her |their )?(?:\\S+ ){0,2}?(?:meeting|talks|dinner|lunch) with {PRE}{B:P}`,
    examples: [['President Ana Ruiz walked out of a meeting with Premier Ida Holm.', 'Ana Ruiz', 'Ida Holm']] },
  { id: 'met.possessive', type: 'MET_WITH', confidence: 0.8, pattern: `{A:P} 's (?:\\S+ ){0,3}?(?<T>meeting|meetings|talks|summit|discussions|encounter) with {PRE}{B:P}`,
    examples: [["Mr Modi's two-hour meeting with President Ramaphosa ended without a statement.", 'Modi', 'Ramaphosa']],
    counterexamples: ["The Kremlin dismissed President Ana Ruiz's offer of talks with Premier Ida Holm."] },
  { id: 'met.in-a-meeting', type: 'MET_WITH', confidence: 0.8, pattern: `{A:P} {GAP}(?:, )?(?:saying |said |told reporters |speaking )?(?<T>during|in|at|after|following) (?:a|an|the|his|her|their) (?:\\S+ ){0,2}?(?:meeting|talks|dinner|lunch|breakfast) (?:(?:in|on|last|this|earlier) (?:the )?[^\\s⟦⟧]+ )?with {PRE}{B:P}`,
    examples: [['Mr Xi has hinted at a willingness to reduce tensions, saying in a meeting with Microsoft co-founder Bill Gates on Friday that they can co-operate.', 'Xi', 'Bill Gates'],
      ['The plan was announced by Governor Ana Ruiz at a news conference following a meeting in the morning with Mayor Tom Bell.', 'Ana Ruiz', 'Tom Bell']] },
  { id: 'met.coordinated', type: 'MET_WITH', coordinatedSubjects: true, confidence: 0.85, pattern: `{A:P} {APPOS}and {PRE}{B:P} {APPOS}(?:— |, )?(?:who )?{ADV}(?<T>met|meet|meets|conferred|talked|sat down|shook hands|dined|lunched)(?! (?:by |on the )?(?:phone|telephone))(?! (?:with |again |privately |separately |jointly )?{PRE}⟦P\\d+⟧)`,
    examples: [['Joe Biden and Xi Jinping — who met late last year in Bali — agreed to talk.', 'Joe Biden', 'Xi Jinping'], ['Chancellor Willy Brandt and Mayor Robert Wagner conferred for an hour.', 'Willy Brandt', 'Robert Wagner']],
    counterexamples: ['Chancellor Mark Olsen and President Ruth Weiss will meet in June.', 'Mr Biden and Mr Xi had made commitments to improve communications.'] },
  { id: 'met.adverbial', type: 'MET_WITH', confidence: 0.75, pattern: `{A:P} {APPOS}{GAP}(?:, )?(?:after|while|when|before) (?<T>meeting|huddling|conferring|talking|dining|lunching|holding talks) (?:privately |separately |secretly )?(?:(?:in|at) (?:the )?(?:[^⟦⟧\\s]+ )?⟦[LPO]\\d+⟧ )?(?:with )?{PRE}{B:P}`,
    examples: [['Speaker Tom Alder, after huddling in Key West with Senator Jo Price, decided to act.', 'Tom Alder', 'Jo Price'],
      ['Mr. Ray Dunn, accompanied by Senator Ivo Lenz, laid a wreath at the memorial before meeting President Ana Kolar.', 'Ivo Lenz', 'Ana Kolar']],
    counterexamples: ['Speaker Tom Alder will decide after talking with Senator Jo Price by phone.'] },
  { id: 'met.group-talks', type: 'MET_WITH', group: true, visitor: 'both', confidence: 0.75, pattern: `{A:P} ${GROUP_MEMBER_TAIL}(?:, ${GROUP_MEMBER}){0,6}(?:, )?and ${GROUP_MEMBER}(?:, )?{ADV}(?:held|hold|holds|had|have|has|began|opened|concluded|wrapped up|completed|continued|resumed) {GAP}(?<T>${TALK_NOUNS}|consultations)`,
    examples: [['Carl Holt of the United States, Ian Frost of Britain, Marc Lenoir, French Foreign Minister, and Paul Grant, Canadian Minister of Trade, concluded a round of consultations.', 'Ian Frost', 'Paul Grant'],
      ['Carl Holt of the United States, Ian Frost of Britain, and Paul Grant held talks in Geneva.', 'Carl Holt', 'Ian Frost']],
    counterexamples: ['Carl Holt, Ian Frost and Paul Grant will hold talks in Geneva next week.'] },
  { id: 'met.coordinated-talks', type: 'MET_WITH', coordinatedSubjects: true, confidence: 0.85, pattern: `{A:P} {APPOS}and {PRE}{B:P} {APPOS}{WHO}{ADV}(?:held|hold|holds|had|have|has|began|opened|concluded|wrapped up) {GAP}(?<T>${TALK_NOUNS})`,
    examples: [['Jake Sullivan and Wang Yi held what both sides described as “candid, substantive and constructive discussions” in Vienna.', 'Jake Sullivan', 'Wang Yi']],
    counterexamples: ['Envoy Ann Voss and Senator Ben Ruiz flew to Rome and held frank talks.'] },
  { id: 'met.came-for-talks', type: 'MET_WITH', confidence: 0.75, pattern: `{A:P} {APPOS}{REL}{ADV}(?:flew|fly|flies|arrived|arrive|arrives|traveled|travelled|travel|travels|went|go|goes|came|come|comes|returned|return|headed|head|heads|was|were|is|are|be) (?:(?!and |but )[^\\s⟦⟧,]+ |⟦[LOE]\\d+⟧ ){0,6}?for (?:\\S+ ){0,2}?(?<T>talks|meetings|a meeting|discussions|consultations|negotiations) with {PRE}{B:P}`,
    examples: [['Chancellor Ute Brenner flew to Oslo on Friday for talks with Premier Ida Holm.', 'Ute Brenner', 'Ida Holm'], ['Chancellor Ute Brenner will fly to Oslo for talks with Premier Ida Holm.', 'Ute Brenner', 'Ida Holm', 'planned']],
    counterexamples: ['Chancellor Ute Brenner hoped to fly to Oslo for talks with Premier Ida Holm.'] },
  { id: 'met.purpose', type: 'MET_WITH', confidence: 0.7, pattern: `{A:P} {APPOS}{REL}{ADV}(?:travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flying|go|goes|went|going|head|heads|headed|come|comes|came|return|returns|returned) (?:(?!and |but )[^\\s⟦⟧,]+ |⟦[LOE]\\d+⟧ ){0,6}?to (?<T>meet|meet with|see|hold talks with|confer with|sit down with) {PRE}{B:P}`,
    examples: [['President Ali Demir will travel to Sochi to meet Premier Ida Holm.', 'Ali Demir', 'Ida Holm', 'planned'], ['Chancellor Ute Brenner flew to Oslo on Monday to meet Premier Ida Holm.', 'Ute Brenner', 'Ida Holm', 'planned'],
      ['Chancellor Ute Brenner flew to Oslo to meet Premier Ida Holm and Mayor Jon Lie.', 'Ute Brenner', 'Jon Lie', 'planned']],
    counterexamples: ['Chancellor Ute Brenner flew to Oslo and refused to meet Premier Ida Holm.'] },
  { id: 'met.elided-subject', type: 'MET_WITH', subject: 'sentence', ownClause: true, confidence: 0.75, pattern: `(?:, (?:and|but)|(?<![⟧,]) but) (?:later |then |also |afterwards |subsequently |instead )?(?<T>met|held talks with|conferred with|sat down with|met with) {PRE}{B:P}`,
    examples: [['Wang Wentao held talks with Gina Raimondo in May, and later met US Trade Representative Katherine Tai in Detroit.', 'Wang Wentao', 'Katherine Tai'],
      ['Governor Ann Tate did not meet Premier Ida Holm, but met Mayor Jon Lie.', 'Ann Tate', 'Jon Lie'],
      ['Governor Ann Tate had vowed to shun the mayor but met Mayor Jon Lie anyway.', 'Ann Tate', 'Jon Lie']] },
  { id: 'met.signed-with', type: 'MET_WITH', confidence: 0.65, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>signed|signs|sign|inked) (?:a |an |the )?(?:\\S+ ){0,3}?(?:agreement|agreements|deal|accord|declaration|treaty|pact|memorandum|communique|joint statement) with {PRE}{B:P}`,
    examples: [['During his visit to Hanoi, President Ana Ruiz signed a partnership agreement with Premier Ida Holm.', 'Ana Ruiz', 'Ida Holm'],
      ['President Ana Ruiz will sign a trade pact with Premier Ida Holm on Friday.', 'Ana Ruiz', 'Ida Holm', 'planned']],
    counterexamples: ['President Ana Ruiz signed a deal with Premier Ida Holm by video link.'] },
  { id: 'met.whom', type: 'MET_WITH', passive: true, confidence: 0.8, pattern: `{A:P} , whom {PRE}{B:P} {ADV}(?<T>met|visited|received|hosted|greeted)\\b`,
    examples: [['Premier Ida Holm, whom Governor Ann Tate met last week, said little.', 'Ann Tate', 'Ida Holm']],
    counterexamples: ['Premier Ida Holm, whom Governor Ann Tate never met, said little.'] },
  { id: 'visit.passive', type: 'VISITED', passive: true, confidence: 0.8, pattern: `{A:L} (?:was|were|had been|has been|is|are) (?:\\p{Ll}+ly )?(?<T>visited|toured) (?:\\S+ ){0,3}?by {PRE}{B:P}`,
    examples: [['Oslo was visited by Governor Ann Tate in May.', 'Ann Tate', 'Oslo']],
    counterexamples: ['Oslo will be visited by Governor Ann Tate in May.'] },
  { id: 'met.participle', type: 'MET_WITH', subject: 'sentence', confidence: 0.7, pattern: `, (?<T>meeting|meeting with|conferring with|calling on|holding talks with|holding (?:\\S+ )?talks with|sitting down with) (?:the |his |her )?(?:(?!of )(?:\\p{Ll}[\\p{Ll}'-]*|⟦[LO]\\d+⟧) ){0,3}?{B:P}`,
    examples: [['That spring the young chemist Nils Dahl toured Italy, meeting the poets Anna Moretti, Luca Bianchi, and Carlo Rossi.', 'Nils Dahl', 'Carlo Rossi'],
      ['Minister Lea Vogt also visited the region in May, holding talks with commission chairman Omar Tal in Dakar.', 'Lea Vogt', 'Omar Tal'],
      ['Minister Lea Vogt visited Senegal, holding talks with African Union Commission chairman Omar Tal.', 'Lea Vogt', 'Omar Tal']],
    counterexamples: ['Governor Ann Lee spoke for an hour, meeting the demands of Senator Bo Chan.'] },

  // ---- SPOKE_WITH (calls are not meetings) -------------------------------------------------------------------------
  { id: 'spoke.call-with', type: 'SPOKE_WITH', confidence: 0.85, pattern: `{A:P} {GAP}(?<T>phone call|telephone call|phone conversation|video call|call|phone talks|telephone conversation|video conference|videoconference) (?:on \\S+ )?with {PRE}{B:P}`,
    examples: [['China said Mr Qin had in a phone call with Mr Blinken urged the US to respect its concerns.', 'Qin', 'Blinken']] },
  { id: 'spoke.call-between', type: 'SPOKE_WITH', confidence: 0.85, pattern: `(?<T>phone call|telephone call|call|video call|phone conversation) (?:on \\S+ )?between {PRE}{A:P} and {PRE}{B:P}`,
    examples: [['Hours after a phone call on Wednesday between Antony Blinken and Qin Gang, the visit was confirmed.', 'Antony Blinken', 'Qin Gang']] },
  { id: 'spoke.verb', type: 'SPOKE_WITH', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>telephoned|phoned|called(?! to | out )|rang|(?:spoke|spoken|talked) by (?:phone|telephone) (?:with|to)|spoke with|spoke to|spoken with|spoken to|speaks with|speaks to) {PRE}{B:P}(?! to )(?! (?:a|an|the|his|her|["“'‘])(?: |$))`,
    examples: [['Chancellor Scholz telephoned President Macron on Sunday.', 'Scholz', 'Macron'], ['Premier Ida Holm said she had spoken by phone with President Ana Ruiz last month.', 'Ida Holm', 'Ana Ruiz']],
    counterexamples: ['The historian Ada Voss called Governor Ivo Marsh "a crude thinker".', 'Governor Ivo Marsh called to Premier Ida Holm from the porch.'] },
  { id: 'spoke.coordinated', type: 'SPOKE_WITH', coordinatedSubjects: true, confidence: 0.8, pattern: `{A:P} {APPOS}and {PRE}{B:P} {APPOS}{WHO}{ADV}(?:have |has |had )?(?<T>spoke|spoken|talked|speak|talk) (?:by |over the |on the )(?:phone|telephone)\\b`,
    examples: [['President Ana Ruiz and Premier Ida Holm spoke by phone on Friday, her office said.', 'Ana Ruiz', 'Ida Holm']],
    counterexamples: ['President Ana Ruiz and Premier Ida Holm spoke to reporters by phone.'] },
  { id: 'spoke.received-call', type: 'SPOKE_WITH', passive: true, confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>received|took|got|returned) (?:a |an |the )?(?:\\S+ ){0,2}?(?:call|phone call|telephone call) from {PRE}{B:P}`,
    examples: [['Premier Ida Holm received a call from President Ana Ruiz.', 'Ana Ruiz', 'Ida Holm']] },

  // ---- VISITED -----------------------------------------------------------------------------------------------------
  { id: 'visit.arrive-in', type: 'VISITED', confidence: 0.9, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>arrived|arrives|arriving|arrive|landed|lands|land|touched down|touches down) (?:(?:\\S+ ){0,3}?(?:in|at) )?{B:L}`,
    examples: [['Antony Blinken arrives in Beijing to ease strained ties.', 'Antony Blinken', 'Beijing'], ['President Lula landed in Lagos on Tuesday morning.', 'Lula', 'Lagos']],
    counterexamples: ['Prime Minister Sara Lind will arrive in Oslo on Friday.'] },
  { id: 'visit.stopped-in', type: 'VISITED', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>stopped|stops|stop|stopped over|stops over|stop over|made a stop|made a stopover|make a stop|make a stopover|spent (?:\\S+ ){1,2}?(?:days?|hours?|nights?|weeks?)) (?:briefly )?(?:in|at) {B:L}`,
    examples: [['President Ana Ruiz stopped in Lima on her way home.', 'Ana Ruiz', 'Lima'], ['President Ana Ruiz spent three days in Lima.', 'Ana Ruiz', 'Lima'],
      ['President Ana Ruiz will stop over in Lima on her way home.', 'Ana Ruiz', 'Lima', 'planned']],
    counterexamples: ['President Ana Ruiz will spend three days in Lima.'] },
  { id: 'visit.was-in', type: 'VISITED', confidence: 0.6, pattern: `{A:P} {APPOS}(?:(?:meanwhile|now|currently|already) )?(?:is|was|were|are|will be|has been|had been|is due|are due|was due|is expected|is set to be|is scheduled to be) (?<T>in) {B:L} (?=(?:on|this|next|last|today|yesterday|tomorrow|until|for|earlier|later|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|and will|where|as part of) )`,
    examples: [['President Ana Ruiz was in Lima on Monday.', 'Ana Ruiz', 'Lima'], ['President Ana Ruiz will be in Lima next week.', 'Ana Ruiz', 'Lima', 'planned'],
      ['Foreign Minister Ida Holm is due in Lima in April.', 'Ida Holm', 'Lima', 'planned']],
    counterexamples: ['President Ana Ruiz was in Lima when she was a child, she said later.'] },
  { id: 'visit.speaking-in', type: 'VISITED', confidence: 0.6, pattern: `{A:P} , (?<T>speaking|addressing (?:\\S+ ){1,3}?|talking to reporters) (?:in|at) {B:L} ,`,
    examples: [['President Ana Ruiz, speaking in Lima, said the talks went well.', 'Ana Ruiz', 'Lima']] },
  { id: 'visit.visited', type: 'VISITED', confidence: 0.9, pattern: `(?<!invitations? (?:from|by|of) (?:\\S+ ){0,4}){A:P} {APPOS}{REL}{ADV}(?<T>visited|visits|visit|visiting|toured|tours|tour|touring) (?:at |in )?{PRE}{B:L}`,
    examples: [['Sarah Beran, senior director for China affairs, visited Beijing last week.', 'Sarah Beran', 'Beijing'], ['Vice President Harris toured Manila on Monday.', 'Harris', 'Manila'],
      ['Antony Blinken cancelled his plans to visit China in February.', 'Antony Blinken', 'China', 'cancelled']],
    counterexamples: ['Prime Minister Ola Berg plans to visit Kenya next year.', 'Governor Lee Kim did not visit Texas.'] },
  { id: 'visit.participle', type: 'VISITED', subject: 'sentence', confidence: 0.7, pattern: `, (?<T>traveling|travelling|touring|visiting|journeying|landing|arriving) (?:in |to |at |through |across |around )?(?:the )?(?:\\p{Ll}+ ){0,2}?{B:L}`,
    examples: [['That spring the young chemist Nils Dahl left home, traveling in Italy, Austria, and the Netherlands.', 'Nils Dahl', 'Netherlands'],
      ['President Ana Ruiz had arrived on Sunday, landing at the new Tocumen Airport.', 'Ana Ruiz', 'Tocumen Airport']] },
  { id: 'visit.after-visiting', type: 'VISITED', subject: 'sentence', confidence: 0.7, pattern: `(?:^|, |\\S+ )(?:after|before|since) (?<T>visiting|touring|stops in|stopping in|stopovers in) (?:the )?{B:L}`,
    examples: [['Chancellor Ute Brenner spoke in Brussels on Thursday, a day after visiting London and Paris.', 'Ute Brenner', 'Paris']],
    counterexamples: ['Chancellor Ute Brenner will speak in Brussels on Thursday, a day after visiting London.'] },
  { id: 'visit.participle-opener', type: 'VISITED', confidence: 0.75, pattern: `^(?<T>touring|visiting|traveling in|travelling in|traveling through|travelling through|on a visit to|on a tour of|on a trip to|during a visit to|during a trip to) (?:the )?{B:L} (?:[^⟦⟧\\s]+ |⟦[LOE]\\d+⟧ ){0,4}?, {PRE}{A:P}`,
    examples: [['Touring Kenya last month, Senator Alma Ruiz said the aid was working.', 'Alma Ruiz', 'Kenya']] },
  { id: 'visit.returned-from', type: 'VISITED', confidence: 0.6, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>returned|returns|returning|came back|got back|flew back|is back|was back) (?:home |here )?from {PRE}{B:L}`,
    examples: [['The President heard a report from Ambassador Lena Dorn, who had just returned from Paris.', 'Lena Dorn', 'Paris']],
    counterexamples: ['Senator Hal Moss is expected to return from Peru on Friday.'] },
  { id: 'visit.visit-of', type: 'VISITED', confidence: 0.7, pattern: `(?<T>visit|visits|trip|journey|tour) (?:of|by) {PRE}{A:P} (?:(?:and|,) (?:[^⟦⟧\\s]+ |⟦[A-Z]\\d+⟧ ){0,4}?)?to {PRE}{B:L}`,
    examples: [['Moscow protested over a visit of Chancellor Otto Brandt and other officials to West Berlin.', 'Otto Brandt', 'West Berlin']],
    counterexamples: ['A visit by Premier Ida Holm to Oslo is planned for June.'] },
  { id: 'visit.travel-to', type: 'VISITED', confidence: 0.85, pattern: `{A:P} {APPOS}{REL}{ADV}(?<T>travell?ed|travels|travell?ing|travel|flew|flies|flying|fly|went|goes|came|comes|headed|heads|heading|journeyed|sailed|drove|was heading|was on his way|was on her way|rushed|hurried) (?:back |on |abroad |secretly |again )?(?:from (?:\\S+ )?⟦L\\d+⟧ )?(?:(?:to|into) {PRE})?{B:L}`,
    examples: [['CIA chief William Burns travelled to China in May.', 'William Burns', 'China'], ['Tampa, Fla., May 2 -- Coach Leo Marks flew here late today from Denver.', 'Leo Marks', 'Tampa'], ['Defense Minister Bahi Ladgham, who flew to Washington last week, met the President.', 'Bahi Ladgham', 'Washington'], ['Chinese Commerce Minister Wang Wentao traveled to the U.S. in May.', 'Wang Wentao', 'U.S.'],
      ['President Ana Ruiz flew from Madrid to Oslo.', 'Ana Ruiz', 'Oslo']],
    counterexamples: ['Governor Dan Moss is expected to travel to Ohio on Friday.', 'President Ann Ruiz returned to Washington from her summer home.'] },
  { id: 'visit.trip-to', type: 'VISITED', confidence: 0.85, pattern: `{A:P} {APPOS}{REL}{ADV}(?:made|makes|making|paid|pays|paying|took|takes|began|begins|started|starts|kicked off|kicks off|wrapped up|wraps up|concluded|ended|ends|is on|was on|on) (?:a |an |the |his |her |their )?(?:\\S+ ){0,3}?(?<T>trip|visit|journey|tour|mission|stopover|state visit|voyage) (?:to|in|of) {PRE}{B:L}`,
    examples: [['CIA Director Bill Burns made a secret trip to Beijing last month.', 'Bill Burns', 'Beijing'], ['King Charles began a state visit to Kenya on Tuesday.', 'Charles', 'Kenya'],
      ['Premier Ida Holm kicked off a four-day tour of Chile on Saturday.', 'Ida Holm', 'Chile']],
    counterexamples: ['Governor Joan Pike would make a trip to Ohio if invited.'] },
  { id: 'visit.called-off', type: 'VISITED', confidence: 0.8, pattern: `{A:P} {APPOS}{REL}{ADV}(?:cancelled|canceled|cancels|called off|calls off|postponed|postpones|delayed|delays|scrapped|scraps|shelved|shelves|put off|puts off|abandoned|abandons) (?:a |an |the |his |her |their )?(?:\\S+ ){0,3}?(?<T>trip|visit|journey|tour|stopover|state visit|voyage) (?:to|in) {PRE}{B:L}`,
    examples: [['Governor Ann Tate called off a visit to Oslo.', 'Ann Tate', 'Oslo', 'cancelled'], ["Premier Ida Holm postponed her trip to Madrid, citing the strike.", 'Ida Holm', 'Madrid', 'cancelled']] },
  { id: 'visit.possessive-trip', type: 'VISITED', confidence: 0.75, pattern: `{A:P} 's (?:\\S+ ){0,3}?(?<T>trip|visit|journey|tour|arrival|stay|stopover) (?:to|in|of) {PRE}{B:L}`,
    examples: [["Emmanuel Macron's visit to Lagos ended on Friday.", 'Emmanuel Macron', 'Lagos']],
    counterexamples: ["President Ana Ruiz's visit to Oslo, which had been planned for May, was cancelled."] },
  { id: 'visit.possessive-place-visit', type: 'VISITED', confidence: 0.75, pattern: `{A:P} 's {B:L} (?<T>visit|trip|tour|stopover)`,
    examples: [["Antony Blinken's China visit to focus on avoiding conflict", 'Antony Blinken', 'China']] },
  { id: 'visit.visitor-to', type: 'VISITED', confidence: 0.75, pattern: `(?<T>visitor|visitors|guest) to {B:L} (?:\\S+ ){0,6}?, {A:P}`,
    examples: [['The highest-ranking US visitor to Beijing in nearly five years, Antony Blinken spoke to his counterpart.', 'Antony Blinken', 'Beijing']] },
  { id: 'visit.welcomed-to', type: 'VISITED', confidence: 0.75, pattern: `(?<T>welcomed|welcomes|welcoming|received|receives|receiving) {HOSTPRE}{A:P} (?:back )?to {B:L}`,
    examples: [['Premier Ida Holm welcomed Chancellor Ute Brenner to Oslo on Tuesday.', 'Ute Brenner', 'Oslo']],
    counterexamples: ['Premier Ida Holm will not welcome Chancellor Ute Brenner to Oslo.'] },
  { id: 'visit.in-for-talks', type: 'VISITED', confidence: 0.7, pattern: `{A:P} {APPOS}{REL}(?:is|was|were|are|has been|had been|remained|stayed|arrived) (?<T>in) {B:L} (?:(?:for|to attend|to hold) (?:talks|meetings|a visit|a summit|the summit|discussions|negotiations|a conference)|on (?:a|an|his|her|their|⟦P\\d+⟧ 's) (?:\\S+ )?(?:mission|visit|tour|trip))`,
    examples: [['Mr Rutte was in Kyiv for talks with the government.', 'Rutte', 'Kyiv'], ['Mr. Ibsen was in Asia on a mission of peace.', 'Ibsen', 'Asia'],
      ['Foreign Minister Lea Vogt is in Chile on her first visit as minister.', 'Lea Vogt', 'Chile'],
      ['President Ana Ruiz met Premier Ida Holm, who was in Oslo for a conference.', 'Ida Holm', 'Oslo']] },
  { id: 'visit.attended-in', type: 'VISITED', confidence: 0.6, pattern: `(?<!(?:^| )(?:from|by|of|for|with) ){A:P} {APPOS}{REL}{ADV}(?<T>attended|attends|attend|addressed|joined) (?:a |an |the )?(?:\\S+ |⟦[OE]\\d+⟧ ){0,5}?(?:in|at) {B:L}`,
    examples: [['Lloyd Austin attended a defense forum in Singapore this month.', 'Lloyd Austin', 'Singapore'], ['Joe Biden did not attend the 2022 Apec summit in Bangkok last year.', 'Joe Biden', 'Bangkok', 'denied']],
    counterexamples: ['Premier Ida Holm turned down an invitation from President Ana Ruiz to attend the summit in Lisbon.', 'President Ana Ruiz addressed the summit in Lisbon by video link.',
      'President Ana Ruiz attended the summit in Lisbon virtually.'] },
  { id: 'visit.invited-to', type: 'VISITED', status: 'planned', confidence: 0.6, pattern: `(?:{X:P} )?(?<T>invited|invites|inviting) {A:P} (?:to visit |to travel to |to come to |to )?{B:L}`,
    examples: [['Mr Blinken invited Mr Qin to Washington to continue discussions.', 'Qin', 'Washington', 'planned']] },
  { id: 'visit.return-visit', type: 'VISITED', status: 'planned', confidence: 0.6, pattern: `{A:P} {APPOS}{REL}{ADV}(?:agreed|agrees|promised|promises|accepted|accepts) (?:an invitation )?to (?:pay (?:a |an )?(?:\\S+ )?visit to|visit|travel to|come to) {B:L}`,
    examples: [['Foreign Minister Qin Gang agreed to pay a return visit to Washington at a later date.', 'Qin Gang', 'Washington', 'planned']] },

  // ---- REBUFFED ----------------------------------------------------------------------------------------------------
  { id: 'rebuff.request-from', type: 'REBUFFED', confidence: 0.9, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>rebuffed|rebuffs|rejected|rejects|turned down|turns down|declined|declines|refused|refuses|spurned|snubbed|dismissed|ignored) (?:a |an |the |repeated |several |two |multiple )?(?:\\S+ ){0,3}?(?:request|requests|invitation|invitations|offer|offers|overture|overtures|proposal|proposals|bid|plea|appeal|entreaties|calls) (?:\\S+ ){0,3}?(?:from|by) {PRE}{B:PLO}`,
    examples: [['Defence Minister Li Shangfu rebuffed a request from US Defence Secretary Lloyd Austin for a meeting.', 'Li Shangfu', 'Lloyd Austin'],
      ['The Kremlin turned down an invitation from President Macron to attend the summit.', 'Kremlin', 'Macron']],
    counterexamples: ['China rejected a report by a US security firm as far-fetched.'] },
  { id: 'rebuff.direct', type: 'REBUFFED', confidence: 0.85, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>rebuffed|rebuffs|snubbed|snubs|spurned|spurns|shunned|shuns|cold-shouldered|stonewalled) {PRE}{B:PLO}`,
    examples: [['President Duterte snubbed the US ambassador Sung Kim at the ceremony.', 'Duterte', 'Sung Kim']] },
  { id: 'rebuff.cold-shoulder', type: 'REBUFFED', confidence: 0.8, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>gave|gives|giving|has given|had given) {PRE}{B:PLO} the cold shoulder`,
    examples: [['President Ana Ruiz gave Premier Ida Holm the cold shoulder at the summit.', 'Ana Ruiz', 'Ida Holm']] },
  { id: 'rebuff.denied-audience', type: 'REBUFFED', passive: true, status: 'asserted', confidence: 0.8, pattern: `{A:P} {APPOS}(?:was|were|has been|had been|is) (?<T>denied|refused|not granted|not given|not offered) (?:a |an |any )?(?:\\S+ )?(?:audience|meeting|meetings|talks) (?:with|by) {PRE}{B:PLO}`,
    examples: [['Premier Ida Holm was denied an audience with President Ana Ruiz.', 'Ana Ruiz', 'Ida Holm'], ['Premier Ida Holm attended; she was not granted a meeting with President Ana Ruiz.', 'Ana Ruiz', 'Ida Holm']],
    counterexamples: ['Premier Ida Holm will not be denied a meeting with President Ana Ruiz.'] },
  { id: 'rebuff.refused-to-meet', type: 'REBUFFED', confidence: 0.9, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>refused|refuses|declined|declines|rejected|rejects|would not agree|did not agree)(?: (?:an|the|a) (?:\\S+ )?(?:invitation|offer|request|chance))? to (?:meet|see|receive|talk to|talk with|speak to|speak with|sit down with|shake hands with|hold talks with|host) (?:with )?{PRE}{B:P}`,
    examples: [['Premier Khrushchev refused to meet Secretary of State Dean Rusk.', 'Khrushchev', 'Dean Rusk'], ['Opposition leader Omar Tal declined an invitation to meet Premier Ida Holm.', 'Omar Tal', 'Ida Holm'],
      ["Omar Tal, who has led protests against Premier Ida Holm's government, refused to meet Chancellor Ute Brenner.", 'Omar Tal', 'Ute Brenner']],
    counterexamples: ['Premier Anton Berg may refuse to meet Senator Ellen Hart.'] },
  { id: 'rebuff.meeting-with', type: 'REBUFFED', confidence: 0.85, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>rejected|rejects|declined|declines|refused|refuses|turned down|turns down|rebuffed|rebuffs|snubbed) (?:a |an |the |any )?(?:\\S+ ){0,2}?(?:meeting|meetings|talks|encounter|invitation|audience|call|visit) with {PRE}{B:P}`,
    examples: [['Chinese Defense Minister Li Shangfu recently rejected a meeting with his US counterpart Lloyd Austin.', 'Li Shangfu', 'Lloyd Austin']],
    counterexamples: ['President Ana Ruiz canceled a planned meeting with Premier Ida Holm, citing the weather.'] },
  { id: 'rebuff.meeting-between', type: 'REBUFFED', confidence: 0.6, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>rejected|declined|refused|turned down|rebuffed|vetoed) (?:a |an |the |any )?(?:\\S+ ){0,2}?(?:meeting|talks|encounter) between {PRE}{X:P} and {PRE}{B:P}`,
    examples: [['But China declined a face-to-face meeting between defence minister Li Shangfu and Pentagon chief Lloyd Austin.', 'China', 'Lloyd Austin']] },
  { id: 'rebuff.turned-down-possessive', type: 'REBUFFED', confidence: 0.85, pattern: `{A:PLO} {APPOS}{REL}{ADV}(?<T>rebuffed|rejected|turned down|declined|refused|spurned|ignored|snubbed|dismissed) {PRE}{B:PLO} 's (?:\\S+ ){0,2}?(?:request|invitation|offer|overture|proposal|plea|appeal|bid|call)`,
    examples: [["Governor Price Daniel turned down Senator Hugh Paxton's invitation to debate.", 'Price Daniel', 'Hugh Paxton'], ["Premier Zhou rejected President Nixon's offer of talks.", 'Zhou', 'Nixon']] },
  { id: 'rebuff.passive-request', type: 'REBUFFED', passive: true, confidence: 0.85, pattern: `{A:PLO} 's (?:\\S+ ){0,3}?(?:request|invitation|offer|overture|proposal|bid|plea|appeal) (?:\\S+ ){0,5}?(?:was|were|has been|had been|is being) (?<T>rebuffed|rejected|turned down|declined|refused|spurned|snubbed|ignored) by {PRE}{B:PLO}`,
    examples: [["Lloyd Austin's request for a meeting was rebuffed by Li Shangfu.", 'Li Shangfu', 'Lloyd Austin']] },
  { id: 'rebuff.passive', type: 'REBUFFED', passive: true, confidence: 0.85, pattern: `(?<!(?:^| )(?:for|of|about|on|to) (?:\\S+ ){0,2}){A:PLO} {APPOS}(?:was|were|has been|had been|is|got) (?<T>snubbed|rebuffed|spurned|rejected|shunned|turned away|cold-shouldered) by {PRE}{B:PLO}`,
    examples: [['Ambassador Ruth Lang was snubbed by President Omar Diallo at the gala.', 'Omar Diallo', 'Ruth Lang']],
    counterexamples: ['The project for a European Defense Community was rejected by the French National Assembly in 1954.'] },
];
