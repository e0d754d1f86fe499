/**
 * A statement as the segmentation passes build it: which lines open it
 * (title, kickers), which lines are its body, and how it starts and ends.
 */

export interface Draft {
  /** Index of the section (run of content lines between debris) the statement starts in. */
  readonly section: number;
  /** How the body opens. */
  readonly start: 'text' | 'dateline' | 'salutation';
  /** Header lines just above the body inside its section (title, kicker…). */
  header: number[];
  /** Body line indexes, in order (inline debris excluded). */
  lines: number[];
  /** Inline debris lines found inside the body. */
  inline: number[];
  /** The body ends with a signature, a date, a valediction or a list of signatories. */
  closed: boolean;
  /** Dropped (an editor's introduction, a stray line) rather than a statement. */
  dropped?: 'intro' | 'too-short';
}
