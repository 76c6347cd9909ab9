// `newsgraph eval --gold <gold.json> <graph.json>`: precision, recall and F1 against a gold file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Gold } from '../eval/score.js';
import { GraphFormatError } from '../errors.js';

/** Registers `eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a graph against a gold file (relations P/R/F1, entity recall, duplicates, verbatim evidence)')
    .argument('<graph>', 'graph.json written by build')
    .requiredOption('--gold <gold.json>', 'the gold file')
    .option('--docs <dir>', 'folder of the gold documents (default: the graph\'s inputs as named in the gold, next to the gold file or in seeds/)')
    .option('--json', 'print the score as JSON')
    .action(async (graphPath: string, opts: { gold: string; docs?: string; json?: boolean }) => {
      const [{ readGraphFile }, { formatScore, scoreGraph }] = await Promise.all([import('../graph/io.js'), import('../eval/score.js')]);
      let gold: Gold;
      try {
        gold = JSON.parse(await fs.readFile(opts.gold, 'utf8')) as Gold;
      } catch (cause) {
        throw new GraphFormatError('eval/gold', `cannot read gold file ${opts.gold} (${(cause as Error).message})`);
      }
      const graph = await readGraphFile(graphPath);
      const docsDir = opts.docs ?? path.dirname(opts.gold);
      const texts = new Map<string, string>();
      for (const doc of gold.docs) {
        const text = await fs.readFile(path.join(docsDir, doc), 'utf8').catch(() => null);
        if (text !== null) texts.set(doc, text.replace(/\r\n?/g, '\n'));
      }
      const score = scoreGraph(graph, gold, texts);
      process.stdout.write(opts.json ? `${JSON.stringify(score)}\n` : `${formatScore(`${path.basename(opts.gold)} vs ${graphPath}`, score)}\n`);
    });
}
