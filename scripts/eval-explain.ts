// Dev tool: for each missed (or wrongly found) gold relation, prints its sentence as the relation rules see it (mentions as slots).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createExtractionContext, extractDocument } from '../src/extract/index.js';
import { renderSentence, type PlacedMention } from '../src/extract/04-relations.js';
import type { Gold } from '../src/eval/score.js';

const [goldPath = 'eval/brown-dev.gold.json', docsDir = 'eval/brown-dev', filter = ''] = process.argv.slice(2);
const gold = JSON.parse(await fs.readFile(goldPath, 'utf8')) as Gold & { relations: Array<{ type: string; source: string; target: string; docs: string[]; evidence: string[]; optional?: boolean }> };
const ctx = createExtractionContext();
const cache = new Map<string, ReturnType<typeof extractDocument>>();
for (const rel of gold.relations) {
  if (rel.optional) continue;
  const key = `${rel.type}|${rel.source}|${rel.target}`;
  if (filter && !key.includes(filter)) continue;
  for (const doc of rel.docs) {
    let ex = cache.get(doc);
    if (!ex) {
      const text = (await fs.readFile(path.join(docsDir, doc), 'utf8')).replace(/\r\n?/g, '\n');
      ex = extractDocument({ id: doc, text, source: doc }, ctx);
      cache.set(doc, ex);
    }
    const ev = rel.evidence[0] ?? '';
    const sentence = ex.sentences.find((s) => s.text.includes(ev.slice(0, 40)));
    if (!sentence) { console.log(`${key} [${doc}] evidence sentence not found`); continue; }
    const typeOf = new Map(ex.entities.map((e) => [e.key, e.type]));
    const placed: PlacedMention[] = [];
    ex.mentions.forEach((m, index) => {
      const entity = ex!.mentionEntity[index];
      if (m.sentence !== sentence.index || !entity) return;
      placed.push({ index, start: m.start, end: m.end, renderStart: m.start, type: typeOf.get(entity) ?? m.type, entity });
    });
    const rendered = renderSentence(ex.doc.text, sentence, placed);
    const found = ex.relations.filter((r) => r.evidence.some((e) => e.start === sentence.start)).map((r) => `${r.type}(${r.source},${r.target},${r.status})`);
    console.log(`\n${key} [${doc}]\n  ${rendered.text}\n  ${placed.map((p) => `${p.index}=${p.entity}`).join(' ')}\n  found: ${found.join(' ') || '-'}`);
  }
}
