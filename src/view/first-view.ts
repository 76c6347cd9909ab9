// The opening view's layout, computed once in Node by the viewer's own code (dist/viewer/first-view.mjs) for the page to place.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Positions of the opening view's nodes (the viewer's `FirstView`). */
export interface FirstViewLayout {
  version: 1;
  nodes: Record<string, [number, number]>;
}

/**
 * Lays out the view a graph opens on, with the same filter, style and layout options as the page.
 * @param graph - the parsed graph.json
 * @param assets - the built viewer's folder (holds first-view.mjs)
 * @returns the positions, or null when the layout code is missing or fails (the page then lays the view out itself)
 */
export async function firstViewLayout(graph: unknown, assets: string): Promise<FirstViewLayout | null> {
  try {
    const mod = (await import(pathToFileURL(path.join(assets, 'first-view.mjs')).href)) as { firstViewPositions: (data: unknown) => FirstViewLayout };
    return mod.firstViewPositions(graph);
  } catch {
    return null;
  }
}
