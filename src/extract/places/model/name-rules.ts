/**
 * Word lists that drive place-name normalization. Shared by the gazetteer
 * builder and the resolver, so both sides of a lookup fold names the same way.
 * @module
 */

/**
 * Leading articles that many transliterations carry or drop ("Al-Hasakah",
 * "Hasakah"; "El Geneina", "Geneina"; "The Hague"). A name is indexed with and
 * without them; a match that needed the strip counts as weaker.
 */
export const LEADING_ARTICLES: readonly string[] = [
  'al', 'el', 'ad', 'ar', 'as', 'az', 'an', 'at', 'ash', 'ath', 'adh', 'ed', 'er', 'es', 'ez', 'the',
];

/** Arabic definite article written joined to the word. */
export const ARABIC_ARTICLE = 'ال';

/** Abbreviated words spelled out, so "St. Louis" and "Saint Louis" meet. */
export const TOKEN_EXPANSIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  mtn: 'mountain',
  ft: 'fort',
  pt: 'port',
  co: 'county',
  cty: 'county',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
};

/**
 * Generic words that name the kind of an administrative unit. "Idlib
 * Governorate", "Idlib province" and "Idlib" are one place; the builder also
 * indexes region names without them.
 */
export const GENERIC_SUFFIXES: readonly string[] = [
  'governorate', 'province', 'provincia', 'provinz', 'region', 'state', 'oblast', 'krai', 'kray',
  'district', 'prefecture', 'canton', 'department', 'departement', 'departamento', 'county',
  'municipality', 'emirate', 'division', 'territory', 'voivodeship', 'republic', 'autonomous republic',
  'city', 'muhafazat', 'wilayah', 'vilayet', 'ili', 'eyalet', 'ostan', 'rayon', 'raion',
  'autonomous region', 'autonomous community', 'special administrative region', 'capital territory',
  'parish', 'borough', 'census area',
];

/** Generic words that may stand before the name ("Province of Alberta", "City of London"). */
export const GENERIC_PREFIXES: readonly string[] = [
  'province of', 'state of', 'city of', 'region of', 'republic of', 'governorate of', 'county of',
  'muhafazat', 'wilayat', 'mohafazat',
];

/** Letters NFKD does not decompose into a base letter plus a mark. */
export const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l',
  ĸ: 'k', ə: 'a', ʒ: 'z', ɛ: 'e', ɔ: 'o',
};

/** Arabic-script letters with several written forms folded to one. */
export const ARABIC_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ـ': '',
};

/**
 * Sound-alike folds for the consonant skeleton of a Latin-script name, so
 * transliterations of one Arabic, Kurdish, Persian or Turkic name meet
 * ("Heseke", "Hasakeh", "Al-Hasakah"). Longer spellings are tried first; applied before vowels are dropped.
 */
export const SKELETON_FOLDS: readonly (readonly [string, string])[] = [
  ['sch', 's'], ['tch', 's'], ['ch', 's'], ['sh', 's'], ['zh', 's'],
  ['kh', 'h'], ['gh', 'h'], ['ph', 'f'], ['th', 't'], ['dh', 'd'], ['dj', 'j'], ['ck', 'k'],
  ['q', 'k'], ['c', 'k'], ['x', 'ks'],
];

/**
 * A skeleton match must also look alike once vowels are folded: at least this
 * share of the longer name survives the edit distance ("Heseke" ~ "Hasakah"
 * passes, "Georgia" ~ "Croatia" does not).
 */
export const SKELETON_MIN_SIMILARITY = 0.8;

/** Skeletons shorter than this match too many unrelated names to be of use. */
export const MIN_SKELETON_LENGTH = 3;
