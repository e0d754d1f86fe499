/**
 * Numbers the boilerplate passes use, each with the reason for its value.
 */

/** Menu items are short: "About us", "Who we are", "Missions Abroad" (4 words covers "News & statements"). */
export const MAX_MENU_ITEM_WORDS = 4;
/** Three items make a row a menu; two could be a title with a separator in it. */
export const MIN_MENU_ITEMS = 3;

/** E-mail headers of list archives, in the languages mail clients localise them to. */
export const MAIL_HEADER_RE = /^(?:to|from|subject|date|sender|cc|bcc|reply-to|message-id|organization|list-id|x-[a-z-]+|de|a|à|objet|envoye|von|an|betreff|gesendet|para|asunto|enviado|kimden|kime|konu|tarih)\s?:\s?\S/iu;

/** Lines after a "Related posts" or "Tags:" header that are this short belong to its list. */
export const MAX_LIST_ITEM_WORDS = 16;
/** A list under a header ends after this many lines at most. */
export const MAX_LIST_LINES = 40;

/** The site's name and tagline sit in the first few lines, above the first menu. */
export const TOP_WINDOW_LINES = 8;

/** A line on at least this share of a site's pages (and on two pages or more) is site furniture. */
export const REPEATED_SHARE = 0.5;
export const REPEATED_MIN_PAGES = 2;

/** Cookie banners put their buttons on the next line or two. */
export const COOKIE_BUTTON_LINES = 2;
