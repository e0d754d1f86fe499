/**
 * Folding of place names into lookup keys. The gazetteer builder and the
 * resolver both call these, so a key written at build time is the key asked
 * for at run time.
 * @module
 */
import {
  ARABIC_ARTICLE, ARABIC_FOLDS, GENERIC_PREFIXES, GENERIC_SUFFIXES, LEADING_ARTICLES, LETTER_FOLDS,
  MIN_SKELETON_LENGTH, SKELETON_FOLDS, TOKEN_EXPANSIONS,
} from './model/name-rules.js';

const APOSTROPHES = /['’‘`´ʿʾʻʼ′‛]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const ARABIC_FOLD_RE = new RegExp(`[${Object.keys(ARABIC_FOLDS).join('')}]`, 'g');
const ARTICLE_RE = new RegExp(`^(?:${LEADING_ARTICLES.join('|')}) (?=\\S{3})`);
const SUFFIX_RE = new RegExp(` (?:${[...GENERIC_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`);
const PREFIX_RE = new RegExp(`^(?:${[...GENERIC_PREFIXES].sort((a, b) => b.length - a.length).join('|')}) (?=\\S{3})`);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const LATIN_ONLY = /^[a-z0-9 ]+$/;
const EXPANSION_RE = new RegExp(`(?<=^| )(?:${Object.keys(TOKEN_EXPANSIONS).join('|')})(?= |$)`, 'g');
const SKELETON_RE = new RegExp(SKELETON_FOLDS.map(([from]) => from).join('|'), 'g');
const SKELETON_MAP: ReadonlyMap<string, string> = new Map(SKELETON_FOLDS);

/**
 * The base key of a name: NFKD, marks and apostrophes dropped, lower case,
 * punctuation to spaces, abbreviations such as "St." spelled out.
 */
export function normalizeName(name: string): string {
  const folded = (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKD'))
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LETTER_FOLD_RE, (c) => LETTER_FOLDS[c] ?? c)
    .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLDS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(NON_WORD, ' ')
    .trim();
  return folded.replace(EXPANSION_RE, (t) => TOKEN_EXPANSIONS[t] ?? t);
}

/** The key without a leading article ("al hasakah" → "hasakah", "الحسكه" → "حسكه"), or null. */
export function stripArticle(key: string): string | null {
  if (ARTICLE_RE.test(key)) return key.replace(ARTICLE_RE, '');
  if (key.startsWith(ARABIC_ARTICLE) && key.length > ARABIC_ARTICLE.length + 2 && !key.includes(' ')) {
    return key.slice(ARABIC_ARTICLE.length);
  }
  return null;
}

/** The key without a generic word such as "province" or "city of", or null when it has none. */
export function stripGeneric(key: string): string | null {
  let out = key.replace(SUFFIX_RE, '').replace(PREFIX_RE, '');
  if (out === key || out.length < 2) return null;
  const again = out.replace(SUFFIX_RE, '');
  if (again.length >= 2) out = again;
  return out;
}

/**
 * The consonant skeleton of a Latin-script key, for matching transliteration
 * variants; null for other scripts or when too short to be telling.
 */
export function skeletonKey(key: string): string | null {
  const base = stripArticle(key) ?? key;
  if (!LATIN_ONLY.test(base)) return null;
  let s = base.replace(/ /g, '');
  s = s.replace(SKELETON_RE, (m) => SKELETON_MAP.get(m) ?? m);
  // A trailing "h" after a vowel is a spelling of the Arabic tā' marbūṭa ("Hasakeh"), not a sound.
  s = s.replace(/([aeiouy])h$/, '$1');
  s = s.replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return s.length >= MIN_SKELETON_LENGTH ? s : null;
}

/**
 * Every key a name should be found under, best first: base, without article,
 * and (when `generic` is set, for administrative units) without a generic word.
 */
export function nameKeys(name: string, generic = true): { readonly key: string; readonly exact: boolean }[] {
  const base = normalizeName(name);
  if (base === '') return [];
  const out = [{ key: base, exact: true }];
  const seen = new Set([base]);
  const add = (k: string | null) => {
    if (k !== null && k !== '' && !seen.has(k)) {
      seen.add(k);
      out.push({ key: k, exact: false });
    }
  };
  const noArticle = stripArticle(base);
  add(noArticle);
  const noGeneric = generic ? stripGeneric(base) : null;
  add(noGeneric);
  if (noGeneric !== null) add(stripArticle(noGeneric));
  return out;
}
