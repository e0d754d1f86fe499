/**
 * Completing dates with what the rest of the page says: a year for "April 17"
 * from the page date, and the day/month order of "03/09/2015" from the other
 * dates on the page.
 */
import type { DateMatch } from './date-match.js';
import { swapped, validDay } from './date-match.js';

/** A full date to complete others from. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// A yearless date more than this many days after the page date belongs to the year before
// ("December 28" on a page of 3 January).
const MAX_DAYS_AHEAD = 62;

/** `d` with its year taken from `ref`: the same year, or the year before when that would put it well after `ref`. */
export function withYearFrom(d: DateMatch, ref: DateParts): DateMatch {
  if (d.year !== null || d.month === null) return d;
  const day = d.day ?? 1;
  let year = ref.year;
  const ahead = (Date.UTC(year, d.month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86_400_000;
  if (ahead > MAX_DAYS_AHEAD) year -= 1;
  if (d.day !== null && !validDay(year, d.month, d.day)) return d;
  return { ...d, year };
}

/**
 * Which way to read numeric dates on a page: an unambiguous numeric date
 * decides; otherwise the page's word-month dates do (US "April 19, 2012" →
 * month first; "19 April 2012" → day first); day first when nothing says.
 */
export function numericOrder(all: readonly DateMatch[]): 'dmy' | 'mdy' {
  let dmy = 0;
  let mdy = 0;
  for (const d of all) {
    if (d.style === 'numeric-dmy' && !d.swappable) dmy += 10;
    else if (d.style === 'numeric-mdy') mdy += 10;
    else if (d.style === 'dmy') dmy += 1;
    else if (d.style === 'mdy') mdy += 1;
  }
  return mdy > dmy ? 'mdy' : 'dmy';
}

/** `d` read in the page's numeric order, and when a reading equals another full date on the page, that reading. */
export function inPageOrder(d: DateMatch, all: readonly DateMatch[]): DateMatch {
  if (!d.swappable) return d;
  const alt = swapped(d);
  const same = (x: DateMatch, y: DateMatch) => x !== y && x.year === y.year && x.month === y.month && x.day === y.day;
  const confirms = (c: DateMatch) => all.some((o) => o.style !== 'numeric-dmy' && o.style !== 'numeric-mdy' && same(c, o));
  if (confirms(d)) return d;
  if (confirms(alt)) return alt;
  const want = numericOrder(all) === 'mdy' ? 'numeric-mdy' : 'numeric-dmy';
  return d.style === want ? d : alt;
}
