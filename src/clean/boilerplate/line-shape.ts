/**
 * The shape of a line of text, read without any word list: how many words,
 * whether it reads as a sentence, whether it is in capitals, whether it is a
 * row of menu items. Every check looks at a bounded prefix or suffix, so a
 * 1 MB line costs no more than a short one.
 */

/** Lines are judged on at most this many characters (their start; `tail` gives the end). */
export const SHAPE_MAX_CHARS = 2000;

const head = (text: string) => (text.length > SHAPE_MAX_CHARS ? text.slice(0, SHAPE_MAX_CHARS) : text);
/** The last characters of a line (bounded). */
export const tail = (text: string, n = 40) => (text.length > n ? text.slice(text.length - n) : text);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-.]*/gu;

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/** A character of a word: a letter, digit or mark; inside a word also an apostrophe, hyphen or dot ("workers'", "Port-au-Prince", "e.g"). */
function isWordChar(c: number, ch: string, inWord: boolean): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (inWord && (c === 39 || c === 45 || c === 46));
  if (inWord && c === 0x2019) return true;
  return WORD_CHAR_RE.test(ch);
}

/** Number of words (counted on the bounded prefix; long lines report a large number). */
export function wordCount(text: string): number {
  if (text.length > SHAPE_MAX_CHARS) return 1000;
  // One pass, no allocation: this runs on every line of every page.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i), text[i]!, inWord);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** Words of the line (bounded prefix). */
export function wordsOf(text: string): string[] {
  return head(text).match(WORD_RE) ?? [];
}

/** Ends like a sentence: . ! ? … (optionally followed by closing quotes or brackets). */
export function endsSentence(text: string): boolean {
  return /[.!?…؟。][\s"”’'»)\]]*$/u.test(tail(text));
}

/** Ends with a full stop (not ! or ?): prose rather than a heading or slogan. */
export function endsWithPeriod(text: string): boolean {
  return /[^.]\.[\s"”’'»)\]]*$/u.test(tail(text)) && !/\.\.\.[\s"”’'»)\]]*$/u.test(tail(text));
}

/** Holds a sentence break inside (". A", "? ¿", "! ") within its first characters. */
export function hasSentenceBreak(text: string): boolean {
  const h = head(text);
  // One pass: a lower-case letter, digit or closing mark, then . ! ? ؟, spaces, an optional opening mark, a capital.
  for (let i = 1; i < h.length - 2; i++) {
    const c = h[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '؟') continue;
    if (!BEFORE_BREAK_RE.test(h[i - 1]!)) continue;
    let j = i + 1;
    if (h[j] !== ' ' && h[j] !== '\u00a0') continue;
    while (j < h.length && (h[j] === ' ' || h[j] === '\u00a0')) j++;
    if (j < h.length && '"“«¿¡'.includes(h[j]!)) j++;
    if (j < h.length && AFTER_BREAK_RE.test(h[j]!)) return true;
  }
  return false;
}

const BEFORE_BREAK_RE = /[\p{Ll}\p{N})"”'’»]/u;
const AFTER_BREAK_RE = /[\p{Lu}\p{Lo}]/u;

/** Words past which a line is running text even without a sentence end (a paragraph cut short). */
const LONG_LINE_WORDS = 30;

/** A long line that reads as running text: enough words, a sentence end or break, not a row of capitals. */
export function isProse(text: string, minWords = 10): boolean {
  const words = wordCount(text);
  if (words < minWords) return false;
  if (text.length > SHAPE_MAX_CHARS) return true;
  if (!endsSentence(text) && !hasSentenceBreak(text) && words < LONG_LINE_WORDS) return false;
  return lowerShare(text) >= 0.3 || isCaseless(text);
}

/** Share of cased words that start with a lower-case letter. */
export function lowerShare(text: string): number {
  const h = head(text);
  let cased = 0;
  let lower = 0;
  let inWord = false;
  for (let i = 0; i < h.length; i++) {
    const code = h.charCodeAt(i);
    const ch = h[i]!;
    const word = isWordChar(code, ch, inWord);
    if (word && !inWord) {
      // ASCII letters are judged by their code; others by their case mapping.
      if (code < 128) {
        if (code >= 97 && code <= 122) (cased++, lower++);
        else if (code >= 65 && code <= 90) cased++;
      } else if (ch.toLowerCase() !== ch.toUpperCase()) {
        cased++;
        if (ch === ch.toLowerCase()) lower++;
      }
    }
    inWord = word;
  }
  return cased === 0 ? 0 : lower / cased;
}

/** Written in a script without letter case (Arabic, Hebrew, CJK…), for most of its letters. */
export function isCaseless(text: string): boolean {
  const h = head(text);
  const letters = h.match(/\p{L}/gu)?.length ?? 0;
  const cased = h.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
  return letters > 0 && cased / letters < 0.5;
}

/** All letters in capitals (at least four letters). */
export function isAllCaps(text: string): boolean {
  const h = head(text);
  const upper = h.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = h.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 4 && lower <= upper * 0.05;
}

/** Every cased word starts with a capital (short function words aside): a name or a heading in title case. */
export function isTitleCase(text: string): boolean {
  const words = wordsOf(text).filter((w) => w.length > 3);
  if (words.length === 0) return false;
  return words.every((w) => w[0] !== w[0]!.toLowerCase() || w[0]!.toLowerCase() === w[0]!.toUpperCase());
}

/** Made only of punctuation and symbols ("-----", "* * *", "==="). */
export function isSeparatorLine(text: string): boolean {
  return text.length <= 400 && /^[\s\p{P}\p{S}]+$/u.test(text) && text.replace(/\s/g, '').length >= 2;
}

/** Looks like a link, an e-mail address or a phone number rather than words. */
export function isLinkLike(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  return (
    /^(https?:\/\/|www\.)\S+$/iu.test(t) ||
    /^\S+@\S+\.\S+$/u.test(t) ||
    /^[+(]?\d[\d\s().\-/]{6,}\d$/u.test(t) ||
    // A bare path or file name left by a scraper ("/image%2F…jpg)", "files/2020/05/poster.png").
    (t.length >= 15 && !/\s/u.test(t) && /[/%\\]|\.(?:jpe?g|png|gif|webp|pdf|html?|php)\b/iu.test(t)) ||
    // A URL slug ("g7-leaders-statement-on-covid-19") or a file caption ("JPEG - 65 kb").
    (t.length >= 15 && !/\s/u.test(t) && (t.match(/-/g)?.length ?? 0) >= 3 && t === t.toLowerCase()) ||
    /^(?:jpe?g|png|gif|pdf|docx?|mp3|mp4|zip)\s*[-–:]\s*\d+(?:[.,]\d+)?\s*(?:[kmg]b|[kmg]o|bytes?)$/iu.test(t)
  );
}

/** A list item: starts with a bullet, a dash or a number ("- ", "• ", "1. ", "a) "). */
export function isListItem(text: string): boolean {
  return /^\s*([-–—•*·▪►]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+\S/u.test(head(text));
}
