/**
 * Pass 1: where the comment sections are. A section starts after its header
 * ("3 comments:", "Comments (3)") and runs to the comment form or the next
 * page furniture (related posts, footer); without a header, two or more
 * "NAME says:" / "NAME · DATE" entries with a date or a reply button make
 * one. HTML blocks the extractor marked `comment` are sections too. The
 * form and the "no comments yet" notes are marked wherever they are.
 */
import type { DebrisKind, LineRecord } from '../../boilerplate/index.js';
import type { CommentKinds } from '../comment-kinds.js';

export interface CommentRegion {
  /** First line after the header (or the first entry). */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** The count the header gives, when it gives one. */
  readonly count: number | null;
  /** The HTML extractor grouped the comments itself. */
  readonly grouped: boolean;
}

// Page furniture that ends a comment section.
const SECTION_ENDS: ReadonlySet<DebrisKind> = new Set<DebrisKind>(['related', 'copyright', 'newsletter', 'prevnext', 'menu', 'nav', 'tags', 'return', 'disclaimer', 'breadcrumb', 'site-header', 'contact']);
const IN_COMMENT: ReadonlySet<string> = new Set(['reply', 'none', 'name', 'name-date', 'date', 'says', 'subject']);
const CHROME: ReadonlySet<string> = new Set(['reply', 'none', 'header']);
const MAX_FORM_LINES = 12;
const MAX_FORM_FIELD_WORDS = 8;

/** Marks form lines (`chrome`) and returns the comment sections. */
export function findRegions(lines: readonly LineRecord[], kinds: CommentKinds, chrome: Map<number, 'comments' | 'comment-form'>): CommentRegion[] {
  markForms(lines, kinds, chrome);
  const regions: CommentRegion[] = [];
  const hinted = lines.some((l) => l.hint === 'comment');
  if (hinted) regions.push(...hintedRegions(lines));
  for (let i = 0; i < lines.length; i++) {
    if (kinds.edge(i)?.kind !== 'header' || regions.some((r) => i >= r.start - 1 && i < r.end)) continue;
    chrome.set(i, 'comments');
    let j = i + 1;
    // Page furniture ends the section, unless the line is part of a comment (an action row "5y  Like  Reply" looks like a menu).
    // Another counted header starts another section; an uncounted "Comment" button does not.
    const ends = (k: number) =>
      chrome.get(k) === 'comment-form' ||
      (kinds.edge(k)?.kind === 'header' && headerCount(lines[k]!.text) !== null) ||
      (lines[k]!.kind !== null && SECTION_ENDS.has(lines[k]!.kind!) && !CHROME.has(kinds.get(k).kind) && !(lines[k]!.kind === 'menu' && IN_COMMENT.has(kinds.get(k).kind)));
    while (j < lines.length && !ends(j)) j++;
    const count = /[\d\u0660-\u0669]/u.test(lines[i]!.text) || /^\s*\S+\s/.test(lines[i]!.text) ? headerCount(lines[i]!.text) : null;
    regions.push({ start: i + 1, end: j, count, grouped: false });
    i = j - 1;
  }
  if (regions.length === 0) {
    const loose = headerlessRegion(lines, kinds, chrome);
    if (loose) regions.push(loose);
  }
  return regions.sort((a, b) => a.start - b.start);
}

function headerCount(raw: string): number | null {
  const text = raw.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660));
  const m = /\((\d+)\)|^\s*(\d+)/u.exec(text);
  if (m) return Number(m[1] ?? m[2]);
  return /^\s*(one|un|une|uno|una|ein|eine|bir)\s/iu.test(text) ? 1 : null;
}

/** The comment form: its header, then its fields and notes (short lines), and form notes anywhere. */
function markForms(lines: readonly LineRecord[], kinds: CommentKinds, chrome: Map<number, 'comments' | 'comment-form'>): void {
  for (let i = 0; i < lines.length; i++) {
    const k = kinds.edge(i)?.kind;
    if (k === 'none') chrome.set(i, 'comments');
    if (k !== 'form') continue;
    chrome.set(i, 'comment-form');
    for (let j = i + 1; j < lines.length && j <= i + MAX_FORM_LINES; j++) {
      const next = lines[j]!;
      // Field labels ("Name *", "Email *", "Website") may carry a weak debris mark of their own; a section end stops the form.
      const isField = !next.prose && next.words <= MAX_FORM_FIELD_WORDS && !(next.kind !== null && SECTION_ENDS.has(next.kind)) && kinds.get(j).kind !== 'says' && kinds.get(j).kind !== 'name-date';
      const edge = kinds.edge(j)?.kind;
      if (edge === 'form' || edge === 'none') chrome.set(j, edge === 'none' ? 'comments' : 'comment-form');
      else if (isField && !(next.breakBefore && next.tag === 'line')) chrome.set(j, 'comment-form');
      else break;
    }
  }
}

function hintedRegions(lines: readonly LineRecord[]): CommentRegion[] {
  const out: CommentRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.hint !== 'comment') continue;
    let j = i;
    while (j < lines.length && lines[j]!.hint === 'comment') j++;
    out.push({ start: i, end: j, count: null, grouped: lines.slice(i, j).some((l) => l.group !== undefined) });
    i = j;
  }
  return out;
}

// Without a header, this many entries (each with a date or a reply button) make a section.
const MIN_LOOSE_ENTRIES = 2;

function headerlessRegion(lines: readonly LineRecord[], kinds: CommentKinds, chrome: ReadonlyMap<number, string>): CommentRegion | null {
  const starts: number[] = [];
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!kinds.mayOpenEntry(i)) continue;
    const k = kinds.get(i).kind;
    // Page furniture (a mail "Date:" header) and "Place, date" lines are not entries; a forum reply's byline under its
    // "Re: …" subject is ("Re: Zimbabwe…" / "Postby Guest » Fri May 16, 2008 8:02 am").
    const underSubject = i > 0 && kinds.get(i - 1).kind === 'subject';
    if ((k !== 'says' && !(k === 'name-date' && kinds.get(i).marked === true)) || (lines[i]!.kind !== null && !underSubject)) continue;
    const window = [1, 2, 3, 4].filter((d) => i + d < lines.length).map((d) => kinds.get(i + d).kind);
    if (k === 'name-date' || window.includes('date') || window.includes('reply')) {
      starts.push(underSubject ? i - 1 : i);
      let j = i + 1;
      while (j < lines.length && !chrome.has(j) && lines[j]!.kind === null && !['says', 'name-date', 'subject'].includes(kinds.get(j).kind)) j++;
      last = j;
    }
  }
  if (starts.length < MIN_LOOSE_ENTRIES) return null;
  return { start: starts[0]!, end: last, count: null, grouped: false };
}
