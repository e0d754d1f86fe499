/**
 * Pass 2 (run inside pass 1): what can be measured of a line alone: words,
 * prose or not, dates and times.
 */
import { dateCoverage, findDates } from '../../../extract/metadata/dates/index.js';
import type { DateMatch } from '../../../extract/metadata/dates/index.js';
import { isProse, wordCount } from '../line-shape.js';

// Dates are metadata only in short lines; in a long line they are part of the text.
const DATE_SCAN_CHARS = 300;
const TIME_RE = /(?<!\d)\d{1,2}(?::\d{2}|\s?h\s?\d{2})(?!\d)|\d\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu;

export interface LineMeasures {
  readonly words: number;
  readonly prose: boolean;
  readonly dates: readonly DateMatch[];
  readonly dateCover: number;
  readonly hasTime: boolean;
}

/** Measures one line of text. */
export function measureLine(text: string): LineMeasures {
  const dates = findDates(text, { maxChars: DATE_SCAN_CHARS });
  const head = text.length > DATE_SCAN_CHARS ? text.slice(0, DATE_SCAN_CHARS) : text;
  return {
    words: wordCount(text),
    prose: isProse(text),
    dates,
    dateCover: dateCoverage(text, dates),
    hasTime: dates.some((d) => d.hasTime) || (/\d/.test(head) && TIME_RE.test(head)),
  };
}
