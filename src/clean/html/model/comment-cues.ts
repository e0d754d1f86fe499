/**
 * How one reader comment is marked up in the common comment systems
 * (WordPress, Blogger, Drupal, Joomla extensions, Disqus-like embeds,
 * schema.org microdata), so each comment's blocks can share a group.
 * @module
 */

/** Ids of one comment: `comment-2291`, `li-comment-1031`, `div-comment-7`, Blogger `c123`, Disqus `post-123`. */
export const COMMENT_ITEM_ID = /^(?:li-|div-)?comment[-_]?\d+$|^c\d{3,}$|^post-\d+$|^reply-?\d+$|^cmt[-_]?\d+$/i;

/** Class names of one comment (the whole of it, not a part such as its author or text). */
export const COMMENT_ITEM_CLASSES: ReadonlySet<string> = new Set([
  'comment', 'comment-item', 'comments-item', 'commentlist-item', 'single-comment', 'comment-entry',
  'comment-thread-item', 'post',
  'review', 'js-comment', 'c-comment', 'comment-block', 'comment-box', 'media-comment',
]);

/** Tags of list rows that are one comment each when their list is a comment list. */
export const COMMENT_LIST_TAGS: ReadonlySet<string> = new Set(['ol', 'ul']);

/** `itemtype` of a schema.org comment. */
export const COMMENT_ITEMTYPE = /schema\.org\/(?:Comment|Answer)$/i;

/** Short link lines inside a comment that are actions, not text (`Reply`, `Report`, `Antworten`). */
export const COMMENT_ACTION = /^(?:reply|report|like|upvote|downvote|vote|share|flag|quote|edit|delete|permalink|link|répondre|signaler|responder|responde|antworten|melden|rispondi|cevapla|yanıtla|ответить|رد)(?:\s*[↓↑→(]?\s*\d*\)?)?$/iu;
