// The fingerprint of an extraction setup (rules, gazetteer, options): cheap to compute, no NLP library loaded.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

let codeDigest: string | undefined;

/**
 * A digest of the extractor's own code (this folder and rules/, as installed: .ts from source, .js when compiled), so an
 * upgrade or a local change never reuses extractions made by other code, even when nobody bumped EXTRACTOR_VERSION.
 */
function extractorCodeDigest(): string {
  if (codeDigest) return codeDigest;
  const hash = createHash('sha256');
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.join(here, 'rules')]) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => /\.(?:ts|js|mjs)$/.test(n) && !n.endsWith('.d.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(name).update(readFileSync(path.join(dir, name)));
  }
  codeDigest = hash.digest('hex');
  return codeDigest;
}

/** 16 hex digits that change whenever rules, gazetteer, options, the extractor version or the extractor's code change. */
export function extractionFingerprint(options: FingerprintOptions = {}): string {
  const statusRules = options.statusRules ?? STATUS_RULES;
  return createHash('sha256')
    .update(JSON.stringify({
      v: EXTRACTOR_VERSION, code: extractorCodeDigest(), max: options.maxSentenceChars ?? 2000, relationRules: options.relationRules ?? RELATION_RULES,
      status: statusRules.map((r) => [r.id, r.status, String(r.pattern), r.except, r.lookAfter]), gazetteer: GAZETTEER, demonyms: DEMONYMS, discourse: DISCOURSE_RULES,
    }))
    .digest('hex').slice(0, 16);
}
