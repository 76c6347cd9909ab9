// `newsgraph extract <file> --json`: the mentions, entities and relations of one document, for debugging.
import type { Command } from 'commander';
import { InputError } from '../errors.js';

/** Registers `extract`. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('show what extraction finds in one document')
    .argument('<file>', 'an article (.txt, .md, .html)')
    .option('--json', 'print the full result as JSON')
    .option('--date <YYYY-MM-DD>', "the article's date, for relative dates")
    .action(async (file: string, opts: { json?: boolean; date?: string }) => {
      const [{ createExtractionContext, extractDocument }, { resolveCorpus }, { readDocument }] = await Promise.all([
        import('../extract/index.js'), import('../extract/05-corpus.js'), import('../ingest/read.js'),
      ]);
      const read = await readDocument(file);
      if (!read.ok) throw new InputError(file, read.diagnostic.code, read.diagnostic.message.replace(`${file}: `, ''));
      if (opts.date) read.doc.date = opts.date;
      const [result] = resolveCorpus([extractDocument(read.doc, createExtractionContext())]);
      if (!result) return;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ doc: result.doc, sentences: result.sentences.length, mentions: result.mentions.map((m, i) => ({ ...m, entity: result.mentionEntity[i] || null })), entities: result.entities, relations: result.relations, diagnostics: result.diagnostics }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${result.doc.id}: ${result.sentences.length} sentences, ${result.mentions.length} mentions, ${result.entities.length} entities, ${result.relations.length} relations\n`);
      for (const r of result.relations) process.stdout.write(`  ${r.type} ${r.status} ${r.source} → ${r.target}  [${r.evidence.map((e) => e.ruleId).join(', ')}]\n    “${r.evidence[0]?.sentence ?? ''}”\n`);
    });
}
