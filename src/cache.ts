// The incremental cache: one checksummed file per (pipeline fingerprint, document content hash), written atomically.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { DocExtraction } from './extract/index.js';
import { writeFileAtomic } from './util/atomic.js';

/** Outcome of a cache lookup. */
export type CacheLookup = { hit: true; extraction: DocExtraction } | { hit: false; corrupt: boolean };

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/**
 * A cache of slim extractions on disk. Entries are keyed by the extraction context's fingerprint and the document's
 * content hash and id, carry a checksum of their payload, and are never trusted when it does not match.
 */
export class ExtractionCache {
  readonly dir: string;
  readonly fingerprint: string;

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  private fileFor(docId: string, contentHash: string): string {
    return path.join(this.dir, this.fingerprint, `${sha(`${docId}\u0000${contentHash}`).slice(0, 40)}.json`);
  }

  /** Looks an extraction up; a missing, unreadable or corrupt entry is a miss (corrupt entries are reported). */
  async get(docId: string, contentHash: string): Promise<CacheLookup> {
    let text: string;
    try {
      text = await fs.readFile(this.fileFor(docId, contentHash), 'utf8');
    } catch {
      return { hit: false, corrupt: false };
    }
    try {
      const entry = JSON.parse(text) as { checksum: string; payload: string };
      if (typeof entry.payload !== 'string' || sha(entry.payload) !== entry.checksum) return { hit: false, corrupt: true };
      const extraction = JSON.parse(entry.payload) as DocExtraction;
      if (extraction.info.hash !== contentHash || extraction.info.id !== docId) return { hit: false, corrupt: true };
      return { hit: true, extraction };
    } catch {
      return { hit: false, corrupt: true };
    }
  }

  /** Stores a slim extraction. Failures to write are ignored: the cache is an optimisation, never a source of truth. */
  async set(extraction: DocExtraction): Promise<void> {
    const payload = JSON.stringify(extraction);
    try {
      await writeFileAtomic(this.fileFor(extraction.info.id, extraction.info.hash), JSON.stringify({ checksum: sha(payload), payload }));
    } catch {
      // a read-only or full disk only costs speed
    }
  }
}
