// A worker_threads pool for extraction: documents go to the least busy worker; results come back as slim extractions.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../types.js';
import type { DocExtraction, ExtractionOptions } from './index.js';

/** A pool of extraction workers. */
export interface ExtractionPool {
  readonly size: number;
  extract(doc: Document): Promise<DocExtraction>;
  close(): Promise<void>;
}

/** The compiled worker script next to this module. From TypeScript sources (tsx, ts-jest) there is none: Node 20's
 * loader hooks do not reach worker threads, so extraction then runs in the calling thread. */
function workerUrl(): URL | null {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js : null;
}

/** Can a pool run here (compiled code, or tsx)? */
export function poolAvailable(): boolean {
  return workerUrl() !== null;
}

/**
 * Starts `size` workers. Each keeps its own lexicon and compiled rules; order of results does not matter because
 * corpus resolution sorts documents by id.
 */
export function createExtractionPool(size: number, options: ExtractionOptions = {}): ExtractionPool {
  const url = workerUrl();
  if (!url) throw new Error('newsgraph/pool: no worker script found next to pool module');
  const data = JSON.parse(JSON.stringify(options)) as unknown;
  const spawn = (): Worker => new Worker(url, { workerData: data });
  const workers = Array.from({ length: size }, spawn);
  const dead = new Set<number>();
  const pending = new Map<number, { resolve: (e: DocExtraction) => void; reject: (e: Error) => void; worker: number }>();
  const load = workers.map(() => 0);
  let next = 0;
  workers.forEach((worker, index) => {
    worker.on('message', (message: { id: number; extraction?: DocExtraction; error?: string }) => {
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      load[index] = (load[index] ?? 1) - 1;
      if (message.extraction) job.resolve(message.extraction);
      else job.reject(new Error(message.error ?? 'worker failed'));
    });
    const fail = (error: Error): void => {
      dead.add(index);
      for (const [id, job] of pending) if (job.worker === index) {
        pending.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`extraction worker exited (code ${code})`)));
  });
  return {
    size,
    extract(doc) {
      const id = next++;
      const alive = workers.map((_w, i) => i).filter((i) => !dead.has(i));
      if (alive.length === 0) return Promise.reject(new Error('every extraction worker has stopped'));
      let target = alive[0]!;
      for (const i of alive) if ((load[i] ?? 0) < (load[target] ?? 0)) target = i;
      load[target] = (load[target] ?? 0) + 1;
      return new Promise<DocExtraction>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: target });
        workers[target]!.postMessage({ id, doc });
      });
    },
    async close() {
      workers.forEach((_w, i) => dead.add(i));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
