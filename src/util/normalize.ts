/**
 * Name normalization shared by facets, identity and matching: the same rules
 * the contract's scorer uses (NFKD, diacritics dropped, lower case,
 * punctuation to spaces, spaces collapsed).
 * @module
 */

const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Normalizes a name or phrase for comparison. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøđðħßæœþ]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `normalizeName` without a leading "the ". */
export function normalizeActor(s: string): string {
  return normalizeName(s).replace(/^the /, '');
}
