// Building a knowledge graph from articles: read → extract → resolve across documents → graph. The library's main entry.
import type { Diagnostic, DocResult, Document } from './types.js';
import { createExtractionContext, extractDocument, type DocExtraction, type ExtractionContext, type ExtractionOptions } from './extract/index.js';
import { resolveCorpus } from './extract/05-corpus.js';
import { graphFromResults, type KnowledgeGraph } from './graph/model.js';
import { expandInputs, readDocument, type ReadOptions } from './ingest/read.js';

/** A document given by the caller instead of a path. */
export interface InputDocument {
  id: string;
  text: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  date?: string;
  title?: string;
}

/** Progress of a build, reported after each document. */
export interface BuildProgress {
  done: number;
  /** Total documents, when known in advance (paths), else undefined. */
  total: number | undefined;
  doc: string;
}

/** Options of {@link buildGraph}. */
export interface BuildOptions extends ExtractionOptions, ReadOptions {
  /** Called after each document. */
  onProgress?: (progress: BuildProgress) => void;
  /** Stops the build between documents; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** A shared extraction context (lexicon and compiled rules), to reuse across builds. */
  context?: ExtractionContext;
}

/** What a build gives: the graph, the per-document results and every diagnostic. */
export interface BuildResult {
  graph: KnowledgeGraph;
  results: DocResult[];
  diagnostics: Diagnostic[];
  /** Documents that could not be read (each has an error diagnostic). */
  failed: string[];
}

function isPathList(inputs: unknown): inputs is readonly string[] {
  return Array.isArray(inputs) && inputs.every((x) => typeof x === 'string');
}

async function* documentsOf(inputs: readonly string[] | AsyncIterable<InputDocument> | Iterable<InputDocument>, options: BuildOptions, diagnostics: Diagnostic[], failed: string[], total: { value: number | undefined }): AsyncGenerator<Document> {
  if (isPathList(inputs)) {
    const files = await expandInputs(inputs);
    total.value = files.length;
    for (const file of files) {
      const read = await readDocument(file, options);
      if (read.ok) {
        diagnostics.push(...read.diagnostics);
        yield read.doc;
      } else {
        diagnostics.push(read.diagnostic);
        failed.push(file);
        options.onProgress?.({ done: -1, total: total.value, doc: file });
      }
    }
    return;
  }
  for await (const input of inputs as AsyncIterable<InputDocument>) {
    const doc: Document = { id: input.id, text: input.text.replace(/\r\n?/g, '\n'), source: input.id };
    if (input.date) doc.date = input.date;
    if (input.title) doc.title = input.title;
    yield doc;
  }
}

/**
 * Builds the knowledge graph of a set of articles.
 * @param inputs - file and folder paths, or an (async) iterable of `{ id, text, date }` documents
 * @param options - limits, progress callback, abort signal
 * @returns the graph, per-document results and diagnostics; bad documents never stop the build
 */
export async function buildGraph(inputs: readonly string[] | AsyncIterable<InputDocument> | Iterable<InputDocument>, options: BuildOptions = {}): Promise<BuildResult> {
  const context = options.context ?? createExtractionContext(options);
  const diagnostics: Diagnostic[] = [];
  const failed: string[] = [];
  const extractions: DocExtraction[] = [];
  const total = { value: undefined as number | undefined };
  let done = 0;
  const seen = new Set<string>();
  for await (const doc of documentsOf(inputs, options, diagnostics, failed, total)) {
    options.signal?.throwIfAborted();
    if (seen.has(doc.id)) {
      diagnostics.push({ level: 'warning', doc: doc.source, code: 'input/duplicate-id', message: `${doc.source}: another document is already named ${doc.id}; this one is kept as ${doc.id}#${done}` });
      doc.id = `${doc.id}#${done}`;
    }
    seen.add(doc.id);
    try {
      const extraction = extractDocument(doc, context);
      extractions.push(extraction);
      diagnostics.push(...extraction.diagnostics);
    } catch (error) {
      diagnostics.push({ level: 'error', doc: doc.id, code: 'extract/internal', message: `${doc.id}: extraction failed (${(error as Error).message}); skipped — please report it` });
      failed.push(doc.source);
    }
    done++;
    options.onProgress?.({ done, total: total.value, doc: doc.id });
  }
  options.signal?.throwIfAborted();
  const results = resolveCorpus(extractions);
  return { graph: graphFromResults(results), results, diagnostics, failed };
}
