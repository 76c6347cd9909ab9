// Test helpers: run the whole pipeline on small texts and look relations up by entity names.
import { createExtractionContext, extractDocument, type ExtractionContext } from '../../src/extract/index.js';
import { resolveCorpus } from '../../src/extract/05-corpus.js';
import type { DocResult, Relation } from '../../src/types.js';

let shared: ExtractionContext | undefined;
/** One extraction context for a whole test file (building it costs a few milliseconds). */
export function context(): ExtractionContext {
  shared ??= createExtractionContext();
  return shared;
}

/** Extracts one text as a one-document corpus. */
export function extractText(text: string, id = 'test.txt', date?: string): DocResult {
  const doc = date ? { id, text, source: id, date } : { id, text, source: id };
  const [result] = resolveCorpus([extractDocument(doc, context())]);
  if (!result) throw new Error('no result');
  return result;
}

/** A readable form of a relation: `TYPE status Source Name -> Target Name`. */
export function describe(result: DocResult, r: Relation): string {
  const name = (key: string): string => result.entities.find((e) => e.key === key)?.name ?? key;
  return `${r.type} ${r.status} ${name(r.source)} -> ${name(r.target)}`;
}

/** Does an entity's name or alias equal (case-insensitively) or end with the given surface form? */
export function entityMatches(result: DocResult, key: string, surface: string): boolean {
  const e = result.entities.find((x) => x.key === key);
  if (!e) return false;
  const want = surface.toLowerCase().replace(/['’]s$/, '');
  return [e.name, ...e.aliases].some((a) => {
    const have = a.toLowerCase();
    return have === want || have.endsWith(` ${want}`) || want.endsWith(` ${have}`) || want.endsWith(have);
  });
}
