/**
 * Pass 1: sections. Debris (except inline debris such as an "ADVERTISEMENT"
 * line) and comments cut the page into runs of content lines; a statement
 * never spans hard debris, so each section is segmented on its own.
 */
import type { SegLine } from '../seg-line.js';

/** Runs of line indexes holding content (inline debris kept inside, marked as such). */
export function findSections(lines: readonly SegLine[]): number[][] {
  const sections: number[][] = [];
  let cur: number[] = [];
  lines.forEach((l, i) => {
    if (l.cls === 'X' && !l.inline) {
      if (cur.some((j) => lines[j]!.cls !== 'X')) sections.push(cur);
      cur = [];
    } else cur.push(i);
  });
  if (cur.some((j) => lines[j]!.cls !== 'X')) sections.push(cur);
  return sections;
}
