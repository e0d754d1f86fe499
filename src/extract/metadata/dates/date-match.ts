/**
 * The shape of a date found in text, and its ISO form.
 */

/** How the date was written: word month after the day, before the day, numeric, or month and year only. */
export type DateStyle = 'dmy' | 'mdy' | 'numeric-dmy' | 'numeric-mdy' | 'iso' | 'my' | 'y';

export interface DateMatch {
  /** Null when the text gives no year ("April 17"). */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly precision: 'day' | 'month' | 'year';
  readonly style: DateStyle;
  /** Offsets in the text the date was found in (weekday and time included). */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly hasWeekday: boolean;
  readonly hasTime: boolean;
  /** A numeric date whose day and month could be read the other way round (both ≤ 12). */
  readonly swappable: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD, YYYY-MM or YYYY; null when the year is unknown. */
export function isoOf(d: Pick<DateMatch, 'year' | 'month' | 'day' | 'precision'>): string | null {
  if (d.year === null) return null;
  if (d.precision === 'year' || d.month === null) return String(d.year);
  if (d.precision === 'month' || d.day === null) return `${d.year}-${pad(d.month)}`;
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** The same numeric date read with day and month swapped. */
export function swapped(d: DateMatch): DateMatch {
  if (!d.swappable || d.day === null || d.month === null) return d;
  const style: DateStyle = d.style === 'numeric-dmy' ? 'numeric-mdy' : 'numeric-dmy';
  return { ...d, day: d.month, month: d.day, style };
}

/** Whether day `d` exists in month `m` of year `y` (any year when null). */
export function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

/** Years a four-digit number may stand for in a statement archive. */
export const MIN_YEAR = 1700;
export const MAX_YEAR = 2199;
