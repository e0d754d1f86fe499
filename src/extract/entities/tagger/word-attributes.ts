/**
 * The attributes of a word on its own (identity, case, shape, affixes), hashed
 * once per distinct word and cached: they do not depend on context.
 * @module
 */
import { hashString } from './hash.js';

/** Slots of a word's attribute vector. */
export const A = {
  word: 0,
  lower: 1,
  shape: 2,
  shortShape: 3,
  prefix1: 4,
  prefix2: 5,
  prefix3: 6,
  prefix4: 7,
  suffix1: 8,
  suffix2: 9,
  suffix3: 10,
  suffix4: 11,
  flags: 12,
} as const;
/** Number of attribute slots. */
export const ATTRIBUTE_COUNT = 13;

/** Bits of the `flags` slot, also read directly by rules and document features. */
export const F = {
  initCap: 1,
  allCaps: 2,
  hasDigit: 4,
  hasLetter: 8,
  hasHyphen: 16,
  hasPeriod: 32,
  lower: 64,
  mixedCase: 128,
  punct: 256,
} as const;

const MAX_CACHE = 200_000;
const cache = new Map<string, Int32Array>();

/** Attribute vector of `word` (cached). */
export function wordAttributes(word: string): Int32Array {
  let a = cache.get(word);
  if (a !== undefined) return a;
  a = computeAttributes(word);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, a);
  return a;
}

/** The flag bits of `word`. */
export function wordFlags(word: string): number {
  return wordAttributes(word)[A.flags]!;
}

function computeAttributes(word: string): Int32Array {
  const a = new Int32Array(ATTRIBUTE_COUNT);
  const digitsFolded = word.replace(/\d/g, '0');
  const lower = digitsFolded.toLowerCase();
  const shape = shapeOf(word);
  a[A.word] = hashString(digitsFolded);
  a[A.lower] = hashString(lower);
  a[A.shape] = hashString(shape.length > 16 ? shape.slice(0, 8) + shape.slice(-8) : shape);
  a[A.shortShape] = hashString(shape.replace(/(.)\1+/g, '$1'));
  for (let k = 1; k <= 4; k++) {
    a[A.prefix1 + k - 1] = word.length > k ? hashString(digitsFolded.slice(0, k)) : 0;
    a[A.suffix1 + k - 1] = word.length > k ? hashString(lower.slice(-k)) : 0;
  }
  a[A.flags] = flagsOf(word);
  return a;
}

/** Case and character-class shape: "McDonald" → "XxXxxxxx", "1996-08" → "dddd-dd". */
export function shapeOf(word: string): string {
  let out = '';
  for (const ch of word) {
    if (/\p{Lu}/u.test(ch)) out += 'X';
    else if (/\p{L}/u.test(ch)) out += 'x';
    else if (/\p{N}/u.test(ch)) out += 'd';
    else out += ch;
  }
  return out;
}

function flagsOf(word: string): number {
  let f = 0;
  const hasUpper = /\p{Lu}/u.test(word);
  const hasLower = /\p{Ll}/u.test(word);
  if (/^\p{Lu}/u.test(word)) f |= F.initCap;
  if (hasUpper && !hasLower) f |= F.allCaps;
  if (/\d/.test(word)) f |= F.hasDigit;
  if (/\p{L}/u.test(word)) f |= F.hasLetter;
  if (word.includes('-')) f |= F.hasHyphen;
  if (word.includes('.')) f |= F.hasPeriod;
  if (hasLower && !hasUpper) f |= F.lower;
  if (hasUpper && hasLower && /^\p{L}.*\p{Lu}/u.test(word) && !/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)*$/u.test(word)) f |= F.mixedCase;
  if (!/[\p{L}\p{N}]/u.test(word)) f |= F.punct;
  return f;
}
