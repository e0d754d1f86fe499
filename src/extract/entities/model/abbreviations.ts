/**
 * Words that keep their final period as part of the token (titles, company
 * suffixes, address words), so "Mr. Smith" does not end a sentence after "Mr".
 * Lower-cased, without the period. Shared by the tokenizer and the sentence splitter.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and ranks
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'st', 'sr', 'jr', 'sen', 'rep', 'gov', 'pres',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'hon', 'amb', 'sec',
  'supt', 'insp', 'det', 'atty', 'esq',
  // organizations and addresses
  'inc', 'corp', 'ltd', 'co', 'bros', 'dept', 'univ', 'assn', 'mt', 'ft', 'ave', 'blvd', 'rd',
  // references
  'no', 'nos', 'vol', 'vols', 'art', 'arts', 'para', 'p', 'pp', 'ch', 'fig', 'vs', 'etc', 'approx', 'ca', 'cf',
  // months as abbreviated in datelines
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // other languages: titles (fr, es, de, tr)
  'mme', 'mlle', 'mm', 'me', 'sra', 'srta', 'dña', 'dra', 'lic', 'ing', 'hr', 'fr', 'dipl', 'av', 'cad', 'sok', 'mah',
]);

/** Words that never end a sentence even though a period follows (titles before a name). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'rev', 'fr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj',
  'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'hon', 'amb', 'supt', 'insp', 'det', 'mme', 'mlle',
  'sra', 'srta', 'dra', 'hr', 'no', 'nos', 'vs', 'art', 'arts', 'mt', 'ft', 'cf',
]);

/** Elided articles and pronouns of French and Italian ("l'Union", "d'Afrique"), split off as their own token. */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'dell', 'all', 'nell', 'sull', 'dall',
]);
