/**
 * Comparable forms of entity names: one key per spelling ("The KRG" and
 * "KRG" agree), and word lists with short forms expanded ("Govt" →
 * "government") for matching variants.
 * @module
 */
import { ABBREVIATED_WORDS, WORD_VARIANTS } from '../model/abbreviated-words.js';

const LEADING = /^(the|our|its|their|this|le|la|les|l'|el|los|las|der|die|das)\s+/u;

/** The words of a name: NFKD, marks dropped, lower case, punctuation to spaces, a leading article or possessive dropped. */
export function nameWords(text: string): string[] {
  const norm = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(LEADING, '');
  return norm === '' ? [] : norm.split(' ');
}

/** The exact-match key of a name. */
export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

/** A word with its short form or variant spelling replaced by the full word. */
export function fullWord(word: string): string {
  return ABBREVIATED_WORDS[word] ?? WORD_VARIANTS[word] ?? word;
}

/** The name's words, each in its full form: "Kurdistan Regional Govt" → kurdistan regional government. */
export function expandedKey(text: string): string {
  return nameWords(text).map(fullWord).join(' ');
}

/** Whether `text` is written as an acronym (2–10 capitals, digits or hyphens). */
export function isAcronym(text: string): boolean {
  return /^[\p{Lu}][\p{Lu}\p{N}&.-]{1,11}$/u.test(text.trim()) && /\p{Lu}.*\p{Lu}/u.test(text);
}
