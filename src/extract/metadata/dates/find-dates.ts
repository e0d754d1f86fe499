/**
 * Finding the dates written in a line, in any of the supported languages:
 * "9th October 2014", "October 9, 2014", "6 août 2014", "14 de marzo de 2019",
 * "12. März 2020", "12 Mart 2020", "١٢ آذار ٢٠٢٠", "03/09/2015", "2015-09-03",
 * "March 2021", "April 17". The matcher walks the tokens once, trying a few
 * fixed layouts at each position; no regex backtracks over the line.
 */
import type { DateMatch, DateStyle } from './date-match.js';
import { MAX_YEAR, MIN_YEAR, validDay } from './date-match.js';
import { MONTH_WORDS, ORDINAL_WORDS, PARTICLE_WORDS, WEEKDAY_WORDS } from './date-words.js';
import type { MonthWord } from './date-words.js';
import { readTime } from './read-time.js';
import { DIGIT_RE, tokenizeDateText } from './tokenize-date-text.js';
import type { DateToken } from './tokenize-date-text.js';

export interface FindDatesOptions {
  /** Also report a bare four-digit year ("Athens, 2009"). Off by default: most bare numbers are not dates. */
  readonly yearOnly?: boolean;
  /** Only this many characters of the text are read (long lines are prose, their dates are not metadata). */
  readonly maxChars?: number;
}

interface Core {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
  readonly style: DateStyle;
  readonly swappable: boolean;
  /** Index just past the last token used. */
  readonly next: number;
}

const PART_PUNCT = new Set([',', '.', '-', '/', '،']);
const NUMERIC_SEPS = new Set(['-', '/', '.']);

/** Every date in `text`, in order. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const max = options.maxChars ?? 600;
  // Every layout holds a number: a line without digits has no date, and most lines have none.
  if (!DIGIT_RE.test(text.length > max ? text.slice(0, max) : text)) return [];
  const tokens = tokenizeDateText(text, max);
  const found: DateMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    let at = i;
    let weekday = false;
    if (t.kind === 'word' && WEEKDAY_WORDS.has(t.key)) {
      at = i + 1;
      if (tokens[at]?.kind === 'punct' && (tokens[at]!.key === ',' || tokens[at]!.key === '.' || tokens[at]!.key === '،')) at++;
      weekday = true;
    }
    const core = readCore(tokens, at, options.yearOnly === true);
    if (!core) {
      i++;
      continue;
    }
    let next = readTime(tokens, core.next);
    const hasTime = next > core.next;
    let hasWeekday = weekday;
    // Turkish and Arabic write the weekday after the date ("12 Mart 2020 Perşembe").
    if (tokens[next]?.kind === 'word' && WEEKDAY_WORDS.has(tokens[next]!.key)) {
      next++;
      hasWeekday = true;
    }
    const startTok = weekday ? tokens[i]! : tokens[at]!;
    found.push({
      year: core.year,
      month: core.style === 'y' ? null : core.month,
      day: core.day,
      precision: core.style === 'y' ? 'year' : core.day === null ? 'month' : 'day',
      style: core.style,
      start: startTok.start,
      end: tokens[next - 1]!.end,
      hasWeekday,
      hasTime,
      swappable: core.swappable,
    });
    i = next;
  }
  return found;
}

function readCore(tokens: readonly DateToken[], i: number, yearOnly: boolean): Core | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return readNumeric(tokens, i) ?? readDayFirst(tokens, i) ?? (yearOnly ? readYearOnly(tokens, i) : null);
  if (t.kind === 'word') return readMonthFirst(tokens, i);
  return null;
}

function monthAt(tokens: readonly DateToken[], i: number): MonthWord | null {
  const a = tokens[i];
  if (!a || a.kind !== 'word') return null;
  const b = tokens[i + 1];
  if (b && b.kind === 'word') {
    const two = MONTH_WORDS.get(`${a.key} ${b.key}`);
    if (two) return two;
  }
  const one = MONTH_WORDS.get(a.key);
  return one && one.words === 1 ? one : null;
}

const isYear = (t: DateToken | undefined): boolean => !!t && t.kind === 'num' && t.text.length === 4 && t.value >= MIN_YEAR && t.value <= MAX_YEAR;
const isDay = (t: DateToken | undefined): boolean => !!t && t.kind === 'num' && t.text.length <= 2 && t.value >= 1 && t.value <= 31;

/** Skips up to `max` joining tokens (punctuation, particles) and returns the next index. */
function skipJoiners(tokens: readonly DateToken[], i: number, max: number): number {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j]!;
    if ((t.kind === 'punct' && PART_PUNCT.has(t.key)) || (t.kind === 'word' && PARTICLE_WORDS.has(t.key))) j++;
    else break;
  }
  return j;
}

