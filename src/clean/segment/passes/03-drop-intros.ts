/**
 * Pass 3: editors' introductions and stray lines. A short paragraph that
 * opens a section and is followed at once by a statement ("Below we publish
 * three of them.", "The following statement was issued in …") is the
 * editor's, not the statement's; bodies too short to be a statement are
 * dropped as well.
 */
import { foldForCues } from '../../text/fold-text.js';
import type { Draft } from '../draft.js';
import type { SegLine } from '../seg-line.js';
import { INTRO_CUES } from '../model/openings.js';
import { MAX_BARE_INTRO_WORDS, MAX_INTRO_WORDS, MIN_LONE_WORDS, MIN_STATEMENT_WORDS } from '../model/thresholds.js';

// Lines between an introduction and the statement it introduces (separators, a letterhead, a kicker, a title).
const MAX_INTRO_GAP = 8;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const INTRO_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(INTRO_CUES.map(foldForCues))].map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'u');

const wordsOf = (lines: readonly SegLine[], idx: readonly number[]) => idx.reduce((n, i) => n + lines[i]!.line.words, 0);

/**
 * Drops drafts too short to be a statement (after their signatures are reclaimed); but a page whose only
 * text is short keeps it: a two-line condemnation is still a statement.
 */
export function dropShort(lines: readonly SegLine[], drafts: Draft[]): Draft[] {
  const kept = drafts.filter((d) => wordsOf(lines, d.lines) >= MIN_STATEMENT_WORDS);
  if (kept.length > 0 || drafts.length === 0) return kept;
  const longest = drafts.reduce((a, b) => (wordsOf(lines, b.lines) > wordsOf(lines, a.lines) ? b : a));
  return wordsOf(lines, longest.lines) >= MIN_LONE_WORDS && longest.lines.some((i) => lines[i]!.cls === 'B' || lines[i]!.cls === 'Dp') ? [longest] : [];
}

/** Marks introductions as dropped. */
export function dropIntros(lines: readonly SegLine[], drafts: Draft[]): void {
  drafts.forEach((d, n) => {
    const next = drafts[n + 1];
    const words = wordsOf(lines, d.lines);
    const opensSection = n === 0 || drafts[n - 1]!.section !== d.section;
    // At once: in the same section, or past a few lines of furniture and headings only ("------", "PRESS STATEMENT").
    const gap = next ? next.lines[0]! - d.lines[d.lines.length - 1]! - 1 : Infinity;
    // Across furniture, only a statement that opens plainly as one (a dateline, a salutation, a heading) counts.
    const strongNext = next !== undefined && (next.start !== 'text' || next.header.some((h) => lines[h]!.cls === 'H' || lines[h]!.cls === 'K'));
    const followedAtOnce = next !== undefined && (next.section === d.section || (gap <= MAX_INTRO_GAP && strongNext));
    if (opensSection && followedAtOnce && d.start === 'text' && !d.closed) {
      const cued = d.lines.some((i) => INTRO_RE.test(foldForCues(lines[i]!.line.text.slice(0, 600))));
      if ((cued && words <= MAX_INTRO_WORDS) || words <= MAX_BARE_INTRO_WORDS) {
        d.dropped = 'intro';
        return;
      }
    }
  });
}
