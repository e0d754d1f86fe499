/**
 * A tokenizer with UTF-16 offsets, close to the CoNLL-2003 (Penn Treebank
 * style) tokenization the English model was trained on: punctuation split off,
 * hyphenated words kept whole, possessive "'s" and "n't" split, dotted
 * abbreviations ("U.S.", "Mr.") kept with their periods.
 * @module
 */
import type { Token } from '../types.js';
import { ABBREVIATIONS, ELISIONS } from '../model/abbreviations.js';

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const PATTERNS: readonly RegExp[] = [
  /https?:\/\/[^\s<>"]+|www\.[^\s<>"]+/uy,
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy,
  // dotted initials and acronyms: U.S., a.m., F.C.
  /(?:\p{L}\.){2,}/uy,
  // numbers, dates, scores and ordinals: 1996-08-22, 3,000, 2:1, 5th
  /\d[\p{L}\p{N}]*(?:[.,:/-]\d[\p{L}\p{N}]*)*/uy,
  new RegExp(String.raw`${WORD_CHAR}+(?:['’\-‐]${WORD_CHAR}+)*`, 'uy'),
  /\.{2,}|-{2,}|={2,}|\*{2,}|_{2,}/uy,
];
const WORD_START = /^[\p{L}\p{M}_]/u;
const POSSESSIVE = /['’][sS]$/u;
const NEGATION = /n['’]t$/iu;
const ELIDED = /^(\p{L}{1,7})['’](?=\p{L})/u;
const SUFFIX_AFTER_NAME = /(?<=^\p{Lu}[\p{L}\p{M}]*)['’](\p{Ll}{1,5})$/u;
const ENGLISH_CLITICS = new Set(['s', 'm', 're', 've', 'll', 'd', 't']);
const CONTRACTION = /['’](m|re|ve|ll|d)$/iu;

/** Splits `text` into tokens with UTF-16 offsets; whitespace is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  outer: while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f) {
      i++;
      continue;
    }
    for (const re of PATTERNS) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      let word = m[0];
      if (re === PATTERNS[0] || re === PATTERNS[1]) word = word.replace(/[.,;:!?)\]'"’”]+$/u, '');
      i = pushWord(tokens, text, i, i + word.length);
      continue outer;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({ text: text.slice(i, i + len), start: i, end: i + len });
    i += len;
  }
  return tokens;
}

/** Pushes a word, splitting clitics and attaching an abbreviation's period; returns where the next token may start. */
function pushWord(tokens: Token[], text: string, start: number, end: number): number {
  let word = text.slice(start, end);
  if (WORD_START.test(word)) {
    const elided = ELIDED.exec(word);
    if (elided !== null && ELISIONS.has(elided[1]!.toLowerCase())) {
      const cut = start + elided[0].length;
      tokens.push({ text: text.slice(start, cut), start, end: cut });
      start = cut;
      word = text.slice(start, end);
    }
    // Turkish case endings after a name: "İstanbul'da", "Aydın'ın"
    const suffix = SUFFIX_AFTER_NAME.exec(word);
    if (suffix !== null && !ENGLISH_CLITICS.has(suffix[1]!)) {
      const cut = end - suffix[0].length;
      tokens.push({ text: text.slice(start, cut), start, end: cut });
      tokens.push({ text: suffix[0], start: cut, end });
      return end;
    }
    const clitic = CONTRACTION.exec(word);
    if ((POSSESSIVE.test(word) || clitic !== null) && word.length > 2) {
      const cut = end - (clitic?.[0].length ?? 2);
      tokens.push({ text: text.slice(start, cut), start, end: cut });
      tokens.push({ text: text.slice(cut, end), start: cut, end });
      return end;
    }
    if (NEGATION.test(word) && word.length > 3) {
      tokens.push({ text: word.slice(0, -3), start, end: end - 3 });
      tokens.push({ text: word.slice(-3), start: end - 3, end });
      return end;
    }
    // "Mr." and single initials ("M. Smith") keep their period
    if (text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(word.toLowerCase()) || isInitial(word, text, end))) {
      tokens.push({ text: word + '.', start, end: end + 1 });
      return end + 1;
    }
  }
  tokens.push({ text: word, start, end });
  return end;
}

/** A single capital letter followed by a period and then a capitalized word: an initial. */
function isInitial(word: string, text: string, end: number): boolean {
  if (word.length !== 1 || word.toLowerCase() === word) return false;
  const after = text.slice(end + 1, end + 4);
  return /^ ?\p{Lu}/u.test(after);
}
