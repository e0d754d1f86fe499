/**
 * Turns the date strings pages carry (`2011-06-15T09:12:00+03:00`,
 * `2016/11/09`, `20161109`, `Tue, 19 Nov 2019 10:00:00 GMT`) into
 * `YYYY-MM-DD`. An ISO timestamp keeps the calendar date it was written
 * with, not the UTC date, since that is the date the publisher meant.
 * @module
 */

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/;
const SLASHED = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\d)/;
const MIN_YEAR = 1990;

/** The calendar date of a date string as YYYY-MM-DD, or undefined when it is not a plausible date. */
export function isoDate(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const m = ISO.exec(value) ?? SLASHED.exec(value) ?? COMPACT.exec(value);
  if (m !== null) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!/[a-z]/i.test(value) || !/\d{4}/.test(value)) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < MIN_YEAR || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
