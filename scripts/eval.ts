// `npm run eval`: builds and scores both development sets (seeds and Brown) with the same code; `--json` for one JSON line.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../src/build.js';
import { createExtractionContext } from '../src/extract/index.js';
import { formatScore, scoreGraph, type Gold, type Score } from '../src/eval/score.js';
import { writeBrownDev } from './brown-dev.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A development set: its gold file and the folder of its documents. */
interface DevSet {
  name: string;
  gold: string;
  docs: string;
  /** Writes the documents when they are not committed (the Brown passages are regenerated from the corpus package). */
  prepare?: (dir: string) => void;
}

const SETS: DevSet[] = [
  { name: 'seeds', gold: 'seeds/gold.json', docs: 'seeds' },
  { name: 'brown-dev', gold: 'eval/brown-dev.gold.json', docs: 'eval/brown-dev', prepare: (dir) => void writeBrownDev(dir) },
];

async function scoreSet(set: DevSet, context: ReturnType<typeof createExtractionContext>): Promise<Score> {
  const docsDir = path.join(ROOT, set.docs);
  const gold = JSON.parse(await fs.readFile(path.join(ROOT, set.gold), 'utf8')) as Gold;
  if (set.prepare && !gold.docs.every((d) => existsSync(path.join(docsDir, d)))) set.prepare(docsDir);
  const paths = gold.docs.map((d) => path.join(docsDir, d));
  const { graph } = await buildGraph(paths, { context });
  const texts = new Map<string, string>();
  for (const doc of gold.docs) texts.set(doc, (await fs.readFile(path.join(docsDir, doc), 'utf8')).replace(/\r\n?/g, '\n'));
  return scoreGraph(graph, gold, texts);
}

const json = process.argv.includes('--json');
const context = createExtractionContext();
const scores: Record<string, Score> = {};
for (const set of SETS) {
  scores[set.name] = await scoreSet(set, context);
  if (!json) process.stdout.write(`${formatScore(`${set.name} (${set.gold})`, scores[set.name]!)}\n\n`);
}
const line = (name: string, s: Score): string =>
  `${name.padEnd(10)} micro F1 ${s.micro.f1.toFixed(3)}  ${Object.entries(s.relations).map(([t, r]) => `${t} ${r.f1.toFixed(3)}`).join('  ')}`;
if (json) process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(scores).map(([k, s]) => [k, { micro: s.micro, relations: s.relations, entityRecall: s.entityRecall }])))}\n`);
else process.stdout.write(`${Object.entries(scores).map(([k, s]) => line(k, s)).join('\n')}\n`);
