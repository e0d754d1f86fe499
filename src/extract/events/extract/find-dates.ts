/**
 * Date expressions in a sentence, resolved against the statement's date:
 * explicit dates ("26 August 2015", "10 de agosto de 2020", "April 17"),
 * weekdays ("on Monday night"), relative days ("yesterday", "Forty-one days
 * ago") and spans ("last month"). "The same evening" is flagged for the
 * caller, which knows the previous event's date.
 */
import { DAYS_AGO, MONTHS, RELATIVE_DAYS, RELATIVE_SPANS, SAME_DAY, WEEKDAYS } from '../model/date-words.js';
import { wordPattern } from '../text/word-pattern.js';
import { addDays, compareDays, formatDate, isValidDay, weekdayOf } from './calendar.js';
import type { DateParts } from './calendar.js';
import { parseNumber } from './parse-number.js';
import { lowerCase } from '../text/lower-case.js';

/** A date expression found in a text. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** The resolved date, or null when the reference date is too vague to resolve it. */
  readonly date: string | null;
  /** "the same day", "hours later": the date of the event told just before. */
  readonly sameAsPrevious: boolean;
}

const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');
// English month names are capitalised; lower-case "may" and "march" are a verb and a noun.
const ENGLISH_LOWERCASE_WORDS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sept', 'sep', 'oct', 'nov', 'aug', 'jun', 'jul', 'apr', 'feb']);

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;
// All patterns run on lower-cased text, without the costly case-insensitive flag.
const DAY_MONTH = wordPattern(String.raw`\b(\d{1,2}|primero|premier|[\p{L}]+(?:-[\p{L}]+)?)(?:st|nd|rd|th|er|º)?(?: de)? (${MONTH})\b\.?(?:,? (?:de |del )?(\d{4})\b)?`, 'gu');
const MONTH_DAY = wordPattern(String.raw`\b(${MONTH})\.? (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?`, 'gu');
const MONTH_YEAR = wordPattern(String.raw`\b(${MONTH})\b,? (?:de |del )?(\d{4})\b`, 'gu');
const YEAR = wordPattern(String.raw`\b(?:in|since|during|of|en|de|depuis|durante|desde) (?:early |late |mid-)?((?:19|20)\d\d)\b(?![-–]\p{L})`, 'gu');
const WEEKDAY_RE = wordPattern(String.raw`\b(${WEEKDAY})\b`, 'gu');
const AGO = wordPattern(DAYS_AGO, 'gu');
const SAME = wordPattern(SAME_DAY, 'gu');
const RELATIVE_DAY_PATTERNS = RELATIVE_DAYS.map(({ pattern, days }) => ({ re: wordPattern(pattern, 'gu'), days }));
const RELATIVE_SPAN_PATTERNS = RELATIVE_SPANS.map(({ pattern, unit }) => ({ re: wordPattern(pattern, 'gu'), unit }));

