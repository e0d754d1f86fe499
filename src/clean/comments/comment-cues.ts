/**
 * Predicates over lines of a comment section, compiled once from
 * `model/cues.ts`. Every pattern is anchored or bounded and lines are read on
 * a short prefix, so each check is linear in a capped length.
 */
import { foldForCues } from '../text/fold-text.js';
import { PhraseFinder } from '../text/phrase-finder.js';
import { ACTION_WORDS, ANONYMOUS_NAMES, COMMENT_NOUNS, COUNT_WORDS, FORM_HEADERS, FORM_NOTES, NAME_BADGES, NO_COMMENTS, REPLY_LINES, SAYS_VERBS, SECTION_CHROME } from './model/cues.js';

const MAX_CHARS = 300;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (list: readonly string[]) => [...new Set(list.map(foldForCues))].sort((a, b) => b.length - a.length).map(escape).join('|');
const fold = (text: string) => foldForCues(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
const strip = (s: string) => s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const COUNT_PART_RE = /^\d[\d.,\s]*[kmb]?\s+\p{L}+$/iu;
const countWords = Object.keys(COUNT_WORDS).map(escape).join('|');
const HEADER_RE = new RegExp(`^(?:(\\d{1,6}|${countWords})\\s+)?(?:${alt(COMMENT_NOUNS)})(?![\\p{L}\\p{N}])\\s*(?:\\((\\d{1,6})\\))?(.*)$`, 'u');
const digits = (s: string) => s.replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/gu, (d) => String(d.charCodeAt(0) - 0x6f0));
const HEADER_TAIL_RE = /^\s*(?:[:.]|(?:to|on|for|a|à|sur|pour|en|para|zu|zum|auf|on|için)\s.*|["“«„'].*)?\s*$/u;
const SAYS_RE = new RegExp(`^(.{1,60}?)\\s+(?:${alt(SAYS_VERBS)})\\s*(?::|\\.\\.\\.|…|,)?\\s*$`, 'u');
const SAYS_ON_RE = new RegExp(`^(.{1,60}?)\\s+(?:on|le|el|am)\\s.{1,60}?\\s(?:${alt(SAYS_VERBS)})\\s*(?::|\\.\\.\\.|…|,)?\\s*$`, 'u');
const replySet = new Set(REPLY_LINES.map((r) => strip(foldForCues(r))));
const actionSet = new Set([...ACTION_WORDS, ...REPLY_LINES].map((r) => strip(foldForCues(r))));
const chromeSet = new Set(SECTION_CHROME.map((r) => strip(foldForCues(r))));
const BADGE_RE = new RegExp(`^(.{2,60}?)\\s*[·•|\\-–]\\s*(?:${alt(NAME_BADGES)})$`, 'u');
const RELATIVE_TIME_RE = /^\d{1,3}\s?(?:s|m|h|d|w|y|mo|min|hr|hrs|sem|an|ans|j|t|g|sa|dk)$/u;
const anonymousSet = new Set(ANONYMOUS_NAMES.map((a) => strip(foldForCues(a))));
const FORM_HEAD_RE = new RegExp(`^(?:${alt(FORM_HEADERS)})(?![\\p{L}\\p{N}])`, 'u');
// Form notes and "no comments" notes are phrases anywhere in a line: one pattern finds both, the phrase says which.
const notes = new PhraseFinder([...FORM_NOTES, ...NO_COMMENTS]);
const noCommentPhrases = new Set(NO_COMMENTS.map(foldForCues));

/** 'form' for a form note, 'none' for a "no comments yet" note, null otherwise. */
export function noteKind(text: string): 'form' | 'none' | null {
  if (text.length > 200) return null;
  const hit = notes.find(fold(text));
  return hit ? (noCommentPhrases.has(hit.phrase) ? 'none' : 'form') : null;
}

/** A comment section header ("3 comments:", "Comments (3)", "2 Responses to "…"", "Yorumlar (0)", "214 comments · 1.9K shares"); `count` when it gives one. */
export function commentHeader(text: string): { readonly count: number | null } | null {
  if (text.length > MAX_CHARS) return null;
  // A row of counters ("214 comments · 1.9K shares"): the part that counts comments heads the section.
  // Every part must be a count ("1.9K shares"), so a byline ending in "| 2 Comments" is not a header.
  if (/[·•|]/u.test(text)) {
    const parts = text.split(/\s*[·•|]\s*/u).filter((p) => p.trim() !== '');
    if (parts.length > 1 && parts.every((p) => COUNT_PART_RE.test(p.trim()))) {
      for (const part of parts) {
        const h = singleHeader(part);
        if (h && h.count !== null) return h;
      }
    }
  }
  return singleHeader(text);
}

function singleHeader(text: string): { readonly count: number | null } | null {
  const m = HEADER_RE.exec(digits(fold(text)).replace(/^[^\p{L}\p{N}]+/u, ''));
  if (!m) return null;
  const lead = m[1];
  const inParens = m[2];
  const rest = m[3] ?? '';
  const hasCount = lead !== undefined || inParens !== undefined;
  // "Comments" alone is a header; with more words after it, only a counted header ("2 Responses to …") is.
  if (!HEADER_TAIL_RE.test(rest) || (rest.trim().length > 1 && !hasCount)) return null;
  const n = inParens ?? lead;
  const count = n === undefined ? null : /^\d+$/.test(n) ? Number(n) : (COUNT_WORDS[n] ?? null);
  return { count };
}

/** The name in a "NAME says:" / "NAME said..." / "NAME on DATE said:" line, or null. */
export function saysAuthor(text: string): string | null {
  if (text.length > 140) return null;
  const folded = fold(text);
  const m = SAYS_ON_RE.exec(folded) ?? SAYS_RE.exec(folded);
  if (!m) return null;
  // Keep the name as written: the folded prefix has the same number of words.
  const words = m[1]!.trim().split(/\s+/u).length;
  return text.trim().split(/\s+/u).slice(0, words).join(' ');
}

/** The action row under a social-media comment ("5y  Like  Reply  See translation"). */
export function isActionLine(text: string): boolean {
  if (text.length > 80) return false;
  const words = fold(text).split(/[\s·•|]+/u).map(strip).filter((p) => p !== '');
  let actions = 0;
  for (let i = 0; i < words.length; i++) {
    // Two-word actions first ("see translation"), then one word, relative times ("5y") and counts.
    if (i + 1 < words.length && actionSet.has(`${words[i]} ${words[i + 1]}`)) {
      actions++;
      i++;
    } else if (actionSet.has(words[i]!)) actions++;
    else if (!RELATIVE_TIME_RE.test(words[i]!) && !/^\d+$/u.test(words[i]!)) return false;
  }
  return actions > 0;
}

/** Furniture of a comment section ("Most relevant", "View more comments"). */
export const isSectionChrome = (text: string): boolean => text.length <= 60 && chromeSet.has(strip(fold(text)));

/** The name before a badge ("Lumad Network · Author" → "Lumad Network"), or null. */
export function badgedName(text: string): string | null {
  if (text.length > 80) return null;
  const m = BADGE_RE.exec(fold(text));
  return m ? text.trim().split(/\s+/u).slice(0, m[1]!.trim().split(/\s+/u).length).join(' ') : null;
}

/** A reply, like or report button line. */
export const isReplyLine = (text: string): boolean => text.length <= 40 && replySet.has(strip(fold(text)));
/** A name commenters use when they give none. */
export const isAnonymous = (name: string): boolean => anonymousSet.has(strip(fold(name)));
/** The header of a comment form ("Leave a Reply", "Laisser un commentaire", "Yorum Yaz"). */
export const isFormHeader = (text: string): boolean => text.length <= 80 && FORM_HEAD_RE.test(strip(fold(text)));
/** A note, field or button of a comment form. */
export const isFormNote = (text: string): boolean => noteKind(text) === 'form';
/** "No comments yet", "Comments are closed". */
export const isNoComments = (text: string): boolean => noteKind(text) === 'none';
