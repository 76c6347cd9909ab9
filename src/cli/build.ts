// `newsgraph build <inputs...> -o <outdir>`: articles in, graph.json + summary.json (+ default exports) out.
import path from 'node:path';
import type { Command } from 'commander';
import { buildGraph } from '../build.js';
import { writeGraphFile } from '../graph/io.js';
import { writeFileAtomic } from '../util/atomic.js';
import { formatSummary, summarize } from '../summary.js';
import { createProgress } from './output.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { UsageError } from '../errors.js';
import { AFTER_BUILD } from './hooks.js';

/** Options of the build command. */
export interface BuildCommandOptions {
  output: string;
  quiet?: boolean;
  json?: boolean;
  maxBytes?: string;
  workers?: string;
  cache?: boolean;
}

/** Registers `build`. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('read articles (.txt, .md, .html files or folders) and write the knowledge graph')
    .argument('<inputs...>', 'article files or folders')
    .requiredOption('-o, --output <outdir>', 'output folder (graph.json, summary.json, graph.graphml)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print the summary as JSON')
    .option('--max-bytes <n>', `skip files larger than this (default ${DEFAULT_MAX_BYTES})`)
    .option('--workers <n>', 'extraction threads (default: all cores for 64+ documents)')
    .option('--no-cache', 'extract every document again instead of reusing <outdir>/.cache')
    .action(async (inputs: string[], opts: BuildCommandOptions) => {
      const maxBytes = opts.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(opts.maxBytes);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number, not "${opts.maxBytes}"`);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`--workers must be a whole number ≥ 1, not "${opts.workers}"`);
      const outdir = path.resolve(opts.output);
      const started = Date.now();
      const progress = createProgress({ quiet: opts.quiet === true || opts.json === true, label: 'build' });
      const controller = new AbortController();
      const onSignal = (): void => controller.abort(new Error('interrupted'));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let result;
      try {
        result = await buildGraph(inputs, {
          maxBytes, signal: controller.signal, onProgress: (p) => progress.update(p.done, p.total, p.doc),
          ...(workers === undefined ? {} : { workers }), ...(opts.cache === false ? {} : { cacheDir: path.join(outdir, '.cache') }),
        });
      } finally {
        progress.stop();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      const summary = summarize(result.graph, result.diagnostics, result.failed.length, Date.now() - started);
      await writeGraphFile(path.join(outdir, 'graph.json'), result.graph);
      for (const hook of AFTER_BUILD) await hook(result.graph, outdir);
      await writeFileAtomic(path.join(outdir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
      if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
      else if (!opts.quiet) process.stdout.write(`${formatSummary(summary, path.relative(process.cwd(), outdir) || '.')}\n`);
      else for (const d of result.diagnostics) if (d.level === 'error') process.stderr.write(`newsgraph: ${d.message}\n`);
      if (result.failed.length > 0) process.exitCode = 1;
    });
}
