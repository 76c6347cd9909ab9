// `npm run bench`: extraction and end-to-end build speed on the Brown corpus (~1M words), against bare compromise.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { brownDocuments, type BrownDocument } from './brown.js';
import { createExtractionContext, extractDocument } from '../src/extract/index.js';
import { resolveCorpus } from '../src/extract/05-corpus.js';
import { graphFromResults } from '../src/graph/model.js';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const json = process.argv.includes('--json');
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

  // end to end: files on disk → graph.json, with the compiled CLI (worker threads need compiled code)
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-'));
  await Promise.all(docs.map((d) => fs.writeFile(path.join(dir, d.id), d.text)));
  const cli = path.join(import.meta.dirname, '../dist/cli/main.js');
  const runBuild = (args: string[]): { seconds: number; peakRssMb: number } => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'build', dir, '-o', path.join(dir, 'out'), '--json', ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { peakRssMb: number };
    return { seconds: seconds(t), peakRssMb: summary.peakRssMb ?? 0 };
  };
  let build1 = { seconds: NaN, peakRssMb: 0 };
  let build2 = { seconds: NaN, peakRssMb: 0 };
  let rerun = { seconds: NaN, peakRssMb: 0 };
  if (existsSync(cli)) {
    build1 = runBuild(['--workers', '1', '--no-cache']);
    build2 = runBuild(['--workers', '2', '--no-cache']);
    await fs.rm(path.join(dir, 'out'), { recursive: true, force: true });
    runBuild([]);
    rerun = runBuild([]);
    log(`build     1 worker ${build1.seconds.toFixed(2)} s (${Math.round(words / build1.seconds)} words/s, peak RSS ${build1.peakRssMb} MB); 2 workers ${build2.seconds.toFixed(2)} s (${Math.round(words / build2.seconds)} words/s); unchanged re-run ${rerun.seconds.toFixed(2)} s (${(build1.seconds / rerun.seconds).toFixed(1)}× faster)`);
  } else log('build     skipped: run `npm run build` first (the end-to-end figures use dist/)');
  await fs.rm(dir, { recursive: true, force: true });
  const build = build1.seconds;
  const figures = {
    documents: docs.length, words,
    baselineSeconds: +base.toFixed(3), baselineWordsPerSec: Math.round(words / base),
    extractSeconds: +all.seconds.toFixed(3), wordsPerSec, docsPerSec: Math.round(docs.length / all.seconds),
    ratio: +(wordsPerSec / (words / base)).toFixed(2),
    buildSeconds: +build.toFixed(3), buildWordsPerSec: Math.round(words / build), build2WorkersSeconds: +build2.seconds.toFixed(3),
    rerunSeconds: +rerun.seconds.toFixed(3), buildPeakRssMb: build1.peakRssMb,
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
