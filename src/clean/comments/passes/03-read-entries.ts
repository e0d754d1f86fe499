/**
 * Pass 3: each entry read into a comment: the author (null when anonymous
 * or not given), the posting date (YYYY-MM-DD as the page gives it) and the
 * text.
 */
import type { Comment } from '../../../model/contract.js';
import type { LineRecord } from '../../boilerplate/index.js';
import type { DateMatch } from '../../../extract/metadata/dates/index.js';
import { inPageOrder, isoOf } from '../../../extract/metadata/dates/index.js';
import { isAnonymous } from '../comment-cues.js';
import type { CommentKinds } from '../comment-kinds.js';
import { splitNameDate } from '../name-line.js';
import type { Entry } from './02-split-entries.js';

/** Reads an entry; null when it holds no text. */
export function readEntry(entry: Entry, lines: readonly LineRecord[], kinds: CommentKinds, pageDates: readonly DateMatch[]): Comment | null {
  let author: string | null | undefined;
  let date: string | null = null;
  const text: string[] = [];
  entry.lines.forEach((i, n) => {
    const line = lines[i]!;
    const k = kinds.get(i);
    if ((k.kind === 'says' || k.kind === 'name-date') && author === undefined) {
      author = k.name ?? null;
      if (k.kind === 'name-date' && date === null) date = dateOf(splitNameDate(line.text, line.dates)?.date, pageDates);
    } else if (k.kind === 'name' && author === undefined && n === 0 && entry.lines.length > 1) {
      author = k.name ?? line.text;
    } else if (k.kind === 'date' && date === null) {
      date = dateOf(line.dates.find((d) => d.year !== null), pageDates);
    } else {
      text.push(line.text);
    }
  });
  if (text.length === 0) return null;
  const name = author ?? null;
  return { author: name === null || isAnonymous(name) ? null : name, date, text: text.join('\n') };
}

function dateOf(d: DateMatch | undefined, pageDates: readonly DateMatch[]): string | null {
  if (!d) return null;
  return isoOf(inPageOrder(d, pageDates));
}
