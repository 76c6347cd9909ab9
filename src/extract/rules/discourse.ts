// Discourse rules as data: a relation stated across two sentences (an offer, then its refusal; two people, then "the two leaders met").
import type { RelationType } from '../../types.js';

/**
 * A two-sentence rule. `response` runs over a sentence and captures the actor `{A:P}` and the trigger `(?<T>…)`;
 * `cue` runs over the sentence before it and captures the other party `{B:P}`. The rule holds only when A is also
 * named in the earlier sentence (the offer was made to A). Macros as in {@link RelationRule}.
 */
export interface DiscourseRule {
  id: string;
  type: RelationType;
  /** Runs over the earlier sentence and captures the other party `{B:P}`; unused with `pair`. */
  cue: string;
  response: string;
  /**
   * 'previous-two': the response names no one ("The two leaders last met in Bali"); its parties are the two people of the
   * sentence before, when it names exactly two. The response's own words decide the status.
   */
  pair?: 'previous-two';
  confidence: number;
  /** `[two sentences, source, target]` the rule must find (asserted). */
  examples: Array<[string, string, string]>;
  /** Texts on which the rule must not yield an asserted relation of its type. */
  counterexamples?: string[];
}

const OFFER_NOUNS = '(?:offer|proposal|invitation|overture|compromise|plan|request|bid|plea|appeal|idea|suggestion|terms)';

/** The discourse table. */
export const DISCOURSE_RULES: DiscourseRule[] = [
  { id: 'rebuff.offer-then-refusal', type: 'REBUFFED', confidence: 0.7,
    cue: `{B:P} {APPOS}{REL}{ADV}(?<T>offered|offers|proposed|proposes|suggested|invited|invites|asked|urged|attempted|tried|sought|made an offer|extended an invitation|put forward)`,
    response: `{A:P} (?:, (?:[^,⟦⟧\\s]+ |⟦[PLOE]\\d+⟧ ){1,8}, )?{ADV}(?<T>declined|refused|demurred|balked|said no|turned it down|turned them down|(?:rejected|declined|refused|turned down|spurned|rebuffed|dismissed) (?:the|this|that|his|her|their) (?:\\S+ )?${OFFER_NOUNS})(?= [,.;]| and |$)`,
    examples: [
      ['Through an aide, Governor Lee Park offered Mayor Ann Cho a seat on the panel. Mayor Ann Cho, through her spokesman, declined.', 'Ann Cho', 'Lee Park'],
      ['In a private session with Senator Bo Reyes, Speaker Jan Holt tried to work out a compromise. Reyes flatly rejected the offer, and the talks ended.', 'Bo Reyes', 'Jan Holt'],
    ],
    counterexamples: [
      'Governor Lee Park offered Mayor Ann Cho a seat on the panel. Senator Bo Reyes declined.',
      'Governor Lee Park offered Mayor Ann Cho a seat on the panel. Mayor Ann Cho declined to comment on the plan.',
      'Governor Lee Park offered Mayor Ann Cho a seat on the panel. Mayor Ann Cho may yet refuse the offer.',
    ] },
  { id: 'met.the-two-leaders', type: 'MET_WITH', confidence: 0.7, pair: 'previous-two', cue: '',
    response: `^(?:but |and |yet |when |since )?(?:the two|both(?: the)?) (?:\\S+ )?(?:leaders|men|women|ministers|presidents|premiers|diplomats|envoys|officials|counterparts|chiefs)(?: ,(?: [^,⟦⟧\\s]+| ⟦[LOE]\\d+⟧){1,12} ,)? (?:last |first )?{ADV}(?<T>met|meet|conferred|held talks|hold talks|sat down|shook hands|embraced|dined)\\b`,
    examples: [
      ['Premier Ida Holm and Chancellor Ute Brenner will meet in Oslo next week. The two leaders last met in Lisbon in May.', 'Ida Holm', 'Ute Brenner'],
      ['Governor Ann Tate flew to Lyon to see Mayor Luc Borel. The two men, old rivals from their student days, held talks for three hours.', 'Ann Tate', 'Luc Borel'],
    ],
    counterexamples: [
      'Premier Ida Holm and Chancellor Ute Brenner will meet in Oslo next week. The two leaders have never met.',
      'Premier Ida Holm praised Chancellor Ute Brenner and Mayor Luc Borel. The two men met in Lisbon.',
      'Premier Ida Holm spoke on Monday. The two leaders met in Lisbon.',
    ] },
];
