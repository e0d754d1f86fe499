/**
 * @module
 * The comments step: finds the reader comments of a page (after a header
 * such as "3 comments:" or "Yorumlar (0)", in the HTML extractor's comment
 * groups, or as a run of "NAME says:" entries), reads each into author,
 * date and text, and marks their lines `comment` (one group per comment).
 * The section header, reply buttons, the comment form and "no comments yet"
 * notes are marked `boilerplate`.
 */
import type { Comment } from '../../model/contract.js';
import type { Block, Page } from '../../model/page.js';
import { linesOf } from '../boilerplate/index.js';
import { CommentKinds } from './comment-kinds.js';
import { findRegions } from './passes/01-find-regions.js';
import { splitEntries } from './passes/02-split-entries.js';
import { readEntry } from './passes/03-read-entries.js';

export { isAnonymous, commentHeader } from './comment-cues.js';

export interface CommentsResult {
  /** The page with comment lines marked `comment` (grouped) and comment chrome marked `boilerplate`. */
  readonly page: Page;
  readonly comments: Comment[];
}

/** Finds the comments of a page the boilerplate step has marked. */
export type CommentFinder = (page: Page) => CommentsResult;

/** Builds the comments step. */
export function createCommentFinder(): CommentFinder {
  return (page) => {
    const lines = linesOf(page);
    const kinds = new CommentKinds(lines);
    const chrome = new Map<number, 'comments' | 'comment-form'>();
    const pageDates = lines.flatMap((l) => l.dates);
    const regions = findRegions(lines, kinds, chrome); // 1. sections, forms, notes
    const comments: Comment[] = [];
    const groupOf = new Map<number, number>();
    for (const region of regions) {
      if (region.count === 0) {
        for (let i = region.start; i < region.end; i++) chrome.set(i, 'comments');
        continue;
      }
      const entries = splitEntries(lines, kinds, region, chrome); // 2. entries
      const read = entries.map((e) => readEntry(e, lines, kinds, pageDates)); // 3. author, date, text
      const keep = keptEntries(read, region.count, region.grouped);
      entries.forEach((entry, n) => {
        const comment = read[n];
        if (!comment || !keep[n]) {
          for (const i of entry.lines) chrome.set(i, 'comments');
          return;
        }
        for (const i of entry.lines) groupOf.set(i, comments.length);
        comments.push(comment);
      });
    }
    const blocks = page.blocks.map((block, i): Block => {
      const g = groupOf.get(i);
      if (g !== undefined) return { ...block, role: 'comment', group: g, reason: 'comment' };
      const c = chrome.get(i);
      if (c !== undefined) return { ...block, role: 'boilerplate', reason: `${c} comment-section` };
      return block;
    });
    return { page: { meta: page.meta, blocks }, comments };
  };
}

/**
 * Which entries are comments. When the section dates its comments, an entry
 * with neither author nor date is a form or a widget caught in it; and a
 * section never holds more comments than its header counts.
 */
function keptEntries(read: readonly (Comment | null)[], count: number | null, grouped: boolean): boolean[] {
  const dated = read.some((c) => c !== null && c.date !== null);
  let kept = 0;
  return read.map((c) => {
    if (!c) return false;
    if (dated && !grouped && c.author === null && c.date === null) return false;
    if (dated && grouped && c.date === null && c.author === null && c.text.length < 40) return false;
    if (count !== null && kept >= count) return false;
    kept++;
    return true;
  });
}
