/**
 * What a line of a comment section is: the section header, a button, part
 * of the form, a name, a date, or comment text.
 */
import type { LineRecord } from '../boilerplate/index.js';
import { badgedName, commentHeader, isActionLine, isFormHeader, isReplyLine, isSectionChrome, noteKind, saysAuthor } from './comment-cues.js';
import { isNameLike, splitNameDate } from './name-line.js';

/** Lines that are nearly all date and time carry a comment's date. */
export const DATE_LINE_COVER = 0.6;
// Headers ("2 Responses to "…""), buttons, names and dates are shorter than this.
const MAX_SHORT_WORDS = 30;

export type CommentLineKind = 'header' | 'reply' | 'form' | 'none' | 'subject' | 'says' | 'name-date' | 'date' | 'name' | 'text';

// A forum reply's subject line ("Re: Zimbabwe: teachers' union statement…").
const REPLY_SUBJECT_RE = /^(?:re|aw|ynt|sv|rif)\s?:\s?\S/iu;

export interface CommentLine {
  readonly kind: CommentLineKind;
  /** The commenter's name, for `says` and `name-date` lines (and `name` lines: the line itself). */
  readonly name?: string;
  /** A `name-date` line whose name and date a dot, bar or dash separates ("Name · date"), not a comma ("Darwin, 3 September"). */
  readonly marked?: boolean;
}

/** Classifies one line of (what may be) a comment section. */
export function classifyCommentLine(line: LineRecord): CommentLine {
  const text = line.text;
  // Running text is comment text or a form note; the other kinds are short lines.
  const note = noteKind(text);
  if (line.prose && line.words > MAX_SHORT_WORDS) return { kind: note ?? 'text' };
  if (commentHeader(text)) return { kind: 'header' };
  if (isReplyLine(text) || isActionLine(text)) return { kind: 'reply' };
  if (isSectionChrome(text)) return { kind: 'none' };
  if (REPLY_SUBJECT_RE.test(text)) return { kind: 'subject' };
  const badged = badgedName(text);
  if (badged !== null) return { kind: 'name', name: badged };
  if (note !== null) return { kind: note };
  if (isFormHeader(text)) return { kind: 'form' };
  const says = saysAuthor(text);
  if (says !== null) return { kind: 'says', name: says };
  const nd = line.prose ? null : splitNameDate(text, line.dates);
  if (nd) return { kind: 'name-date', name: nd.name, marked: /[·•|—–»]/u.test(text.slice(0, nd.date.start)) };
  if (line.dateCover >= DATE_LINE_COVER && line.dates.some((d) => d.year !== null)) return { kind: 'date' };
  if (!line.prose && isNameLike(text)) return { kind: 'name', name: text };
  return { kind: 'text' };
}
