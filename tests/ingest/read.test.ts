// Reading inputs: every kind of bad file gives one diagnostic naming the file and the reason; good files become Documents.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeText, expandInputs, readDocument, toDocument } from '../../src/ingest/read.js';
import { buildGraph } from '../../src/build.js';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-read-'));
});
afterAll(async () => {
  await fs.chmod(path.join(dir, 'locked.txt'), 0o644).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

const write = async (name: string, data: string | Uint8Array): Promise<string> => {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
  return file;
};

describe('readDocument diagnostics', () => {
  test('missing file', async () => {
    const r = await readDocument(path.join(dir, 'nope.txt'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.diagnostic).toMatchObject({ code: 'input/not-found', level: 'error' });
  });
  test('empty file', async () => {
    const r = await readDocument(await write('empty.txt', '  \n'));
    expect(!r.ok && r.diagnostic.code).toBe('input/empty');
  });
  test('binary file', async () => {
    const r = await readDocument(await write('blob.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1])));
    expect(!r.ok && r.diagnostic.code).toBe('input/binary');
  });
  test('invalid UTF-8 names the byte, offset and line', async () => {
    const r = await readDocument(await write('latin1.txt', Buffer.concat([Buffer.from('Caf\n'), Buffer.from([0x63, 0xe9, 0x20, 0x6f])])));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostic.code).toBe('input/not-utf8');
      expect(r.diagnostic.message).toMatch(/0xe9 at offset 5, line 2/);
      expect(r.diagnostic.at).toMatchObject({ offset: 5, line: 2 });
    }
  });
  test('file over the size limit', async () => {
    const r = await readDocument(await write('big.txt', 'x'.repeat(2048)), { maxBytes: 1024 });
    expect(!r.ok && r.diagnostic.code).toBe('input/too-large');
  });
  test('a directory passed as a file', async () => {
    await fs.mkdir(path.join(dir, 'folder.txt'), { recursive: true });
    const r = await readDocument(path.join(dir, 'folder.txt'));
    expect(!r.ok && r.diagnostic.code).toBe('input/is-directory');
  });
  test('unreadable file', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; the permission case cannot be made here
    const file = await write('locked.txt', 'text');
    await fs.chmod(file, 0o000);
    const r = await readDocument(file);
    expect(!r.ok && r.diagnostic.code).toBe('input/unreadable');
  });
});

describe('decoding and formats', () => {
  test('UTF-16 with a BOM and UTF-8 with a BOM decode', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hé', 'utf16le')]);
    expect(decodeText(le, 'x')).toEqual({ ok: true, text: 'Hé' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'x')).toEqual({ ok: true, text: 'A' });
  });
  test('HTML: scripts and styles dropped, paragraphs become lines, title and date kept', () => {
    const doc = toDocument('a.html', `<html><head><title>T</title><meta property="article:published_time" content="2024-05-02T10:00:00Z"><style>p{}</style></head>
      <body><nav>Home | World</nav><article><h1>Leaders meet</h1><p>President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.</p>
      <script>alert("x")</script><p>They discussed trade at length during the talks.</p></article></body></html>`, '.html', 'a.html');
    expect(doc.text).toContain('President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday.');
    expect(doc.text).not.toContain('alert');
    expect(doc.text).not.toContain('p{}');
    expect(doc.date).toBe('2024-05-02');
  });
  test('Markdown: front matter read, markup unwrapped', () => {
    const doc = toDocument('a.md', '---\ntitle: Talks\ndate: 2024-01-09\n---\n# Talks\n\n**Prime Minister** [Rishi Sunak](http://x) met *President* Joe Biden.\n', '.md', 'a.md');
    expect(doc.date).toBe('2024-01-09');
    expect(doc.text).toContain('Prime Minister Rishi Sunak met President Joe Biden.');
  });
  test('plain text: the date comes from a Published/Updated line', () => {
    expect(toDocument('a.txt', 'Headline\n\nBody.\n\nUpdated: June 19, 2023, 4:45 AM', '.txt', 'a.txt').date).toBe('2023-06-19');
  });
});

test('folders expand to sorted article files; other files are ignored', async () => {
  await write('tree/b.txt', 'B');
  await write('tree/sub/a.md', 'A');
  await write('tree/image.png', 'P');
  await write('tree/.hidden.txt', 'H');
  const files = await expandInputs([path.join(dir, 'tree')]);
  expect(files.map((f) => path.relative(dir, f))).toEqual(['tree/b.txt', 'tree/sub/a.md']);
});

test('a build goes on past bad documents and names each one', async () => {
  const good = await write('mix/good.txt', 'Secretary of State Antony Blinken arrived in Beijing on Sunday.');
  await write('mix/bad.txt', new Uint8Array([0xff, 0xfe, 0x00]).subarray(2));
  await write('mix/empty.txt', '');
  const result = await buildGraph([path.join(dir, 'mix'), path.join(dir, 'missing.txt')]);
  expect(result.failed.map((f) => path.basename(f)).sort()).toEqual(['bad.txt', 'empty.txt', 'missing.txt']);
  expect(result.diagnostics.filter((d) => d.level === 'error')).toHaveLength(3);
  expect(result.graph.hasNode('city:beijing')).toBe(true);
  expect(result.results.map((r) => r.doc.id)).toEqual([path.basename(good)]);
});