/** Every date expression of `text`, in text order, longer explicit forms first at one place. */
export function findDates(original: string, ref: DateParts | null): DateMention[] {
  const text = lowerCase(original);
  // English month names are capitalised: the case of the original tells "May" the month from "may".
  const isMonthWord = (m: RegExpMatchArray, group: number) => {
    const word = m[group]!;
    const at = m.index! + m[0].indexOf(word);
    return !(ENGLISH_LOWERCASE_WORDS.has(word) && original.slice(at, at + word.length) === word);
  };
  const found: DateMention[] = [];
  const take = (start: number, end: number, date: string | null, sameAsPrevious = false) => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ start, end, date, sameAsPrevious });
  };
  for (const m of text.matchAll(ISO)) take(m.index, m.index + m[0].length, isValidDay(+m[1]!, +m[2]!, +m[3]!) ? m[0] : null);
  for (const m of text.matchAll(DAY_MONTH)) {
    if (!isMonthWord(m, 2)) continue;
    const day = /^\d/u.test(m[1]!) ? Number(m[1]) : /^(?:primero|premier)$/u.test(m[1]!) ? 1 : parseNumber(m[1]!);
    if (day === null || day > 31) continue;
    take(m.index, m.index + m[0].length, dayMonth(day, MONTHS[m[2]!]!, m[3] ? Number(m[3]) : null, ref));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    if (!isMonthWord(m, 1)) continue;
    take(m.index, m.index + m[0].length, dayMonth(Number(m[2]), MONTHS[m[1]!]!, m[3] ? Number(m[3]) : null, ref));
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    if (isMonthWord(m, 1)) take(m.index, m.index + m[0].length, formatDate(Number(m[2]), MONTHS[m[1]!]!));
  }
  for (const m of text.matchAll(YEAR)) take(m.index + m[0].length - m[1]!.length, m.index + m[0].length, m[1]!);
  const weekdays = new Set<DateMention>();
  for (const m of text.matchAll(WEEKDAY_RE)) {
    take(m.index, m.index + m[0].length, lastWeekday(WEEKDAYS[m[1]!]!, ref));
    const last = found[found.length - 1];
    if (last && last.start === m.index) weekdays.add(last);
  }
  for (const m of text.matchAll(AGO)) {
    const n = parseNumber(m[1] ?? m[2] ?? m[3] ?? '');
    take(m.index, m.index + m[0].length, n === null || !ref ? null : formatParts(addDays(ref, -n)));
  }
  for (const { re, days } of RELATIVE_DAY_PATTERNS) {
    for (const m of text.matchAll(re)) take(m.index, m.index + m[0].length, ref ? formatParts(addDays(ref, days)) : null);
  }
  for (const { re, unit } of RELATIVE_SPAN_PATTERNS) {
    for (const m of text.matchAll(re)) take(m.index, m.index + m[0].length, relativeSpan(unit, ref));
  }
  for (const m of text.matchAll(SAME)) take(m.index, m.index + m[0].length, null, true);
  found.sort((a, b) => a.start - b.start);
  // "Saturday 1 November", "lunes 10 de agosto": the weekday only repeats the date after it.
  return found.filter((f, i) => !(weekdays.has(f) && found[i + 1] && found[i + 1]!.start - f.end <= 3 && found[i + 1]!.date !== null));
}

// A day and month without a year take the statement's year, or the year before when that would put the event after the statement.
function dayMonth(day: number, month: number, year: number | null, ref: DateParts | null): string | null {
  if (year !== null) return isValidDay(year, month, day) ? formatDate(year, month, day) : null;
  if (!ref) return null;
  let y = ref.year;
  if (ref.month !== null && (month > ref.month + 1 || (month === ref.month + 1 && ref.month !== 12 && day > 7))) y--;
  return isValidDay(y, month, day) ? formatDate(y, month, day) : null;
}

function lastWeekday(weekday: number, ref: DateParts | null): string | null {
  const refDay = ref ? weekdayOf(ref) : null;
  if (!ref || refDay === null) return null;
  return formatParts(addDays(ref, -((refDay - weekday + 7) % 7)));
}

function relativeSpan(unit: 'week' | 'month' | 'year', ref: DateParts | null): string | null {
  if (!ref) return null;
  if (unit === 'year') return formatDate(ref.year - 1);
  if (unit === 'month') {
    if (ref.month === null) return null;
    return ref.month === 1 ? formatDate(ref.year - 1, 12) : formatDate(ref.year, ref.month - 1);
  }
  const weekAgo = addDays(ref, -7);
  return weekAgo ? formatDate(weekAgo.year, weekAgo.month) : null;
}

function formatParts(p: DateParts | null): string | null {
  return p ? formatDate(p.year, p.month, p.day) : null;
}

/** Whether a resolved full date falls after the reference (a sign it was misread). */
export function isAfter(date: DateParts, ref: DateParts): boolean {
  return compareDays(date, ref) > 0;
}
