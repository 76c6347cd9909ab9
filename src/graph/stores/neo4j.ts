// The Neo4j store: neo4j-driver, constraints first, batched UNWIND … MERGE in managed transactions, parameters only.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import type { GraphStore, LoadOptions, LoadReport, Row } from '../store.js';
import type { KnowledgeGraph } from '../model.js';
import { ENTITY_TYPES, RELATION_TYPES } from '../../types.js';
import { QueryError, StoreConnectionError } from '../../errors.js';
import { loadInBatches, safeLabel } from './rows.js';

/** Where and how to connect. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

/** The connection settings from flags, falling back to NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE. */
export function neo4jConnectionFrom(flags: Partial<Neo4jConnection>, env: NodeJS.ProcessEnv = process.env): Neo4jConnection | null {
  const uri = flags.uri ?? env.NEO4J_URI;
  if (!uri) return null;
  const out: Neo4jConnection = { uri };
  const user = flags.user ?? env.NEO4J_USER;
  const password = flags.password ?? env.NEO4J_PASSWORD;
  const database = flags.database ?? env.NEO4J_DATABASE;
  if (user) out.user = user;
  if (password) out.password = password;
  if (database) out.database = database;
  return out;
}

/** The schema statements, idempotent: a uniqueness constraint on `id` for every label. */
export const NEO4J_CONSTRAINTS: readonly string[] = [...ENTITY_TYPES, 'Article'].map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${safeLabel(label)}) REQUIRE n.id IS UNIQUE`,
);

/** The load statements, one per label or (type, from, to); every value is a parameter. */
export const NEO4J_STATEMENTS = {
  node: (label: string) => `UNWIND $rows AS row MERGE (n:${safeLabel(label)} {id: row.id}) SET n.name = row.name, n.aliases = row.aliases, n.roles = row.roles, n.mentions = row.mentions, n.docs = row.docs`,
  article: () => 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.date = row.date',
  relation: (type: string, from: string, to: string) => `UNWIND $rows AS row MATCH (a:${safeLabel(from)} {id: row.source}), (b:${safeLabel(to)} {id: row.target}) MERGE (a)-[r:${safeLabel(type)} {key: row.key}]->(b) SET r.status = row.status, r.date = row.date, r.place = row.place, r.confidence = row.confidence, r.evidence = row.evidence, r.evidence_count = row.evidence_count, r.docs = row.docs, r.rule_ids = row.rule_ids`,
  mention: (label: string) => `UNWIND $rows AS row MATCH (a:Article {id: row.article}), (n:${safeLabel(label)} {id: row.entity}) MERGE (a)-[:MENTIONS]->(n)`,
} as const;

/** Maps a driver error to a newsgraph error with one clear line and a hint. */
export function mapNeo4jError(error: unknown, uri: string, database?: string): Error {
  const e = error as { code?: string; message?: string };
  const code = e.code ?? '';
  const message = (e.message ?? String(error)).split('\n')[0] ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|getaddrinfo|Could not perform discovery/i.test(message)) {
    return new StoreConnectionError('store/unreachable', `cannot reach Neo4j at ${uri} (${message})`, { hint: 'check that the server runs and the URI (bolt:// or neo4j://) and port are right' });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreConnectionError('store/auth', `Neo4j at ${uri} refused the credentials (${message})`, { hint: 'check --user/--password or NEO4J_USER/NEO4J_PASSWORD' });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreConnectionError('store/database', `Neo4j at ${uri} has no database "${database ?? '(default)'}"`, { hint: 'create it, or pass --database / NEO4J_DATABASE' });
  }
  if (code.startsWith('Neo.ClientError.Statement')) return new QueryError(message, { cause: error });
  return new StoreConnectionError('store/neo4j', `Neo4j error: ${message}`, { cause: error });
}

const plain = (value: unknown): unknown => {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const v = value as { properties?: Record<string, unknown> };
    if (v.properties) return plain(v.properties);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, plain(x)]));
  }
  return value;
};

/** A GraphStore in a Neo4j database. */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';
  private constructor(private readonly driver: Driver, private readonly connection: Neo4jConnection) {}

  /** Connects and checks the server and credentials (one round trip). */
  static async connect(connection: Neo4jConnection): Promise<Neo4jStore> {
    const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password ?? '') : undefined;
    let driver: Driver;
    try {
      driver = neo4j.driver(connection.uri, auth, { disableLosslessIntegers: true, connectionTimeout: 10_000, maxTransactionRetryTime: 15_000 });
      await driver.verifyConnectivity(connection.database ? { database: connection.database } : {});
    } catch (error) {
      throw mapNeo4jError(error, connection.uri, connection.database);
    }
    return new Neo4jStore(driver, connection);
  }

  private session(): Session {
    return this.driver.session(this.connection.database ? { database: this.connection.database } : {});
  }

  private async write(statement: string, params: Record<string, unknown>): Promise<void> {
    const session = this.session();
    try {
      // a managed transaction: retried with backoff on transient errors; one batch commits whole or not at all
      await session.executeWrite((tx) => tx.run(statement, params));
    } catch (error) {
      throw mapNeo4jError(error, this.connection.uri, this.connection.database);
    } finally {
      await session.close();
    }
  }

  async load(graph: KnowledgeGraph, options: LoadOptions = {}): Promise<LoadReport> {
    for (const c of NEO4J_CONSTRAINTS) await this.write(c, {});
    return loadInBatches(graph, { ...NEO4J_STATEMENTS, run: (statement, rows) => this.write(statement, { rows }) }, options);
  }

  async query(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session();
    try {
      const result = await session.run(cypher, params);
      return result.records.map((r) => plain(r.toObject()) as Row);
    } catch (error) {
      throw mapNeo4jError(error, this.connection.uri, this.connection.database);
    } finally {
      await session.close();
    }
  }

  async counts(): Promise<{ nodes: number; edges: number }> {
    const [n] = await this.query(`MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS c`, { labels: [...ENTITY_TYPES] });
    const [e] = await this.query(`MATCH ()-[r:${RELATION_TYPES.join('|')}]->() RETURN count(r) AS c`);
    return { nodes: Number(n?.c ?? 0), edges: Number(e?.c ?? 0) };
  }

  async neighbours(key: string): Promise<string[]> {
    const rows = await this.query(`MATCH (a {id: $id})-[:${RELATION_TYPES.join('|')}]-(b) RETURN DISTINCT b.id AS id ORDER BY id`, { id: key });
    return rows.map((r) => String(r.id));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
