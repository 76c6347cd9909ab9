// Query files: Cypher text with `// @param name = default` lines in the header comment.

/** A parsed query file. */
export interface QueryFile {
  /** The header comment's first line. */
  title: string;
  cypher: string;
  /** Parameters with their default values. */
  params: Record<string, string>;
}

/** Parses a query file's text. */
export function parseQueryFile(text: string): QueryFile {
  const params: Record<string, string> = {};
  let title = '';
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (m) params[m[1]!] = m[2]!.trim();
    else if (/^\s*\/\//.test(line)) title ||= line.replace(/^\s*\/\/\s*/, '').trim();
    else body.push(line);
  }
  return { title, cypher: body.join('\n').trim().replace(/;\s*$/, ''), params };
}
