/**
 * Word and punctuation tokens with UTF-16 offsets into the body, so that every
 * phrase the step finds can be traced back to the text and to entity mentions.
 */

/** One token of a sentence. */
export interface Token {
  readonly text: string;
  /** Lower case, typographic apostrophe made plain, a possessive "'s" dropped. */
  readonly lower: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly isWord: boolean;
  /** Starts with an upper-case letter (or is a number-led name such as "23rd"). */
  readonly cap: boolean;
}

// Letters and digits, joined by inner hyphens, apostrophes and dots ("SPLM-North", "U.N").
const WORD = /[\p{L}\p{N}]+(?:(?:[-'’.&][\p{L}\p{N}]+)+)?/uy;
// Elided articles and pronouns of French, Italian and Catalan are words of their own.
const ELISION = /^(?:l|d|s|n|j|m|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
const SPACE = /\s/u;
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

/** Splits `text[from, to)` into tokens whose offsets are positions in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let word = m[0];
      // A name's closing possessive apostrophe ("Workers' Union") belongs to the word.
      const next = text[i + word.length];
      if ((next === "'" || next === '’') && /s$/iu.test(word) && !/[\p{L}\p{N}]/u.test(text[i + word.length + 1] ?? '')) word += next;
      const elision = ELISION.exec(word);
      if (elision && elision[0].length < word.length) {
        tokens.push(makeToken(elision[0], i));
        tokens.push(makeToken(word.slice(elision[0].length), i + elision[0].length));
      } else {
        tokens.push(makeToken(word, i));
      }
      i += word.length;
      continue;
    }
    tokens.push(makeToken(c, i));
    i++;
  }
  return tokens;
}

function makeToken(text: string, start: number): Token {
  const isWord = /[\p{L}\p{N}]/u.test(text[0] ?? '');
  const lower = text.toLowerCase().replace(/’/gu, "'").replace(/'s$/u, '');
  return { text, lower, start, end: start + text.length, isWord, cap: isWord && /^[\p{Lu}\p{N}]/u.test(text) };
}

/** Whether a token is written in capitals ("US", "SPLM-N"): a name, never a pronoun such as "us". */
export function isAllCaps(token: Token): boolean {
  return /^[\p{Lu}\p{N}&.-]{2,}$/u.test(token.text) && /\p{Lu}/u.test(token.text);
}

/** The lower-case form of a token without its possessive or plural apostrophe. */
export function bare(token: Token): string {
  return token.lower.replace(/'$/u, '');
}

/** Whether a token is a quotation mark. */
export function isQuoteMark(token: Token | undefined): boolean {
  return token !== undefined && !token.isWord && QUOTE_MARKS.has(token.text);
}

/** The index after a multi-word entry of `lists` matching at `i`, or -1. */
export function matchSequence(tokens: readonly Token[], i: number, lists: readonly (readonly string[])[]): number {
  for (const words of lists) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return i + words.length;
  }
  return -1;
}

/** The first token index at or after `offset` (or `limit`). */
export function tokenAfter(tokens: readonly Token[], offset: number, limit: number): number {
  let k = 0;
  while (k < limit && tokens[k]!.start < offset) k++;
  return k;
}
