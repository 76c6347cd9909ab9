// `npm run bench:export`: streaming GraphML export of a synthetic 100k-node / 300k-edge graph — wall time and RSS growth.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { writeGraphML } from '../src/graph/export/index.js';

const nodes = Number(process.argv[2] ?? 100_000);
const edges = Number(process.argv[3] ?? 300_000);
const graph = syntheticGraph({ nodes, edges, seed: 1 });
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-export-'));
const file = path.join(dir, 'graph.graphml');
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = process.hrtime.bigint();
await writeGraphML(graph, file);
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const size = (await fs.stat(file)).size;
await fs.rm(dir, { recursive: true, force: true });
const figures = { nodes: graph.order, edges: graph.size, seconds: +seconds.toFixed(2), megabytes: +(size / 1048576).toFixed(1), rssGrowthMb: Math.round((peak - rssBefore) / 1048576) };
const goals = `goals ≤ 10 s and ≤ 300 MB RSS growth: ${figures.seconds <= 10 ? 'time met' : 'TIME MISSED'}, ${figures.rssGrowthMb <= 300 ? 'memory met' : 'MEMORY MISSED'}`;
process.stdout.write(`GraphML export of ${figures.nodes} nodes / ${figures.edges} edges: ${figures.seconds} s, ${figures.megabytes} MB written, peak RSS growth ${figures.rssGrowthMb} MB (${goals})\n${JSON.stringify(figures)}\n`);
