/**
 * What marks a block as a possible page title.
 * @module
 */
import type { Zone } from './zone-cues.js';

/** Class or id words of elements that hold a title though they are no heading. */
export const TITLE_CLASS_WORDS: ReadonlySet<string> = new Set(['title', 'headline', 'heading', 'contentheading', 'componentheading']);

/** Zones a title may sit in (an article header, a headline-and-byline box). */
export const TITLE_ZONES: ReadonlySet<Zone> = new Set(['header', 'meta']);

/** Least word overlap with a declared title for a heading to be the title. */
export const TITLE_MIN_SIMILARITY = 0.5;

/** Zones whose `<time>` elements date something else than the page (a comment, a related post). */
export const IGNORED_TIME_ZONES: ReadonlySet<Zone> = new Set(['comments', 'related', 'teaser', 'sidebar', 'footer', 'nav']);
