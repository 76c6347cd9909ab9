// The contract suite on the embedded store (kuzu), plus its lifecycle: built on demand, reused, rebuilt when graph.json changes.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeStore, contractGraph } from './contract.js';
import { KuzuStore, ensureEmbeddedStore, openEmbedded } from '../../../src/graph/stores/kuzu.js';
import { writeGraphFile } from '../../../src/graph/io.js';
import { QueryError } from '../../../src/errors.js';
import { syntheticGraph } from '../../../src/graph/synthetic.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-kuzu-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});
let n = 0;
describeStore('embedded (kuzu)', async () => KuzuStore.open(path.join(dir, `db-${n++}`)), { cypher: true });

test('syntax errors are QueryErrors with the engine message and position', async () => {
  const store = await KuzuStore.open(path.join(dir, 'syntax'));
  try {
    const error = await store.query('MATCH (n:Person RETURN n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).message).toMatch(/Parser exception/);
    expect((error as QueryError).position).toEqual({ line: 1, column: 17 });
  } finally {
    await store.close();
  }
});

test('the embedded database is built from graph.json, reused while it is unchanged, rebuilt when it changes', async () => {
  const out = path.join(dir, 'build');
  await writeGraphFile(path.join(out, 'graph.json'), contractGraph());
  const file = await ensureEmbeddedStore(out);
  const first = (await fs.stat(file)).mtimeMs;
  await ensureEmbeddedStore(out);
  expect((await fs.stat(file)).mtimeMs).toBe(first);
  await writeGraphFile(path.join(out, 'graph.json'), syntheticGraph({ nodes: 30, edges: 40, seed: 5 }));
  await ensureEmbeddedStore(out);
  const store = await openEmbedded(out);
  try {
    expect((await store.counts()).nodes).toBe(30);
  } finally {
    await store.close();
  }
});

test('a fresh bulk load keeps every relation and mention, large tables and small ones alike', async () => {
  // ~1,500 people and a few dozen rows of each relation type: the relations must find endpoints loaded before them
  const graph = syntheticGraph({ nodes: 2000, edges: 400, seed: 7 });
  const store = await KuzuStore.open(path.join(dir, 'mixed'));
  try {
    const report = await store.load(graph);
    expect(await store.counts()).toEqual({ nodes: graph.order, edges: graph.size });
    const mentions = Number((await store.query('MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS c'))[0]?.c);
    expect(mentions).toBe(report.mentions);
    expect(report.mentions).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
});
