/**
 * Numbers the segmentation passes use, each with the reason for its value.
 */

/** A heading is a line of at most this many words (longer lines are text, even without a full stop). */
export const MAX_HEADING_WORDS = 25;
export const MAX_HEADING_CHARS = 250;
/** Salutations and valedictions are short ("Dear comrades,", "Comrades of Durban,"). */
export const MAX_SALUTATION_WORDS = 8;
/** A body line that is not a sentence still counts as text from this many words (a paragraph without a full stop). */
export const MIN_TEXT_WORDS = 15;
/** Fewer body words than this is not a statement (a caption, a stray line)… */
export const MIN_STATEMENT_WORDS = 30;
/** …unless it is the only text of the page and has at least this many words. */
export const MIN_LONE_WORDS = 10;
/** An editor's introduction is one short paragraph: at most this many words with an introduction cue… */
export const MAX_INTRO_WORDS = 150;
/** …or this many without one, when a statement follows at once. */
export const MAX_BARE_INTRO_WORDS = 45;
/** How far back (in lines) the title of a statement is looked for. */
export const MAX_TITLE_LOOKBACK = 16;
/** Debris lines that may separate two parts of one statement (an image caption, an ad that is not marked inline). */
export const MAX_MERGE_GAP = 2;
/** Signature lines are short. */
export const MAX_SIGNATURE_WORDS = 16;
