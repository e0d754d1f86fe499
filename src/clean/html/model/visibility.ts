/**
 * What makes an element invisible besides its tag: the `hidden` attribute,
 * `aria-hidden`, inline styles and the utility classes CMS themes use for
 * text meant only for screen readers.
 * @module
 */

/** Inline styles that hide an element. */
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Class names that hide an element visually (WordPress, Bootstrap, Tailwind, Drupal), as one whole-word pattern. */
export const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|element-invisible|element-hidden|d-none|invisible|is-hidden|u-hidden|offscreen|a11y-hidden|assistive-text|show-for-sr)(?=\s|$)/i;
