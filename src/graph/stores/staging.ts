// Staging files for the embedded store's COPY: one table's rows as a temporary delimited file, written fast and in chunks.
import { promises as fs } from 'node:fs';

/** Joins list elements in parameters and staging fields (never found in text: it is a C0 control character we strip). */
export const UNIT = '\u001f';

/** A value of a staging field: text, a number, a list of strings, or nothing. */
export type StagingValue = string | number | null | undefined | readonly string[];

/** A value as parameters and staging files carry it: a list joined by U+001F (its own U+001F made spaces), null as ''. */
export function carried(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 1 ? String(value[0]).replaceAll(UNIT, ' ') : value.map((x: string) => x.replaceAll(UNIT, ' ')).join(UNIT);
  return value === null ? '' : value;
}

/** Field separator of the unquoted staging format: a C0 control character that text in the graph does not hold. */
const FIELD = '\u001e';
/** Characters that force the quoted staging format when a value holds one. */
const NEEDS_QUOTING = /[\n\r\u001e\u0002]/;
/** Bytes gathered before each write. */
const CHUNK = 1 << 22;

/** Reader options of each staging format, for `LOAD WITH HEADERS … FROM '<file>' (<options>)`. */
const READER = {
  plain: `header=true, delim='${FIELD}', quote='\u0002', escape='\u0002', parallel=false`,
  quoted: 'header=true, parallel=false',
} as const;

/** The text of one staging field (see {@link carried}). */
function text(value: StagingValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value == null ? '' : (carried(value) as string);
}

/** Thrown inside {@link writeFormat} when a value cannot be written unquoted. */
class NeedsQuoting extends Error {}

/** Writes every row in one format; the unquoted one gives up (throws NeedsQuoting) on the first value it cannot hold. */
async function writeFormat(file: string, columns: readonly string[], rows: Iterable<readonly StagingValue[]>, quoted: boolean): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const handle = await fs.open(file, 'w');
  // a line goes into the buffer; the buffer is written out when the next line might not fit (UTF-8: ≤ 3 bytes a unit)
  const room = (line: string): boolean => used + line.length * 3 <= CHUNK;
  const flush = async (line: string): Promise<void> => {
    await handle.write(buffer, 0, used);
    used = 0;
    if (room(line)) used = buffer.write(line);
    else await handle.write(line);
  };
  try {
    const header = `${columns.join(quoted ? ',' : FIELD)}\n`;
    used = buffer.write(header);
    for (const row of rows) {
      let line = '';
      for (let i = 0; i < row.length; i++) {
        const field = text(row[i]);
        if (quoted) line += `${i > 0 ? ',' : ''}"${field.replaceAll('"', '""')}"`;
        else if (NEEDS_QUOTING.test(field)) throw new NeedsQuoting();
        else line += i > 0 ? FIELD + field : field;
      }
      line += '\n';
      if (room(line)) used += buffer.write(line, used);
      else await flush(line);
    }
    if (used > 0) await handle.write(buffer, 0, used);
  } finally {
    await handle.close();
  }
}

/**
 * Writes the staging file kuzu's COPY reads (internal, never shown to users) from rows in column order, into a reused
 * buffer so memory stays flat. Unquoted, U+001E-separated fields when no value holds a line break or a separator — kuzu
 * reads those about twice as fast; otherwise (the rows are read again) RFC 4180 quoting: every field quoted, quotes
 * doubled. Lists are joined by U+001F and null is written as ''.
 * @param rows called once per attempt: the rows, each with one value per column
 * @returns the reader options of the format written
 */
export async function writeStaging(file: string, columns: readonly string[], rows: () => Iterable<readonly StagingValue[]>): Promise<string> {
  try {
    await writeFormat(file, columns, rows(), false);
    return READER.plain;
  } catch (error) {
    if (!(error instanceof NeedsQuoting)) throw error;
  }
  await writeFormat(file, columns, rows(), true);
  return READER.quoted;
}
