// `npm run bench:viewer`: first render and pan/zoom of a synthetic 5,000-node / 20,000-edge graph in headless Chromium.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { writeGraphFile } from '../src/graph/io.js';
import { startViewerServer } from '../src/view/server.js';
import { viewerAssets } from '../src/view/assets.js';
import { launchChromium } from '../tests/viewer/browser.js';

const nodes = Number(process.argv[2] ?? 5000);
const edges = Number(process.argv[3] ?? 20000);
const screenshot = process.argv[4];
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-viewer-'));
await writeGraphFile(path.join(dir, 'graph.json'), syntheticGraph({ nodes, edges, seed: 2 }));
const server = await startViewerServer(dir, await viewerAssets());
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
// every node and edge drawn (#deg=0), then the default view (a large graph opens on its most connected part)
const open = async (hash: string): Promise<{ ms: number; renderMs: number; counts: string }> => {
  const t = Date.now();
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
  return { ms: Date.now() - t, renderMs: Number(await page.getAttribute('body', 'data-render-ms')), counts: (await page.textContent('#counts')) ?? '' };
};
const full = await open('#deg=0');
const firstRenderMs = full.ms;
const renderMs = full.renderMs;
await page.goto('about:blank');
const initial = await open('');
if (screenshot) await page.screenshot({ path: screenshot });
// pan and zoom: 30 steps, each awaited until the next animation frame; the median frame time says how it feels
const frames = await page.evaluate(async () => {
  const cy = (window as unknown as { newsgraph: { cy: { zoom(z?: number): number; panBy(p: { x: number; y: number }): void } } }).newsgraph.cy;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    if (i % 2 === 0) cy.panBy({ x: 15, y: 10 });
    else cy.zoom(cy.zoom() * (i % 4 === 1 ? 1.1 : 0.92));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
});
await browser.close();
await server.close();
await fs.rm(dir, { recursive: true, force: true });
const figures = { nodes, edges, firstRenderMs, layoutAndDrawMs: renderMs, defaultViewMs: initial.ms, defaultViewCounts: initial.counts, panZoomMedianFrameMs: +frames[15]!.toFixed(1), panZoomP90FrameMs: +frames[27]!.toFixed(1) };
process.stdout.write(`viewer with ${nodes} nodes / ${edges} edges: everything drawn in ${firstRenderMs} ms (page load to drawn; layout and draw ${renderMs} ms); default view (${initial.counts}) in ${initial.ms} ms; pan/zoom frame median ${figures.panZoomMedianFrameMs} ms, p90 ${figures.panZoomP90FrameMs} ms\n${JSON.stringify(figures)}\n`);
