// The opening view's layout, computed once per graph in Node by the viewer's own code (dist/viewer/first-view.mjs) and cached beside graph.json.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../util/atomic.js';

/** Positions of the opening view's nodes (the viewer's `FirstView`). */
export interface FirstViewLayout {
  version: 1;
  nodes: Record<string, [number, number]>;
}

/** The bundled layout code, beside the page's bundle in the built viewer. */
export const LAYOUT_CODE = 'first-view.mjs';
/** The cache file written beside graph.json: `{ key, layout }`, `key` naming the graph and the layout code it came from. */
export const LAYOUT_CACHE = 'first-view.cache.json';

/**
 * Lays out the view a graph opens on, with the same filter, style and layout options as the page, from a fixed seed.
 * @param graph - the parsed graph.json
 * @param assets - the built viewer's folder (holds first-view.mjs)
 * @returns the positions, or null when the layout code is missing or fails (the page then lays the view out itself)
 */
export async function firstViewLayout(graph: unknown, assets: string): Promise<FirstViewLayout | null> {
  try {
    const mod = (await import(pathToFileURL(path.join(assets, LAYOUT_CODE)).href)) as { firstViewPositions: (data: unknown) => FirstViewLayout };
    return mod.firstViewPositions(graph);
  } catch {
    return null;
  }
}

/**
 * The opening layout of `outdir/graph.json` as JSON text: read from {@link LAYOUT_CACHE} when its key (SHA-256 of
 * graph.json and of the layout code) matches, else computed and written there (a read-only folder just skips the
 * cache).
 * @param outdir - the build folder holding graph.json
 * @param assets - the built viewer's folder (holds first-view.mjs)
 * @returns the layout's JSON, or null when there is no graph.json or no layout code
 */
export async function cachedFirstViewLayout(outdir: string, assets: string): Promise<string | null> {
  const graphFile = path.join(outdir, 'graph.json');
  const cacheFile = path.join(outdir, LAYOUT_CACHE);
  const [graph, code] = await Promise.all([fs.readFile(graphFile).catch(() => null), fs.readFile(path.join(assets, LAYOUT_CODE)).catch(() => null)]);
  if (!graph || !code) return null;
  const key = createHash('sha256').update(graph).update('\0').update(code).digest('hex');
  const cached = await fs.readFile(cacheFile, 'utf8').then((text) => JSON.parse(text) as { key?: unknown; layout?: unknown }, () => null);
  if (cached?.key === key && typeof cached.layout === 'object' && cached.layout !== null) return JSON.stringify(cached.layout);
  let parsed: unknown;
  try {
    parsed = JSON.parse(graph.toString('utf8'));
  } catch {
    return null;
  }
  const layout = await firstViewLayout(parsed, assets);
  if (!layout) return null;
  await writeFileAtomic(cacheFile, JSON.stringify({ key, layout })).catch(() => undefined);
  return JSON.stringify(layout);
}
