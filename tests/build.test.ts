// buildGraph: order independence, the incremental cache (hits, corrupt entries), abort.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildGraph, type InputDocument } from '../src/build.js';
import { serializeGraph } from '../src/graph/io.js';

const DOCS: InputDocument[] = [
  { id: 'a.txt', text: 'Secretary of State Antony Blinken arrived in Beijing on Sunday. Mr Blinken held talks with Foreign Minister Qin Gang.', date: '2023-06-18' },
  { id: 'b.txt', text: 'Blinken met Chinese leader Xi Jinping on Monday in Beijing.', date: '2023-06-19' },
  { id: 'c.txt', text: 'Defence Minister Li Shangfu rebuffed a request from US Defence Secretary Lloyd Austin for a meeting.' },
  { id: 'd.txt', text: 'President Emmanuel Macron will visit Lagos next week.' },
];

test('the graph does not depend on the order documents arrive in', async () => {
  const one = await buildGraph(DOCS);
  const two = await buildGraph([...DOCS].reverse());
  expect(serializeGraph(two.graph)).toBe(serializeGraph(one.graph));
  expect(one.graph.hasEdge('MET_WITH:person:antony-blinken->person:xi-jinping:asserted')).toBe(true);
});

test('an async iterable of documents builds the same graph', async () => {
  async function* stream(): AsyncGenerator<InputDocument> {
    for (const d of DOCS) yield d;
  }
  expect(serializeGraph((await buildGraph(stream())).graph)).toBe(serializeGraph((await buildGraph(DOCS)).graph));
});

test('the cache serves unchanged documents, and a corrupt entry is extracted again, never trusted', async () => {
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-cache-'));
  const first = await buildGraph(DOCS, { cacheDir });
  expect(first.cache).toEqual({ hits: 0, misses: 4 });
  const second = await buildGraph(DOCS, { cacheDir });
  expect(second.cache).toEqual({ hits: 4, misses: 0 });
  expect(serializeGraph(second.graph)).toBe(serializeGraph(first.graph));
  // corrupt one entry: flip its payload but keep the old checksum
  const [fingerprintDir] = await fs.readdir(cacheDir);
  const entries = await fs.readdir(path.join(cacheDir, fingerprintDir!));
  const victim = path.join(cacheDir, fingerprintDir!, entries[0]!);
  const entry = JSON.parse(await fs.readFile(victim, 'utf8')) as { checksum: string; payload: string };
  await fs.writeFile(victim, JSON.stringify({ checksum: entry.checksum, payload: entry.payload.replace('"asserted"', '"planned"') }));
  const third = await buildGraph(DOCS, { cacheDir });
  expect(third.cache).toEqual({ hits: 3, misses: 1 });
  expect(third.diagnostics.some((d) => d.code === 'cache/corrupt')).toBe(true);
  expect(serializeGraph(third.graph)).toBe(serializeGraph(first.graph));
  await fs.rm(cacheDir, { recursive: true, force: true });
});

test('an aborted build rejects with the reason', async () => {
  const controller = new AbortController();
  controller.abort(new Error('stop now'));
  await expect(buildGraph(DOCS, { signal: controller.signal })).rejects.toThrow('stop now');
});
