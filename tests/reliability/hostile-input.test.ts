// Hostile and broken input, generated here: every bad file gets one diagnostic naming it and the run completes for the rest.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph } from '../../src/build.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-hostile-'));
  const w = (name: string, data: string | Uint8Array): Promise<void> => fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true }).then(() => fs.writeFile(path.join(dir, name), data));
  await w('good.txt', 'Secretary of State Antony Blinken arrived in Beijing on Sunday and held talks with Foreign Minister Qin Gang.');
  await w('empty.txt', '');
  await w('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0]));
  await w('latin1.txt', Buffer.from([0x50, 0x72, 0xe9, 0x73, 0x69, 0x64, 0x65, 0x6e, 0x74]));
  await w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('President Emmanuel Macron landed in Lagos on Tuesday.', 'utf16le')]));
  await w('script.html', '<html><body><script>document.write("President Evil met Mr Bad")</script><p>Chancellor Olaf Scholz hosted President Lula in Berlin.</p><style>p{color:red}</style></body></html>');
  await w('big.txt', Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
  await w('longline.txt', `${'word '.repeat(200_000)}President Joe Biden met Prime Minister Rishi Sunak.`);
  await w('non-english.txt', '中国外交部长秦刚在北京会见了美国国务卿布林肯。Der Bundeskanzler traf den Präsidenten. Путин встретился с Си Цзиньпином.');
  await w('dir.txt/inside.txt', 'President Emmanuel Macron visited Kyiv.');
  await fs.symlink(dir, path.join(dir, 'loop'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('a corpus of broken files: a diagnostic per bad file, a graph from the good ones, nothing thrown', async () => {
  const result = await buildGraph([dir, path.join(dir, 'missing.txt')], { maxBytes: 10 * 1024 * 1024 });
  const byFile = new Map(result.diagnostics.filter((d) => d.level === 'error').map((d) => [path.basename(d.doc), d.code]));
  expect(Object.fromEntries(byFile)).toEqual({
    'empty.txt': 'input/empty', 'binary.txt': 'input/binary', 'latin1.txt': 'input/not-utf8', 'big.txt': 'input/too-large', 'missing.txt': 'input/not-found',
  });
  for (const d of result.diagnostics.filter((x) => x.level === 'error')) expect(d.message).toContain(path.basename(d.doc));
  const ids = result.results.map((r) => r.doc.id).sort();
  expect(ids).toEqual(['good.txt', 'inside.txt', 'longline.txt', 'non-english.txt', 'script.html', 'utf16.txt']);
  expect(result.graph.hasEdge('VISITED:person:antony-blinken->city:beijing:asserted')).toBe(true);
  expect(result.graph.hasEdge('VISITED:person:emmanuel-macron->city:lagos:asserted')).toBe(true);
  // scripts are not content
  expect(result.graph.someNode((_k, a) => a.name.includes('Evil'))).toBe(false);
  expect(result.graph.hasNode('person:olaf-scholz')).toBe(true);
}, 120_000);

test('10,000 tiny files build in one run', async () => {
  const many = path.join(dir, 'many');
  await fs.mkdir(many);
  await Promise.all(Array.from({ length: 10_000 }, (_, i) => fs.writeFile(path.join(many, `n${String(i).padStart(5, '0')}.txt`), i % 100 === 0 ? `Mayor Ann Lee${i} met Governor Bo Chen${i}.` : `Note ${i}.`)));
  const result = await buildGraph([many]);
  expect(result.results).toHaveLength(10_000);
  expect(result.failed).toEqual([]);
  expect(result.graph.filterEdges((_e, a) => a.type === 'MET_WITH').length).toBe(100);
}, 300_000);
