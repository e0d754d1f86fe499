/**
 * How much of a line its dates take up: a line that is nearly all date and
 * time ("Monday, 03 November 2014 15:12", "June 15, 2011 at 8:03 am") is a
 * date line, whatever language it is in.
 */
import type { DateMatch } from './date-match.js';
import { findDates } from './find-dates.js';
import type { FindDatesOptions } from './find-dates.js';

const FILLER_RE = /[\s\p{P}\p{S}]/gu;

/** Share (0–1) of the line's letters and digits that lie inside dates; 0 for lines longer than `maxChars`. */
export function dateCoverage(text: string, dates: readonly DateMatch[] = findDates(text), maxChars = 200): number {
  if (text.length > maxChars || dates.length === 0) return 0;
  let inside = 0;
  for (const d of dates) inside += text.slice(d.start, d.end).replace(FILLER_RE, '').length;
  const total = text.replace(FILLER_RE, '').length;
  return total === 0 ? 0 : inside / total;
}

/** The first date in `text`, or null. */
export function firstDate(text: string, options?: FindDatesOptions): DateMatch | null {
  return findDates(text, options)[0] ?? null;
}
