/**
 * Pass 2: the entries of a comment section. An entry starts at a
 * "NAME says:" line, a "NAME · DATE" line, a name followed by a date, or a
 * second date; a reply button closes it. Blogger puts the date after the
 * text ("Anonymous said... / text / April 19, 2012 at 3:17 pm"), so a date
 * joins the open entry when that entry has none yet.
 */
import type { LineRecord } from '../../boilerplate/index.js';
import type { CommentKinds } from '../comment-kinds.js';
import type { CommentRegion } from './01-find-regions.js';

export interface Entry {
  /** Line indexes of the entry, in order. */
  readonly lines: number[];
  hasDate: boolean;
  hasText: boolean;
  closed: boolean;
}

/** Splits one section into entries; reply buttons and other chrome go to `chrome`. */
export function splitEntries(lines: readonly LineRecord[], kinds: CommentKinds, region: CommentRegion, chrome: Map<number, 'comments' | 'comment-form'>): Entry[] {
  if (region.grouped) return groupedEntries(lines, kinds, region, chrome);
  const entries: Entry[] = [];
  let open: Entry | null = null;
  const begin = (i: number, dated: boolean) => {
    open = { lines: [i], hasDate: dated, hasText: false, closed: false };
    entries.push(open);
  };
  for (let i = region.start; i < region.end; i++) {
    if (chrome.has(i)) continue;
    const k = kinds.get(i).kind;
    const cur = open as Entry | null;
    if (k === 'reply' || k === 'header' || k === 'none' || k === 'form' || k === 'subject') {
      chrome.set(i, k === 'form' ? 'comment-form' : 'comments');
      if ((k === 'reply' || k === 'subject') && cur) cur.closed = true;
      continue;
    }
    // Page furniture inside a section (a forum member's "Posts: 312" box) is not comment text.
    if (k === 'text' && lines[i]!.kind !== null && lines[i]!.hint !== 'comment') {
      chrome.set(i, 'comments');
      continue;
    }
    const nextKind = nextContentKind(kinds, chrome, i + 1, region.end);
    if (k === 'says' || k === 'name-date') begin(i, k === 'name-date');
    else if (k === 'name' && nextKind === 'date' && (!cur || cur.hasText || cur.closed)) begin(i, false);
    else if (k === 'date') {
      if (cur && !cur.hasDate && !cur.closed) {
        cur.lines.push(i);
        cur.hasDate = true;
      } else begin(i, true);
    } else if (!cur || cur.closed) {
      begin(i, false);
      open!.hasText = true;
    } else {
      cur.lines.push(i);
      cur.hasText = true;
    }
  }
  return entries;
}

function nextContentKind(kinds: CommentKinds, chrome: ReadonlyMap<number, string>, from: number, end: number): string | null {
  for (let j = from; j < end; j++) if (!chrome.has(j)) return kinds.get(j).kind;
  return null;
}

/** The extractor's groups are the entries; buttons inside them are chrome. */
function groupedEntries(lines: readonly LineRecord[], kinds: CommentKinds, region: CommentRegion, chrome: Map<number, 'comments' | 'comment-form'>): Entry[] {
  const byGroup = new Map<number, Entry>();
  const entries: Entry[] = [];
  for (let i = region.start; i < region.end; i++) {
    const k = kinds.get(i).kind;
    if (k === 'reply' || k === 'header' || k === 'form' || k === 'none') {
      chrome.set(i, k === 'form' ? 'comment-form' : 'comments');
      continue;
    }
    const g = lines[i]!.group ?? -1 - i;
    let e = byGroup.get(g);
    if (!e) {
      e = { lines: [], hasDate: false, hasText: false, closed: false };
      byGroup.set(g, e);
      entries.push(e);
    }
    e.lines.push(i);
    if (k === 'date' || k === 'name-date') e.hasDate = true;
    else if (k === 'text') e.hasText = true;
  }
  return entries;
}
