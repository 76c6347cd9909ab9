// `newsgraph query "<cypher>"` on the embedded store (default) or Neo4j; `newsgraph load --neo4j` fills Neo4j.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { GraphStore, Row } from '../graph/store.js';

interface QueryOptions {
  graph: string;
  file?: string;
  param: string[];
  json?: boolean;
  csv?: boolean;
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** An aligned text table of rows (long cells cut at 80 characters). */
export function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((r) => columns.map((c) => {
    const t = cellText(r[c]).replace(/\s+/g, ' ');
    return t.length > 80 ? `${t.slice(0, 79)}…` : t;
  }));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

async function openStore(opts: QueryOptions): Promise<GraphStore> {
  const { neo4jConnectionFrom, Neo4jStore } = await import('../graph/stores/neo4j.js');
  const connection = neo4jConnectionFrom({ ...(opts.neo4j ? { uri: opts.neo4j } : {}), ...(opts.user ? { user: opts.user } : {}), ...(opts.password ? { password: opts.password } : {}), ...(opts.database ? { database: opts.database } : {}) }, opts.neo4j ? process.env : {});
  if (connection) return Neo4jStore.connect(connection);
  const { openEmbedded } = await import('../graph/stores/kuzu.js');
  return openEmbedded(path.resolve(opts.graph));
}

/** Registers `query` and `load`. */
export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run Cypher on the embedded database of a build (no server), or on Neo4j with --neo4j')
    .argument('[cypher]', 'the query (or use --file)')
    .option('-g, --graph <outdir>', 'the build folder holding graph.json', 'out')
    .option('-f, --file <query.cypher>', 'read the query from a file (its "// @param name = value" lines give defaults)')
    .option('-p, --param <name=value>', 'a query parameter (repeatable); values that parse as JSON are JSON', collect, [])
    .option('--json', 'print rows as JSON')
    .option('--csv', 'print rows as CSV')
    .option('--neo4j <uri>', 'run on Neo4j (also NEO4J_URI with --neo4j "")')
    .option('--user <user>', 'Neo4j user (NEO4J_USER)')
    .option('--password <password>', 'Neo4j password (NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (NEO4J_DATABASE)')
    .action(async (text: string | undefined, opts: QueryOptions) => {
      let cypher = text;
      const params: Record<string, unknown> = {};
      if (opts.file) {
        const { parseQueryFile } = await import('../graph/stores/query-file.js');
        const file = parseQueryFile(await fs.readFile(opts.file, 'utf8'));
        cypher = file.cypher;
        Object.assign(params, file.params);
      }
      if (!cypher) throw new UsageError('give a query or --file <query.cypher>');
      for (const p of opts.param) {
        const at = p.indexOf('=');
        if (at <= 0) throw new UsageError(`--param takes name=value, not "${p}"`);
        const raw = p.slice(at + 1);
        let value: unknown = raw;
        try {
          value = JSON.parse(raw);
        } catch {
          value = raw;
        }
        params[p.slice(0, at)] = value;
      }
      const store = await openStore(opts);
      try {
        const rows = await store.query(cypher, params);
        if (opts.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
        else if (opts.csv) {
          const { stringify } = await import('csv-stringify/sync');
          const columns = rows[0] ? Object.keys(rows[0]) : [];
          process.stdout.write(stringify(rows.map((r) => columns.map((c) => cellText(r[c]))), { header: true, columns }));
        } else process.stdout.write(`${formatTable(rows)}\n`);
      } finally {
        await store.close();
      }
    });

  program
    .command('load')
    .description('load a built graph into Neo4j (idempotent MERGE, batched, constraints first)')
    .option('-g, --graph <outdir>', 'the build folder holding graph.json', 'out')
    .option('--neo4j <uri>', 'bolt:// or neo4j:// URI (or NEO4J_URI)')
    .option('--user <user>', 'user (NEO4J_USER)')
    .option('--password <password>', 'password (NEO4J_PASSWORD)')
    .option('--database <name>', 'database (NEO4J_DATABASE)')
    .option('--batch-size <n>', 'rows per transaction', '5000')
    .action(async (opts: { graph: string; neo4j?: string; user?: string; password?: string; database?: string; batchSize: string }) => {
      const [{ neo4jConnectionFrom, Neo4jStore }, { readGraphFile }, { createProgress }] = await Promise.all([import('../graph/stores/neo4j.js'), import('../graph/io.js'), import('./output.js')]);
      const connection = neo4jConnectionFrom({ ...(opts.neo4j ? { uri: opts.neo4j } : {}), ...(opts.user ? { user: opts.user } : {}), ...(opts.password ? { password: opts.password } : {}), ...(opts.database ? { database: opts.database } : {}) });
      if (!connection) throw new UsageError('no Neo4j URI: pass --neo4j bolt://host:7687 or set NEO4J_URI');
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a whole number ≥ 1, not "${opts.batchSize}"`);
      const graph = await readGraphFile(path.join(opts.graph, 'graph.json'));
      const store = await Neo4jStore.connect(connection);
      const progress = createProgress({ quiet: false, label: 'load' });
      try {
        const report = await store.load(graph, { batchSize, onProgress: (done, total) => progress.update(done, total, 'rows') });
        progress.stop();
        const counts = await store.counts();
        process.stdout.write(`newsgraph: loaded ${report.nodes} entities, ${report.relationships} relations, ${report.articles} articles, ${report.mentions} mentions into ${connection.uri} in ${report.seconds.toFixed(2)} s; the database now holds ${counts.nodes} entities and ${counts.edges} relations\n`);
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
