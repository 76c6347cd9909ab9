// Worker thread body of the extraction pool: builds one context, then extracts the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../types.js';
import { createExtractionContext, extractDocument, slimExtraction, type ExtractionOptions } from './index.js';

const context = createExtractionContext(workerData as ExtractionOptions);
parentPort?.on('message', (message: { id: number; doc: Document }) => {
  try {
    parentPort?.postMessage({ id: message.id, extraction: slimExtraction(extractDocument(message.doc, context)) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: (error as Error).message });
  }
});
