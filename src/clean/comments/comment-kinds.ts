/**
 * Lazy classification of the lines of a page for the comments step. Most
 * lines of most pages are never in a comment section: they are only checked
 * for the few things that open or close one (a header, a form, a note), and
 * classified in full only when a section needs them.
 */
import type { LineRecord } from '../boilerplate/index.js';
import { commentHeader, isFormHeader, noteKind } from './comment-cues.js';
import { classifyCommentLine } from './comment-line.js';
import type { CommentLine } from './comment-line.js';

// A section header ("2 Responses to "…"") is shorter than this.
const MAX_HEADER_WORDS = 30;

export class CommentKinds {
  private readonly full: (CommentLine | undefined)[];
  private readonly section: (CommentLine | null | undefined)[];

  constructor(private readonly lines: readonly LineRecord[]) {
    this.full = new Array(lines.length);
    this.section = new Array(lines.length);
  }

  /** The full classification of line `i`. */
  get(i: number): CommentLine {
    return (this.full[i] ??= classifyCommentLine(this.lines[i]!));
  }

  /** 'header', 'form' or 'none' when line `i` opens or closes a section, else null; cheap. */
  edge(i: number): CommentLine | null {
    const known = this.section[i];
    if (known !== undefined) return known;
    const text = this.lines[i]!.text;
    let found: CommentLine | null = null;
    const note = noteKind(text);
    if (note !== null) found = { kind: note };
    else if (this.lines[i]!.words <= MAX_HEADER_WORDS && commentHeader(text)) found = this.get(i).kind === 'header' ? { kind: 'header' } : null;
    else if (isFormHeader(text)) found = { kind: 'form' };
    this.section[i] = found;
    return found;
  }

  /** Whether line `i` may open an entry without a header ("NAME says:", "NAME · DATE"), judged cheaply first. */
  mayOpenEntry(i: number): boolean {
    const l = this.lines[i]!;
    if (l.prose || l.text.length > 140) return false;
    return l.dates.length > 0 || /[:.…,]\s*$/u.test(l.text) || /^(?:re|aw|ynt|sv)\s?:/iu.test(l.text);
  }
}
