// Dates: the publication date of an article, and the date a relation happened, resolved with chrono-node.
import * as chrono from 'chrono-node';
import type { Sentence } from '../types.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats a chrono result at the precision the text gave: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function formatComponents(c: chrono.ParsedComponents, shiftYear = 0): string | null {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null) return null;
  const y = year + shiftYear;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  if (c.isCertain('month')) return `${y}-${pad(month ?? 1)}`;
  return `${y}`;
}

/** Parses an ISO date string `YYYY-MM-DD` into a Date at noon UTC (so time zones never move the day). */
function refDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/**
 * The date a relation happened, from the date expressions of its sentence, nearest to the trigger.
 * Relative expressions ("on Sunday", "last month", "in May") are resolved against the article's date; without one,
 * only expressions that name a year are used. Past events never land after the article's date.
 * @param text - the document text
 * @param sentence - the sentence of the relation
 * @param anchor - document offset of the trigger
 * @param docDate - the article's date (ISO), if known
 * @param past - whether the relation is reported as having happened
 */
export function resolveWhen(text: string, sentence: Sentence, anchor: number, docDate: string | undefined, past: boolean): string | null {
  const ref = docDate ? refDate(docDate) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(sentence.text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return null;
  }
  let best: { value: string; distance: number } | null = null;
  for (const r of results) {
    if (/^\d{1,2}(:\d{2})?$/.test(r.text.trim())) continue; // a bare number is not a date
    const explicitYear = /\b\d{4}\b/.test(r.text);
    if (!docDate && !explicitYear) continue;
    let shift = 0;
    if (docDate && past && !explicitYear && r.start.date().getTime() > ref.getTime() + 36 * 3600 * 1000) {
      // a past event: a month without a year is last year's ("in November", said in June); a weekday in the future is wrong
      if (r.start.isCertain('day') || r.start.isCertain('weekday')) continue;
      shift = -1;
    }
    const value = formatComponents(r.start, shift);
    if (!value) continue;
    const at = sentence.start + r.index;
    const distance = Math.abs(at - anchor);
    if (!best || distance < best.distance) best = { value, distance };
  }
  void text;
  return best?.value ?? null;
}

/** Lines that state when an article was published: "Published: Sun 18 Jun 2023", "Updated: June 19, 2023". */
const STAMP = /^\s*(published|updated|posted|first published|last updated|date)\s*(on)?\s*:?\s*(.+)$/im;

/**
 * Finds the article's publication date in its text: a "Published:/Updated:" line, else an ISO date in the first lines.
 * Returns `YYYY-MM-DD` or undefined.
 */
export function findDocumentDate(text: string): string | undefined {
  const candidates: string[] = [];
  const lines = text.split('\n');
  for (const line of lines) {
    const m = STAMP.exec(line);
    if (m?.[3] && /\d{4}/.test(m[3])) candidates.push(m[3]);
  }
  for (const line of lines.slice(0, 5)) if (/\b\d{4}-\d{2}-\d{2}\b/.test(line)) candidates.push(line);
  for (const candidate of candidates) {
    const parsed = chrono.en.parse(candidate, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 })[0];
    if (parsed && parsed.start.isCertain('year') && parsed.start.isCertain('day')) {
      const c = parsed.start;
      return `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    }
  }
  return undefined;
}
