// HTML to plain text: the article body (Readability) with scripts, styles and navigation dropped, blocks as lines.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

/** Text, title and date of an HTML article. */
export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BR', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TR', 'HEADER', 'FIGCAPTION', 'PRE', 'TD', 'UL', 'OL', 'TABLE', 'MAIN']);
const DROP = 'script,style,noscript,template,nav,footer,aside,form,iframe,svg,button,select';

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) parts.push('\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('').split('\n').map((l) => l.trim()).filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== '')).join('\n').trim();
}

/** Extracts an article's text from HTML. Falls back to the whole body when Readability finds no article. */
export function htmlToText(html: string): HtmlText {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const out: HtmlText = { text: '' };
  const meta = document.querySelector('meta[property="article:published_time"], meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"], time[datetime]');
  const stamp = meta?.getAttribute('content') ?? meta?.getAttribute('datetime');
  if (stamp && /^\d{4}-\d{2}-\d{2}/.test(stamp)) out.date = stamp.slice(0, 10);
  for (const el of [...document.querySelectorAll(DROP)]) el.remove();
  let article: { title?: string | null | undefined; content?: string | null | undefined } | null = null;
  try {
    article = new Readability(document.cloneNode(true) as unknown as Document).parse();
  } catch {
    article = null;
  }
  const title = article?.title ?? document.querySelector('title')?.textContent ?? undefined;
  if (title) out.title = title.trim();
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    out.text = blockText(inner.body as unknown as DomNode);
  }
  if (out.text.trim().length < 40) out.text = blockText((document.body ?? document) as unknown as DomNode);
  const heading = document.querySelector('h1')?.textContent?.trim();
  if (heading && !out.text.startsWith(heading)) out.text = `${heading}\n\n${out.text}`;
  return out;
}
