// The fingerprint of an extraction setup (rules, gazetteer, options): cheap to compute, no NLP library loaded.
import { createHash } from 'node:crypto';
import { RELATION_RULES, type RelationRule } from './rules/relations.js';
import { STATUS_RULES, type StatusRule } from './rules/status.js';
import { DEMONYMS, GAZETTEER } from './rules/gazetteer.js';
import { DISCOURSE_RULES } from './rules/discourse.js';

/** Bumped whenever extraction code changes what it outputs for the same rules. */
export const EXTRACTOR_VERSION = 3;

/** Options that change what extraction outputs. */
export interface FingerprintOptions {
  maxSentenceChars?: number;
  relationRules?: readonly RelationRule[];
  statusRules?: readonly StatusRule[];
}

/** 16 hex digits that change whenever rules, gazetteer, options or the extractor version change. */
export function extractionFingerprint(options: FingerprintOptions = {}): string {
  const statusRules = options.statusRules ?? STATUS_RULES;
  return createHash('sha256')
    .update(JSON.stringify({
      v: EXTRACTOR_VERSION, max: options.maxSentenceChars ?? 2000, relationRules: options.relationRules ?? RELATION_RULES,
      status: statusRules.map((r) => [r.id, r.status, String(r.pattern), r.except, r.lookAfter]), gazetteer: GAZETTEER, demonyms: DEMONYMS, discourse: DISCOURSE_RULES,
    }))
    .digest('hex').slice(0, 16);
}
