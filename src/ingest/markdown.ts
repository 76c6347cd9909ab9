// Markdown to plain text: front matter read for title and date, markup dropped, lines kept.

/** Text, title and date of a Markdown article. */
export interface MarkdownText {
  text: string;
  title?: string;
  date?: string;
}

/** Converts Markdown to the plain text the extractor reads (headings, emphasis, links and images unwrapped). */
export function markdownToText(source: string): MarkdownText {
  let body = source.replace(/\r\n?/g, '\n');
  const out: MarkdownText = { text: '' };
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    for (const line of (front[1] ?? '').split('\n')) {
      const m = /^(title|date)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
      if (m?.[1]?.toLowerCase() === 'title' && m[2]) out.title = m[2];
      if (m?.[1]?.toLowerCase() === 'date' && m[2] && /^\d{4}-\d{2}-\d{2}/.test(m[2])) out.date = m[2].slice(0, 10);
    }
    body = body.slice(front[0].length);
  }
  out.text = body
    .replace(/^```[\s\S]*?^```\s*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>]+>/g, '');
  if (!out.title) {
    const first = out.text.split('\n').find((l) => l.trim() !== '');
    if (first) out.title = first.trim();
  }
  return out;
}
