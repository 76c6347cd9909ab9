// Neo4j: the contract suite when NEO4J_URI is set; without a server, the statements, rows and error mapping.
import { describeStore } from './contract.js';
import { Neo4jStore, NEO4J_CONSTRAINTS, NEO4J_STATEMENTS, mapNeo4jError, neo4jConnectionFrom } from '../../../src/graph/stores/neo4j.js';
import { safeLabel, storeRows, batches } from '../../../src/graph/stores/rows.js';
import { contractGraph, HOSTILE_NAMES } from './contract.js';
import { QueryError, StoreConnectionError } from '../../../src/errors.js';

const connection = neo4jConnectionFrom({});
if (connection) {
  describeStore('neo4j', async () => {
    const store = await Neo4jStore.connect(connection);
    await store.query('MATCH (n) DETACH DELETE n');
    return store;
  }, { cypher: true });
} else {
  process.stderr.write('neo4j.test: NEO4J_URI is not set — the Neo4j contract suite is skipped (no server on this machine)\n');
  test.skip('Neo4j contract suite (set NEO4J_URI to run it)', () => undefined);
}

describe('Neo4j without a server', () => {
  test('connection settings come from flags, then NEO4J_* variables', () => {
    expect(neo4jConnectionFrom({}, {})).toBeNull();
    expect(neo4jConnectionFrom({}, { NEO4J_URI: 'bolt://h:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'news' })).toEqual({ uri: 'bolt://h:7687', user: 'u', password: 'p', database: 'news' });
    expect(neo4jConnectionFrom({ uri: 'neo4j://x' }, { NEO4J_URI: 'bolt://h' })?.uri).toBe('neo4j://x');
  });

  test('constraints come first and every statement takes its values from $rows only', () => {
    expect(NEO4J_CONSTRAINTS).toHaveLength(7);
    for (const c of NEO4J_CONSTRAINTS) expect(c).toMatch(/^CREATE CONSTRAINT \w+_id IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE$/);
    const statements = [NEO4J_STATEMENTS.node('Person'), NEO4J_STATEMENTS.article(), NEO4J_STATEMENTS.relation('MET_WITH', 'Person', 'Person'), NEO4J_STATEMENTS.mention('City')];
    for (const s of statements) {
      expect(s.startsWith('UNWIND $rows AS row MERGE') || s.startsWith('UNWIND $rows AS row MATCH')).toBe(true);
      expect(s).not.toMatch(/'/);
    }
  });

  test('labels and types outside the fixed lists are refused (no injection through labels)', () => {
    expect(() => safeLabel('Person')).not.toThrow();
    expect(() => safeLabel('Person) DETACH DELETE (n')).toThrow();
    expect(() => NEO4J_STATEMENTS.node('Villain')).toThrow();
  });

  test('rows carry hostile text as values, grouped by label and (type, from, to), in batches', () => {
    const rows = storeRows(contractGraph());
    expect(rows.nodes.get('Person')?.map((r) => r.name)).toContain(HOSTILE_NAMES.join(' | '));
    expect([...rows.relations.keys()].sort()).toEqual(['MET_WITH|Person|Person', 'REBUFFED|Person|Person', 'VISITED|Person|City']);
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  test('driver errors map to one clear line with a hint', () => {
    expect(mapNeo4jError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ServiceUnavailable' }), 'bolt://127.0.0.1:7687')).toBeInstanceOf(StoreConnectionError);
    expect(mapNeo4jError({ code: 'Neo.ClientError.Security.Unauthorized', message: 'bad creds' }, 'bolt://x').message).toMatch(/refused the credentials/);
    expect(mapNeo4jError({ code: 'Neo.ClientError.Database.DatabaseNotFound', message: 'nope' }, 'bolt://x', 'news').message).toMatch(/no database "news"/);
    expect(mapNeo4jError({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' }, 'bolt://x')).toBeInstanceOf(QueryError);
  });

  test('an unreachable server fails fast with a StoreConnectionError', async () => {
    await expect(Neo4jStore.connect({ uri: 'bolt://127.0.0.1:1' })).rejects.toThrow(/cannot reach Neo4j/);
  });
});
