/**
 * Splitting a line into the tokens dates are made of: numbers (any decimal
 * digits, Arabic-Indic and Persian ones included), words and single
 * punctuation marks, with their offsets in the line. One pass over the
 * characters, so a line of any length costs linear time.
 */
import { foldText } from '../../../clean/text/fold-text.js';

export type DateTokenKind = 'num' | 'word' | 'punct';

export interface DateToken {
  readonly kind: DateTokenKind;
  /** The token as written. */
  readonly text: string;
  /** Folded form (lower case, no diacritics) for word look-ups; digits as ASCII for numbers. */
  readonly key: string;
  /** Numeric value of a `num` token. */
  readonly value: number;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** True when white space separates it from the previous token. */
  readonly spaceBefore: boolean;
}

/** Any decimal digit a date may be written with. */
export const DIGIT_RE = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;

/** Maps Arabic-Indic (U+0660…) and Persian (U+06F0…) digits to ASCII ones. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const digitOf = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 0x660 && c <= 0x669 ? c - 0x660 : c >= 0x6f0 && c <= 0x6f9 ? c - 0x6f0 : -1);

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}

function isSpace(c: number, ch: string): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE_RE.test(ch));
}

/** Tokens of `text` (only its first `maxChars` characters are read). */
export function tokenizeDateText(text: string, maxChars = 600): DateToken[] {
  const src = text.length > maxChars ? text.slice(0, maxChars) : text;
  const tokens: DateToken[] = [];
  let space = false;
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    const ch = src[i]!;
    if (isSpace(c, ch)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (digitOf(c) >= 0) {
      let value = 0;
      let key = '';
      while (i < src.length && digitOf(src.charCodeAt(i)) >= 0) {
        const d = digitOf(src.charCodeAt(i));
        value = value * 10 + d;
        key += String(d);
        i++;
      }
      tokens.push({ kind: 'num', text: src.slice(start, i), key, value: key.length > 9 ? Number.NaN : value, start, end: i, spaceBefore: space });
    } else if (isLetter(c, ch)) {
      let ascii = true;
      while (i < src.length) {
        const k = src.charCodeAt(i);
        if (digitOf(k) >= 0 || !isLetter(k, src[i]!)) {
          // Surrogate pairs (letters outside the BMP) are rare in dates; they end the word.
          break;
        }
        if (k >= 128) ascii = false;
        i++;
      }
      const word = src.slice(start, i);
      tokens.push({ kind: 'word', text: word, key: ascii ? word.toLowerCase() : foldText(word), value: Number.NaN, start, end: i, spaceBefore: space });
    } else {
      const size = c >= 0xd800 && c <= 0xdbff && i + 1 < src.length ? 2 : 1;
      const p = src.slice(i, i + size);
      tokens.push({ kind: 'punct', text: p, key: p, value: Number.NaN, start, end: i + size, spaceBefore: space });
      i += size;
    }
    space = false;
  }
  return tokens;
}
