// The packed tarball installs into an empty project; `npx newsgraph build` works there and a consumer file type-checks.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { buildGraph } from '../src/build.js';
import { serializeGraph } from '../src/graph/io.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const sh = (cmd: string, args: string[], cwd: string): { status: number | null; out: string } => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 600_000, env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
};

test('graph.json of the seeds validates against docs/graph.schema.json', async () => {
  const schema = JSON.parse(await fs.readFile(path.join(ROOT, 'docs/graph.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const data = JSON.parse(serializeGraph((await buildGraph([path.join(ROOT, 'seeds')])).graph)) as unknown;
  expect(validate(data) ? [] : validate.errors).toEqual([]);
  expect(validate({ ...(data as object), attributes: { schemaVersion: 2, generator: 'x', documents: [] } })).toBe(false);
});

const packTest = process.env.NEWSGRAPH_SKIP_PACK_TEST ? test.skip : test;
packTest('npm pack → install in an empty folder → npx newsgraph build; a consumer file type-checks', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-pack-'));
  try {
    const pack = sh('npm', ['pack', '--pack-destination', dir, '--silent'], ROOT);
    expect({ status: pack.status, out: pack.status === 0 ? "" : pack.out.slice(-1500) }).toEqual({ status: 0, out: "" });
    const tarball = (await fs.readdir(dir)).find((f) => f.endsWith('.tgz'))!;
    const app = path.join(dir, 'app');
    await fs.mkdir(app);
    await fs.writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true, allowScripts: { kuzu: true, esbuild: true } }));
    const install = sh('npm', ['install', '--no-audit', '--no-fund', path.join(dir, tarball)], app);
    expect({ status: install.status, out: install.status === 0 ? "" : install.out.slice(-1500) }).toEqual({ status: 0, out: "" });
    const build = sh('npx', ['--no-install', 'newsgraph', 'build', path.join(ROOT, 'seeds'), '-o', 'out'], app);
    expect(build.out).toMatch(/5 document\(s\) read/);
    expect(build.status).toBe(0);
    expect((await fs.readdir(path.join(app, 'out'))).sort()).toEqual(expect.arrayContaining(['graph.graphml', 'graph.json', 'summary.json']));
    await fs.writeFile(path.join(app, 'consumer.ts'), [
      "import { extract, buildGraph, toGraphML, type Relation, type KnowledgeGraph } from 'newsgraph';",
      "const r: Relation[] = extract('Antony Blinken met Wang Yi.', { docId: 'a.txt' }).relations;",
      "const g: KnowledgeGraph = (await buildGraph([{ id: 'a.txt', text: 'x' }])).graph;",
      'console.log(r.length, toGraphML(g).length);',
      '',
    ].join('\n'));
    const tsc = sh(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--typeRoots', path.join(ROOT, 'node_modules/@types'), '--types', 'node', 'consumer.ts'], app);
    expect(tsc.out.trim()).toBe('');
    expect(tsc.status).toBe(0);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 900_000);

test('the API reference generates from the TSDoc with no warning (TypeDoc, warnings as errors)', async () => {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-api-'));
  try {
    const r = sh(process.execPath, [path.join(ROOT, 'node_modules/typedoc/bin/typedoc'), '--tsconfig', 'tsconfig.build.json', '--out', out, '--readme', 'none', '--treatWarningsAsErrors', '--disableSources', 'src/index.ts'], ROOT);
    expect({ status: r.status, out: r.status === 0 ? '' : r.out.slice(-2000) }).toEqual({ status: 0, out: '' });
    expect((await fs.readdir(out))).toContain('index.html');
  } finally {
    await fs.rm(out, { recursive: true, force: true });
  }
}, 300_000);
