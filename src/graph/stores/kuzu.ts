// The embedded store: kuzu (in process, no server), same schema and query text as Neo4j, rebuilt when graph.json changes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import os from 'node:os';
import kuzu from 'kuzu';
import type { Connection, Database, KuzuValue, QueryResult } from 'kuzu';
import type { GraphStore, LoadOptions, LoadReport, Row } from '../store.js';
import type { KnowledgeGraph } from '../model.js';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../../types.js';
import { QueryError, StoreConnectionError } from '../../errors.js';
import { entityRows, loadInBatches, relationRow, safeLabel } from './rows.js';
import { UNIT, carried, writeStaging, type StagingValue } from './staging.js';

const ENTITY_COLUMNS = 'id STRING, name STRING, aliases STRING[], roles STRING[], mentions INT64, docs STRING[], PRIMARY KEY(id)';
const RELATION_COLUMNS = 'key STRING, status STRING, date STRING, place STRING, confidence DOUBLE, evidence STRING, evidence_count INT64, docs STRING[], rule_ids STRING[]';
const PAIRS = ENTITY_TYPES.flatMap((from) => ENTITY_TYPES.map((to) => `FROM ${from} TO ${to}`)).join(', ');

/** The schema, idempotent: node tables per entity type and Article; relation tables for every (from, to) pair. */
export const KUZU_SCHEMA: readonly string[] = [
  ...ENTITY_TYPES.map((t) => `CREATE NODE TABLE IF NOT EXISTS ${t}(${ENTITY_COLUMNS})`),
  'CREATE NODE TABLE IF NOT EXISTS Article(id STRING, title STRING, date STRING, PRIMARY KEY(id))',
  ...RELATION_TYPES.map((t) => `CREATE REL TABLE IF NOT EXISTS ${t}(${PAIRS}, ${RELATION_COLUMNS})`),
  `CREATE REL TABLE IF NOT EXISTS MENTIONS(${ENTITY_TYPES.map((t) => `FROM Article TO ${t}`).join(', ')})`,
];

/** Turns engine values into plain JSON-able values (INT64 may come back as bigint). */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/**
 * kuzu infers a parameter's type from the first row, so a first row with an empty list leaves the column untyped and
 * later lists fail. Lists therefore travel as one string joined by U+001F and are split again in Cypher (`listOf`);
 * null strings travel as '' and come back as null (`textOf`).
 */
function typedRows(rows: ReadonlyArray<object>): Array<Record<string, unknown>> {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, carried(v)])));
}

/** Cypher that turns a joined string parameter back into a list (null for an empty list). */
const textOf = (expr: string): string => `CASE WHEN ${expr} = '' THEN CAST(NULL AS STRING) ELSE ${expr} END`;
const listOf = (expr: string): string => `CASE WHEN ${expr} = '' THEN NULL ELSE string_split(${expr}, '${UNIT}') END`;

/** How long one table of the last bulk load took: writing its staging file, then kuzu's COPY of it (milliseconds). */
export interface LoadPhase {
  table: string;
  rows: number;
  stageMs: number;
  copyMs: number;
}

/** The relation edges of a graph grouped by (type, from label, to label): one COPY each. */
function relationGroups(graph: KnowledgeGraph): Map<string, { type: RelationType; from: EntityType; to: EntityType; keys: string[] }> {
  const groups = new Map<string, { type: RelationType; from: EntityType; to: EntityType; keys: string[] }>();
  graph.forEachEdge((key, a, _source, _target, sa, ta) => {
    const group = `${a.type}|${sa.type}|${ta.type}`;
    let entry = groups.get(group);
    if (!entry) groups.set(group, (entry = { type: a.type, from: sa.type, to: ta.type, keys: [] }));
    entry.keys.push(key);
  });
  return groups;
}

