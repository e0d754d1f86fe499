/**
 * Numbers the main-content choice runs on, tuned on the development pages
 * of the article-extraction benchmark and the statement pages, kept here so
 * they are tuned in one place.
 * @module
 */

/** A block of at least this many non-space characters can be body text. */
export const MIN_CONTENT_CHARS = 40;
/** Blocks with more of their text in links are not body text. */
export const MAX_CONTENT_LINK_DENSITY = 0.33;
/** Blocks with at least this share of link text count against a container. */
export const LINK_HEAVY_DENSITY = 0.5;
/** Weight of link text in a link-heavy block, per character. */
export const LINK_PENALTY = 0.5;
/** Weight of a block inside page furniture, per character. */
export const ZONE_PENALTY = 0.5;
/** Weight of any other (short) block. */
export const SHORT_PENALTY = 3;
/** Weight of a short table cell's text, per character. */
export const TABLE_CELL_WEIGHT = 0.3;
/** A furniture cue is ignored on an element holding a sign of the article and at least this share of the page's body-like text. */
export const LAYOUT_WRAPPER_SHARE = 0.4;
/** A weak furniture cue (share, ad, meta…) is ignored on an element holding at least this share of it. */
export const WEAK_CUE_WRAPPER_SHARE = 0.6;
/** Teaser cards come in runs of at least this many alike siblings. */
export const TEASER_MIN_ITEMS = 3;
/** A card's headline link has at least this many characters. */
export const TEASER_MIN_HEADLINE_CHARS = 10;
/** Share of the run's cards that must carry a headline link. */
export const TEASER_MIN_LINKED_SHARE = 0.6;
/** Average unlinked text per card above which the run is real content. */
export const TEASER_MAX_BLURB_CHARS = 400;
/** A run holding more than this share of the page's body-like text is the content. */
export const TEASER_MAX_PAGE_SHARE = 0.5;
/** Share of a subtree's weight its parent gets, per level. */
export const LEVEL_DECAY = 0.9;
/** A sibling of the main container weighing at least this share of it continues the main text. */
export const SIBLING_SHARE = 0.25;
/** How many wrapper levels above the main container its continuing siblings are looked for. */
export const SIBLING_LEVELS = 6;
