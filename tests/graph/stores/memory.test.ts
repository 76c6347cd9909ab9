// The contract suite on the in-memory store; it refuses Cypher with a typed error.
import { describeStore } from './contract.js';
import { MemoryStore } from '../../../src/graph/stores/memory.js';
import { QueryError } from '../../../src/errors.js';

describeStore('memory', async () => new MemoryStore(), { cypher: false });

test('the in-memory store refuses Cypher with a QueryError that names the alternative', async () => {
  await expect(new MemoryStore().query('MATCH (n) RETURN n')).rejects.toThrow(QueryError);
});
