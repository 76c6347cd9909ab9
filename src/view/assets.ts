// Where the built viewer lives (dist/viewer), building it first when running from source.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.js';

/**
 * The folder with index.html, viewer.js and viewer.css; builds it with esbuild when it is missing (running from source).
 * @throws KgError (`view/not-built`) when it is neither built nor buildable
 */
export async function viewerAssets(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // compiled: dist/view → dist/viewer; from source: src/view → dist/viewer
  const candidates = [path.resolve(here, '../viewer'), path.resolve(here, '../../dist/viewer')];
  for (const dir of candidates) if (existsSync(path.join(dir, 'viewer.js'))) return dir;
  const script = path.resolve(here, '../../scripts/build-viewer.mjs');
  if (!existsSync(script)) throw new KgError('view/not-built', `the viewer is not built (no viewer.js in ${candidates.join(' or ')}) and ${script} is missing`, { hint: 'reinstall newsgraph, or run `npm run build:viewer` in its source tree' });
  const { buildViewer } = (await import(script)) as { buildViewer: () => Promise<string> };
  return buildViewer();
}
