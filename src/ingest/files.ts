// Finding the article files of the inputs, and a manifest of their bytes for unchanged-corpus detection. No parsing here.
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/**
 * Expands inputs (files and folders) into the article files to read, sorted, each once. Folders are walked
 * recursively for .txt, .md and .html files; hidden entries are skipped; symlink loops are not followed twice.
 * Paths that do not exist are returned as they are, so that reading reports them.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  const seenDirs = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      files.add(dir);
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      files.add(dir);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => null);
        if (target?.isDirectory()) await walk(full);
        else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.add(full);
      } else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.add(full);
    }
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) await walk(input);
    else files.add(input);
  }
  return [...files].sort();
}

/** A digest of the inputs' bytes and of the pipeline: equal digests mean an equal graph. */
export async function inputsDigest(files: readonly string[], fingerprint: string, extra = ''): Promise<string> {
  const hash = createHash('sha256').update(`${fingerprint}\u0000${extra}\u0000`);
  // files are read 32 at a time (the order of the digest stays the order of `files`)
  for (let i = 0; i < files.length; i += 32) {
    const slice = files.slice(i, i + 32);
    const digests = await Promise.all(slice.map((file) => fs.readFile(file).then((bytes) => createHash('sha256').update(bytes).digest('hex'), () => 'missing')));
    slice.forEach((file, k) => hash.update(`${file}\u0000${digests[k]}`));
  }
  return hash.digest('hex');
}
