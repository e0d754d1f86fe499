/**
 * Reading a dateline: the place and date a statement was issued at, written
 * at its head ("BAGHDAD – 6 August 2014 –", "NAIROBI – 14 June 2011 – We…",
 * "JAGDALPUR, April 17 (CINS):", "Ouagadougou, le 27 janvier 2023",
 * "Darwin, 3 September 1999") or closing it ("Athens, 2 November 2014").
 */
import type { DateMatch } from '../dates/index.js';
import { findDates } from '../dates/index.js';
import { isAcronym, isPlaceName } from './place-shape.js';

export interface Dateline {
  /** What stands before the date: a place, possibly with a region or a sender ("Popayán, Cauca", "LDSC, Liverpool"); null when the line is only a date. */
  readonly place: string | null;
  readonly date: DateMatch;
  /** A news agency named beside the date ("(CINS)"). */
  readonly agency: string | null;
  /** Offset where the text after the dateline starts (the line's length when nothing follows). */
  readonly restStart: number;
}

// A dateline's date starts near the beginning of the line.
const MAX_PREFIX_CHARS = 70;
const MAX_PREFIX_PARTS = 3;
const TRAIL_JOINERS_RE = /[\s,،–—\-:|·]+$/u;
const TRAIL_WORDS_RE = /\s+(?:le|el|den|am|on|the|this|ce|a|à|em|في|tarihinde)$/iu;
// "(CINS)" or, in newswire releases, "/NewsWire Africa/".
const AGENCY_RE = /^\s*(?:\(([\p{Lu}][\p{L}\d .&\-]{0,38})\)|\/([\p{Lu}][\p{L}\d .&\-]{0,38})\/)/u;
const AFTER_RE = /^\s*(?:[–—\-:|.,،]+\s*|$)/u;
// Text may follow the dateline on its line only after a dash or a colon ("NAIROBI – 14 June 2011 – We…").
const INLINE_AFTER_RE = /^\s*[–—\-:|]/u;
// Words that open a sentence with a date ("On 28 May, …", "Since 5 June …"), not a dateline.
const SENTENCE_OPENERS = new Set(['on', 'in', 'since', 'until', 'till', 'from', 'by', 'at', 'after', 'before', 'during', 'as', 'of', 'depuis', 'des', 'desde', 'hasta', 'seit', 'bis', 'ab', 'au', 'en', 'el', 'le', 'la', 'am', 'im', 'the', 'this', 'that', 'every', 'each', 'last', 'next', 'and', 'et', 'y', 'und']);

/** The dateline at the start of `text`, or null. */
export function parseDateline(text: string, dates: readonly DateMatch[] = findDates(text, { maxChars: 200 })): Dateline | null {
  const date = dates[0];
  if (!date || date.start > MAX_PREFIX_CHARS || date.hasTime || date.hasWeekday) return null;
  let prefix = text.slice(0, date.start).replace(TRAIL_JOINERS_RE, '');
  prefix = prefix.replace(TRAIL_WORDS_RE, '').replace(TRAIL_JOINERS_RE, '');
  let agency: string | null = null;
  const paren = /\(([^()]{1,40})\)$/u.exec(prefix);
  if (paren) {
    agency = paren[1]!.trim();
    prefix = prefix.slice(0, paren.index).replace(TRAIL_JOINERS_RE, '');
  }
  if (prefix !== '') {
    if (SENTENCE_OPENERS.has(prefix.split(/\s+/u)[0]!.toLowerCase())) return null;
    const parts = prefix.split(/\s*[,،]\s*/u);
    if (parts.length > MAX_PREFIX_PARTS || !parts.every((p) => isPlaceName(p) || isAcronym(p))) return null;
  }
  let rest = date.end;
  const ag = AGENCY_RE.exec(text.slice(rest));
  if (ag) {
    agency = (ag[1] ?? ag[2]!).trim();
    rest += ag[0].length;
  }
  const tail = text.slice(rest);
  const after = AFTER_RE.exec(tail);
  if (!after) return null;
  if (after[0].length < tail.length && !INLINE_AFTER_RE.test(tail)) return null;
  rest += after[0].length;
  return { place: prefix === '' ? null : prefix, date, agency, restStart: rest };
}
