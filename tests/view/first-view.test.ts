// The opening view's layout in Node: the opening core's nodes exactly, the same every time, cached beside graph.json, served and exported.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { serializeGraph, writeGraphFile } from '../../src/graph/io.js';
import { cachedFirstViewLayout, firstViewLayout, LAYOUT_CACHE } from '../../src/view/first-view.js';
import { startViewerServer, CONTENT_SECURITY_POLICY } from '../../src/view/server.js';
import { viewerAssets } from '../../src/view/assets.js';
import { toHtml } from '../../src/graph/export/html.js';
import { modelFromGraphJson } from '../../viewer/src/model.js';
import { degrees, visibleElements } from '../../viewer/src/filters.js';
import { openingState } from '../../viewer/src/first-view.js';
import { labelBox, separateLabels, type LabelledNode } from '../../viewer/src/label-room.js';

// more nodes than LARGE (1,000): the graph opens on its core
const graphJson = JSON.parse(serializeGraph(syntheticGraph({ nodes: 1500, edges: 5000, seed: 11 }))) as unknown;
let assets: string;
let dir: string;
let layoutOnce: ReturnType<typeof firstViewLayout> | undefined;
/** The layout of `graphJson`, computed once for the tests that compare with it. */
const expectedLayout = (): ReturnType<typeof firstViewLayout> => (layoutOnce ??= firstViewLayout(graphJson, assets));
beforeAll(async () => {
  assets = await viewerAssets();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-first-view-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('places exactly the nodes of the view the page opens on, the same way every time', async () => {
  const layout = await expectedLayout();
  const model = modelFromGraphJson(graphJson);
  const degreeOf = degrees(model);
  const opening = visibleElements(model, openingState(model, degreeOf));
  expect(opening.nodes.size).toBeLessThan(model.nodes.length);
  expect(Object.keys(layout!.nodes).sort()).toEqual([...opening.nodes].sort());
  for (const [x, y] of Object.values(layout!.nodes)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  expect(await firstViewLayout(graphJson, assets)).toEqual(layout);
});

test('is cached beside graph.json under the hash of the graph and the layout code, and recomputed when the graph changes', async () => {
  const outdir = path.join(dir, 'cache');
  await writeGraphFile(path.join(outdir, 'graph.json'), syntheticGraph({ nodes: 1500, edges: 5000, seed: 11 }));
  const computed = await cachedFirstViewLayout(outdir, assets);
  const cache = JSON.parse(await fs.readFile(path.join(outdir, LAYOUT_CACHE), 'utf8')) as { key: string; layout: unknown };
  expect(cache.key).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(cache.layout)).toBe(computed);
  // a cache with the right key is used as it is
  await fs.writeFile(path.join(outdir, LAYOUT_CACHE), JSON.stringify({ key: cache.key, layout: { version: 1, nodes: { marker: [1, 2] } } }));
  expect(await cachedFirstViewLayout(outdir, assets)).toBe('{"version":1,"nodes":{"marker":[1,2]}}');
  // another graph: another key, laid out again
  await writeGraphFile(path.join(outdir, 'graph.json'), syntheticGraph({ nodes: 40, edges: 60, seed: 3 }));
  const other = JSON.parse((await cachedFirstViewLayout(outdir, assets))!) as { nodes: Record<string, unknown> };
  expect(other.nodes.marker).toBeUndefined();
  expect(Object.keys(other.nodes).length).toBeGreaterThan(0);
});

test('the server has the layout ready when it starts and serves it as /first-view.json', async () => {
  const outdir = path.join(dir, 'served');
  await writeGraphFile(path.join(outdir, 'graph.json'), syntheticGraph({ nodes: 1500, edges: 5000, seed: 11 }));
  const server = await startViewerServer(outdir, assets);
  try {
    await expect(fs.stat(path.join(outdir, LAYOUT_CACHE))).resolves.toBeTruthy();
    const response = await fetch(`${server.url}first-view.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.json()).toEqual(await expectedLayout());
  } finally {
    await server.close();
  }
});

test('the standalone HTML export inlines the same layout', async () => {
  const html = await toHtml(syntheticGraph({ nodes: 1500, edges: 5000, seed: 11 }));
  const inlined = /<script id="first-view" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  expect(JSON.parse(inlined!)).toEqual(await expectedLayout());
});

test('separateLabels moves overlapping names apart and leaves clear ones alone', () => {
  const node = (id: string, x: number, y: number): LabelledNode => ({ id, x, y, size: 20, fontSize: 14, label: 'Somebody Long' });
  const nodes = [node('a', 0, 0), node('b', 10, 5), node('c', 1000, 1000)];
  const moves = separateLabels(nodes);
  expect(moves.has('c')).toBe(false);
  const [a, b] = [{ ...nodes[0]!, ...moves.get('a') }, { ...nodes[1]!, ...moves.get('b') }].map(labelBox);
  expect(Math.min(a!.x1, b!.x1) <= Math.max(a!.x0, b!.x0) || Math.min(a!.y1, b!.y1) <= Math.max(a!.y0, b!.y0)).toBe(true);
});
