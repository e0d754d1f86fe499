/**
 * Small calendar helpers over partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD),
 * in UTC so that no time zone moves a day.
 */

/** A reference date split into parts; month and day are null when not given. */
export interface DateParts {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD; null for anything else. */
export function parseIsoDate(value: string | null): DateParts | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value) : null;
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Formats parts as the contract's partial date. */
export function formatDate(year: number, month?: number | null, day?: number | null): string {
  const y = String(year).padStart(4, '0');
  if (!month) return y;
  const m = String(month).padStart(2, '0');
  return day ? `${y}-${m}-${String(day).padStart(2, '0')}` : `${y}-${m}`;
}

/** Whether a day exists (no 31 April). */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The full date `days` days after a full reference date (negative for before). */
export function addDays(ref: DateParts, days: number): DateParts | null {
  if (ref.month === null || ref.day === null) return null;
  const d = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Day of the week of a full date (0 = Sunday). */
export function weekdayOf(ref: DateParts): number | null {
  if (ref.month === null || ref.day === null) return null;
  return new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
}

/** Compares two full dates: negative, zero or positive. */
export function compareDays(a: DateParts, b: DateParts): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
