// The viewer in a real browser (Debian Chromium via playwright-core): counts, search, evidence on click, filters, PNG, XSS.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../../src/build.js';
import { writeGraphFile } from '../../src/graph/io.js';
import { createGraph, mergeEntity, mergeRelation, type KnowledgeGraph } from '../../src/graph/model.js';
import { writeHtml } from '../../src/graph/export/html.js';
import { syntheticGraph } from '../../src/graph/synthetic.js';
import { startViewerServer, type ViewerServer } from '../../src/view/server.js';
import { viewerAssets } from '../../src/view/assets.js';
import { hasChromium, launchChromium } from './browser.js';

const maybe = hasChromium() ? describe : describe.skip;
if (!hasChromium()) process.stderr.write('e2e: /usr/bin/chromium is missing (apt-get install chromium); browser tests skipped\n');

const XSS = '<img src=x onerror=alert(1)>';

maybe('viewer end to end in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let seeds: KnowledgeGraph;
  let server: ViewerServer;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-e2e-'));
    seeds = (await buildGraph([path.resolve(import.meta.dirname, '../../seeds')])).graph;
    await writeGraphFile(path.join(dir, 'seeds', 'graph.json'), seeds);
    server = await startViewerServer(path.join(dir, 'seeds'), await viewerAssets());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterEach(async () => {
    await page.close();
  });

  const open = async (url: string): Promise<void> => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  };
  /** Every shown node's position in Cytoscape. */
  const placedPositions = async (): Promise<Record<string, [number, number]>> =>
    page.evaluate(`Object.fromEntries(window.newsgraph.cy.nodes().map((n) => [n.id(), [n.position('x'), n.position('y')]]))`) as Promise<Record<string, [number, number]>>;
  const counts = async (): Promise<{ nodes: number; edges: number; totalNodes: number; totalEdges: number }> => {
    const el = page.locator('#counts');
    return {
      nodes: Number(await el.getAttribute('data-nodes')), edges: Number(await el.getAttribute('data-edges')),
      totalNodes: Number(await el.getAttribute('data-total-nodes')), totalEdges: Number(await el.getAttribute('data-total-edges')),
    };
  };

  test('loads the seeds graph with the node and edge counts of graph.json', async () => {
    await open(`${server.url}#deg=0`);
    expect(await counts()).toEqual({ nodes: seeds.order, edges: seeds.size, totalNodes: seeds.order, totalEdges: seeds.size });
    await page.screenshot({ path: path.join(dir, 'seeds.png') });
  });

  test('search "Blinken" finds Antony Blinken and focuses on his neighbourhood', async () => {
    await open(server.url);
    await page.fill('#search', 'Blinken');
    await expect(page.locator('#search-results li').first().textContent()).resolves.toContain('Antony Blinken');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => location.hash.includes('focus=person%3Aantony-blinken'));
    const c = await counts();
    expect(c.nodes).toBeLessThan(c.totalNodes);
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Antony Blinken');
  });

  /**
   * A point of the page where a click lands on the given edge: points along its drawn curve (quadratic or straight)
   * are tried until Cytoscape's own hit test names this edge, so overlapping edges and labels cannot steal the click.
   */
  const pointOnEdge = (edgeId: string): Promise<{ x: number; y: number } | null> => page.evaluate((id) => {
    type P = { x: number; y: number };
    const cy = (window as unknown as { newsgraph: { cy: import('cytoscape').Core } }).newsgraph.cy;
    const edge = cy.getElementById(id) as import('cytoscape').EdgeSingular;
    if (edge.empty()) return null;
    const pts: P[] = [edge.sourceEndpoint(), ...(edge.controlPoints() ?? []), edge.targetEndpoint()];
    const at = (t: number): P => {
      let q = pts;
      while (q.length > 1) q = q.slice(1).map((p, k) => ({ x: q[k]!.x + (p.x - q[k]!.x) * t, y: q[k]!.y + (p.y - q[k]!.y) * t }));
      return q[0]!;
    };
    const renderer = (cy as unknown as { renderer(): { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): { id(): string } | null } }).renderer();
    const box = cy.container()!.getBoundingClientRect();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.35, 0.65, 0.2, 0.8]) {
      const p = at(t);
      if (renderer.findNearestElement(p.x, p.y, true, false)?.id() === id) {
        return { x: box.left + p.x * cy.zoom() + cy.pan().x, y: box.top + p.y * cy.zoom() + cy.pan().y };
      }
    }
    return null;
  }, edgeId);

  test('search "Blinken", then click the Blinken–Qin Gang MET_WITH edge: every evidence sentence, trigger highlighted', async () => {
    const id = 'MET_WITH:person:antony-blinken->person:qin-gang:asserted';
    const evidence = seeds.getEdgeAttribute(id, 'evidence');
    await open(server.url);
    await page.fill('#search', 'Blinken');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => location.hash.includes('focus=person%3Aantony-blinken'));
    const point = await pointOnEdge(id);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(() => location.hash.includes('sel=MET_WITH'));
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Antony Blinken — MET_WITH — Qin Gang');
    const sentences = await page.locator('#details .sentence').allTextContents();
    expect(sentences).toEqual(evidence.map((e) => e.sentence));
    // each highlighted trigger is the sentence's text at trigger - sentence start
    const marks = await page.locator('#details .sentence mark').allTextContents();
    const expected = evidence.filter((e) => e.trigger).map((e) => e.sentence.slice(e.trigger!.start - e.start, e.trigger!.end - e.start));
    expect(expected.length).toBeGreaterThan(0);
    expect(marks).toEqual(expected);
    expect(await page.locator('#details .source').first().textContent()).toContain(evidence[0]!.doc);
  });

  test('a node shows its facts and relations; a relation opens from the keyboard', async () => {
    await open(`${server.url}#sel=person%3Aantony-blinken`);
    const facts = await page.locator('#details dl').textContent();
    const blinken = seeds.getNodeAttributes('person:antony-blinken');
    expect(facts).toContain(`Mentions${blinken.mentions}`);
    for (const alias of blinken.aliases) expect(facts).toContain(alias);
    for (const doc of blinken.docs) expect(facts).toContain(doc);
    expect(await page.locator('#details .relations li').count()).toBe(seeds.degree('person:antony-blinken'));
    await page.focus('#details .relations button[data-edge="MET_WITH:person:antony-blinken->person:qin-gang:asserted"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Antony Blinken — MET_WITH — Qin Gang');
    // "/" focuses the search box, arrows and Enter pick a result
    await page.locator('body').press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type('qin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Qin Gang');
  });

  test('a filter changes the counts, and the URL keeps it', async () => {
    await open(server.url);
    const before = await counts();
    await page.uncheck('input[data-filter="relation"][value="VISITED"]');
    const after = await counts();
    expect(after.edges).toBe(before.edges - seeds.filterEdges((_e, a) => a.type === 'VISITED').length);
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(await page.evaluate(() => location.hash)).toContain('rel=');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await counts()).toEqual(after);
    // a pasted hash is a new view
    await page.evaluate(() => {
      location.hash = 'rel=VISITED&deg=0';
    });
    await page.waitForFunction(() => document.body.dataset.ready === 'true' && document.getElementById('counts')?.dataset.edges !== undefined && location.hash === '#rel=VISITED&deg=0');
    await page.waitForFunction((n) => document.getElementById('counts')?.dataset.edges === String(n), seeds.filterEdges((_e, a) => a.type === 'VISITED').length);
    expect(await page.isChecked('input[data-filter="relation"][value="MET_WITH"]')).toBe(false);
  });

  test('PNG, SVG, GraphML and JSON of the current filtered view download', async () => {
    await open(`${server.url}#rel=MET_WITH`);
    const c = await counts();
    const save = async (button: string): Promise<Buffer> => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const file = path.join(dir, `view-${button.slice(1)}`);
      await download.saveAs(file);
      return fs.readFile(file);
    };
    const png = await save('#export-png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(2000);
    const svg = (await save('#export-svg')).toString();
    expect(svg.match(/<(circle|polygon) /g)?.length).toBe(c.nodes);
    expect(svg.match(/<line /g)?.length).toBe(c.edges);
    const json = JSON.parse((await save('#export-json')).toString()) as { nodes: unknown[]; edges: Array<{ attributes: { type: string } }> };
    expect([json.nodes.length, json.edges.length]).toEqual([c.nodes, c.edges]);
    expect(json.edges.every((e) => e.attributes.type === 'MET_WITH')).toBe(true);
    const graphml = (await save('#export-graphml')).toString();
    expect(graphml.match(/<node /g)?.length).toBe(c.nodes);
    expect(graphml.match(/<edge /g)?.length).toBe(c.edges);
  });

  test('a hostile name renders literally and runs nothing; the standalone HTML opens from disk', async () => {
    const g = createGraph([{ id: 'x.txt', date: null, title: null, chars: 1, hash: 'h' }]);
    mergeEntity(g, { key: 'person:evil', name: XSS, type: 'Person', aliases: [XSS, '</script><script>alert(2)</script>'], roles: [], mentions: 1, docs: ['x.txt'] });
    mergeEntity(g, { key: 'person:ok', name: 'Plain Name', type: 'Person', aliases: ['Plain Name'], roles: [], mentions: 1, docs: ['x.txt'] });
    mergeRelation(g, { type: 'MET_WITH', source: 'person:evil', target: 'person:ok', status: 'asserted', when: null, where: null, confidence: 1, evidence: [{ doc: 'x.txt', sentence: `${XSS} met <b>Plain</b>`, start: 0, end: 40, ruleId: 'r' }] });
    const file = path.join(dir, 'evil.html');
    await writeHtml(g, file);
    // the file carries its opening layout, computed at export
    expect(await fs.readFile(file, 'utf8')).toMatch(/<script id="first-view" type="application\/json">\{"version":1,"nodes":\{"person:evil":\[/);
    await open(`file://${file}#sel=person%3Aevil`);
    // a selection keeps the opening view: its inlined positions are placed as they are
    const inlined = await page.evaluate(`JSON.parse(document.getElementById('first-view').textContent)`) as { nodes: Record<string, [number, number]> };
    expect(await placedPositions()).toEqual(inlined.nodes);
    await expect(page.locator('#details h2').textContent()).resolves.toBe(XSS);
    expect(await page.locator('#details img').count()).toBe(0);
    // the hostile sentence of its relation, opened from the node's relation list, is text too
    await page.click('#details .relations button');
    await expect(page.locator('#details .sentence').first().textContent()).resolves.toBe(`${XSS} met <b>Plain</b>`);
    expect(await page.locator('#details img, #details b').count()).toBe(0);
    await page.fill('#search', 'img');
    await expect(page.locator('#search-results li strong').first().textContent()).resolves.toBe(XSS);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });

  test('a large graph opens on its best-connected core; minimum degree 0 shows every node and edge', async () => {
    const big = syntheticGraph({ nodes: 1500, edges: 4000, seed: 7 });
    const bigDir = path.join(dir, 'big');
    await writeGraphFile(path.join(bigDir, 'graph.json'), big);
    const bigServer = await startViewerServer(bigDir, await viewerAssets());
    try {
      await open(bigServer.url);
      const first = await counts();
      // the opening view was laid out once by the server (first-view.json) and placed as it is, with no layout in the page
      const served = await (await fetch(`${bigServer.url}first-view.json`)).json() as { nodes: Record<string, [number, number]> };
      expect(await placedPositions()).toEqual(served.nodes);
      expect(first.totalNodes).toBe(big.order);
      expect(first.nodes).toBeLessThanOrEqual(150);
      expect(first.edges).toBeLessThanOrEqual(600);
      expect(first.nodes).toBeGreaterThan(10);
      // the same nodes in another layout are another view: laid out in the page, not placed
      await open(`${bigServer.url}#layout=fcose`);
      expect(await counts()).toEqual(first);
      const relaidOut = await placedPositions();
      expect(Object.entries(served.nodes).some(([id, [x, y]]) => Math.hypot(relaidOut[id]![0] - x, relaidOut[id]![1] - y) > 1)).toBe(true);
      await open(bigServer.url);
      // searching an entity the overview hides shows its neighbourhood anyway
      const leaf = big.findNode((n) => big.degree(n) === 1 && big.getNodeAttribute(n, 'type') === 'Person')!;
      await page.fill('#search', big.getNodeAttribute(leaf, 'name'));
      await page.press('#search', 'Enter');
      await page.waitForFunction(() => document.getElementById('counts')?.dataset.nodes === '2');
      await expect(page.locator('#details h2').textContent()).resolves.toBe(big.getNodeAttribute(leaf, 'name'));
      expect(await page.inputValue('#min-degree')).toBe('0');
      // leaving the focus goes back to the overview, not to all 1,500 nodes
      await page.press('#search', 'Escape');
      await page.waitForFunction((n) => document.getElementById('counts')?.dataset.nodes === String(n), first.nodes);
      expect(await counts()).toEqual(first);
      await page.fill('#min-degree', '0');
      await page.press('#min-degree', 'Enter');
      await page.waitForFunction((n) => document.getElementById('counts')?.dataset.nodes === String(n), big.order, { timeout: 60_000 });
      expect(await counts()).toEqual({ nodes: big.order, edges: big.size, totalNodes: big.order, totalEdges: big.size });
    } finally {
      await bigServer.close();
    }
  });
});