/** The staging values of some relation edges, built one at a time (no row kept) from the rows shared with Neo4j. */
function* relationValues(graph: KnowledgeGraph, keys: readonly string[]): Iterable<readonly StagingValue[]> {
  for (const key of keys) {
    const r = relationRow(key, graph.getEdgeAttributes(key), graph.source(key), graph.target(key));
    yield [r.source, r.target, r.key, r.status, r.date, r.place, r.confidence, r.evidence, r.evidence_count, r.docs, r.rule_ids];
  }
}

/** A kuzu error as a QueryError with the engine's message and position. */
export function toQueryError(error: unknown): QueryError {
  const message = (error as Error).message ?? String(error);
  const at = /line: (\d+), offset: (\d+)/.exec(message);
  const first = message.split('\n')[0] ?? message;
  return new QueryError(at ? `${first}` : first, at ? { position: { line: Number(at[1]), column: Number(at[2]) + 1 } } : {});
}

/** The embedded store over one kuzu database. */
export class KuzuStore implements GraphStore {
  readonly name = 'embedded';
  private phases: LoadPhase[] = [];
  private constructor(private readonly db: Database, private readonly conn: Connection) {}

  /** Per-table timings of the last bulk load of this store (empty before one, or after a load by MERGE): for benchmarks. */
  get lastLoadPhases(): readonly LoadPhase[] {
    return this.phases;
  }

  /** Opens (or creates) a database at `file` (":memory:" for an in-memory one) and makes sure the schema exists. */
  static async open(file: string, options: { readOnly?: boolean } = {}): Promise<KuzuStore> {
    let db: Database;
    try {
      db = new kuzu.Database(file, 0, true, options.readOnly === true);
      await db.init();
    } catch (cause) {
      throw new StoreConnectionError('store/open', `cannot open the embedded database ${file} (${(cause as Error).message})`, { hint: 'delete it; it is rebuilt from graph.json', cause });
    }
    const store = new KuzuStore(db, new kuzu.Connection(db));
    if (!options.readOnly) for (const ddl of KUZU_SCHEMA) await store.run(ddl);
    return store;
  }

  private async run(cypher: string, params?: Record<string, unknown>): Promise<Row[]> {
    let result: QueryResult | QueryResult[];
    try {
      if (params && Object.keys(params).length > 0) {
        const prepared = await this.conn.prepare(cypher);
        if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
        result = await this.conn.execute(prepared, params as Record<string, KuzuValue>);
      } else result = await this.conn.query(cypher);
    } catch (error) {
      throw toQueryError(error);
    }
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    if (!last) return [];
    const rows = await last.getAll();
    if (Array.isArray(result)) for (const r of result) r.close();
    else last.close();
    return rows.map((r) => plain(r) as Row);
  }

  /** Loads into an empty store with COPY (bulk, fast); into a non-empty one with batched MERGE (idempotent). */
  async load(graph: KnowledgeGraph, options: LoadOptions = {}): Promise<LoadReport> {
    const current = await this.counts();
    const articles = Number((await this.run('MATCH (a:Article) RETURN count(a) AS c'))[0]?.c ?? 0);
    if (current.nodes === 0 && current.edges === 0 && articles === 0) return this.copyLoad(graph, options);
    return this.mergeLoad(graph, options);
  }

