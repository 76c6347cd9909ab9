// One self-contained HTML file: the viewer's code, styles, the graph and its opening layout inlined, with a hash-based CSP.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../model.js';
import { serializeGraph } from '../io.js';
import { writeFileAtomic } from '../../util/atomic.js';
import { firstViewLayout } from '../../view/first-view.js';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** JSON safe inside a <script> element: no "</script>", no "<!--". */
function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The standalone HTML page of a graph. */
export async function toHtml(graph: KnowledgeGraph): Promise<string> {
  const { viewerAssets } = await import('../../view/assets.js');
  const dir = await viewerAssets();
  const [page, script, css] = await Promise.all(['index.html', 'viewer.js', 'viewer.css'].map((f) => fs.readFile(path.join(dir, f), 'utf8')));
  const safeScript = script!.replace(/<\/script/gi, '<\\/script');
  const json = serializeGraph(graph);
  // the opening view laid out here, so the page opens without running a layout
  const opening = await firstViewLayout(JSON.parse(json) as unknown, dir);
  const csp = `default-src 'none'; script-src ${hash(safeScript)}; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'`;
  return page!
    .replace('<meta charset="utf-8">', () => `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace('<link rel="stylesheet" href="viewer.css">', () => `<style>${css}</style>`)
    // the data is inline: nothing to fetch (a file:// page may not fetch anyway)
    .replace(/<link rel="preload"[^>]*>\n?/g, '')
    .replace('<script src="viewer.js"></script>', () => `<script id="graph-data" type="application/json">${scriptSafeJson(json)}</script>\n`
      + (opening ? `<script id="first-view" type="application/json">${scriptSafeJson(JSON.stringify(opening))}</script>\n` : '') + `<script>${safeScript}</script>`);
}

/** Writes the standalone HTML page atomically. */
export async function writeHtml(graph: KnowledgeGraph, file: string): Promise<void> {
  await writeFileAtomic(file, await toHtml(graph));
}
