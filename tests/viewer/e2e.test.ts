// The viewer in a real browser (Debian Chromium via playwright-core): counts, search, evidence on click, filters, PNG, XSS.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../../src/build.js';
import { writeGraphFile } from '../../src/graph/io.js';
import { createGraph, mergeEntity, mergeRelation, type KnowledgeGraph } from '../../src/graph/model.js';
import { writeHtml } from '../../src/graph/export/html.js';
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

  test('clicking the Blinken–Qin Gang edge shows its evidence with the trigger highlighted', async () => {
    await open(server.url);
    const id = 'MET_WITH:person:antony-blinken->person:qin-gang:asserted';
    const point = await page.evaluate((edgeId) => {
      const ng = (window as unknown as { newsgraph: { cy: { getElementById(i: string): { midpoint(): { x: number; y: number } }; pan(): { x: number; y: number }; zoom(): number } } }).newsgraph;
      const m = ng.cy.getElementById(edgeId).midpoint();
      const box = document.getElementById('cy')!.getBoundingClientRect();
      return { x: box.left + m.x * ng.cy.zoom() + ng.cy.pan().x, y: box.top + m.y * ng.cy.zoom() + ng.cy.pan().y };
    }, id);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details .evidence li');
    await expect(page.locator('#details h2').textContent()).resolves.toMatch(/Antony Blinken — MET_WITH — Qin Gang|Qin Gang — MET_WITH — Antony Blinken/);
    const sentences = await page.locator('#details .sentence').allTextContents();
    expect(sentences.length).toBe(seeds.getEdgeAttribute(id, 'evidence').length);
    expect(sentences.join(' ')).toContain('Qin Gang');
    expect(await page.locator('#details mark').count()).toBeGreaterThan(0);
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
  });

  test('PNG export downloads a PNG image', async () => {
    await open(server.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = path.join(dir, 'view.png');
    await download.saveAs(file);
    const bytes = await fs.readFile(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  test('a hostile name renders literally and runs nothing; the standalone HTML opens from disk', async () => {
    const g = createGraph([{ id: 'x.txt', date: null, title: null, chars: 1, hash: 'h' }]);
    mergeEntity(g, { key: 'person:evil', name: XSS, type: 'Person', aliases: [XSS, '</script><script>alert(2)</script>'], roles: [], mentions: 1, docs: ['x.txt'] });
    mergeEntity(g, { key: 'person:ok', name: 'Plain Name', type: 'Person', aliases: ['Plain Name'], roles: [], mentions: 1, docs: ['x.txt'] });
    mergeRelation(g, { type: 'MET_WITH', source: 'person:evil', target: 'person:ok', status: 'asserted', when: null, where: null, confidence: 1, evidence: [{ doc: 'x.txt', sentence: `${XSS} met <b>Plain</b>`, start: 0, end: 40, ruleId: 'r' }] });
    const file = path.join(dir, 'evil.html');
    await writeHtml(g, file);
    await open(`file://${file}#sel=person%3Aevil`);
    await expect(page.locator('#details h2').textContent()).resolves.toBe(XSS);
    expect(await page.locator('#details img').count()).toBe(0);
    await page.fill('#search', 'img');
    await expect(page.locator('#search-results li strong').first().textContent()).resolves.toBe(XSS);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
