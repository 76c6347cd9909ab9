// Building a knowledge graph from articles: read → extract → resolve across documents → graph. The library's main entry.
import type { Diagnostic, DocResult, Document } from './types.js';
import os from 'node:os';
import { createExtractionContext, extractDocument, hashText, slimExtraction, type DocExtraction, type ExtractionContext, type ExtractionOptions } from './extract/index.js';
import { createExtractionPool, poolAvailable, type ExtractionPool } from './extract/pool.js';
import { ExtractionCache } from './cache.js';
import { extractionFingerprint } from './extract/fingerprint.js';
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
  /** Extraction threads (compiled code only): 1, the default, extracts in this thread. */
  workers?: number;
  /** Folder of the incremental cache; unchanged documents are not extracted again. No cache when omitted. */
  cacheDir?: string;
}

/** What a build gives: the graph, the per-document results and every diagnostic. */
export interface BuildResult {
  graph: KnowledgeGraph;
  results: DocResult[];
  diagnostics: Diagnostic[];
  /** Documents that could not be read (each has an error diagnostic). */
  failed: string[];
  /** How many documents came from the cache, and how many were extracted. */
  cache: { hits: number; misses: number };
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
  let context = options.context;
  const diagnostics: Diagnostic[] = [];
  const failed: string[] = [];
  const extractions: DocExtraction[] = [];
  const total = { value: undefined as number | undefined };
  const cache = options.cacheDir ? new ExtractionCache(options.cacheDir, context?.fingerprint ?? extractionFingerprint(options)) : null;
  const stats = { hits: 0, misses: 0 };
  const cores = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
  let pool: ExtractionPool | null = null;
  // one thread by default: on a 2-core machine the pool's start-up (a lexicon per worker) and message copying cost
  // more than they save at a million words (see the bench figures in docs/ARCHITECTURE.md); --workers opts in
  const wantPool = (): boolean => poolAvailable() && (options.workers ?? 1) > 1;
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  const seen = new Set<string>();

  const handle = async (doc: Document): Promise<void> => {
    const hash = hashText(doc.text);
    try {
      let extraction: DocExtraction | undefined;
      if (cache) {
        const cached = await cache.get(doc.id, hash);
        if (cached.hit) extraction = cached.extraction;
        else if (cached.corrupt) diagnostics.push({ level: 'warning', doc: doc.id, code: 'cache/corrupt', message: `${doc.id}: its cache entry failed its checksum; extracted again` });
      }
      if (extraction) stats.hits++;
      else {
        stats.misses++;
        extraction = pool ? await pool.extract(doc) : slimExtraction(extractDocument(doc, (context ??= createExtractionContext(options))));
        if (cache) await cache.set(extraction);
      }
      extractions.push(extraction);
      diagnostics.push(...extraction.diagnostics);
    } catch (error) {
      diagnostics.push({ level: 'error', doc: doc.id, code: 'extract/internal', message: `${doc.id}: extraction failed (${(error as Error).message}); skipped — please report it` });
      failed.push(doc.source);
    }
    done++;
    options.onProgress?.({ done, total: total.value, doc: doc.id });
  };

  try {
    for await (const doc of documentsOf(inputs, options, diagnostics, failed, total)) {
      options.signal?.throwIfAborted();
      if (pool === null && wantPool()) pool = createExtractionPool(Math.min(options.workers ?? 1, cores * 2), options);
      if (seen.has(doc.id)) {
        const renamed = `${doc.id}#${seen.size}`;
        diagnostics.push({ level: 'warning', doc: doc.source, code: 'input/duplicate-id', message: `${doc.source}: another document is already named ${doc.id}; this one is kept as ${renamed}` });
        doc.id = renamed;
      }
      seen.add(doc.id);
      // bounded concurrency: at most two documents per worker are read ahead, so memory follows the graph, not the corpus
      const job = handle(doc).finally(() => inFlight.delete(job));
      inFlight.add(job);
      if (inFlight.size >= (pool ? pool.size * 2 : 1)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
  options.signal?.throwIfAborted();
  const results = resolveCorpus(extractions);
  diagnostics.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  return { graph: graphFromResults(results), results, diagnostics, failed, cache: stats };
}
