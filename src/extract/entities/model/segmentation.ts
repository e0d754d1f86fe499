/**
 * Thresholds for cutting a text into the sentences the tagger reads.
 */

/**
 * A line at least this long that does not end in sentence punctuation is taken
 * as hard-wrapped prose (mailing-list archives wrap at 65–80 characters), so
 * the line break does not end the sentence; shorter lines (signatures, lists of
 * signatories, datelines) stand alone.
 */
export const WRAPPED_LINE_MIN_LENGTH = 55;

/** A sentence is cut after this many tokens, so one huge run of text cannot slow the tagger down. */
export const MAX_SENTENCE_TOKENS = 250;
