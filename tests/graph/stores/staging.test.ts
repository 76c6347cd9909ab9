// Staging files of the embedded store's COPY: the fast unquoted format, the quoted fallback, and values that survive a bulk load.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeStaging, type StagingValue } from '../../../src/graph/stores/staging.js';
import { KuzuStore } from '../../../src/graph/stores/kuzu.js';
import { syntheticGraph } from '../../../src/graph/synthetic.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-staging-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const columns = ['id', 'list', 'n', 'maybe'];

test('rows without separators or line breaks are written unquoted, U+001E-separated, lists joined by U+001F', async () => {
  const file = path.join(dir, 'plain.csv');
  const rows: StagingValue[][] = [['a', ['x', 'y'], 1.5, null], ['b "q"', [], 2, 'z']];
  const reader = await writeStaging(file, columns, () => rows);
  expect(reader).toContain("delim='\u001e'");
  expect(await fs.readFile(file, 'utf8')).toBe('id\u001elist\u001en\u001emaybe\na\u001ex\u001fy\u001e1.5\u001e\nb "q"\u001e\u001e2\u001ez\n');
});

test('one value with a line break makes the whole file quoted (every field quoted, quotes doubled)', async () => {
  const file = path.join(dir, 'quoted.csv');
  const rows: StagingValue[][] = [['a', ['x'], 1, null], ['two\nlines', ['say "hi"'], 2, 'z']];
  const reader = await writeStaging(file, columns, () => rows);
  expect(reader).toBe('header=true, parallel=false');
  expect(await fs.readFile(file, 'utf8')).toBe('id,list,n,maybe\n"a","x","1",""\n"two\nlines","say ""hi""","2","z"\n');
});

test('lines longer than the write buffer are written whole', async () => {
  const file = path.join(dir, 'long.csv');
  const long = 'é'.repeat(3_000_000);
  await writeStaging(file, ['id'], () => [['a'], [long], ['b']]);
  expect(await fs.readFile(file, 'utf8')).toBe(`id\na\n${long}\nb\n`);
});

test('a bulk load keeps titles with line breaks and quotes, evidence JSON, lists and nulls as they are', async () => {
  const graph = syntheticGraph({ nodes: 60, edges: 80, seed: 3 });
  const docs = graph.getAttribute('documents');
  graph.setAttribute('documents', docs.map((d, i) => (i === 0 ? { ...d, title: 'A "quoted"\ntitle, in two lines' } : d)));
  const store = await KuzuStore.open(path.join(dir, 'db'));
  try {
    await store.load(graph);
    const title = await store.query('MATCH (a:Article {id: $id}) RETURN a.title AS t', { id: docs[0]!.id });
    expect(title).toEqual([{ t: 'A "quoted"\ntitle, in two lines' }]);
    const key = graph.edges()[0]!;
    const a = graph.getEdgeAttributes(key);
    const [row] = await store.query('MATCH ()-[r]->() WHERE r.key = $key RETURN r.evidence AS e, r.date AS d, r.place AS p, r.docs AS docs, r.confidence AS c', { key });
    expect(row).toEqual({ e: JSON.stringify(a.evidence), d: a.when, p: a.where, docs: [...new Set(a.evidence.map((e) => e.doc))], c: a.confidence });
  } finally {
    await store.close();
  }
});
