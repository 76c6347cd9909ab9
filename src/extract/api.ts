// `extract(text, options)`: the one-call form of the pipeline for a single article.
import type { DocResult } from '../types.js';
import { createExtractionContext, extractDocument, type ExtractionContext } from './index.js';
import { resolveCorpus } from './05-corpus.js';

/** Options of {@link extract}. */
export interface ExtractOptions {
  /** Document id used in evidence (default `doc`). */
  docId?: string;
  /** Publication date `YYYY-MM-DD`, to resolve relative dates. */
  date?: string;
  title?: string;
  /** A context to reuse across calls (lexicon and compiled rules); one is built when omitted. */
  context?: ExtractionContext;
}

/**
 * Extracts the entities, relations (with status and evidence) and diagnostics of one article.
 * @example
 * const { relations } = extract('Antony Blinken met Wang Yi in Beijing on Monday.', { docId: 'a.txt', date: '2023-06-20' });
 */
export function extract(text: string, options: ExtractOptions = {}): DocResult {
  const id = options.docId ?? 'doc';
  const doc = { id, text: text.replace(/\r\n?/g, '\n'), source: id, ...(options.date ? { date: options.date } : {}), ...(options.title ? { title: options.title } : {}) };
  const [result] = resolveCorpus([extractDocument(doc, options.context ?? createExtractionContext())]);
  if (!result) throw new Error('newsgraph/extract: no result');
  return result;
}
