/**
 * The page's own date (`published`): when the page says the text was posted
 * or updated. Candidates come from lines outside statements and comments,
 * ranked: the date the page declares in its markup; a posting cue ("Posted
 * on", "Publié le", "Date Published:"); a date line or byline above the first
 * statement (a blog's date header, "June 2, 2018 by …", a mail "Date:"
 * header); an update cue ("Last Updated on …"); any other byline date.
 */
import { foldForCues } from '../../../clean/text/fold-text.js';
import type { DateMatch } from '../dates/index.js';
import { inPageOrder, isoOf } from '../dates/index.js';
import { POSTED_CUES, UPDATED_CUES } from '../model/page-date-cues.js';

/** A line of the page as the published-date finder sees it. */
export interface PageDateLine {
  readonly text: string;
  readonly dates: readonly DateMatch[];
  /** The boilerplate kind of the line, or null for content. */
  readonly kind: string | null;
  /** Inside a statement body, a title, or a comment: not a page date. */
  readonly excluded: boolean;
  /** Above the first statement body. */
  readonly beforeBody: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const cueRe = (l: readonly string[]) => new RegExp(`(?<![\\p{L}])(?:${[...new Set(l.map(foldForCues))].map(esc).join('|')})(?![\\p{L}])`, 'u');
const POSTED_RE = cueRe(POSTED_CUES);
const UPDATED_RE = cueRe(UPDATED_CUES);
// Kinds whose dates belong to other pages (related posts, archives) or to the site (copyright years).
const FOREIGN_KINDS = new Set(['related', 'prevnext', 'copyright', 'comments', 'comment-form', 'list', 'tags', 'newsletter']);

/** The page date (YYYY-MM-DD, or YYYY-MM after a posting cue), or null. */
export function findPublished(lines: readonly PageDateLine[], declared: string | undefined, pageDates: readonly DateMatch[]): string | null {
  if (declared && /^\d{4}-\d{2}(-\d{2})?$/u.test(declared)) return declared;
  let best: { tier: number; iso: string } | null = null;
  for (const line of lines) {
    if (line.excluded || (line.kind !== null && FOREIGN_KINDS.has(line.kind)) || line.text.length > 300) continue;
    const d = line.dates.find((x) => x.year !== null);
    if (!d) continue;
    const folded = foldForCues(line.text);
    let tier: number;
    if (UPDATED_RE.test(folded)) tier = 3;
    else if (POSTED_RE.test(folded)) tier = 1;
    else if (line.beforeBody && (line.kind !== null || d.precision === 'day')) tier = 2;
    else if (line.kind === 'byline' || line.kind === 'mail-header') tier = 4;
    else continue;
    if (tier !== 1 && d.precision !== 'day') continue;
    const iso = isoOf(inPageOrder(d, pageDates));
    // Among dates above the statement the nearest wins (a channel's or blog's date header right above the post).
    if (iso && (!best || tier < best.tier || (tier === 2 && best.tier === 2))) best = { tier, iso };
  }
  return best?.iso ?? null;
}
