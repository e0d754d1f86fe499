/**
 * Pass 10: furniture of paged documents (leaflets, reports, PDFs turned into
 * text): page numbers ("- 2 -", "Page 3 of 7") and running headers or
 * footers, which repeat on every page with only the page number changed
 * ("UPWU LEAFLET No. 3/2006   - 1 -" … "- 2 -").
 */
import type { LineRecord } from '../line-record.js';
import { normalizeLine } from '../site-profile.js';

// "- 2 -", "Page 3 of 7", "[12]": a bare number only up to three digits, so a wrapped "2021" stays a year.
const PAGE_NUMBER_RE = /^(?:[-–—\s[(]*(?:page|p\.|pp\.|seite|página|pagina|sayfa|صفحة)\s*\d{1,4}(?:\s*(?:of|\/|de|von|sur|من)\s*\d{1,4})?[-–—\s\])]*|[-–—[(]\s*\d{1,4}\s*[-–—\])]|\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?)$/iu;
// A running header is short; a line of text that repeats is something else.
const MAX_RUNNING_WORDS = 14;
// Running headers come back once a page: at least this many lines apart.
const MIN_PAGE_LINES = 5;

/** Marks page numbers and running headers and footers. */
export function markPageFurniture(lines: LineRecord[]): void {
  const groups = new Map<string, LineRecord[]>();
  for (const line of lines) {
    if (line.kind !== null || line.prose || line.words > MAX_RUNNING_WORDS) continue;
    if (line.text.length <= 30 && PAGE_NUMBER_RE.test(line.text)) {
      line.kind = 'page';
      line.why = 'page:number';
      continue;
    }
    if (!/\d/u.test(line.text)) continue;
    const key = normalizeLine(line.text);
    if (key !== '') (groups.get(key) ?? groups.set(key, []).get(key)!).push(line);
  }
  for (const group of groups.values()) {
    // The same line with different numbers in it, twice or more, a page of text apart each time: a header or footer
    // that counts pages. (A numbered list repeats its pattern on consecutive lines.)
    if (group.length < 2 || new Set(group.map((l) => l.text)).size < 2) continue;
    if (group.some((l, n) => n > 0 && l.index - group[n - 1]!.index < MIN_PAGE_LINES)) continue;
    for (const line of group) {
      line.kind = 'page';
      line.why = 'page:running';
    }
  }
}
