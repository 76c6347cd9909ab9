// Reading input files into Documents: encoding checks, size limits, HTML and Markdown to text. Never throws for bad input.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Document } from '../types.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { findDocumentDate } from '../extract/dates.js';

export { ARTICLE_EXTENSIONS, expandInputs } from './files.js';

/** Options of reading. */
export interface ReadOptions {
  /** Files larger than this are skipped with a diagnostic. Default 10 MiB. */
  maxBytes?: number;
}

/** What reading one file gave: a document, or a diagnostic saying why not. */
export type ReadResult = { ok: true; doc: Document; diagnostics: Diagnostic[] } | { ok: false; diagnostic: Diagnostic };

/** Default largest file read, in bytes. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const fail = (doc: string, code: string, message: string, at?: Diagnostic['at']): ReadResult => ({
  ok: false,
  diagnostic: at ? { level: 'error', doc, code, message, at } : { level: 'error', doc, code, message },
});

/** Line and column (1-based) of a byte offset in a buffer. */
function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes file bytes as text: UTF-8 (BOM stripped) or UTF-16 with a BOM. Binary data and invalid UTF-8 give a diagnostic.
 * @param bytes - the file's content
 * @param id - the document id, for diagnostics
 */
export function decodeText(bytes: Uint8Array, id: string): { ok: true; text: string } | { ok: false; result: ReadResult } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { ok: true, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)) };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, result: fail(id, 'input/binary', `${id} looks binary (NUL bytes); skipped — pass text, Markdown or HTML articles`) };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = lineColumn(bytes, bad);
    return { ok: false, result: fail(id, 'input/not-utf8', `${id} is not UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}, line ${line}); skipped — convert it, e.g. iconv -f latin1 -t utf-8`, { offset: bad, line, column }) };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}

/**
 * Turns decoded file text into a Document, by its format (HTML, Markdown, plain text).
 * @param id - document id (the file name)
 * @param text - decoded text
 * @param format - file extension, with the dot
 * @param source - where it came from
 */
export function toDocument(id: string, text: string, format: string, source: string): Document {
  const ext = format.toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const html = htmlToText(text);
    const doc: Document = { id, text: html.text, source };
    const date = html.date ?? findDocumentDate(html.text);
    if (date) doc.date = date;
    if (html.title) doc.title = html.title;
    return doc;
  }
  if (ext === '.md' || ext === '.markdown') {
    const md = markdownToText(text);
    const doc: Document = { id, text: md.text, source };
    const date = md.date ?? findDocumentDate(md.text);
    if (date) doc.date = date;
    if (md.title) doc.title = md.title;
    return doc;
  }
  const normalized = text.replace(/\r\n?/g, '\n');
  const doc: Document = { id, text: normalized, source };
  const date = findDocumentDate(normalized);
  if (date) doc.date = date;
  const title = normalized.split('\n').find((l) => l.trim() !== '')?.trim();
  if (title && title.length < 300) doc.title = title;
  return doc;
}

/**
 * Reads one article file. Every failure (missing, unreadable, directory, too large, empty, binary, not UTF-8) is a
 * diagnostic naming the file and the reason, never an exception.
 * @param file - path to the file
 * @param options - limits
 */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const id = path.basename(file);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(file, 'input/not-found', `${file} does not exist — check the path`);
    if (code === 'ELOOP') return fail(file, 'input/symlink-loop', `${file} is a symbolic link loop; skipped`);
    return fail(file, 'input/unreadable', `${file} cannot be read (${code ?? (error as Error).message}); skipped`);
  }
  if (stat.isDirectory()) return fail(file, 'input/is-directory', `${file} is a directory, not an article; pass it as an input folder instead`);
  if (!stat.isFile()) return fail(file, 'input/not-a-file', `${file} is not a regular file; skipped`);
  if (stat.size > maxBytes) return fail(file, 'input/too-large', `${file} is ${(stat.size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit; skipped — split it or raise --max-bytes`);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(file, 'input/unreadable', `${file} cannot be read (${code ?? (error as Error).message}); skipped — check its permissions`);
  }
  const decoded = decodeText(bytes, file);
  if (!decoded.ok) return decoded.result;
  const doc = toDocument(id, decoded.text, path.extname(file), file);
  if (doc.text.trim() === '') return fail(file, 'input/empty', `${file} has no text; skipped`);
  return { ok: true, doc, diagnostics: [] };
}
