/**
 * Look-up tables built once from the word lists in `model/`: folded month
 * names (one or two words) to month numbers, weekdays, particles, ordinal
 * suffixes and time leads.
 */
import { foldText } from '../../../clean/text/fold-text.js';
import { MONTHS_ABBR, MONTHS_FULL } from './model/months.js';
import { DATE_PARTICLES, ORDINAL_SUFFIXES, TIME_LEADS, WEEKDAYS } from './model/weekdays.js';

export interface MonthWord {
  /** 1–12. */
  readonly month: number;
  /** Abbreviations are only trusted next to a year. */
  readonly abbr: boolean;
  /** How many word tokens the name spans (Arabic "تشرين الأول" spans two). */
  readonly words: number;
}

function buildMonths(): Map<string, MonthWord> {
  const map = new Map<string, MonthWord>();
  const add = (table: Readonly<Record<string, readonly (readonly string[])[]>>, abbr: boolean) => {
    for (const months of Object.values(table)) {
      months.forEach((names, i) => {
        for (const name of names) {
          const key = foldText(name);
          const prior = map.get(key);
          // A full name wins over an abbreviation of another language ("mar" stays an abbreviation, "mai" a full name).
          if (prior && (!prior.abbr || abbr)) continue;
          map.set(key, { month: i + 1, abbr, words: key.split(' ').length });
        }
      });
    }
  };
  add(MONTHS_FULL, false);
  add(MONTHS_ABBR, true);
  return map;
}

/** Folded month name → month. */
export const MONTH_WORDS: ReadonlyMap<string, MonthWord> = buildMonths();
/** Folded weekday names. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(Object.values(WEEKDAYS).flat().map(foldText));
/** Folded particles allowed between date parts. */
export const PARTICLE_WORDS: ReadonlySet<string> = new Set(DATE_PARTICLES.map(foldText));
/** Folded ordinal suffixes. */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(ORDINAL_SUFFIXES.map(foldText));
/** Folded words that may introduce a time. */
export const TIME_LEAD_WORDS: ReadonlySet<string> = new Set(TIME_LEADS.map(foldText));
