// Atomic writes: readers see the old complete file or the new one, never a part, and no temp files are left behind.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic, writeStreamAtomic } from '../../src/util/atomic.js';
import { OutputError } from '../../src/errors.js';

test('a failing stream leaves the previous file whole and no temp file', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-atomic-'));
  const target = path.join(dir, 'graph.json');
  await writeFileAtomic(target, '{"old":true}');
  async function* broken(): AsyncGenerator<string> {
    yield '{"new":';
    throw new Error('disk on fire');
  }
  await expect(writeStreamAtomic(target, broken())).rejects.toThrow(OutputError);
  expect(await fs.readFile(target, 'utf8')).toBe('{"old":true}');
  expect(await fs.readdir(dir)).toEqual(['graph.json']);
  await writeStreamAtomic(target, ['{"new":', 'true}']);
  expect(await fs.readFile(target, 'utf8')).toBe('{"new":true}');
  await fs.rm(dir, { recursive: true, force: true });
});
