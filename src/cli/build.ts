// `newsgraph build <inputs...> -o <outdir>`: articles in, graph.json + summary.json (+ default exports) out.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { expandInputs, inputsDigest } from '../ingest/files.js';
import { extractionFingerprint } from '../extract/fingerprint.js';

/** Options of the build command. */
export interface BuildCommandOptions {
  output: string;
  quiet?: boolean;
  json?: boolean;
  maxBytes?: string;
  workers?: string;
  cache?: boolean;
}

/** Default largest article read, in bytes (kept here so `--help` loads no parser). */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Registers `build`. Heavy modules are imported only when the command runs and the corpus changed. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('read articles (.txt, .md, .html files or folders) and write the knowledge graph')
    .argument('<inputs...>', 'article files or folders')
    .requiredOption('-o, --output <outdir>', 'output folder (graph.json, summary.json, graph.graphml)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--json', 'print the summary as JSON')
    .option('--max-bytes <n>', `skip files larger than this (default ${DEFAULT_MAX_BYTES})`)
    .option('--workers <n>', 'extraction threads (default 1; worker threads need the compiled CLI)')
    .option('--no-cache', 'extract every document again instead of reusing <outdir>/.cache')
    .action(async (inputs: string[], opts: BuildCommandOptions) => {
      const maxBytes = opts.maxBytes === undefined ? DEFAULT_MAX_BYTES : Number(opts.maxBytes);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes must be a positive number, not "${opts.maxBytes}"`);
      const workers = opts.workers === undefined ? undefined : Number(opts.workers);
      if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`--workers must be a whole number ≥ 1, not "${opts.workers}"`);
      const outdir = path.resolve(opts.output);
      const started = Date.now();
      const useCache = opts.cache !== false;

      // nothing changed since the last build (same bytes, same rules, outputs intact): say so and stop
      const files = await expandInputs(inputs);
      const digest = await inputsDigest(files, extractionFingerprint(), `max=${maxBytes}`);
      const manifestPath = path.join(outdir, '.cache', 'manifest.json');
      if (useCache && (await unchanged(manifestPath, digest, outdir))) {
        const summary = JSON.parse(await fs.readFile(path.join(outdir, 'summary.json'), 'utf8')) as { failedDocuments: number };
        if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, unchanged: true })}\n`);
        else if (!opts.quiet) process.stdout.write(`newsgraph: ${files.length} document(s) unchanged since the last build → ${path.relative(process.cwd(), outdir) || '.'} is up to date (${Date.now() - started} ms)\n`);
        if (summary.failedDocuments > 0) process.exitCode = 1;
        return;
      }

      await removeStaleTemporaries(outdir);
      const [{ buildGraph }, { writeGraphFile, serializeGraph }, { writeFileAtomic }, { formatSummary, summarize }, { createProgress }, { AFTER_BUILD }] = await Promise.all([
        import('../build.js'), import('../graph/io.js'), import('../util/atomic.js'), import('../summary.js'), import('./output.js'), import('./hooks.js'),
      ]);
      const progress = createProgress({ quiet: opts.quiet === true || opts.json === true, label: 'build' });
      const controller = new AbortController();
      const onSignal = (): void => controller.abort(new Error('interrupted'));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let result;
      try {
        result = await buildGraph(files, {
          maxBytes, signal: controller.signal, onProgress: (p) => progress.update(p.done, p.total, p.doc),
          ...(workers === undefined ? {} : { workers }), ...(useCache ? { cacheDir: path.join(outdir, '.cache') } : {}),
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
      if (useCache) await writeFileAtomic(manifestPath, JSON.stringify({ digest, graph: await sha(serializeGraph(result.graph)) }));
      if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, cache: result.cache })}\n`);
      else if (!opts.quiet) process.stdout.write(`${formatSummary(summary, path.relative(process.cwd(), outdir) || '.')}\n`);
      else for (const d of result.diagnostics) if (d.level === 'error') process.stderr.write(`newsgraph: ${d.message}\n`);
      if (result.failed.length > 0) process.exitCode = 1;
    });
}

async function sha(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/** Is the previous build of these exact inputs still there, with its graph.json unmodified? */
async function unchanged(manifestPath: string, digest: string, outdir: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8')) as { digest?: string; graph?: string };
    if (manifest.digest !== digest) return false;
    const graph = await fs.readFile(path.join(outdir, 'graph.json'), 'utf8');
    await fs.access(path.join(outdir, 'summary.json'));
    return manifest.graph === (await sha(graph));
  } catch {
    return false;
  }
}

/** Removes what killed builds left behind: `.name.<pid>.<rand>.tmp` files and `graph.kuzu.tmp-<pid>` of dead processes. */
async function removeStaleTemporaries(outdir: string): Promise<void> {
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const entries = await fs.readdir(outdir).catch(() => [] as string[]);
  for (const name of entries) {
    const m = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name) ?? /^graph\.kuzu\.tmp-(\d+)(\.wal)?$/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) await fs.rm(path.join(outdir, name), { recursive: true, force: true });
  }
}
