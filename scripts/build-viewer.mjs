// Bundles the viewer (viewer/src/main.ts + cytoscape + fcose) with esbuild into dist/viewer/, with its HTML and CSS, and its opening-layout code for Node.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'viewer');

/** Builds the viewer bundle; resolves to the output folder. */
export async function buildViewer() {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'viewer', 'src', 'main.ts')],
    bundle: true, minify: true, format: 'iife', target: 'es2020', platform: 'browser', sourcemap: false, legalComments: 'none',
    outfile: path.join(out, 'viewer.js'), logLevel: 'warning',
  });
  // the same code for Node: lays out the opening view once, for the server and the HTML export (src/view/first-view.ts)
  await build({
    entryPoints: [path.join(root, 'viewer', 'src', 'first-view-node.ts')],
    bundle: true, minify: true, format: 'esm', target: 'node20', platform: 'node', sourcemap: false, legalComments: 'none',
    outfile: path.join(out, 'first-view.mjs'), logLevel: 'warning',
  });
  await copyFile(path.join(root, 'viewer', 'index.html'), path.join(out, 'index.html'));
  await copyFile(path.join(root, 'viewer', 'viewer.css'), path.join(out, 'viewer.css'));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildViewer();
}
