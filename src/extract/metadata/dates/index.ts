/**
 * @module
 * Multilingual date parsing for statement metadata: dates written in English,
 * French, Spanish, German, Turkish, Arabic (Arabic-Indic digits and both sets
 * of month names), Portuguese, Italian, Dutch and Russian, numeric and ISO
 * dates, month-only and yearless dates, with the helpers that complete a
 * date from the rest of the page.
 */
export { findDates } from './find-dates.js';
export type { FindDatesOptions } from './find-dates.js';
export { isoOf, swapped, validDay } from './date-match.js';
export type { DateMatch, DateStyle } from './date-match.js';
export { inPageOrder, numericOrder, withYearFrom } from './resolve-dates.js';
export type { DateParts } from './resolve-dates.js';
export { dateCoverage, firstDate } from './date-coverage.js';
export { asciiDigits } from './tokenize-date-text.js';
