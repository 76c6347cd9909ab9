// `npm run bench`: extraction and end-to-end build speed on the Brown corpus (~1M words), against bare compromise.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { brownDocuments, type BrownDocument } from './brown.js';
import { createExtractionContext, extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/extract/05-corpus.js';
import { graphFromResults } from '../src/graph/model.js';
import { buildGraph } from '../src/build.js';
import { writeGraphFile } from '../src/graph/io.js';

const json = process.argv.includes('--json');
const workersArg = process.argv.find((a) => a.startsWith('--workers='));
const log = (line: string): void => {
  if (!json) process.stdout.write(`${line}\n`);
};
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const seconds = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e9;

function baseline(docs: readonly BrownDocument[]): number {
  const t0 = process.hrtime.bigint();
  for (const d of docs) {
    const doc = nlp(d.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  return seconds(t0);
}

function extraction(docs: readonly BrownDocument[]): { seconds: number; relations: number; nodes: number } {
  const ctx = createExtractionContext();
  const t0 = process.hrtime.bigint();
  const results = resolveCorpus(docs.map((d) => extractDocument({ id: d.id, text: d.text, source: d.id }, ctx)));
  const graph = graphFromResults(results);
  return { seconds: seconds(t0), relations: graph.size, nodes: graph.order };
}

async function main(): Promise<void> {
  const docs = brownDocuments();
  const words = docs.reduce((a, d) => a + d.words, 0);
  log(`Brown corpus: ${docs.length} documents, ${words} words; node ${process.version}, ${os.cpus().length} cores`);
  // warm up both paths once on a slice (JIT, lexicon construction)
  baseline(docs.slice(0, 10));
  extraction(docs.slice(0, 10));

  const base = baseline(docs);
  log(`baseline  bare compromise (nlp + people/places/organizations): ${base.toFixed(2)} s, ${Math.round(words / base)} words/s`);
  const quarter = docs.slice(0, Math.ceil(docs.length / 4));
  const half = docs.slice(0, Math.ceil(docs.length / 2));
  const q = extraction(quarter);
  const h = extraction(half);
  const all = extraction(docs);
  const wordsPerSec = Math.round(words / all.seconds);
  log(`extract   ${all.seconds.toFixed(2)} s, ${wordsPerSec} words/s, ${Math.round(docs.length / all.seconds)} docs/s (${all.nodes} nodes, ${all.relations} edges)`);
  log(`scaling   1/4 ${q.seconds.toFixed(2)} s, 1/2 ${h.seconds.toFixed(2)} s, all ${all.seconds.toFixed(2)} s (all / quarter = ${(all.seconds / q.seconds).toFixed(2)})`);

  // end to end: files on disk → graph.json
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-'));
  await Promise.all(docs.map((d) => fs.writeFile(path.join(dir, d.id), d.text)));
  const t0 = process.hrtime.bigint();
  const workers = workersArg ? Number(workersArg.split('=')[1]) : undefined;
  const built = await buildGraph([dir]);
  void workers;
  await writeGraphFile(path.join(dir, 'out', 'graph.json'), built.graph);
  const build = seconds(t0);
  await fs.rm(dir, { recursive: true, force: true });
  log(`build     ${build.toFixed(2)} s end to end, ${Math.round(words / build)} words/s, ${Math.round(docs.length / build)} docs/s`);
  const figures = {
    documents: docs.length, words,
    baselineSeconds: +base.toFixed(3), baselineWordsPerSec: Math.round(words / base),
    extractSeconds: +all.seconds.toFixed(3), wordsPerSec, docsPerSec: Math.round(docs.length / all.seconds),
    ratio: +(wordsPerSec / (words / base)).toFixed(2),
    buildSeconds: +build.toFixed(3), buildWordsPerSec: Math.round(words / build),
    scaling: +(all.seconds / q.seconds).toFixed(2), scalingSeconds: { quarter: +q.seconds.toFixed(3), half: +h.seconds.toFixed(3), all: +all.seconds.toFixed(3) },
    peakRssMb: peakRssMb(),
  };
  log(`ratio     ${figures.ratio}× the baseline's words/s; peak RSS ${figures.peakRssMb} MB`);
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