/** After a day number: an ordinal suffix written against it ("9th", "1er", "12."). */
function skipOrdinal(tokens: readonly DateToken[], i: number): number {
  const t = tokens[i];
  if (t && !t.spaceBefore && ((t.kind === 'word' && ORDINAL_WORDS.has(t.key)) || t.key === '.' || t.key === 'º' || t.key === '°')) return i + 1;
  return i;
}

function readDayFirst(tokens: readonly DateToken[], i: number): Core | null {
  const day = tokens[i]!;
  if (!isDay(day)) return null;
  let j = skipJoiners(tokens, skipOrdinal(tokens, i + 1), 3);
  const month = monthAt(tokens, j);
  if (!month) return null;
  j += month.words;
  if (tokens[j]?.key === '.' && month.abbr) j++;
  const y = skipJoiners(tokens, j, 3);
  if (isYear(tokens[y]) && validDay(tokens[y]!.value, month.month, day.value)) {
    return { year: tokens[y]!.value, month: month.month, day: day.value, style: 'dmy', swappable: false, next: y + 1 };
  }
  if (month.abbr || !validDay(null, month.month, day.value)) return null;
  return { year: null, month: month.month, day: day.value, style: 'dmy', swappable: false, next: j };
}

function readMonthFirst(tokens: readonly DateToken[], i: number): Core | null {
  const month = monthAt(tokens, i);
  if (!month) return null;
  let j = i + month.words;
  if (tokens[j]?.key === '.') j++;
  if (tokens[j]?.kind === 'word' && tokens[j]!.key === 'the') j++;
  const day = tokens[j]!;
  if (isDay(day) && tokens[j + 1]?.key !== ':' && !(tokens[j + 1]?.kind === 'num')) {
    const k = skipOrdinal(tokens, j + 1);
    const y = skipJoiners(tokens, k, 2);
    if (isYear(tokens[y]) && validDay(tokens[y]!.value, month.month, day.value)) {
      return { year: tokens[y]!.value, month: month.month, day: day.value, style: 'mdy', swappable: false, next: y + 1 };
    }
    // A yearless month-first date needs a capital ("May 15"), so the verb in "they may 15" is not read as one.
    if (!month.abbr && validDay(null, month.month, day.value) && capitalOrCaseless(tokens[i]!.text)) {
      return { year: null, month: month.month, day: day.value, style: 'mdy', swappable: false, next: k };
    }
    return null;
  }
  const y = skipJoiners(tokens, j, 2);
  if (isYear(tokens[y])) return { year: tokens[y]!.value, month: month.month, day: null, style: 'my', swappable: false, next: y + 1 };
  return null;
}

function capitalOrCaseless(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase() || c.toLowerCase() === c.toUpperCase();
}

/** "2015-09-03", "03/09/2015", "11.03.2021": three numbers joined by one separator, no spaces. */
function readNumeric(tokens: readonly DateToken[], i: number): Core | null {
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (s1.kind !== 'punct' || !NUMERIC_SEPS.has(s1.key) || s2.key !== s1.key) return null;
  if (b.kind !== 'num' || c.kind !== 'num' || s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore) return null;
  // A fourth number joined the same way ("1.2.3.4", an IP address or a version) is not a date.
  if (tokens[i + 5]?.key === s1.key && tokens[i + 6]?.kind === 'num' && !tokens[i + 5]!.spaceBefore) return null;
  if (isYear(a) && b.text.length <= 2 && c.text.length <= 2) {
    return validDay(a.value, b.value, c.value) ? { year: a.value, month: b.value, day: c.value, style: 'iso', swappable: false, next: i + 5 } : null;
  }
  if (a.text.length > 2 || b.text.length > 2) return null;
  let year: number;
  const last: DateToken = c;
  if (isYear(last)) year = last.value;
  // A two-digit year is only trusted with a time of day after it ("08-04-20 07:31:00"): alone, "3/4/20" may be a score.
  else if (last.text.length === 2 && readTime(tokens, i + 5) > i + 5) year = last.value < 50 ? 2000 + last.value : 1900 + last.value;
  else return null;
  const dmy = validDay(year, b.value, a.value);
  const mdy = validDay(year, a.value, b.value);
  if (dmy) return { year, month: b.value, day: a.value, style: 'numeric-dmy', swappable: mdy && a.value !== b.value, next: i + 5 };
  if (mdy) return { year, month: a.value, day: b.value, style: 'numeric-mdy', swappable: false, next: i + 5 };
  return null;
}

function readYearOnly(tokens: readonly DateToken[], i: number): Core | null {
  const t = tokens[i]!;
  if (!isYear(t)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Part of a longer number or code ("2014-15", "1,2009") is not a year.
  if ((prev && !prev.spaceBefore && prev.kind === 'punct' && !t.spaceBefore && (prev.key === '-' || prev.key === '/')) || (next && !next.spaceBefore && next.kind === 'num')) return null;
  return { year: t.value, month: 1, day: null, style: 'y', swappable: false, next: i + 1 };
}
