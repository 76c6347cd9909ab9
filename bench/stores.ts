// `npm run bench:stores`: embedded (kuzu) load rate and query latency on a synthetic 100k-node / 300k-edge graph.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { KuzuStore } from '../src/graph/stores/kuzu.js';

const nodes = Number(process.argv[2] ?? 100_000);
const edges = Number(process.argv[3] ?? 300_000);
const graph = syntheticGraph({ nodes, edges, seed: 1 });
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-kuzu-'));
const store = await KuzuStore.open(path.join(dir, 'graph.kuzu'));
const cpu = process.cpuUsage();
const report = await store.load(graph);
const { user, system } = process.cpuUsage(cpu);
// where the load went: per table, writing its staging file (overlaps the previous COPY) and kuzu's COPY of it
const phases = store.lastLoadPhases.map((p) => `${p.table.padEnd(30)} ${String(p.rows).padStart(7)} rows  stage ${p.stageMs.toFixed(0).padStart(5)} ms  copy ${p.copyMs.toFixed(0).padStart(5)} ms`);
const somebody = graph.findNode((_k, a) => a.type === 'Person' && graph.degree(_k) > 5) ?? graph.nodes()[0]!;
const name = graph.getNodeAttribute(somebody, 'name');
const queries: Array<[string, string, Record<string, unknown>]> = [
  ['who met X', "MATCH (p:Person {name: $name})-[r:MET_WITH]-(o:Person) WHERE r.status = 'asserted' RETURN o.name", { name }],
  ['most connected', 'MATCH (p:Person)-[r:MET_WITH|VISITED|REBUFFED|SPOKE_WITH]-(x) RETURN p.name, count(DISTINCT x.id) AS c ORDER BY c DESC LIMIT 10', {}],
  ['refusals', 'MATCH (a)-[r:REBUFFED]->(b) RETURN a.name, b.name LIMIT 100', {}],
  ['2-hop neighbourhood', 'MATCH (p:Person {name: $name})-[:MET_WITH*1..2]-(o:Person) RETURN count(DISTINCT o.id) AS c', { name }],
];
const latencies: Record<string, number> = {};
for (const [label, cypher, params] of queries) {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = process.hrtime.bigint();
    await store.query(cypher, params);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  latencies[label] = +times.sort((a, b) => a - b)[3]!.toFixed(1);
}
await store.close();
await fs.rm(dir, { recursive: true, force: true });
const figures = { nodes: graph.order, edges: graph.size, loadSeconds: +report.seconds.toFixed(2), loadCpuSeconds: +((user + system) / 1e6).toFixed(2), relationshipsPerSec: Math.round(graph.size / report.seconds), medianQueryMs: latencies };
if (process.argv.includes('--phases')) process.stdout.write(`${phases.join('\n')}\n`);
process.stdout.write(`embedded load of ${graph.order} nodes / ${graph.size} relationships: ${figures.loadSeconds} s (${figures.relationshipsPerSec} relationships/s; ${figures.loadCpuSeconds} s of CPU, JS and kuzu threads)\nmedian query latency (ms): ${JSON.stringify(latencies)}\n${JSON.stringify(figures)}\n`);
