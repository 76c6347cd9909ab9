// `npm run bench:viewer`: first render and pan/zoom of a synthetic 5,000-node / 20,000-edge graph in headless Chromium.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../src/build.js';
import { syntheticGraph } from '../src/graph/synthetic.js';
import { writeGraphFile } from '../src/graph/io.js';
import { startViewerServer } from '../src/view/server.js';
import { viewerAssets } from '../src/view/assets.js';
import { launchChromium } from '../tests/viewer/browser.js';

/** The goal: the first view of the large graph drawn within this many milliseconds of navigation. */
const GOAL_MS = 3000;
/** The viewer's marks: bundle evaluated, graph parsed, model built, filtered, added to Cytoscape, positioned, fitted, first frame, two frames. */
const PHASES = ['ng:script', 'ng:loaded', 'ng:ready-to-apply', 'ng:filtered', 'ng:synced', 'ng:positioned', 'ng:laid-out', 'ng:mounted', 'ng:rendered', 'ng:drawn'] as const;

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

/** Screenshots of the seeds graph (overview, and an edge's evidence) for the docs, at the size the bench uses. */
async function seedsScreenshots(browser: Browser, folder: string): Promise<void> {
  const seedsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-shots-'));
  await writeGraphFile(path.join(seedsDir, 'graph.json'), (await buildGraph([path.resolve(import.meta.dirname, '../seeds')])).graph);
  const server = await startViewerServer(seedsDir, await viewerAssets());
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    for (const [name, hash] of [['seeds', ''], ['seeds-evidence', '#focus=person%3Aantony-blinken&sel=MET_WITH%3Aperson%3Aantony-blinken-%3Eperson%3Aqin-gang%3Aasserted']] as const) {
      await page.goto('about:blank');
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.screenshot({ path: path.join(folder, `${name}.png`) });
    }
  } finally {
    await server.close();
    await fs.rm(seedsDir, { recursive: true, force: true });
  }
}

// usage: bench/viewer.ts [nodes] [edges] [--screenshots <folder>]
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshots = shotsAt >= 0 ? args.splice(shotsAt, 2)[1] : undefined;
const nodes = Number(args[0] ?? 5000);
const edges = Number(args[1] ?? 20000);
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-bench-viewer-'));
await writeGraphFile(path.join(dir, 'graph.json'), syntheticGraph({ nodes, edges, seed: 2 }));
const server = await startViewerServer(dir, await viewerAssets());
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  // cold: the browser's first page (its renderer starts, the 0.6 MB bundle is compiled); warm: the median of 3 reloads
  const first = await measure(page, server.url);
  const reloads = [await measure(page, server.url), await measure(page, server.url), await measure(page, server.url)].sort((a, b) => a.firstRenderMs - b.firstRenderMs);
  const warm = reloads[1]!;
  if (screenshots) {
    await page.keyboard.press('f');
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(screenshots, 'large.png') });
    await seedsScreenshots(browser, screenshots);
  }
  const everything = await measure(page, `${server.url}#deg=0`);
  const line = (label: string, f: ViewFigures): string => `${label} (${f.counts}): drawn ${f.firstRenderMs} ms after navigation `
    + `[${Object.entries(f.phasesMs).map(([k, v]) => `${k} ${v}`).join(', ')}]; pan/zoom frame median ${f.panZoomMedianFrameMs} ms, p90 ${f.panZoomP90FrameMs} ms`;
  process.stdout.write(`viewer, synthetic graph of ${nodes} nodes / ${edges} edges, headless Chromium, ${os.cpus().length} cores (load ${os.loadavg()[0]?.toFixed(1)})\n`);
  process.stdout.write(`${line('first view, cold', first)}\n${line('first view, warm', warm)}\n${line('everything (#deg=0)', everything)}\n`);
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  process.stdout.write(`goal: first view drawn within ${GOAL_MS} ms: cold ${met(first.firstRenderMs <= GOAL_MS)}, warm ${met(warm.firstRenderMs <= GOAL_MS)}; `
    + `pan/zoom median frame under 100 ms: ${met(first.panZoomMedianFrameMs < 100)}\n`);
  process.stdout.write(`${JSON.stringify({ nodes, edges, first, warm, everything })}\n`);
} finally {
  await browser.close();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}
