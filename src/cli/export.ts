// `newsgraph export [graph.json | outdir] --format <f> -o <path>`: the graph in another tool's format (formats from src/graph/export).
import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXPORT_FORMATS, exportFormat } from '../graph/export/index.js';

/** Registers `export`; its help lists every row of the format table. */
export function registerExport(program: Command): void {
  const formats = EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(17)} ${f.description}`).join('\n');
  program
    .command('export')
    .description(`write the graph as ${EXPORT_FORMATS.map((f) => f.name).join(', ')}`)
    .argument('[graph]', 'graph.json written by build, or its folder', 'out/graph.json')
    .requiredOption('-f, --format <format>', 'output format (see below)')
    .option('-o, --output <path>', "output file (a folder for csv); default: the format's file name next to graph.json")
    .addHelpText('after', `\nFormats:\n${formats}`)
    .action(async (graphArg: string, opts: { format: string; output?: string }) => {
      const format = exportFormat(opts.format);
      // a build's folder stands for its graph.json ("newsgraph export out --format gexf")
      const graphPath = graphArg.endsWith('.json') ? graphArg : path.join(graphArg, 'graph.json');
      if (!format) throw new UsageError(`unknown format "${opts.format}"`, { hint: `use one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}` });
      const { readGraphFile } = await import('../graph/io.js');
      const graph = await readGraphFile(graphPath);
      const out = opts.output ?? path.join(path.dirname(graphPath), format.defaultFileName);
      await format.write(graph, out);
      process.stdout.write(`newsgraph: wrote ${format.name} (${graph.order} nodes, ${graph.size} edges) → ${out}\n`);
    });
}
