/**
 * Reading a time of day written after a date ("15:12", "at 3:17 pm",
 * "à 10 h 14 min", "a las 7:21 am", "07:15:22 +1000"), so the whole
 * "date and time" stretch can be measured and a posting date recognised.
 */
import type { DateToken } from './tokenize-date-text.js';
import { TIME_LEAD_WORDS } from './date-words.js';

const AMPM = new Set(['am', 'pm', 'a', 'p', 'm', 'h', 'uhr', 'min', 'ص', 'م']);
const LEAD_PUNCT = new Set([',', '-', '–', '—', '·', '|', '/', '@']);

/** Index just past a time that starts at or after `i` (leads allowed), or `i` when none. */
export function readTime(tokens: readonly DateToken[], i: number): number {
  let j = i;
  let leads = 0;
  // ISO 8601 glues the time on with a "T" ("2015-09-03T12:00").
  if (tokens[j]?.kind === 'word' && tokens[j]!.key === 't' && !tokens[j]!.spaceBefore) {
    j++;
    leads++;
  }
  while (j < tokens.length && leads < 3) {
    const t = tokens[j]!;
    if ((t.kind === 'punct' && LEAD_PUNCT.has(t.key)) || (t.kind === 'word' && TIME_LEAD_WORDS.has(t.key) && t.key !== 'h')) {
      j++;
      leads++;
    } else break;
  }
  const h = tokens[j];
  if (!h || h.kind !== 'num' || h.text.length > 2 || h.value > 24) return i;
  const sep = tokens[j + 1];
  const min = tokens[j + 2];
  let k: number;
  if (sep && min && (sep.key === ':' || sep.key === '.' || sep.key === 'h') && min.kind === 'num' && min.text.length === 2 && min.value < 60) {
    k = j + 3;
    if (tokens[k]?.key === ':' && tokens[k + 1]?.kind === 'num') k += 2;
  } else if (sep && sep.key === 'h' && sep.kind === 'word') {
    k = j + 2;
  } else if (sep && sep.kind === 'word' && (sep.key === 'am' || sep.key === 'pm')) {
    return j + 2;
  } else return i;
  // Trailing "am", "p.m.", "min", "Uhr", time-zone offsets.
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && AMPM.has(t.key)) k++;
    else if (t.kind === 'punct' && t.key === '.' && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.key.length === 1) k++;
    else if (t.kind === 'punct' && (t.key === '+' || t.key === '-') && tokens[k + 1]?.kind === 'num' && tokens[k + 1]!.text.length === 4) k += 2;
    else break;
  }
  return k;
}
