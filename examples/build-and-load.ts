// Example 2: build a folder of articles, query the embedded database, and load into Neo4j when NEO4J_URI is set.
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { buildGraph, writeGraphFile, openEmbedded, connectNeo4j } from 'newsgraph';

const folder = process.argv[2] ?? 'seeds';
const out = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-example-'));
const { graph, diagnostics } = await buildGraph([folder]);
await writeGraphFile(path.join(out, 'graph.json'), graph);
console.log(`${graph.order} entities, ${graph.size} relations, ${diagnostics.filter((d) => d.level === 'error').length} errors`);

const store = await openEmbedded(out);
const rows = await store.query("MATCH (a:Person)-[r:REBUFFED]->(b) RETURN a.name AS refuser, b.name AS refused");
console.log(rows);
await store.close();

if (process.env.NEO4J_URI) {
  const neo4j = await connectNeo4j({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  console.log(await neo4j.load(graph));
  await neo4j.close();
} else console.log('NEO4J_URI is not set: skipped the Neo4j load');
await fs.rm(out, { recursive: true, force: true });
