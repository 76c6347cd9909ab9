// `newsgraph export <graph.json> --format <f> -o <path>`: the graph in another tool's format.
import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';

/** Registers `export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the graph as graphml, graphml-networkx, gexf, cyjs, csv (neo4j-admin), cypher or html')
    .argument('<graph>', 'graph.json written by build')
    .requiredOption('-f, --format <format>', 'output format')
    .option('-o, --output <path>', 'output file (a folder for csv); default: the format\'s file name next to graph.json')
    .action(async (graphPath: string, opts: { format: string; output?: string }) => {
      const [{ EXPORT_FORMATS, exportFormat }, { readGraphFile }] = await Promise.all([import('../graph/export/index.js'), import('../graph/io.js')]);
      const format = exportFormat(opts.format);
      if (!format) throw new UsageError(`unknown format "${opts.format}"`, { hint: `use one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}` });
      const graph = await readGraphFile(graphPath);
      const out = opts.output ?? path.join(path.dirname(graphPath), format.defaultFileName);
      await format.write(graph, out);
      process.stdout.write(`newsgraph: wrote ${format.name} (${graph.order} nodes, ${graph.size} edges) → ${out}\n`);
    });
}
