/**
 * Hard-wrapped text. Mail archives and old scrapes break paragraphs at a
 * fixed width (72 columns), so one sentence spans several short lines. When
 * most long lines of a text page end near one width, a line continues on the
 * next when the next line's first word would not have fitted on it (the test
 * a reflowing reader uses). Pages that are not wrapped are left alone.
 */
import { isListItem } from './line-shape.js';

// Wrapped text is wrapped at some width between these; longer lines are not wrapped text.
const MIN_WIDTH = 40;
const MAX_WIDTH = 110;
// A "full" line of wrapped text ends within this many characters of the width.
const FULL_BAND = 20;
// At least this many full lines, and this share of the long lines, make a page wrapped.
const MIN_FULL_LINES = 4;
const MIN_FULL_SHARE = 0.5;
// Lines longer than the width may be few (a URL, a pasted line).
const MAX_OVER_SHARE = 0.1;
const WIDTH_PERCENTILE = 0.95;
// Below this many long lines the longest one sets the width.
const PERCENTILE_MIN_LINES = 20;

/** The width a text page is wrapped at, or null when it is not wrapped (or not a text page). */
export function wrapWidth(lines: readonly { readonly text: string; readonly tag: string }[]): number | null {
  const long: number[] = [];
  // Lines laid out with runs of spaces (a leaflet's running header) say nothing about the wrap width.
  for (const l of lines) if (l.tag === 'line' && l.text.length >= MIN_WIDTH && !/\S\s{3,}\S/u.test(l.text)) long.push(l.text.length);
  if (long.length < MIN_FULL_LINES) return null;
  // The width is where most full lines end: a high percentile, so one stray long line does not set it.
  const within = long.filter((n) => n <= MAX_WIDTH).sort((a, b) => a - b);
  const width = (within.length >= PERCENTILE_MIN_LINES ? within[Math.floor((within.length - 1) * WIDTH_PERCENTILE)] : within[within.length - 1]) ?? 0;
  if (width === 0) return null;
  let full = 0;
  let over = 0;
  for (const n of long) {
    if (n > width) over++;
    else if (n >= width - FULL_BAND) full++;
  }
  return full >= MIN_FULL_LINES && full >= long.length * MIN_FULL_SHARE && over <= long.length * MAX_OVER_SHARE ? width : null;
}

/** Whether `after` continues `before` on a page wrapped at `width`. */
export function continuesWrapped(before: string, after: string, width: number): boolean {
  if (isListItem(after)) return false;
  const firstWord = after.split(/\s+/u, 1)[0] ?? '';
  // Two characters of slack: wrappers differ on trailing spaces and punctuation.
  return before.length + 1 + firstWord.length > width - 2;
}