  /**
   * Bulk load of an empty store: every table from a temporary staging file through `COPY … FROM (LOAD FROM …)`. Files
   * are written in table order by one task while another copies each as soon as it is written, so JS work (rows, text,
   * writes) runs on its own core while kuzu copies on its threads.
   */
  private async copyLoad(graph: KnowledgeGraph, options: LoadOptions): Promise<LoadReport> {
    const started = process.hrtime.bigint();
    const since = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;
    const rows = entityRows(graph);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-kuzu-'));
    const total = graph.order + graph.size + rows.articles.length;
    // one job per table (and per FROM/TO pair): the order matters (nodes and articles before the relations between them)
    interface Job { name: string; count: number; rows: () => Iterable<readonly StagingValue[]>; columns: string[]; target: string; returns: string; pair?: [string, string] }
    const jobs: Job[] = [];
    for (const [label, list] of rows.nodes) {
      jobs.push({ name: `node-${label}`, count: list.length, rows: () => list.map((r) => [r.id, r.name, r.aliases, r.roles, r.mentions, r.docs]),
        columns: ['id', 'name', 'aliases', 'roles', 'mentions', 'docs'], target: safeLabel(label),
        returns: `id, name, ${listOf('aliases')}, ${listOf('roles')}, CAST(mentions AS INT64), ${listOf('docs')}` });
    }
    jobs.push({ name: 'articles', count: rows.articles.length, rows: () => rows.articles.map((r) => [r.id, r.title, r.date]),
      columns: ['id', 'title', 'date'], target: 'Article', returns: `id, ${textOf('title')}, ${textOf('date')}` });
    for (const [group, entry] of relationGroups(graph)) {
      jobs.push({ name: `rel-${group.replaceAll('|', '-')}`, count: entry.keys.length, rows: () => relationValues(graph, entry.keys),
        columns: ['source', 'target', 'key', 'status', 'date', 'place', 'confidence', 'evidence', 'evidence_count', 'docs', 'rule_ids'],
        target: safeLabel(entry.type), pair: [safeLabel(entry.from), safeLabel(entry.to)],
        returns: `source, target, key, status, ${textOf('date')}, ${textOf('place')}, CAST(confidence AS DOUBLE), evidence, CAST(evidence_count AS INT64), ${listOf('docs')}, ${listOf('rule_ids')}` });
    }
    let mentions = 0;
    for (const [label, list] of rows.mentions) {
      jobs.push({ name: `mentions-${label}`, count: list.length, rows: () => list.map((r) => [r.article, r.entity]), columns: ['article', 'entity'],
        target: 'MENTIONS', returns: 'article, entity', pair: ['Article', safeLabel(label)] });
      mentions += list.length;
    }
    const todo = jobs.filter((j) => j.count > 0);
    const fileOf = (job: Job): string => path.join(dir, `${job.name}.csv`);
    const phases: LoadPhase[] = todo.map((j) => ({ table: j.name, rows: j.count, stageMs: 0, copyMs: 0 }));
    let stopped = false;
    // the writer: every staging file in order, each settled as soon as it is written (stops early after a failed COPY)
    let previous: Promise<unknown> = Promise.resolve();
    const staged = todo.map((job, i) => {
      const next = previous.then(async () => {
        if (stopped) throw new Error('newsgraph/stores: load stopped');
        const t = process.hrtime.bigint();
        const reader = await writeStaging(fileOf(job), job.columns, job.rows);
        phases[i]!.stageMs = since(t);
        return reader;
      });
      next.catch(() => undefined); // awaited below, or dropped after a failed COPY
      previous = next;
      return next;
    });
    let done = 0;
    try {
      for (let i = 0; i < todo.length; i++) {
        const job = todo[i]!;
        const reader = await staged[i]!;
        // every column read as STRING (no type sniffing: "2023-05" must stay text); numbers are cast in RETURN
        const headers = job.columns.map((c) => `${c} STRING`).join(', ');
        const into = job.pair ? ` (from='${job.pair[0]}', to='${job.pair[1]}')` : '';
        const t = process.hrtime.bigint();
        await this.run(`COPY ${job.target} FROM (LOAD WITH HEADERS (${headers}) FROM '${fileOf(job).replaceAll("'", "\\'")}' (${reader}) RETURN ${job.returns})${into}`);
        phases[i]!.copyMs = since(t);
        await fs.rm(fileOf(job), { force: true });
        done += job.count;
        options.onProgress?.(done, total);
      }
    } finally {
      stopped = true;
      await previous.catch(() => undefined); // after a failed COPY a file may still be being written: let it settle
      await fs.rm(dir, { recursive: true, force: true });
    }
    this.phases = phases;
    return { nodes: graph.order, relationships: graph.size, articles: rows.articles.length, mentions, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  }

  private mergeLoad(graph: KnowledgeGraph, options: LoadOptions = {}): Promise<LoadReport> {
    return loadInBatches(graph, {
      node: (label) => `UNWIND $rows AS row MERGE (n:${safeLabel(label)} {id: row.id}) SET n.name = CAST(row.name AS STRING), n.aliases = ${listOf('row.aliases')}, n.roles = ${listOf('row.roles')}, n.mentions = CAST(row.mentions AS INT64), n.docs = ${listOf('row.docs')}`,
      article: () => `UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = ${textOf('row.title')}, a.date = ${textOf('row.date')}`,
      relation: (type, from, to) => `UNWIND $rows AS row MATCH (a:${safeLabel(from)} {id: row.source}), (b:${safeLabel(to)} {id: row.target}) MERGE (a)-[r:${safeLabel(type)} {key: row.key}]->(b) SET r.status = CAST(row.status AS STRING), r.date = ${textOf('row.date')}, r.place = ${textOf('row.place')}, r.confidence = CAST(row.confidence AS DOUBLE), r.evidence = CAST(row.evidence AS STRING), r.evidence_count = CAST(row.evidence_count AS INT64), r.docs = ${listOf('row.docs')}, r.rule_ids = ${listOf('row.rule_ids')}`,
      mention: (label) => `UNWIND $rows AS row MATCH (a:Article {id: row.article}), (n:${safeLabel(label)} {id: row.entity}) MERGE (a)-[:MENTIONS]->(n)`,
      run: async (statement, batch) => void (await this.run(statement, { rows: typedRows(batch) })),
    }, options);
  }

  query(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.run(cypher, params);
  }

  async counts(): Promise<{ nodes: number; edges: number }> {
    let nodes = 0;
    for (const t of ENTITY_TYPES) nodes += Number((await this.run(`MATCH (n:${t}) RETURN count(n) AS c`))[0]?.c ?? 0);
    const edges = Number((await this.run(`MATCH ()-[r:${RELATION_TYPES.join('|')}]->() RETURN count(r) AS c`))[0]?.c ?? 0);
    return { nodes, edges };
  }

  async neighbours(key: string): Promise<string[]> {
    const rows = await this.run(`MATCH (a)-[:${RELATION_TYPES.join('|')}]-(b) WHERE a.id = $id RETURN DISTINCT b.id AS id ORDER BY id`, { id: key });
    return rows.map((r) => String(r.id));
  }

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.close();
  }
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The embedded database of a build folder: `<outdir>/graph.kuzu`, built from `<outdir>/graph.json` when missing or when
 * graph.json changed since (its hash is kept in `graph.kuzu.json`). Built into a temporary file, then renamed.
 */
export async function ensureEmbeddedStore(outdir: string, graph?: KnowledgeGraph): Promise<string> {
  const file = path.join(outdir, 'graph.kuzu');
  const manifest = path.join(outdir, 'graph.kuzu.json');
  const text = await fs.readFile(path.join(outdir, 'graph.json'), 'utf8');
  const hash = sha(text);
  const known = await fs.readFile(manifest, 'utf8').then((t) => (JSON.parse(t) as { hash?: string }).hash).catch(() => undefined);
  if (known === hash && (await fs.stat(file).then(() => true, () => false))) return file;
  const temp = `${file}.tmp-${process.pid}`;
  await fs.rm(temp, { recursive: true, force: true });
  await fs.rm(`${temp}.wal`, { force: true });
  const source = graph ?? (await import('../io.js')).parseGraph(text, path.join(outdir, 'graph.json'));
  const store = await KuzuStore.open(temp);
  try {
    await store.load(source);
  } finally {
    await store.close();
  }
  await fs.rm(file, { recursive: true, force: true });
  await fs.rm(`${file}.wal`, { force: true });
  await fs.rename(temp, file);
  await fs.rm(`${temp}.wal`, { force: true });
  await fs.writeFile(manifest, JSON.stringify({ hash, builtAt: new Date().toISOString() }));
  return file;
}

/** Opens the embedded store of a build folder, building it first if needed. */
export async function openEmbedded(outdir: string): Promise<KuzuStore> {
  const file = await ensureEmbeddedStore(outdir);
  return KuzuStore.open(file);
}
