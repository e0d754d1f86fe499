/**
 * The number of dead a text reports, or null when it gives none (or only a
 * vague figure such as "dozens").
 */
import { DEATH_WORD, FATALITY_PATTERNS, SINGLE_DEATH } from '../model/fatality-patterns.js';
import { parseNumber } from './parse-number.js';
import { lowerCase } from '../text/lower-case.js';

const DEATH_WORDS = new RegExp(DEATH_WORD.source, 'giu');
// A toll sits within a few words of its death word; the costly patterns only read those stretches.
const WINDOW = 90;

/** The largest death count stated in `text` (several sentences may restate one toll), else null. */
export function countFatalities(text: string): number | null {
  const windows = deathWindows(lowerCase(text));
  if (windows.length === 0) return null;
  let best: number | null = null;
  for (const window of windows) {
    for (const pattern of FATALITY_PATTERNS) {
      pattern.lastIndex = 0;
      for (const m of window.matchAll(pattern)) {
        const n = m.groups?.n ? parseNumber(m.groups.n) : null;
        if (n !== null && n > 0 && (best === null || n > best)) best = n;
      }
    }
  }
  if (best === null && windows.some((w) => SINGLE_DEATH.test(w))) return 1;
  return best;
}

// Stretches around each death word, merged when they overlap, cut at word boundaries.
function deathWindows(text: string): string[] {
  const spans: [number, number][] = [];
  DEATH_WORDS.lastIndex = 0;
  for (const m of text.matchAll(DEATH_WORDS)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else spans.push([start, end]);
  }
  return spans.map(([start, end]) => {
    const from = start === 0 ? 0 : text.indexOf(' ', start) + 1;
    const to = end === text.length ? end : Math.max(from, text.lastIndexOf(' ', end));
    return text.slice(from, to);
  });
}
