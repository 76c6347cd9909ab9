// `npm run bench:viewer`: first render and pan/zoom of a synthetic 5,000-node / 20,000-edge graph in headless Chromium.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { writeGraphFile } from '../src/graph/io.js';
import { startViewerServer } from '../src/view/server.js';
import { viewerAssets } from '../src/view/assets.js';
import { launchChromium } from '../tests/viewer/browser.js';

/** The goal: the first view of the large graph drawn within this many milliseconds of navigation. */
const GOAL_MS = 3000;
const PHASES = ['ng:loaded', 'ng:filtered', 'ng:synced', 'ng:laid-out', 'ng:mounted', 'ng:drawn'] as const;

/** Times of one view: navigation to each phase (performance marks set by the viewer), and pan/zoom frame times. */
interface ViewFigures {
  counts: string;
  phasesMs: Record<string, number>;
  firstRenderMs: number;
  panZoomMedianFrameMs: number;
  panZoomP90FrameMs: number;
}

async function measure(page: Page, url: string): Promise<ViewFigures> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
  const phasesMs = await page.evaluate((names) => Object.fromEntries(names.map((n) => [n.slice(3), Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN)])), [...PHASES]);
  // pan and zoom: 30 steps, each awaited until the next frame is drawn; the median frame time says how it feels
  const frames = await page.evaluate(`(async () => {
    const cy = window.newsgraph.cy;
    const times = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      if (i % 2 === 0) cy.panBy({ x: 15, y: 10 });
      else cy.zoom(cy.zoom() * (i % 4 === 1 ? 1.1 : 0.92));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  })()`) as number[];
  return {
    counts: (await page.textContent('#counts')) ?? '',
    phasesMs,
    firstRenderMs: phasesMs.drawn ?? NaN,
    panZoomMedianFrameMs: +(frames[15] ?? NaN).toFixed(1),
    panZoomP90FrameMs: +(frames[27] ?? NaN).toFixed(1),
  };
}

const nodes = Number(process.argv[2] ?? 5000);
const edges = Number(process.argv[3] ?? 20000);
const screenshot = process.argv[4];
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-viewer-'));
await writeGraphFile(path.join(dir, 'graph.json'), syntheticGraph({ nodes, edges, seed: 2 }));
const server = await startViewerServer(dir, await viewerAssets());
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const first = await measure(page, server.url);
  if (screenshot) {
    await page.evaluate('window.newsgraph.cy.fit(undefined, 30)');
    await page.screenshot({ path: screenshot });
  }
  const everything = await measure(page, `${server.url}#deg=0`);
  const line = (label: string, f: ViewFigures): string => `${label} (${f.counts}): drawn ${f.firstRenderMs} ms after navigation `
    + `[${Object.entries(f.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')}]; pan/zoom frame median ${f.panZoomMedianFrameMs} ms, p90 ${f.panZoomP90FrameMs} ms`;
  process.stdout.write(`viewer, synthetic graph of ${nodes} nodes / ${edges} edges, headless Chromium, ${os.cpus().length} cores (load ${os.loadavg()[0]?.toFixed(1)})\n`);
  process.stdout.write(`${line('first view', first)}\n${line('everything (#deg=0)', everything)}\n`);
  process.stdout.write(`goal: first view within ${GOAL_MS} ms: ${first.firstRenderMs <= GOAL_MS ? 'met' : 'NOT met'}; pan/zoom under 100 ms a frame: ${first.panZoomMedianFrameMs < 100 ? 'met' : 'NOT met'}\n`);
  process.stdout.write(`${JSON.stringify({ nodes, edges, first, everything })}\n`);
} finally {
  await browser.close();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}
