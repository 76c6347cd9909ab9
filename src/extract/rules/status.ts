// Status rules as data: words around a relation's trigger that make it planned, cancelled, refused, hypothetical or denied.
import type { RelationType, Status } from '../../types.js';

/** A status rule: if `pattern` matches the relation's clause window, the relation gets `status`. First match wins. */
export interface StatusRule {
  id: string;
  status: Status;
  pattern: RegExp;
  /** Relation types the rule does not apply to (REBUFFED is itself a refusal). */
  except?: RelationType[];
  /** Also look at the words after the relation's object ("his visit to China was cancelled"). */
  lookAfter?: boolean;
  /** Clauses the rule must match. */
  examples: string[];
}

/** The status table, in priority order. Patterns run on the lower-cased clause window around the trigger. */
export const STATUS_RULES: StatusRule[] = [
  { id: 'status.refused', status: 'refused', except: ['REBUFFED'], pattern: /\b(refus\w*|declin\w*|reject\w*|rebuff\w*|turn(?:ed|s|ing)? down|snubb?\w*|spurn\w*|shunn?\w*|vetoed)\b/,
    examples: ['declined a face-to-face meeting between', 'refused to meet'] },
  { id: 'status.cancelled', status: 'cancelled', except: ['REBUFFED'], lookAfter: true, pattern: /\b(cancel\w*|postpon\w*|scrap(?:s|ped|ping)?|call(?:ed|s|ing)? off|shelv\w*|put off|abandon\w*|delayed|derail\w*|aborted|suspended)\b/,
    examples: ['cancelled a planned visit to', 'visit to china in february was scrapped', 'postponed the visit'] },
  { id: 'status.denied', status: 'denied', pattern: /\b(not|n't|never|no longer|neither|nor|denied|denies|deny|denying|instead of|rather than|unable|failed to|fails to|cannot|no (?:\S+ )?(?:plans?|intention|meeting|talks|visit|trip))\b/,
    examples: ['did not attend', 'has never met', 'denied meeting', 'was unable to travel to', 'there were no plans for a meeting between'] },
  { id: 'status.hypothetical', status: 'hypothetical', pattern: /\b(could|might|may|would|possibly|potentially|perhaps|if|unless|whether|should|possible|potential|consider\w*|hopes? for|in case)\b/,
    examples: ['could meet', 'may also have a meeting with', 'if he visits'] },
  { id: 'status.sought', status: 'planned', except: ['REBUFFED'], pattern: /\b(sought|seek|seeks|seeking|requested|requests|request|proposed|proposes|propose|called for|calls for|pressed for|pushed for|asked for|demanded|demands|offer of|offers of|offered|offers|invitation to|invitation for)\b (\S+ ){0,2}?(talks|meeting|meetings|visit|summit|audience|negotiations|discussions)\b/,
    examples: ['had sought talks', 'requested a meeting', 'called for urgent talks', "'s offer of talks"] },
  { id: 'status.infinitive', status: 'planned', pattern: /(?:^|\s)to (?:\p{Ll}+ly )?\S+(?:\s+(?:and|or|as well as|,))*$/u,
    examples: ['obtained permission from to visit', 'allowed him to attend', 'went to to meet and'] },
  { id: 'status.planned-passive', status: 'planned', lookAfter: true, pattern: /\b(is|are|was|were|has been|had been|is now|remains) (planned|scheduled|expected|due|set|slated|proposed|being planned|pencilled in|penciled in)\b/,
    examples: ['is planned for may', 'was scheduled for next week'] },
  { id: 'status.planned', status: 'planned', pattern: /(\b(will|shall|wo|going to|to be|is to|are to|was to|were to|is due|are due|was due|were due|upcoming|forthcoming|proposed|next (week|month|year)|later this (week|month|year)|in the coming \w+|ahead of)\b|'ll\b|\b(?:scheduled|arranged|set up|planned|slated) (?:\S+ ){0,2}?(?:meeting|meetings|talks|visit|summit|trip)\b|\b(plan|plans|planned|planning|scheduled|schedule|expected|expects|expect|due|set|slated|hope|hopes|hoped|hoping|intend|intends|intended|aim|aims|aimed|want|wants|wanted|seek|seeks|sought|agreed|agree|agrees|invited|invite|likely|ready|prepared|preparing|prepares|poised|wish|wishes|wished|attempt|attempts|attempted|try|tries|tried|trying|push|pushed|pushes|pushing|bid|supposed|urged|asked|offered|promised) (\S+ ){0,2}?to\b)/,
    examples: ['is scheduled to hold further talks with', 'will visit', 'plans to visit', 'hoped to again meet', 'is expected to hold talks', 'scheduled a meeting'] },
];

/** Words that turn a meeting into a call: "held talks by phone with". */
export const REMOTE_MARKERS = /\b(phone|telephone|by phone|video ?link|video call|videoconference|video conference|virtual\w*|online|remotely)\b/;

/** Negations and modals that do not touch the relation: "nor can one forget X's meeting", "not only met". Removed before the table runs. */
export const STATUS_NEUTRAL = /\b(?:(?:nor|not|never|no one|none) (?:\S+ ){0,3}?(?:forget|forgets|forgot|forgotten|doubt|doubts|doubted|deny|denies|denied|overlook|overlooked|only|just)|not until)\b/g;
