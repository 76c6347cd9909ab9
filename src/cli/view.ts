// `newsgraph view [<outdir>] [--port N]`: serve the viewer for a built graph on 127.0.0.1 until interrupted.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/** Registers `view`. */
export function registerView(program: Command): void {
  program
    .command('view')
    .description('serve the graph viewer on 127.0.0.1 (search, filters, evidence on click)')
    .argument('[outdir]', 'the build folder holding graph.json', 'out')
    .option('--port <n>', 'port (default: a free one)', '0')
    .action(async (outdir: string, opts: { port: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, not "${opts.port}"`);
      await fs.access(path.join(outdir, 'graph.json')).catch(() => {
        throw new UsageError(`${path.join(outdir, 'graph.json')} does not exist`, { hint: `build it first: newsgraph build <articles> -o ${outdir}` });
      });
      const [{ viewerAssets }, { startViewerServer }] = await Promise.all([import('../view/assets.js'), import('../view/server.js')]);
      const server = await startViewerServer(path.resolve(outdir), await viewerAssets(), port);
      process.stdout.write(`newsgraph: viewer at ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
    });
}
